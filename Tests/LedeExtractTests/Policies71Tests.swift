import Testing

@testable import LedeExtract

/// Policy round seventy-one (`Policies71.swift`): bills cited in the plural after a chamber, taxes
/// named in lower case by what they tax, a bare curfew someone breaches, "Operation" inside a
/// body's name. Every sentence here is written for the test; the rows fail without the round,
/// except the guards marked so (a rule that must keep holding).
@Suite struct Policies71Tests {
    typealias Row = PolicyRuleRow

    static let rows: [Row] = [
        // A lower-case tax closing its phrase, with its level and hyphenated modifiers.
        Row(text: "The governor proposed a suspension of the state's fuel tax until June.", policy: "fuel tax"),
        Row(text: "She led the campaign for a city income tax that paid for new parks.", policy: "city income tax"),
        Row(text: "Roads are paid for by the voter-approved half-cent sales tax, officials said.", policy: "voter-approved half-cent sales tax"),
        // A tax modifying a noun, or a predicate saying what a named thing is, is none.
        Row(text: "The mayor forecast a large property tax increase in each of the next two years.", policy: nil),  // guard
        Row(text: "He noted that the levy is a countywide penny sales tax for road repairs.", policy: nil),  // guard
        // A bare curfew someone breaches is in force; a curfew only talked about is none.
        Row(text: "Nine men were arrested for violating the curfew in the old town.", policy: "curfew"),
        Row(text: "Residents debated whether the curfew made sense.", policy: nil),  // guard
        // "Operation" inside a body's name opens no named operation; one opening a name still does.
        Row(text: "The Regional Emergency Operation Centre said roads were shut.", policy: nil),
        Row(text: "Officers joined Operation Skyfall last year.", policy: "Operation Skyfall"),  // guard
    ]

    @Test(arguments: rows) func finds(row: Row) {
        row.check()
    }

    /// "House Bills 128 and 606, as well as Senate Bills 42, 47 and 246": one policy a bill, named
    /// in the singular, and no "House Bills".
    @Test func pluralBillsGiveOnePolicyEach() {
        let text = "The governor signed House Bills 128 and 606, as well as Senate Bills 42, 47 and 246, on Friday."
        let names = Set(Extractor().extract(text: text, published: RuleRows.published).entities.filter { $0.type == .policy }.map(\.name))
        #expect(names == ["House Bill 128", "House Bill 606", "Senate Bill 42", "Senate Bill 47", "Senate Bill 246"], "\(names)")
    }

    /// The serial comma before the last number.
    @Test func pluralBillsWithSerialComma() {
        let text = "Lawmakers passed Assembly Bills 12, 14, and 19 this week."
        let names = Set(Extractor().extract(text: text, published: RuleRows.published).entities.filter { $0.type == .policy }.map(\.name))
        #expect(names == ["Assembly Bill 12", "Assembly Bill 14", "Assembly Bill 19"], "\(names)")
    }
}
