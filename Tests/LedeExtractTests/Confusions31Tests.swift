import Testing

@testable import LedeExtract

/// Confusion round thirty-one (confusions31, twenty-first session; `Confusions31.swift`,
/// `feature-heads.txt`, `kind-determiners.txt`, `list-place-nouns.txt`): seas, gulfs and islands
/// named before "of", a site after an indefinite determiner, and the names of a list after a
/// plural place noun and "of". Every text is written for the test; the rows marked "fails without"
/// fail at the round's start, the others guard.
@Suite struct Confusions31Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A sea, gulf, strait or island before "of" (fails without: an organisation, or nothing).
        Row(text: "The rocket fell into the Sea of Varnok shortly after launch, the defence ministry said.",
            name: "Sea of Varnok", type: .place),
        Row(text: "Tankers now avoid the Strait of Keldara after two attacks last month.", name: "Strait of Keldara", type: .place),
        Row(text: "Fishing fleets across the Gulf of Tamsor were told to return to port on Friday.",
            name: "Gulf of Tamsor", type: .place),
        Row(text: "Voters on the Island of Brevik will elect a new mayor in the spring.", name: "Island of Brevik", type: .place),
        // Guards: a body's head after the place keeps the body; a bank before "of" stays a body.
        Row(text: "The Bay of Tamsor Regional Council said the road would reopen on Monday.",
            name: "Bay of Tamsor Regional Council", type: .agency),
        Row(text: "The Bank of Varnok raised its main rate by a quarter point on Thursday.", name: "Bank of Varnok", type: .agency),
        // A site after an indefinite determiner names no site (the first fails without: a place; the
        // second guards, the start left it out too).
        Row(text: "Anyone with information should call Orlin Garda Station on 061 555 0100, or any Garda station.",
            name: "Garda station", type: nil),
        Row(text: "The suspect was later held at a Garda station in the west of the city.", name: "Garda station", type: nil),
        // Guards: the named station stays; a station named without a determiner stays.
        Row(text: "Anyone with information should call Orlin Garda Station on 061 555 0100, or any Garda station.",
            name: "Orlin Garda Station", type: .place),
        Row(text: "The case was filed at Keldan police station on Sunday, an officer said.", name: "Keldan police station", type: .place),
        // The names of a list after a plural place noun and "of" (fails without: organisations).
        Row(text: "The accused are residents of Tarvonel, Ilmaket, Quorvash and Pelkari, the court heard.",
            name: "Quorvash", type: .place),
        Row(text: "The accused are residents of Tarvonel, Ilmaket, Quorvash and Pelkari, the court heard.",
            name: "Ilmaket", type: .place),
        Row(text: "The maritime ports of Velkora and Dastrin have raised storm signals.", name: "Dastrin", type: .place),
        Row(text: "Four people died within the limits of Sorvan, Kelmarsh and Ubrecht on Sunday.", name: "Kelmarsh", type: .place),
        // Guards: a company in a list that no place noun opens; a person in a list of places.
        Row(text: "Shares of Dastrix, Velkorp and Quorvane fell sharply on Tuesday.", name: "Velkorp", type: .agency),
        Row(text: "The award went to residents of Tarvonel and Mary Quorvash, the mayor said.", name: "Mary Quorvash", type: .person),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// The three word lists load.
    @Test func listsLoad() {
        #expect(Lexicon.shared.featureHeads31.contains("strait"))
        #expect(!Lexicon.shared.featureHeads31.contains("bank"))
        #expect(Lexicon.shared.kindDeterminers31.contains("any"))
        #expect(!Lexicon.shared.kindDeterminers31.contains("the"))
        #expect(Lexicon.shared.listPlaceNouns31.contains("ports"))
    }

    /// The byte tests the passes read before any token search.
    @Test func byteTests() {
        let sea = Array("the Sea of Japan".utf8)
        #expect(EntityRecognizer.secondWordIsOf31(sea, 4, sea.count))
        #expect(!EntityRecognizer.secondWordIsOf31(sea, 0, sea.count))
        let list = Array("residents of Alder, Brock and Cowan or Dale".utf8)
        for name in ["Alder", "Brock", "Cowan", "Dale"] {
            let start = Array("residents of Alder, Brock and Cowan or Dale".utf8).firstRange(of: Array(name.utf8))!.lowerBound
            #expect(EntityRecognizer.followsListWord31(list, start))
        }
        let other = Array("shares in Alder fell".utf8)
        #expect(!EntityRecognizer.followsListWord31(other, 10))
        let bytes = Array("at Orlin Garda station".utf8)
        #expect(EntityRecognizer.lastWordIsLower31(bytes, 3, bytes.count))
        #expect(!EntityRecognizer.lastWordIsLower31(bytes, 3, 14))
    }
}
