import Testing

@testable import LedeExtract

/// Agency round twenty-two (agencies22, nineteenth session): word lists only. Legislatures by
/// their own countries' names, national weather services and state utilities, India's parties
/// (`agencies.txt`), and "Unit" as a head that closes a body's name (`org-heads.txt`).
/// Every sentence is written for the test; the rows marked "fails without" fail with the lists
/// as they were, the others guard forms a context may break.
@Suite struct Agencies22Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A devolved parliament by the name of its seat, typed a place by its shape (fails without).
        Row(text: "Ministers returned to Holyrood after the summer recess.", name: "Scottish Parliament", type: .agency),
        // Legislatures named in their own language (guards: the typer read several of them as
        // persons or places in longer articles).
        Row(text: "The bill passed the Sejm late on Friday with 240 votes.", name: "Sejm", type: .agency),
        Row(text: "Members of the Bundestag will vote on the budget next week.", name: "Bundestag", type: .agency),
        Row(text: "The motion was tabled in the Dewan Rakyat on Monday.", name: "Dewan Rakyat", type: .agency),
        Row(text: "The health minister told the Rajya Sabha that the scheme covered 100 million families.",
            name: "Rajya Sabha", type: .agency),
        Row(text: "A Senedd committee will hear evidence from farmers in March.", name: "Senedd", type: .agency),
        // A weather service and state utilities opening their sentence, unlisted before (fail without).
        Row(text: "MetService said heavy rain would reach the coast by evening.", name: "MetService", type: .agency),
        Row(text: "Eskom said power cuts would continue through the weekend.", name: "Eskom", type: .agency),
        Row(text: "Wapda restored power to most districts on Sunday.", name: "Wapda", type: .agency),
        // The weather service's two spellings and its acronym are one body.
        Row(text: "The Indian Meteorological Department (IMD) has forecast heavy rain. The IMD said it would ease.",
            name: "India Meteorological Department", type: .agency),
        Row(text: "The Met Office has issued a yellow warning for wind.", name: "Met Office", type: .agency),
        Row(text: "Workers at Network Rail will strike for two days in June.", name: "Network Rail", type: .agency),
        // India's parties by their short names, read as a place and a person before (fail without).
        Row(text: "A Trinamool MLA was arrested last year in the recruitment case.",
            name: "All India Trinamool Congress", type: .agency),
        Row(text: "Shiv Sena candidate Asha Rane won the seat by 40,000 votes.", name: "Shiv Sena", type: .agency),
        Row(text: "Shiv Sena candidate Asha Rane won the seat by 40,000 votes.", name: "Asha Rane", type: .person),
        // A body's unit named by common words, dropped as an unknown run before (the first fails without).
        Row(text: "Detectives from Serious Fraud Unit seized the records on Tuesday.",
            name: "Serious Fraud Unit", type: .agency),
        Row(text: "Detectives from the Organised Crime Unit searched the house on Tuesday.",
            name: "Organised Crime Unit", type: .agency),
        // A listed region named with its head stays a place.
        Row(text: "Floods hit Rangpur Division on Sunday, officials said.", name: "Rangpur Division", type: .place),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
