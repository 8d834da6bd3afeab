import Testing

@testable import LedeExtract

/// Typer round ten (fifth session of 2026-11-30): the context cues of a name's own sentence reach
/// the learned typer (`TypingCues.swift`): a member's noun and "of" before it (also an
/// exemption), a business word near it, a list of capitalised names around it. Every sentence is
/// written for the test.
@Suite struct Typer10Tests {
    struct CueRow: Sendable, CustomTestStringConvertible {
        var text: String
        var name: String
        var present: [String]
        var absent: [String] = []
        var testDescription: String { "\(name) in “\(text.prefix(40))…”" }

        /// The named entity's group (rules alone) carries every `present` feature and no `absent` one.
        func check() throws {
            let (entities, sink) = Extractor(learnedTyping: false).extractTypingRows(text: text, published: RuleRows.published)
            let entity = try #require(entities.first { $0.name == name }, "\(entities.map(\.name))")
            let features = try #require(sink.rows.first { $0.start == entity.mentions[0].start })
            let names = Set(features.features.map { Lexicon.shared.typingSpace.name($0) })
            for f in present { #expect(names.contains(f), "missing \(f) in \(names.sorted())") }
            for f in absent { #expect(!names.contains(f), "unexpected \(f)") }
        }
    }

    static let cueRows: [CueRow] = [
        CueRow(
            text: "Lena Voss, a member of Kardello, said the vote was close.", name: "Kardello",
            present: ["cueMemberOf", "agency&cueMemberOf"], absent: ["cueBusinessWord", "inNameList"]),
        CueRow(
            text: "Two employees of Brastow were hurt in the blast.", name: "Brastow",
            present: ["cueMemberOf"], absent: ["inNameList"]),
        CueRow(
            text: "Offers came from Quenvar, Tollimer and Desk on Monday.", name: "Tollimer",
            present: ["inNameList"], absent: ["cueMemberOf", "cueBusinessWord"]),
        CueRow(
            text: "Bids came from Harnveld, Ostrava Koal and Pemmick on Friday.", name: "Pemmick",
            present: ["cueBusinessWord", "inNameList", "agency&cueBusinessWord"], absent: ["cueMemberOf"]),
        CueRow(
            text: "The merger with Dravolt was approved by regulators.", name: "Dravolt",
            present: ["cueBusinessWord"], absent: ["inNameList", "cueMemberOf"]),
        // An owner's noun is a business word too.
        CueRow(
            text: "Sales at Morlend fell 4% in the quarter.", name: "Morlend",
            present: ["cueBusinessWord"], absent: ["inNameList"]),
        // A place noun before "of" is no member's; no business word within reach.
        CueRow(
            text: "Ann Lee, a resident of Brenwick, said the road was shut.", name: "Brenwick",
            present: [], absent: ["cueMemberOf", "cueBusinessWord"]),
    ]

    /// Each cue is a feature of the named entity's group, crossed with the rules' type as the others.
    @Test(arguments: cueRows) func cueFeatures(row: CueRow) throws {
        try row.check()
    }

    typealias ExemptRow = Typer7Tests.ExemptRow

    /// Run by `Typer7Tests`' two exemption tests (the rules type each an organisation; the stage
    /// exempts those with a cue, and they survive weights that drop every organisation).
    static let exemptRows: [ExemptRow] = [
        // A member's or an employee's noun, then "of".
        ExemptRow(text: "Lena Voss, a member of Kardello, said the vote was close.", name: "Kardello", exempt: true),
        ExemptRow(text: "Two employees of Brastow were hurt in the blast.", name: "Brastow", exempt: true),
        // A business's act (a bid, a merger, buying) near the name in its sentence, every member of a list.
        ExemptRow(text: "Bids came from Harnveld, Ostrava Koal and Pemmick on Friday.", name: "Harnveld", exempt: true),
        ExemptRow(text: "Bids came from Harnveld, Ostrava Koal and Pemmick on Friday.", name: "Pemmick", exempt: true),
        ExemptRow(text: "Regulators approved the merger with Dravolt on Monday.", name: "Dravolt", exempt: true),
        // An owner's noun near the name, within twelve tokens of its sentence.
        ExemptRow(text: "Sales at Morlend fell 4% in the quarter.", name: "Morlend", exempt: true),
        ExemptRow(text: "Shares of the company rose after NORVEX said so.", name: "NORVEX", exempt: true),
        // No business word, no member: the model judges a list of offers.
        ExemptRow(text: "Offers came from Quenvar, Tollimer and Desk on Monday.", name: "Tollimer", exempt: false),
    ]

    /// Weights that do not know the new features (written before this round) load and decide as
    /// before: a feature with no weight adds nothing.
    @Test func weightsWithoutTheCuesStillDecide() throws {
        let old = ["@margin\t-\t2", "bias\tnone\t5", "agency&cueMemberOf\tagency\t0"]
        var lexicon = Lexicon.shared
        lexicon.typer = try EntityTyperModel(lines: old.map { Substring($0) }, space: lexicon.typingSpace)
        let model = try #require(lexicon.typer)
        let plain = model.decideForOrganisation([TypingFeature.bias.rawValue])
        let cued = model.decideForOrganisation([TypingFeature.bias.rawValue, TypingFeature.cueMemberOf.rawValue,
                                                TypingFeature.cueBusinessWord.rawValue, TypingFeature.inNameList.rawValue])
        #expect(plain == 3 && cued == 3)
    }
}
