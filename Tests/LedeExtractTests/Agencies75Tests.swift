import Testing

@testable import LedeExtract

/// Agency round seventy-five (agency75, fifteenth session): national outlets of continental
/// Europe, Turkey and the Caucasus, the Middle East, South and Southeast Asia, Africa and Latin
/// America, and US regional sites, added to `outlets.txt` (read by the `Lexicon` as agencies);
/// parties of countries whose elections the news covers (`agencies.txt`); a party's branch in a
/// UK nation (`Agencies75.swift`).
/// Every sentence is written for the test; the rows marked "fails without" fail with the list
/// as it was, the others guard names left out on purpose.
@Suite struct Agencies75Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A listed outlet after "told", a person's cue that needs a head word (fails without).
        Row(text: "The opposition leader told Prothom Alo that the rally would go ahead.", name: "Prothom Alo", type: .agency),
        // A listed outlet opening its sentence before an outlet noun (fails without).
        Row(text: "The Tuoi Tre newspaper said the factory would close next month.", name: "Tuoi Tre", type: .agency),
        // A broadcaster named by its letters (fails without).
        Row(text: "A spokesman told TVN24 the vote would be held on Sunday.", name: "TVN24", type: .agency),
        // After "broadcaster" it was an agency before, and stays one.
        Row(text: "The bridge reopened on Friday, state broadcaster TRT said.", name: "TRT", type: .agency),
        // A masthead before "reported": the whole name, where the head word alone was kept (fails without).
        Row(text: "The council voted late on Monday to close the pool, the Argus Leader reported.", name: "Argus Leader", type: .agency),
        // A listed name that is a word or a place's form without its article stays out.
        Row(text: "The National Weather Service issued a flood warning on Tuesday.", name: "National Weather Service", type: .agency),
        Row(text: "Heavy rain caused floods across Sabah on Monday, officials said.", name: "Sabah", type: .place),
        // A listed party of a country's elections, named by its own words (the first fails without;
        // the others were agencies by other rules and guard the listed forms).
        Row(text: "The ruling Law and Justice party lost its majority on Sunday.", name: "Law and Justice", type: .agency),
        Row(text: "Leaders of Vente Venezuela said the count was wrong.", name: "Vente Venezuela", type: .agency),
        Row(text: "Supporters of Zanu-PF gathered outside the court on Monday.", name: "Zanu-PF", type: .agency),
        // A party's branch in a UK nation, named as written (fails without).
        Row(text: "The leader of the Scottish Conservatives said the budget would hurt farmers.", name: "Scottish Conservatives", type: .agency),
        Row(text: "Welsh Labour said on Monday that the new limit would save lives.", name: "Welsh Labour", type: .agency),
        Row(text: "Scottish Liberal Democrat leader Ann Moray said the plan came too late.", name: "Scottish Liberal Democrat", type: .agency),
        // The party's bare name in an article naming the branch is the branch (fails without).
        Row(text: "The Welsh Conservatives called the vote. On Tuesday the Tories lost it by four votes.",
            name: "Welsh Conservatives", type: .agency),
        Row(text: "The Welsh Conservatives called the vote. On Tuesday the Tories lost it by four votes.",
            name: "Conservative Party", type: nil),
        // The UK party alone keeps its listed name; a nation's body that is no party stays as it was.
        Row(text: "The Conservatives said the budget would hurt farmers.", name: "Conservative Party", type: .agency),
        Row(text: "The Scottish Government said the ferry would be ready by May.", name: "Scottish Government", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
