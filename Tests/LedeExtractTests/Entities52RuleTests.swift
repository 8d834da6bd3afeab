import Testing

@testable import LedeExtract

/// Entities round fifty-two (entities52, organisation precision): the subjects of a title's
/// portfolio, runs a title opens, a body's sittings and a speaking name whose last word is a
/// surname (`AgencyPrecision52.swift`); lists of places opened from further away
/// (`PlaceLists52.swift`). Every sentence is written for the test.
@Suite struct Entities52RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A title's portfolio: its subjects are no bodies.
        Row(text: "Dela Morrow, the Harland State Commissioner for Local Government, Chieftaincy Affairs, and Internal Security, acknowledged the attack in a statement.", name: "Internal Security", type: nil),
        Row(text: "Dela Morrow, the Harland State Commissioner for Local Government, Chieftaincy Affairs, and Internal Security, acknowledged the attack in a statement.", name: "Chieftaincy Affairs", type: nil),
        Row(text: "Mr Tobi Lanre, Commissioner, Local Government and Community Affairs said this at a briefing on Monday.", name: "Community Affairs", type: nil),
        Row(text: "Quayle, who also serves as the Road Transport and Bridges Minister, added that the bridge would open soon.", name: "Road Transport", type: nil),
        Row(text: "The panel included Ama Boateng, Head of Financial Markets, and Kofi Mensah, the bank's economist.", name: "Financial Markets", type: nil),
        // A body with its portfolio in its name stays, and so does a title's lone qualifier.
        Row(text: "Officials from the Tamsin Municipal Elections Office were led by the Municipal Elections Officer, Ama Ofori.", name: "Tamsin Municipal Elections Office", type: .agency),
        Row(text: "The Ministry of Foreign Affairs said the envoy would return on Monday.", name: "Ministry of Foreign Affairs", type: .agency),
        // A title opening a run: the acronym after it is the body; common words alone name nothing.
        Row(text: "Director-General of KURDA, Cyrus Mbeki, said that they were aware of the poor state of the road.", name: "KURDA", type: .agency),
        Row(text: "Director-General of KURDA, Cyrus Mbeki, said that they were aware of the poor state of the road.", name: "Director-General of KURDA", type: nil),
        Row(text: "Sari Wulan met the envoy at the office of the Coordinating Minister of Political, Legal and Security Affairs on Monday.", name: "Coordinating Minister of Political", type: nil),
        // A title's portfolio, then the body; a hyphened title closing a body's name.
        Row(text: "Head of Public Relations of the Tamsin Regional Police, Ama Tenge, confirmed the arrests.", name: "Tamsin Regional Police", type: .agency),
        Row(text: "Undersecretary Jo Faustin, Department of Coastal Defense Officer-in-Charge, issued the warning on Sunday.", name: "Department of Coastal Defense", type: .agency),
        // A company leader's title leaves the company.
        Row(text: "\u{201C}The merger will add scale,\u{201D} said Marc Tolland, CEO of Verity Analytic Instrum.", name: "Verity Analytic Instrum", type: .agency),
        // A sitting of a body is an event; the body is what follows its last "of".
        Row(text: "The Fourth Week of the First Meeting of the Second Session of the Ninth Tamsin Assembly saw three bills passed.", name: "Tamsin Assembly", type: .agency),
        Row(text: "Session of Tamsin Assembly was held at the chamber on Thursday with the speaker in the chair.", name: "Session of Tamsin Assembly", type: nil),
        // A list of places opened by its noun across a clause, with lower-case words or a
        // bracketed expansion beside its members (`PlaceLists52.swift`).
        Row(text: "Communities raided by the gunmen include Beni, old and new Dalomo, Abolese, Ishan and Amalo, all in the west.", name: "Dalomo", type: .place),
        Row(text: "Communities raided by the gunmen include Beni, old and new Dalomo, Abolese, Ishan and Amalo, all in the west.", name: "Abolese", type: .place),
        Row(text: "The villages are Munnar, Pallivasal, KDH (Kanan Devan Hills) and Kunjithanni.", name: "Kunjithanni", type: .place),
        // A local government area after a locative is a place; acting, it is the body.
        Row(text: "Crews fought the blaze within the Shire of Tallowmere on Sunday.", name: "Shire of Tallowmere", type: .place),
        Row(text: "The City of Tallowmere said the road would reopen on Monday.", name: "City of Tallowmere", type: .agency),
        // A speaking name whose last word is a surname is a person.
        Row(text: "Roz Henderson said it brought joy to locals.", name: "Roz Henderson", type: .person),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
