import Testing

@testable import LedeExtract

/// Entities round thirty-two (entities32): places in world news that the span rules typed as
/// organisations or persons, read again from the finished mentions (`PlaceContexts.swift`,
/// `PlaceLists.swift`). Every sentence is written for the test.
@Suite struct Entities32RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A lone unlisted name after a lower-case compass adjective.
        Row(text: "Rain fell across northern Dovanpur and western Kelsari on Tuesday.", name: "Dovanpur", type: .place),
        Row(text: "Rain fell across northern Dovanpur and western Kelsari on Tuesday.", name: "Kelsari", type: .place),
        // "X State" outside sports; a US state with "State" is left alone.
        Row(text: "Gunmen attacked a market in Tarawa State on Monday, officials said.", name: "Tarawa State", type: .place),
        Row(text: "Officials from Ondiri State said the road would reopen.", name: "Ondiri State", type: .place),
        Row(text: "Officials at Ohio State said the lab would reopen.", name: "Ohio State", type: .agency),
        // Local government areas, and "… of Y State" / "A in B District" as two places.
        Row(text: "Three farmers were killed in Gadoku Local Government Area on Friday.", name: "Gadoku Local Government Area", type: .place),
        Row(text: "The attack on Berumi Local Government Area of Tarawa State left two dead.", name: "Berumi Local Government Area", type: .place),
        Row(text: "The attack on Berumi Local Government Area of Tarawa State left two dead.", name: "Tarawa State", type: .place),
        Row(text: "Herders raided Kuyami in Dasso District at dawn, residents said.", name: "Dasso District", type: .place),
        Row(text: "Herders raided Kuyami in Dasso District at dawn, residents said.", name: "Kuyami", type: .place),
        // A name and a compass word, even before an office title.
        Row(text: "Morvani East Deputy Commissioner Jane Otieno opened the bridge.", name: "Morvani East", type: .place),
        // A list that a plural place noun opens or closes.
        Row(text: "The upazilas are Kelbari, Dorunpur, Shavnagar and Tilkot.", name: "Tilkot", type: .place),
        Row(text: "The affected areas include Purbani, Ghoshpara and Delkhan.", name: "Delkhan", type: .place),
        Row(text: "Water rose in the Kallora and the Metsa rivers overnight.", name: "Kallora", type: .place),
        // A list that is mostly places already makes its lone default-typed member a place.
        Row(text: "Flooding hit Nairobi, Mombasa, Kisumu and Tervuni on Saturday.", name: "Tervuni", type: .place),
        // A list of companies stays companies.
        Row(text: "Bids came from Corvane, Delmont and Tessaro on Friday.", name: "Tessaro", type: .agency),
        // A Malay or Indonesian place word opens a place's name.
        Row(text: "Floodwater reached Kampung Serindit Baru early on Monday.", name: "Kampung Serindit Baru", type: .place),
        Row(text: "The meeting was held at Wisma Kenanga in the town centre.", name: "Wisma Kenanga", type: .place),
        Row(text: "Herders raided Angwan Koraba before dawn, residents said.", name: "Angwan Koraba", type: .place),
        // A name, a comma and a member's title is the member, not the seat.
        Row(text: "Halim Rostam, MP for Dorvel, said the bridge would be rebuilt.", name: "Halim Rostam", type: .person),
        // A listed place with "State" is one place with the place named alone.
        Row(text: "Lagos State will close the road. Traffic in Lagos was heavy.", name: "Lagos State", type: nil),
        // A lone name typed a body by default is the place it is elsewhere in the article.
        Row(text: "The Dervasa river burst its banks. Villages along the Dervasa were cut off.", name: "Dervasa", type: .place),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
