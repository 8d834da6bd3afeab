import Testing

@testable import LedeExtract

/// Fixes round nineteen (fixes19, eighteenth session): programmes, plans, schemes and orders a
/// government's or a name's possessive owns (`Fixes19.swift`), a nation's or a state's lower-case
/// parliament or legislature (`lower-heads.txt`) and the state adjectives "Victorian" and
/// "Tasmanian" (`nonnames.txt`), verbs done to rules before a policy's head (`rule-verbs.txt`) and
/// programme titles whose initials spell their bracketed acronym, titled "legislation" and one body
/// of two places, a price's cap, diseases' names as no names (`nonnames.txt`), and time zones and
/// currency codes as no bodies (`nonentity-acronyms.txt`). Every sentence is written for the test; the rows marked "fails
/// without" fail at the round's start, the others guard what must stay.
@Suite struct Fixes19Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A nation's or a state's lower-case parliament acting or ending its phrase (fails without: a place or nothing).
        Row(text: "The Egyptian parliament voted on Tuesday to extend the emergency powers.", name: "Egyptian parliament", type: .agency),
        Row(text: "The bill was sent back to the Kenyan parliament.", name: "Kenyan parliament", type: .agency),
        Row(text: "The measure was approved by the Nebraska legislature in April.", name: "Nebraska legislature", type: .agency),
        // A parliament before a noun is a modifier: no body.
        Row(text: "The Kenyan parliament building was closed to visitors.", name: "Kenyan parliament", type: nil),
        // A state's adjective before its government (fails without: no body).
        Row(text: "Councils must stay under the cap set by the Victorian government for the year.",
            name: "Victorian government", type: .agency),
        Row(text: "Rates rose in line with the Tasmanian government's new limit.", name: "Tasmanian government", type: .agency),
        // A disease's name is no entity (fails without: a person "Ebola"); a body named after it stays.
        Row(text: "Ebola has killed 40 people in the district. Health workers said Ebola spread quickly after the funeral.",
            name: "Ebola", type: nil),
        Row(text: "The Ebola Treatment Centre in Kelmora opened on Monday.", name: "Ebola Treatment Centre", type: .agency),
        // Time zones, currency codes and the fiscal year's abbreviation are no bodies (the first fails without: an "AEST" body).
        Row(text: "The board will announce its decision at 2.30pm AEST on Tuesday, and again at 4pm AEST.", name: "AEST", type: nil),
        Row(text: "Kelmora Bank was fined USD 1.2 billion, and a further USD 40 million in March.", name: "USD", type: nil),
        // One body of two places (fails without: a place and a body named by the second place).
        Row(text: "The plans were rejected by Perth and Kinross Council on Monday.", name: "Perth and Kinross Council", type: .agency),
        Row(text: "Brighton and Hove City Council said it would appeal the ruling.", name: "Brighton and Hove City Council", type: .agency),
        Row(text: "Brighton and Hove City Council said it would appeal the ruling.", name: "Hove City Council", type: nil),
        // "between" makes the places two.
        Row(text: "Buses run between Leeds and Bradford City Council offices.", name: "Leeds and Bradford City Council", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// Programmes a possessive owns (fails without: no policy).
    static let policies: [PolicyRuleRow] = [
        PolicyRuleRow(text: "The province's mandatory mask order may be lifted next month, the premier said.",
                      policy: "mandatory mask order"),
        PolicyRuleRow(text: "Schools will reopen in the third step of Brennland's reopening plan.", policy: "reopening plan"),
        PolicyRuleRow(text: "Officials said the state's seasonal workers program would be expanded.", policy: "seasonal workers program"),
        PolicyRuleRow(text: "The council's coastal housing scheme was approved by councillors.", policy: "coastal housing scheme"),
        // An agency's own work, a field, a back-reference, a time's possessive or no possessive: no policy.
        PolicyRuleRow(text: "Auditors will review the agency's modernization program this year.", policy: nil),
        PolicyRuleRow(text: "The government's economic plan was criticised by the opposition.", policy: nil),
        PolicyRuleRow(text: "The city's earlier plan was dropped after the vote.", policy: nil),
        PolicyRuleRow(text: "Monday's court order was appealed by the company.", policy: nil),
        PolicyRuleRow(text: "The firm presented a new business plan to its investors.", policy: nil),
    ]

    @Test(arguments: policies) func ownedProgrammes(row: PolicyRuleRow) {
        row.check()
    }

    /// Verbs done to rules stop a compound's or a described policy's modifiers (fails without: the
    /// verb inside the name).
    static let verbs: [PolicyRuleRow] = [
        PolicyRuleRow(text: "The lender was fined for breaching rules which prevent fraud by its staff.",
                      policy: "rules which prevent fraud by its staff"),
        PolicyRuleRow(text: "The decree aims to slash fuel tariffs and to slash fuel tariffs again next year.", policy: "fuel tariffs"),
        // A noun before the head still names it.
        PolicyRuleRow(text: "The city adopted a hiring policy that favours local residents.",
                      policy: "hiring policy that favours local residents"),
    ]

    @Test(arguments: verbs) func verbsBeforeRules(row: PolicyRuleRow) {
        row.check()
    }

    /// A programme's title before its bracketed acronym runs across connectors when its initials
    /// spell the acronym (fails without: "Tenant Households (STH) program").
    static let acronymTitles: [PolicyRuleRow] = [
        PolicyRuleRow(text: "The city expanded the Support for Tenant Households (STH) program in May.",
                      policy: "Support for Tenant Households"),
        PolicyRuleRow(text: "The city expanded the Support for Tenant Households (STH) program in May.", policy: "STH"),
        PolicyRuleRow(text: "Officials praised the Fund for Rural Water and Roads (FRWR) programme on Monday.",
                      policy: "Fund for Rural Water and Roads"),
    ]

    @Test(arguments: acronymTitles) func titlesSpelledByAcronyms(row: PolicyRuleRow) {
        row.check()
    }

    /// A titled law named with a lower-case "legislation" (fails without: a person or a body
    /// "Fair Harvest"); a chamber's or a party's bills stay out.
    static let legislation: [PolicyRuleRow] = [
        PolicyRuleRow(text: "Advocates urged lawmakers to pass the Fair Harvest legislation before the recess.",
                      policy: "Fair Harvest legislation"),
        PolicyRuleRow(text: "The governor vowed to veto House Republican legislation on the budget.", policy: nil),
        PolicyRuleRow(text: "The governor signed Senate legislation on the budget.", policy: nil),
    ]

    @Test(arguments: legislation) func titledLegislation(row: PolicyRuleRow) {
        row.check()
    }

    /// A price's cap (fails without: no policy); a cap that is no regime stays out.
    static let caps: [PolicyRuleRow] = [
        PolicyRuleRow(text: "Councils must keep rises within the state's rates cap this year.", policy: "rates cap"),
        PolicyRuleRow(text: "The regulator said the energy price cap would rise in April.", policy: "price cap"),
        PolicyRuleRow(text: "Lenders lobbied against the interest rate cap for two years.", policy: "interest rate cap"),
        PolicyRuleRow(text: "He wore a baseball cap to the hearing.", policy: nil),
        PolicyRuleRow(text: "The minister wants to cap fees at universities.", policy: nil),
    ]

    @Test(arguments: caps) func priceCaps(row: PolicyRuleRow) {
        row.check()
    }

    /// "rates cap" and "rate cap" are one policy.
    @Test func ratesCapAndRateCapJoin() {
        let x = Extractor().extract(
            text: "Rates rose in line with the Kelmora government's rates cap. The new rate cap of 3 per cent starts in July.",
            published: RuleRows.published)
        let caps = x.entities.filter { $0.type == .policy }
        #expect(caps.count == 1)
        // "new rate cap" since policies29: "new" stays on a lower-case policy, the bare name its alias.
        #expect(caps.first.map { Set([$0.name] + $0.aliases) } == ["rates cap", "rate cap", "new rate cap"])
    }

    /// Initials that do not spell the acronym leave the title as it was read.
    @Test func initialsMustSpellTheAcronym() {
        let x = Extractor().extract(
            text: "Drivers face a suspension under the Ministry of Transportation (KLMN) program, police said.",
            published: RuleRows.published)
        #expect(!x.entities.contains { $0.type == .policy && $0.name == "Ministry of Transportation" })
    }

    /// The verbs are read from `rule-verbs.txt`.
    @Test func ruleVerbsLoaded() {
        #expect(EntityRecognizer.ruleVerbs19.contains("breaching"))
        #expect(EntityRecognizer.ruleVerbs19.contains("slash"))
        #expect(!EntityRecognizer.ruleVerbs19.contains("housing"))
    }
}
