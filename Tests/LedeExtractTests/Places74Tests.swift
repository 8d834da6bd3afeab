import Testing

@testable import LedeExtract

/// Places round seventy-four (place74, fourteenth session of 2026-12-02): a city described before
/// "city of", places named like a person or a word behind a cue (`cued-places.txt`) and sites
/// named after a person (`Places74.swift`). Every sentence is written for the test; the place rows
/// fail without the round's change, the others guard what must stay.
@Suite struct Places74Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A word of description before "city of" names the place, not the city's government.
        Row(text: "Floods swept the western Turkish city of Izmir on Monday, officials said.", name: "Izmir", type: .place),
        Row(text: "Ministers met in the garrison city of Quetta on Friday to sign the accord.", name: "Quetta", type: .place),
        Row(text: "The storm moved toward Japan's southern city of Fukuoka on Tuesday.", name: "Fukuoka", type: .place),
        Row(text: "The storm moved toward Japan's southern city of Fukuoka on Tuesday.", name: "City of Fukuoka", type: nil),
        // "the city of X" acting stays the body (round forty-five).
        Row(text: "The city of Denver opened six cooling centres on Tuesday.", name: "city of Denver", type: .agency),
        // A town named like a person or a word, right after "in" or "capital".
        Row(text: "Two shops were broken into in Carlisle overnight, police said.", name: "Carlisle", type: .place),
        Row(text: "The rent I pay in Napier is twice what my sister pays.", name: "Napier", type: .place),
        Row(text: "Aid flights landed in the capital, Honiara, before noon.", name: "Honiara", type: .place),
        Row(text: "A cyclist was hurt in a collision in Kerry early on Sunday.", name: "Kerry", type: .place),
        // No cue, a longer name, or a person of that name in the article: no place.
        Row(text: "Carlisle scored twice before half-time.", name: "Carlisle", type: nil),
        Row(text: "The fire started in Carlisle Street late on Friday.", name: "Carlisle", type: nil),
        Row(text: "Judge Ann Napier read the ruling. Nothing changed in Napier's view.", name: "Ann Napier", type: .person),
        Row(text: "Judge Ann Napier read the ruling. Nothing changed in Napier's view.", name: "Napier", type: nil),
        // A site named after a person: an inner common word, or "in" before it.
        Row(text: "Snow closed roads in Kelbrook National Park and Jasper National Park on Monday.", name: "Jasper National Park", type: .place),
        Row(text: "He was found in the parking lot of Tony Marsden Community Center, police said.", name: "Tony Marsden Community Center", type: .place),
        Row(text: "Officers searched several streets in Victoria Harbour on Sunday.", name: "Victoria Harbour", type: .place),
        // A person whose surname is a place head stays a person.
        Row(text: "Councillor Jenny Hill said the budget would pass.", name: "Jenny Hill", type: .person),
        Row(text: "The award went to David Frank Hill, who coached the club.", name: "David Frank Hill", type: .person),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// The list loads, and its names are no known names (no word flag, no type without a cue).
    @Test func cuedPlacesLoad() {
        let lexicon = Lexicon.shared
        #expect(lexicon.cuedPlaces74.contains(Lexicon.key("Carlisle")))
        #expect(lexicon.cuedPlaces74.contains(Lexicon.key("Port Vila")))
        #expect(!lexicon.cuedPlaces74.contains(Lexicon.key("March")))
        #expect(!lexicon.cuedPlaces74.contains(Lexicon.key("Dublin")))
    }
}
