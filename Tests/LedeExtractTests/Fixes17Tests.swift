import Testing

@testable import LedeExtract

/// Fixes round seventeen (fixes17, seventeenth session): trade measures on a nation's goods, a
/// body before a role with no person after it, constituencies named with their chamber, Irish
/// names with "An" or "na" and the Garda rank, "Heads of State and Government", Portuguese
/// particles inside names, and the ranks "Coun" and "Headteacher" (`Fixes17.swift`). Every
/// sentence is written for the test; the rows marked "fails without" fail at the round's start,
/// the others guard what must stay.
@Suite struct Fixes17Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A body before a role with no person after it (fails without: a person or a body named by the role).
        Row(text: "The forum was opened by United Nations Secretary-General, Ana Rivas, on Monday.", name: "United Nations", type: .agency),
        Row(text: "The forum was opened by United Nations Secretary-General, Ana Rivas, on Monday.",
            name: "United Nations Secretary-General", type: nil),
        Row(text: "Officials briefed the UN Special Coordinator on the talks in Geneva.", name: "UN Special Coordinator", type: nil),
        Row(text: "The communique followed a meeting of G7 Finance Ministers in Brennock.", name: "Group of Seven", type: .agency),
        Row(text: "The communique followed a meeting of G7 Finance Ministers in Brennock.", name: "G7 Finance Ministers", type: nil),
        // A role with a person after it keeps the person.
        Row(text: "UN Special Envoy Ana Rivas said the talks would resume in May.", name: "Ana Rivas", type: .person),
        // A constituency before its chamber and a word of seats (fails without: bodies "Kestwick and Tallow Assembly", "Marnoch Lok Sabha").
        Row(text: "The party held the Kestwick and Tallow Assembly seats but lost the Marnoch Lok Sabha seat.", name: "Tallow", type: .place),
        Row(text: "The party held the Kestwick and Tallow Assembly seats but lost the Marnoch Lok Sabha seat.", name: "Marnoch", type: .place),
        Row(text: "The party held the Kestwick and Tallow Assembly seats but lost the Marnoch Lok Sabha seat.",
            name: "Tallow Assembly", type: nil),
        // One constituency named with "and" before a by-election (fails without: two bodies).
        Row(text: "Voters in the Brennock and East Kelmora by-election go to the polls on Thursday.",
            name: "Brennock and East Kelmora", type: .place),
        // Parties before a by-election are no constituency.
        Row(text: "The Labour and Conservative by-election campaigns ended on Monday.", name: "Labour and Conservative", type: nil),
        // Irish names with the article or the particle (fails without: a person "Bord Pleanála", "Móna").
        Row(text: "The developer appealed the refusal to An Bord Pleanála in March.", name: "An Bord Pleanála", type: .agency),
        Row(text: "The peat company Bord na Móna closed two of its plants last year.", name: "Bord na Móna", type: .agency),
        Row(text: "Niall Roe, of An Cheathrú, Galway, was fined 200 euro for the offence.", name: "An Cheathrú", type: .place),
        Row(text: "Inquiries were continuing, a spokesperson for An Garda Síochána said.", name: "An Garda Síochána", type: .agency),
        // An English "An" opening a sentence stays out of the name.
        Row(text: "An Acme worker said the plant would reopen on Monday.", name: "An Acme", type: nil),
        // The Garda rank before a name (fails without: a person "Garda Niamh Kelly").
        Row(text: "Garda Niamh Kelly told the court she found the car abandoned. Garda Kelly said the keys were gone.",
            name: "Niamh Kelly", type: .person),
        Row(text: "Garda Niamh Kelly told the court she found the car abandoned. Garda Kelly said the keys were gone.",
            name: "Garda Kelly", type: nil),
        // "Heads of State and Government" is one body's name (fails without: cut at "and").
        Row(text: "The Assembly of Heads of State and Government met in Kampala on Sunday.",
            name: "Assembly of Heads of State and Government", type: .agency),
        // Portuguese particles inside a listed name (fails without: "Rio Grande" and "Sul").
        Row(text: "Heavy rain flooded dozens of towns across Rio Grande do Sul on Tuesday.", name: "Rio Grande do Sul", type: .place),
        Row(text: "Heavy rain flooded dozens of towns across Rio Grande do Sul on Tuesday.", name: "Sul", type: nil),
        // Ranks of British local news (fails without: "Coun Priya Shah", "Headteacher Tom Ellery").
        Row(text: "Coun Priya Shah said the scheme would go ahead in the spring.", name: "Priya Shah", type: .person),
        Row(text: "Headteacher Tom Ellery praised the pupils for their results.", name: "Tom Ellery", type: .person),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// Trade measures on a nation's goods (fails without: no policy, or one cut before "into").
    static let policies: [PolicyRuleRow] = [
        PolicyRuleRow(text: "Canberra welcomed the end of tariffs against Canadian canola, officials said.",
                      policy: "tariffs against Canadian canola"),
        // A tariff "on" a nation's goods stays out (the dev set's gold has none).
        PolicyRuleRow(text: "Exporters have struggled under the tariffs on Chilean salmon, the minister said.", policy: nil),
        PolicyRuleRow(text: "Three states backed a ban on Russian coal imports into the region.", policy: "ban on Russian coal imports"),
        // A capitalised object that is no nation's adjective stays out.
        PolicyRuleRow(text: "The council debated a ban on Kelmora Street parking.", policy: nil),
    ]

    @Test(arguments: policies) func tradeMeasures(row: PolicyRuleRow) {
        row.check()
    }

    /// The role heads are read from `role-heads.txt`.
    @Test func roleHeadsLoaded() {
        #expect(EntityRecognizer.roleHeads17.contains("secretary-general"))
        #expect(EntityRecognizer.roleHeads17.contains("coordinator"))
        #expect(!EntityRecognizer.roleHeads17.contains("council"))
    }
}
