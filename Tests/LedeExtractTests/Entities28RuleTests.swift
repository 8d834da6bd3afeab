import Testing

@testable import LedeExtract

/// Entities round twenty-eight (entities28): organisations, second pass — an unlisted name the
/// article shows acting as a business (an apposition or a noun naming its kind, a statement) is
/// an organisation; in a sports story a listed city not after a locative is its club. Every
/// sentence is written for the test.
@Suite struct Entities28RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // An apposition naming a kind of business.
        Row(text: "On Monday Kelvanta, a property developer, rose 4% to 86 sen.", name: "Kelvanta", type: .agency),
        Row(text: "Staff at Zobrix, a Ghanaian fintech founded in 2019, were told on Monday.", name: "Zobrix", type: .agency),
        // A business noun right before the name.
        Row(text: "Lagos savings platform Zobrix has raised $3 million in a seed round.", name: "Zobrix", type: .agency),
        // A statement made by an unlisted name.
        Row(text: "Profit at the Velmora plant rose. Velmora said in a statement that sales would grow in Velmora.", name: "Velmora", type: .agency),
        // A person keeps the person's cue.
        Row(text: "Maria Kessler, who founded the firm, said in a statement she would stay.", name: "Maria Kessler", type: .person),
        // A listed place stays a place whatever follows it.
        Row(text: "Kenya, a market of 50 million people, said in a statement it would cut fees.", name: "Kenya", type: .place),
        // An ampersand between capital letters stays inside the name.
        Row(text: "Analysts at Q&R Global cut their forecast on Monday.", name: "Q&R Global", type: .agency),
        Row(text: "The contract went to K & L Telecom Group Bhd last week.", name: "K & L Telecom Group Bhd", type: .agency),
        // A spaced pair of capitals that no name word follows is no name.
        Row(text: "The minister took part in a Q & A session on Friday.", name: "Q & A", type: nil),
        // An index's number after the letters makes no name; a function word's capitals do not join.
        Row(text: "Shares fell as the Q&R 500 index slid on Monday.", name: "Q&R", type: nil),
        // A bracketed letter before a legal form is part of the name.
        Row(text: "Shares of Teratai Corp (M) Bhd rose 5 sen on Monday.", name: "Teratai Corp (M) Bhd", type: .agency),
        // A short name drops "Holdings" with the legal form.
        Row(text: "Kinta Group Holdings Bhd bought the plant. Kinta Group said it paid cash.", name: "Kinta Group", type: nil),
        Row(text: "Kinta Group Holdings Bhd bought the plant. Kinta Group said it paid cash.",
            name: "Kinta Group Holdings Bhd", type: .agency),
        // Social platforms named as companies; business acronyms name no body.
        Row(text: "The video was posted on Instagram and shared widely on Tuesday.", name: "Instagram", type: .agency),
        Row(text: "Shareholders approved the dividend at the AGM in Ipoh on Friday.", name: "AGM", type: nil),
        Row(text: "Police registered an FIR against the driver on Sunday.", name: "FIR", type: nil),
        // In a sports story a listed city not after a locative is its club.
        Row(text: "The striker scored twice in the cup tie. Liverpool paid £19m for him and the squad travels on Friday.",
            name: "Liverpool", type: .agency),
        // After a locative it stays the place.
        Row(text: "The striker scored twice in the cup tie. He grew up in Liverpool and the squad travels on Friday.",
            name: "Liverpool", type: .place),
        // A dateline's city and a city before a site's head stay places.
        Row(text: "LIVERPOOL, May 3 — The striker scored twice in the cup tie and the squad travels on Friday.",
            name: "Liverpool", type: .place),
        Row(text: "The striker scored twice in the cup tie on a dry Liverpool stadium pitch and the squad travels on Friday.",
            name: "Liverpool", type: .place),
        // Outside sport a city is a place.
        Row(text: "Liverpool opened a new library on Friday, the council said.", name: "Liverpool", type: .place),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
