import Testing

@testable import LedeExtract

/// Agency false-positive round thirty-two (agencyfp32, twenty-first session; `AgencyFP32.swift`):
/// a date's words written as a capitalised run and a wire's instrument code are no body. Every
/// text is written for the test; the rows marked "fails without" fail at the round's start, the
/// others guard what must stay.
@Suite struct AgencyFP32Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A weekday's short form in a dateline or after "on" (fails without: an agency).
        Row(text: "Kelmora ~ Thur, 12 Sept 2019\n\nPolice in Kelmora arrested three men after the march, a spokesman said.",
            name: "Thur", type: nil),
        Row(text: "Tarrow Water Board chairman Ken Obi talks to reporters on Mon. (Kelmora Times)\n\nThe board raised prices.",
            name: "Mon.", type: nil),
        // A season word and a month is no body (a guard: this row is read as none at the start too).
        Row(text: "Second Loan Tranche for Kelmora by Early December\n\nThe lender is expected to release the money soon.",
            name: "Early December", type: nil),
        // Capitals stay: an acronym that spells a weekday is a body.
        Row(text: "The Forest Research Institute (FRI) said on Monday that FRI scientists had found the beetle.",
            name: "Forest Research Institute", type: .agency),
        // A wire's instrument code (fails without: an agency).
        Row(text: "Coffee roasters such as Kelmora Foods (KLMF.O) and Tarrow Brands (TRWB.S) raised prices on Monday.",
            name: "KLMF", type: nil),
        Row(text: "Coffee roasters such as Kelmora Foods (KLMF.O) and Tarrow Brands (TRWB.S) raised prices on Monday.",
            name: "TRWB", type: nil),
        Row(text: "Inflation in Kelmora rose to 9 percent in May KLMCPI=ECI, the statistics office said on Monday.",
            name: "KLMCPI", type: nil),
        // An acronym in brackets with no suffix stays a body.
        Row(text: "The Kelmora Dairy Board (KDB) said on Monday that the KDB would cut prices.",
            name: "Kelmora Dairy Board", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// The list loads by its tags.
    @Test func listLoads() {
        #expect(EntityRecognizer.dateRuns32.weekdays.contains("thur"))
        #expect(EntityRecognizer.dateRuns32.seasons.contains("early"))
        #expect(EntityRecognizer.dateRuns32.months.contains("december"))
        #expect(!EntityRecognizer.dateRuns32.weekdays.contains("sun"))
    }

    /// An instrument code before an exchange's suffix or an "=" and a source.
    @Test func instrumentCodes() {
        func code(_ text: String, _ start: Int, _ end: Int) -> Bool { EntityRecognizer.isInstrumentCode32(Array(text.utf8), start, end) }
        #expect(code("(KLMF.O)", 1, 5))
        #expect(code("(KLMF.JK)", 1, 5))
        #expect(code("KLMCPI=ECI, the", 0, 6))
        #expect(!code("(KLMF.Ok)", 1, 5))
        #expect(!code("KLMF. The", 0, 4))
        #expect(!code("(Klmf.O)", 1, 5))
        #expect(!code("KLMF=Ecir", 0, 4))
    }
}
