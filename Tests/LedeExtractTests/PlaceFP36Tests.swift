import Testing

@testable import LedeExtract

/// Place false-positive round thirty-six (placefp36, twenty-second session; `PlaceFP36.swift`): a
/// place cut off before a guard's head, and an initialism with an inner lower-case letter. Every
/// text is written for the test; the rows marked "fails without" fail at the round's start, the
/// others guard.
@Suite struct PlaceFP36Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A place before "Guard" is the guard's body (failed at the round's start: "Varnok Coast" a place; kept
        // since the merge by fixes35 and fixes39, which keep "Guard" where the cut was made).
        Row(text: "The Varnok Coast Guard said two fishermen were rescued on Tuesday.", name: "Varnok Coast Guard", type: .agency),
        Row(text: "The Varnok Coast Guard said two fishermen were rescued on Tuesday.", name: "Varnok Coast", type: nil),
        Row(text: "A Keldara Coast Guard vessel fired a water cannon at the boat, officials said.",
            name: "Keldara Coast", type: nil),
        // An initialism with an inner lower-case letter names no place (fails without: the place "Boe").
        Row(text: "Analysts expect the BoE to hold rates when its committee meets next week.", name: "Boe", type: nil),
        Row(text: "Analysts expect the BoE to hold rates when its committee meets next week.", name: "BoE", type: nil),
        // A country's short form before a dollar amount names the currency (fails without: a place).
        Row(text: "The court ordered the firm to refund the farmers US $12,000 within a month.", name: "United States", type: nil),
        Row(text: "Investors from the US put US $40 million into the mine, the minister said.", name: "United States", type: .place),
        // Guards: a coast with no guard after it stays a place; a town named in capitals stays a place.
        Row(text: "Storms battered the Gold Coast on Sunday, and guard Tom Briller missed the game.",
            name: "Gold Coast", type: .place),
        Row(text: "DeKalb County commissioners met on Monday to approve the budget.", name: "DeKalb County", type: .place),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// The byte tests of the initialism and the currency prefix.
    @Test func initialismBytes() {
        for word in ["BoE", "DfE", "MoD", "DoJ"] {
            let b = Array(word.utf8)
            #expect(EntityRecognizer.isInnerLowerInitialism36(b, 0, b.count))
        }
        for word in ["Boe", "BOE", "Rome", "McKee", "UK", "Iowa"] {
            let b = Array(word.utf8)
            #expect(!EntityRecognizer.isInnerLowerInitialism36(b, 0, b.count))
        }
        let money = Array("paid US $40 and U.S. $5 to the US firm".utf8)
        #expect(EntityRecognizer.isCurrencyPrefix36(money, 5, 7))
        #expect(EntityRecognizer.isCurrencyPrefix36(money, 16, 20))
        #expect(!EntityRecognizer.isCurrencyPrefix36(money, 31, 33))
    }
}
