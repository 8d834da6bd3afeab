import Testing

@testable import LedeExtract

/// Entities round nineteen (entities18): rules learned from international news that carried to a
/// second article or to the seen pool. Every sentence is written for the test.
@Suite struct Entities18RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // Indian government schemes: "… Yojana", "… Abhiyan", "Pradhan Mantri …" are policies.
        Row(text: "The state will pay farmers under the Kisan Suraksha Yojana from April.", name: "Kisan Suraksha Yojana", type: .policy),
        Row(text: "The district joined the Swachh Gram Abhiyan last year.", name: "Swachh Gram Abhiyan", type: .policy),
        Row(text: "Officials said Pradhan Mantri Gramin Awas covers two lakh homes.", name: "Pradhan Mantri Gramin Awas", type: .policy),
        // Singapore's electoral divisions are places.
        Row(text: "She will stand in Marine Vista GRC at the next election.", name: "Marine Vista GRC", type: .place),
        Row(text: "He held Hougang Hill SMC for two terms.", name: "Hougang Hill SMC", type: .place),
        // A hospital's name is the site; its trust or board stays an organisation.
        Row(text: "Patients at Harrowfield General Hospital waited for hours on Monday.", name: "Harrowfield General Hospital", type: .place),
        Row(text: "Staff of Kelvindale Royal Infirmary were told the ward would close.", name: "Kelvindale Royal Infirmary", type: .place),
        Row(text: "Harrowfield General Hospital said it would hire staff.", name: "Harrowfield General Hospital", type: .agency),
        Row(text: "The Kelvindale Hospitals Foundation Trust runs three sites.", name: "Kelvindale Hospitals Foundation Trust", type: .agency),
        // A portfolio before "Cabinet Secretary" opens the title.
        Row(text: "Energy Cabinet Secretary Jo Wanjiru toured the plant.", name: "Energy Cabinet", type: nil),
        Row(text: "Energy Cabinet Secretary Jo Wanjiru toured the plant.", name: "Jo Wanjiru", type: .person),
        Row(text: "Local Government Minister Ana Kereama said councils must cut costs.", name: "Local Government", type: nil),
        Row(text: "Local Government Minister Ana Kereama said councils must cut costs.", name: "Ana Kereama", type: .person),
        Row(text: "The Lagos State Government said the road would reopen.", name: "Lagos State Government", type: .agency),
        // British honorifics without a period join the full name.
        Row(text: "Mayor Carla Du Plessis won a second term. Ms Du Plessis thanked voters.", name: "Ms Du Plessis", type: nil),
        Row(text: "Mayor Carla Du Plessis won a second term. Ms Du Plessis thanked voters.", name: "Carla Du Plessis", type: .person),
        Row(text: "Opposition leader Karl Vella spoke first. Dr Vella said the vote was flawed.", name: "Dr Vella", type: nil),
        // "the House" of an article about another legislature is not the US House.
        Row(text: "The bill passed the Lok Sabha on Monday. The House adjourned after the vote.", name: "House of Representatives", type: nil),
        Row(text: "Parliament met on Monday. Members of the House of Assembly debated the budget, and the House adjourned.", name: "House of Representatives", type: nil),
        Row(text: "Congress returned on Monday. The House passed the budget 220 to 210.", name: "House of Representatives", type: .agency),
        // A byline without "By" before its date line, or before the date after a bar.
        Row(text: "Mayor opens bridge\nMaria Kellaway\nJan 26, 2025\nThe mayor of Leeds opened a bridge on Monday.", name: "Maria Kellaway", type: nil),
        Row(text: "Mayor opens bridge\nTunde ADEYEMI I Sunday, March 2, 2025\nThe mayor of Leeds opened a bridge.", name: "Tunde ADEYEMI", type: nil),
        Row(text: "Mayor opens bridge\nMaria Kellaway praised the bridge on Monday.", name: "Maria Kellaway", type: .person),
        // Lone unlisted names that a list after a place, or a locative and an adjective, make places.
        Row(text: "Families moved to Lagos, Orukpe, and Adigbo after the floods.", name: "Orukpe", type: .place),
        Row(text: "Families moved to Lagos, Orukpe, and Adigbo after the floods.", name: "Adigbo", type: .place),
        Row(text: "Aid reached farmers in drought-hit Velunda and Karimpet this week.", name: "Velunda", type: .place),
        Row(text: "Aid reached farmers in drought-hit Velunda and Karimpet this week.", name: "Karimpet", type: .place),
        // Not a list: a name after a place and a comma that the sentence goes on from.
        Row(text: "In Paris, Marovic said the talks had failed.", name: "Marovic", type: .person),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
