import Testing

@testable import LedeExtract

/// Agency false-positive round twenty-four (agencyfp24, twentieth session; `AgencyFP24.swift`):
/// a place's short form written alone is the place, a building named "… House" is a place, a
/// listed acronym another body the article names spells is that body, "Courts of Justice" is one
/// name; "Christian Democrats" is a listed party and a cricket "Test" a match (word lists). Every
/// text is written for the test; the rows marked "fails without" fail at the round's start, the
/// others guard what must stay.
@Suite struct AgencyFP24Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A place's short form alone (fails without: an agency).
        Row(text: "SA braces for a fuel strike\n\nTanker drivers in Kelmora walked out on Monday, the union said.",
            name: "SA", type: .place),
        Row(text: "WA nurses vote to strike\n\nNurses at the Kelmora hospital voted on Monday to walk out.", name: "WA", type: .place),
        Row(text: "The accused, a native of Tarrow district of UP, was arrested on Monday.", name: "UP", type: .place),
        Row(text: "The suspect was arrested in Tarrow, FCT, on Monday.", name: "FCT", type: .place),
        // Joined to the full name the article writes (fails without: an agency "KZN" beside the place).
        Row(text: "Four cases were found in KwaZulu-Natal this week. To date KZN has reported 23 cases.",
            name: "Kwazulu-Natal", type: .place),
        // A longer run or a headline in capitals stays as it was.
        Row(text: "Shares of Kelmora SA fell 4 percent on Monday.", name: "Kelmora SA", type: .agency),
        Row(text: "The SA Police Service arrested two men in Kelmora on Monday.", name: "SA Police Service", type: .agency),
        Row(text: "Unemployment fell to 3.9 percent, Stats NZ said on Monday.\n\nStats NZ said wages rose.", name: "Stats NZ",
            type: .agency),
        // A building named "… House" (fails without: an agency).
        Row(text: "Protesters attacked Kelmani House and a bank during the riots on May 9.", name: "Kelmani House", type: .place),
        Row(text: "Officials went to the Tarrow House on Monday to serve the petition.", name: "Tarrow House", type: .place),
        // A place or a chamber's word before "House", a title after it, an act after it: the body stays.
        Row(text: "The Ohio House passed the bill on Tuesday.", name: "Ohio House", type: .agency),
        Row(text: "The Upper House rejected the bill on Tuesday.", name: "Upper House", type: .agency),
        Row(text: "Kelmani House said the vote was unfair.", name: "Kelmani House", type: .agency),
        // A listed acronym spelled by the body the article names (the first row fails without: the listed
        // Federal Trade Commission beside the body written out).
        Row(text: "South Korea's Fair Trade Commission fined the firm on Monday. The FTC said the fine was a record.",
            name: "Federal Trade Commission", type: nil),
        Row(text: "South Korea's Fair Trade Commission fined the firm on Monday. The FTC said the fine was a record.",
            name: "Fair Trade Commission", type: .agency),
        // The listed name written keeps the list's reading.
        Row(text: "The Federal Trade Commission sued the firm. The FTC said on Monday that it would appeal.",
            name: "Federal Trade Commission", type: .agency),
        // "Courts of Justice" is one name (fails without: "Criminal Courts").
        Row(text: "The man appeared before the Criminal Courts of Justice on Tuesday.", name: "Criminal Courts of Justice",
            type: .agency),
        // A listed party (fails without: the US "Democratic Party").
        Row(text: "The coalition comprises his party, the Liberals and the Christian Democrats.", name: "Christian Democrats",
            type: .agency),
        Row(text: "The coalition comprises his party, the Liberals and the Christian Democrats.", name: "Democratic Party",
            type: nil),
        // A cricket international named by its venue is a match (fails without: an agency).
        Row(text: "He scored a century in the Kelmora Test last week and was dropped for the second Test.",
            name: "Kelmora Test", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// The two lists load.
    @Test func listsLoad() {
        #expect(Lexicon.shared.placeAbbreviations24["kzn"] == ["KwaZulu-Natal"])
        #expect(Lexicon.shared.houseChambers24.contains("upper"))
    }

    /// Capitals only: letters in upper case, periods and "&".
    @Test func capitalsOnly() {
        #expect(EntityRecognizer.isCapitalsOnly24(Array("T&T".utf8), 0, 3))
        #expect(EntityRecognizer.isCapitalsOnly24(Array("B.C.".utf8), 0, 4))
        #expect(!EntityRecognizer.isCapitalsOnly24(Array("Qld".utf8), 0, 3))
        #expect(!EntityRecognizer.isCapitalsOnly24(Array("A".utf8), 0, 1))
    }
}
