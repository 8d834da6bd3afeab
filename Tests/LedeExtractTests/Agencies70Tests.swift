import Testing

@testable import LedeExtract

/// Entities round seventy (agency70, twelfth session): "House" only as a modifier, "<field>
/// <place>" bodies and names that end in a body's head (`Agencies70.swift`). Every sentence is
/// written for the test; the rows marked "fails without" fail without the round's change, the
/// others guard what must stay.
@Suite struct Agencies70Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // "House" only before a title or a noun it modifies names no chamber (fails without).
        Row(text: "The measure was drafted at the request of House Speaker Dana Whitfield, a Democrat.", name: "House of Representatives", type: nil),
        Row(text: "The county's whole House delegation met the mayor on Tuesday.", name: "House of Representatives", type: nil),
        Row(text: "House prices rose for the third month in a row, the lender said.", name: "House of Representatives", type: nil),
        // One "House" standing as a noun keeps them all.
        Row(text: "The House approved the bill on Tuesday, and House Speaker Dana Whitfield praised the vote.",
            name: "House of Representatives", type: .agency),
        // A field word and a listed place are one body (fails without).
        Row(text: "Officers from Police Scotland were called to the crash on Monday.", name: "Police Scotland", type: .agency),
        Row(text: "Officers from Police Scotland were called to the crash on Monday.", name: "Scotland", type: nil),
        Row(text: "Traffic Scotland said the road reopened at about 7pm.", name: "Traffic Scotland", type: .agency),
        Row(text: "The festival was backed by Economic Development Lethbridge, the council said.", name: "Economic Development Lethbridge", type: .agency),
        // A place after an everyday word that is no field stays a place.
        Row(text: "The storm moved across Scotland on Monday.", name: "Scotland", type: .place),
        // A run typed a person that ends in a body's head (fails without).
        Row(text: "The Royal Air Force flew two jets over the base on Monday.", name: "Royal Air Force", type: .agency),
        Row(text: "Nova Scotia Power said crews restored electricity to most customers by Tuesday.", name: "Nova Scotia Power", type: .agency),
        // A utility's head after a given name is a surname.
        Row(text: "Samantha Power said the aid would reach the border by Friday.", name: "Samantha Power", type: .person),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
