import Testing

@testable import LedeExtract

/// Entities round fifty-three (entities53): titles fused into names — abbreviations written
/// without a full point, title words before a second title, a title and a body before a person,
/// a title before a place, a body's acronym before a person, a person "of" a party
/// (`TitledRuns53.swift`, `titleSplit`, `titles.txt`). Every sentence is written for the test.
@Suite struct Entities53RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // Abbreviated titles without a full point, after a preposition.
        Row(text: "The plan was criticised by Cr Dalia Fenwick and Cr Oren Maddox at the meeting on Tuesday.", name: "Dalia Fenwick", type: .person),
        Row(text: "The plan was criticised by Cr Dalia Fenwick and Cr Oren Maddox at the meeting on Tuesday.", name: "Cr Dalia Fenwick", type: nil),
        Row(text: "The youth is accused of assaulting Fr Tomas Keane outside the church in March.", name: "Tomas Keane", type: .person),
        Row(text: "The inquiry was led by Insp Marta Quill of the local station.", name: "Marta Quill", type: .person),
        Row(text: "Tamsin East Labour MSP Irene Coyle said the council had acted too fast.", name: "Irene Coyle", type: .person),
        // A seat and a party before the title: the place and the party.
        Row(text: "Tamsin East Labour MSP Irene Coyle said the council had acted too fast.", name: "Tamsin East", type: .place),
        Row(text: "Tamsin East Labour MSP Irene Coyle said the council had acted too fast.", name: "Tamsin East Labour", type: nil),
        Row(text: "The bill passed while Opposition Liberal Leader Kevin Tamsin voted against it.", name: "Opposition", type: nil),
        // Title words before a second title belong to the title.
        Row(text: "Deputy Prime Minister Harun Salleh, on a visit to the flooded towns, promised aid to every family.", name: "Harun Salleh", type: .person),
        Row(text: "Deputy Prime Minister Harun Salleh, on a visit to the flooded towns, promised aid to every family.", name: "Prime Minister Harun Salleh", type: nil),
        // An agency's acronym, a weather specialist, a person.
        Row(text: "Earlier on Monday, TAMWA Weather Specialist Lorna Deveza said the storm could weaken by Friday.", name: "Lorna Deveza", type: .person),
        Row(text: "Earlier on Monday, TAMWA Weather Specialist Lorna Deveza said the storm could weaken by Friday.", name: "TAMWA", type: .agency),
        // A title, a body and a person's name with no comma between them.
        Row(text: "Officers also detained former mayor Ilyas Qadir and Director Tamsin Water Board Rehmat outside the court.", name: "Tamsin Water Board", type: .agency),
        Row(text: "Officers also detained former mayor Ilyas Qadir and Director Tamsin Water Board Rehmat outside the court.", name: "Rehmat", type: .person),
        // "Cr" with a capital is a councillor; "cr" in lower case a crore.
        Row(text: "The budget was opposed by Cr Ross Kelland and Cr Mark Bundy.\n\nCr Kelland said the rates rise was too steep.", name: "Ross Kelland", type: .person),
        Row(text: "The budget was opposed by Cr Ross Kelland and Cr Mark Bundy.\n\nCr Kelland said the rates rise was too steep.", name: "Cr Kelland", type: nil),
        Row(text: "The state will pay Rs 6,000 each to 1.2 cr Farmers of Vidarbha every year.", name: "Farmers of Vidarbha", type: nil),
        // A title before a body's name, no person after it: the body.
        Row(text: "The report was tabled by Chairman Senate Standing Committee on Health at the sitting.", name: "Senate Standing Committee on Health", type: .agency),
        Row(text: "Officers of the General Service Unit were deployed to the border on Friday.", name: "General Service Unit", type: .agency),
        // A listed place and an administrative unit after a title: a place.
        Row(text: "He served as Commissioner Lahore Division before the transfer was ordered.", name: "Lahore Division", type: .place),
        // A title before a listed place: the place.
        Row(text: "The provincial government removed him from the post of Commissioner Lahore on Tuesday.", name: "Lahore", type: .place),
        Row(text: "The provincial government removed him from the post of Commissioner Lahore on Tuesday.", name: "Commissioner Lahore", type: nil),
        // A body's acronym before a person, after a title.
        Row(text: "The minister thanked Chairman F&W Faisal Qureshi and his team for the report.", name: "Faisal Qureshi", type: .person),
        Row(text: "The minister thanked Chairman F&W Faisal Qureshi and his team for the report.", name: "F&W Faisal Qureshi", type: nil),
        // A person "of" a party's acronym.
        Row(text: "Speaking at the meeting, farmer Velusamy of PMKD showed the rotten crop to the officials.", name: "PMKD", type: .agency),
        Row(text: "Speaking at the meeting, farmer Velusamy of PMKD showed the rotten crop to the officials.", name: "Velusamy of PMKD", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
