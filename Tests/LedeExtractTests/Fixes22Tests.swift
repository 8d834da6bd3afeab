import Testing

@testable import LedeExtract

/// Fixes round twenty-two (fixes22, twentieth session; `Fixes22.swift`, `member-bodies.txt`,
/// `agencies.txt`, `policies.txt`): a body's capitalised "Member" title before a person, an
/// unlisted name's police acting, an office named by its officer's title, "Courts of Justice",
/// and the bodies and the tax credit the round listed. Every text is written for the test; the
/// rows marked "fails without" fail at the round's start, the others guard.
@Suite struct Fixes22Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A capitalised "Member" after a body's last word: the person and the body (fails without:
        // one agency "City Council Member Jo Lendis" or nothing).
        Row(text: "City Council Member Jo Lendis voted against the budget on Tuesday.", name: "Jo Lendis", type: .person),
        Row(text: "City Council Member Jo Lendis voted against the budget on Tuesday.", name: "City Council", type: .agency),
        Row(text: "The item was pulled by Council Member Ana Pirel for more discussion.", name: "Ana Pirel", type: .person),
        Row(text: "Tarrow Party Standing Committee Member Ana Pirel spoke at the rally on Sunday.", name: "Ana Pirel", type: .person),
        // A seat of one letter or number before the body is a place; "At-Large" names none.
        Row(text: "District K Council Member Ana Pirel, who represents the east side, backed the plan.", name: "District K", type: .place),
        Row(text: "District K Council Member Ana Pirel, who represents the east side, backed the plan.", name: "Ana Pirel", type: .person),
        Row(text: "At-Large Council Member Jo Lendis asked for a delay.", name: "Jo Lendis", type: .person),
        Row(text: "At-Large Council Member Jo Lendis asked for a delay.", name: "At-Large Council Member Jo Lendis", type: nil),
        Row(text: "Ward 6 Council Member Jo Lendis and At-Large 2 Council Member Ana Pirel delayed the vote by a week.",
            name: "Ana Pirel", type: .person),
        Row(text: "Ward 6 Council Member Jo Lendis and At-Large 2 Council Member Ana Pirel delayed the vote by a week.",
            name: "Jo Lendis", type: .person),
        // An unlisted name's police, acting, is the force (fails without: nothing, or the town alone a body).
        Row(text: "Kelmorabad police arrested four men on Friday after a chase through the market.", name: "Kelmorabad police", type: .agency),
        Row(text: "On Monday, Tarrowganj police recovered two stolen motorcycles from a garage.", name: "Tarrowganj police", type: .agency),
        Row(text: "Two days later Tarrowganj police officers found the car near the river.", name: "Tarrowganj police", type: .agency),
        // An office named by its officer's title (fails without: nothing, or the office cut before the title).
        Row(text: "The Office of the Attorney General opened an inquiry into the shooting on Monday.",
            name: "Office of the Attorney General", type: .agency),
        Row(text: "A complaint was filed with the Office of the Data Protection Commissioner on Friday.",
            name: "Office of the Data Protection Commissioner", type: .agency),
        Row(text: "A complaint was filed with the Office of the Data Protection Commissioner on Friday.",
            name: "Office of the Data Protection", type: nil),
        // "Courts of Justice" keeps "of Justice" as "Court of Justice" does (fails without: "Criminal Courts";
        // main's agencyfp24 wrote the same rule, `isCourtsHead24`, which the merge keeps).
        Row(text: "He was charged and appeared before the Criminal Courts of Justice on Tuesday afternoon.",
            name: "Criminal Courts of Justice", type: .agency),
        // Listed bodies. The first two are guards (the typer takes these sentences' subjects as
        // bodies at the start too; the learning articles' contexts did not); the rest fail without
        // (no body, a policy, the US party).
        Row(text: "The Bundeskartellamt fined the retailer on Monday for its pricing rules.", name: "Bundeskartellamt", type: .agency),
        Row(text: "The Information Regulator issued an enforcement notice to the company on Friday.",
            name: "Information Regulator", type: .agency),
        Row(text: "Students said NSFAS had not paid their allowances since March.", name: "National Student Financial Aid Scheme", type: .agency),
        Row(text: "The coalition comprises his party, the Liberals and the Christian Democrats, he said on Friday.",
            name: "Christian Democrats", type: .agency),
        Row(text: "The coalition comprises his party, the Liberals and the Christian Democrats, he said on Friday.",
            name: "Democratic Party", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// The tax credit is a policy by its listed name (fails without: a body).
    @Test(arguments: [
        PolicyRuleRow(text: "The developers applied for Low Income Housing Tax Credits this spring.",
                      policy: "Low Income Housing Tax Credit"),
    ])
    func taxCredit(row: PolicyRuleRow) {
        row.check()
    }

    /// "Member" alone, or after no listed body, is no title: the run is read as before.
    @Test func memberWithoutBody() {
        let x = Extractor().extract(text: "Member states agreed on the plan in Brussels on Monday.", published: RuleRows.published)
        #expect(!x.entities.contains { $0.type == .person }, "\(x.entities.map(\.name))")
    }

    /// The literal hashes equal the table's hashes of their words.
    @Test func literalHashes() {
        #expect(EntityRecognizer.memberHash22 == StringTable<Bool>.hash("member"))
        #expect(EntityRecognizer.officeHash22 == StringTable<Bool>.hash("office"))
    }

    /// The member-body words load.
    @Test func memberBodiesLoad() {
        #expect(Lexicon.shared.memberBodies22.contains("council"))
        #expect(Lexicon.shared.memberSeats22.contains("district"))
        #expect(Lexicon.shared.memberNoSeats22.contains("at-large"))
    }
}
