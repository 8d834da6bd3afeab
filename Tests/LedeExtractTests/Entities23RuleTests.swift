import Testing

@testable import LedeExtract

/// Entities round twenty-three (entities23): local places — villages, districts, towns no list
/// holds — and words that ran into a place's name. Every sentence is written for the test.
@Suite struct Entities23RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A lone unlisted name used once after "in", "near", "through" … is a place everywhere in
        // the article, also where nothing around it says so.
        Row(text: "Water covered Mardolo and its farms. Crews worked through the night in Mardolo.", name: "Mardolo", type: .place),
        Row(text: "Kestavi reopened its school on Monday. The road near Kestavi was cleared.", name: "Kestavi", type: .place),
        // "Officials in X said": the speaker is the officials, the name stays a place.
        Row(text: "Officials in Trelawnby said the river would crest on Friday.", name: "Trelawnby", type: .place),
        // Not after "a stake in", nor a name that opens a longer one.
        Row(text: "The fund bought a stake in Quorvane last year. Quorvane said the deal closed.", name: "Quorvane", type: .agency),
        // A lone name in a list with a listed place or with such a name is a place.
        Row(text: "Flooding hit Dalvoro, Istrana and Bekasi. Pumps were sent to Dalvoro.", name: "Istrana", type: .place),
        Row(text: "Schools in Tarwick and Greenville closed early.", name: "Tarwick", type: .place),
        Row(text: "Crews from Omberly and Raleigh cleared the road.", name: "Omberly", type: .place),
        // An apposition with a place's possessive is no list.
        Row(text: "Shares of Dorvanta, Asia's largest shipper, rose 2%.", name: "Dorvanta", type: .agency),
        // A compass word and one unlisted name is a region.
        Row(text: "Rice prices rose across Central Sumbava this month.", name: "Central Sumbava", type: .place),
        // Names listed before "rivers" or "regencies" are places.
        Row(text: "The swollen Kalibra, Sentolo and Pemarang rivers broke their banks.", name: "Sentolo", type: .place),
        // An unlisted name and a compass word is a constituency or ward; a given name keeps a person.
        Row(text: "Voters in Marakwet North queued from dawn.", name: "Marakwet North", type: .place),
        Row(text: "Coach Kevin West praised the team.", name: "Kevin West", type: .person),
        // A school named by its kind is a place.
        Row(text: "Pupils at Dunmere Valley High School were sent home early.", name: "Dunmere Valley High School", type: .place),
        // "Mayor Jo Roe of Seward": the person, then the town.
        Row(text: "Mayor Dana Kettler of Orvale said the bridge would reopen.", name: "Dana Kettler", type: .person),
        Row(text: "Mayor Dana Kettler of Orvale said the bridge would reopen.", name: "Orvale", type: .place),
        Row(text: "The title went to Marta Oliveira of Portugal on Sunday.", name: "Portugal", type: .place),
        // A body's name after "of" (a head word) is no town.
        Row(text: "Officials met Dana Kettler of Orvale Mining Corp. on Monday.", name: "Orvale", type: nil),
        // Apartments and fairgrounds named as sites are places.
        Row(text: "Crews evacuated the Millbrook Terrace Apartments overnight.", name: "Millbrook Terrace Apartments", type: .place),
        Row(text: "The show moved to the Halvern County Fairgrounds.", name: "Halvern County Fairgrounds", type: .place),
        // The other end of "from … to" a listed place is a place.
        Row(text: "The crew drove from Tollbridge to Denver on Monday.", name: "Tollbridge", type: .place),
        Row(text: "She moved from Chicago to Ellenvale in 2019.", name: "Ellenvale", type: .place),
        // A plural place noun after the name: "Brebes and Tegal regencies", "in Kudus regency".
        Row(text: "The dam lies in Sumbaro regency.", name: "Sumbaro", type: .place),
        // A weekday after a place is the sentence's date, not part of the name.
        Row(text: "Heavy rain soaked central North Carolina Tuesday, closing roads.", name: "North Carolina", type: .place),
        Row(text: "Heavy rain soaked central North Carolina Tuesday, closing roads.", name: "North Carolina Tuesday", type: nil),
        // "X District" after one unlisted name, or an ordinal, is a place; a common word keeps a body.
        Row(text: "Families in Mertavo District were moved to the hall.", name: "Mertavo District", type: .place),
        Row(text: "She represents the 3rd District in the state senate.", name: "3rd District", type: .place),
        Row(text: "The Metropolitan Water District raised its rates.", name: "Metropolitan Water District", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
