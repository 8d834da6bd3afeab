import Testing

@testable import LedeExtract

/// Policy round thirteen (`Policies13.swift`): lower-case constitutions, executive orders,
/// guidelines and laws, statutes cited by number, percentage rate increases and works projects.
/// Every sentence here is written for the test.
@Suite struct Policy13RuleTests {
    typealias Row = PolicyRuleRow

    static let rows: [Row] = [
        // A constitution after a possessive; a bare mention or a modifier is none.
        Row(text: "Judges said the decree breaks the country's constitution and must go.", policy: "constitution"),
        Row(text: "Those rights are written into our constitution, the lawyer said.", policy: "constitution"),
        Row(text: "Delegates met for constitution talks in the capital.", policy: nil),
        // An untitled executive order; a numbered one takes it as a form.
        Row(text: "Schools closed early under an executive order issued on Monday.", policy: "executive order"),
        Row(text: "The mayor's executive order took effect at noon. Read Executive Order 24-17 here.", policy: "Executive Order 24-17"),
        // A state statute cited by number is one policy.
        Row(text: "The board may write off the debts under Ruritania Statute §12-3-401.", policy: "Ruritania Statute §12-3-401"),
        Row(text: "At issue is Ruritania Revised Statutes 18:207 on reporting.", policy: "Ruritania Revised Statutes 18:207"),
        // A percentage rate or tax increase.
        Row(text: "The town board approved a 4% sewer rate increase on Tuesday.", policy: "4% sewer rate increase"),
        Row(text: "Councillors agreed on a 6.5-per cent property tax increase.", policy: "6.5-per cent property tax increase"),
        Row(text: "The council passed the 3-percent rate increase in June.", policy: "3-percent rate increase"),
        Row(text: "A 12% increase in trash rates was approved last year.", policy: "12% increase in trash rates"),
        Row(text: "Sales showed a 12% increase in revenues last year.", policy: nil),
        // Guidelines after "under", a country's laws.
        Row(text: "Under federal parole guidelines, he could be freed in a year.", policy: "federal parole guidelines"),
        Row(text: "The nation's competition laws protect small shops, experts said.", policy: "competition laws"),
        // A bill numbered as a chamber's file, with its state.
        Row(text: "The budget was shaped by the passage of Iowa House File 2201 this spring.", policy: "Iowa House File 2201"),
        // A proposed money bill is no policy; a ban keeps its scope word.
        Row(text: "Crowds marched against a proposed finance bill on Tuesday.", policy: nil),
        Row(text: "The island imposed a temporary ban on fuel exports in March.", policy: "temporary ban on fuel exports"),
        // A works project is a policy.
        Row(text: "The council funded the Elm Avenue Bridge Project on Monday.", policy: "Elm Avenue Bridge Project"),
    ]

    @Test(arguments: rows) func finds(row: Row) {
        row.check()
    }
}
