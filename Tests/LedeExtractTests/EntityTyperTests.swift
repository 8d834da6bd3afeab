import Foundation
import Testing

@testable import LedeExtract

/// The learned entity typing stage (`EntityTyper.swift`): its weights file, its features on our
/// own sentences, its decisions, and the export of training rows.
@Suite struct EntityTyperTests {
    /// The shipped weights file loads: the stage can be switched on.
    @Test func weightsLoad() throws {
        let lexicon = Lexicon.shared
        #expect(lexicon.typerError == nil, "\(lexicon.typerError.map(\.description) ?? "")")
        #expect(Extractor.entityTyperError == nil)
        let model = try #require(lexicon.typer)
        #expect(model.weights.count == lexicon.typingSpace.count * 4)
        #expect(model.weights.contains { $0 != 0 })
        #expect(lexicon.typingSpace.functionWordList.contains("the"))
        // Every feature name is unique, so the file's names map back to one id each.
        let names = lexicon.typingSpace.allNames()
        #expect(Set(names).count == names.count)
    }

    struct FeatureRow: Sendable, CustomTestStringConvertible {
        var text: String
        var name: String
        var present: [String]
        var absent: [String] = []
        var testDescription: String { "\(name) in “\(text.prefix(40))…”" }
    }

    /// Features as documented, on our own sentences (the uncrossed names; each is also scored
    /// crossed with the rules' type).
    @Test(arguments: [
        FeatureRow(
            text: "Zentrix Holdings said its revenue rose 4% on Monday.", name: "Zentrix Holdings",
            present: ["bias", "speechVerb", "mentionedOnce", "firstSentence", "twoWords", "firstUnlisted", "lastOrgHead", "endsInS",
                      "firstMentionInitial", "previousLineBreak", "next=said", "agency&lastOrgHead"],
            absent: ["ruleFallbackRun", "ruleDefaultOnly", "inQuotation", "afterThe", "person&lastOrgHead"]),
        FeatureRow(
            text: "\"This is a Proud Moment for all of us,\" the coach said on Monday.", name: "Proud Moment",
            present: ["ruleFallbackRun", "ruleDefaultOnly", "allWordsCommon", "inQuotation", "prev=a", "next=for", "twoWords"],
            absent: ["speechVerb", "firstMentionInitial"]),
        FeatureRow(
            text: "Officials at the Harlow Water Authority said the pipes were old. The Harlow Water Authority did not reply.",
            name: "Harlow Water Authority",
            present: ["afterThe", "anyAfterThe", "mentionedTwice", "threeWords", "lastOrgHead", "prev=the", "next=said"],
            absent: ["mentionedOnce", "everyMentionInitial"]),
        FeatureRow(
            text: "Shares of the company rose after NORVEX said so.", name: "NORVEX",
            present: ["ruleCapsFallback", "allCaps", "anyAllCaps", "oneWord", "speechVerb", "previousCommonLower", "next=said"],
            absent: ["twoWords"]),
        // A hyphenated last word lends its parts' head ("Court" in "Court-at-Law").
        FeatureRow(
            text: "The case moved to the Dunmore County Court-at-Law on Friday.", name: "Dunmore County Court-at-Law",
            present: ["lastOrgHead", "hasHyphen", "agency&lastOrgHead"],
            absent: ["lastUnlisted"]),
    ]) func featuresOfOwnSentences(row: FeatureRow) throws {
        let (entities, sink) = Extractor().extractTypingRows(text: row.text, published: RuleRows.published)
        let entity = try #require(entities.first { $0.name == row.name }, "\(entities.map(\.name))")
        let features = try #require(sink.rows.first { $0.start == entity.mentions[0].start })
        let names = Set(features.features.map { Lexicon.shared.typingSpace.name($0) })
        for name in row.present { #expect(names.contains(name), "\(name) missing from \(names.sorted())") }
        for name in row.absent { #expect(!names.contains(name), "\(name) present in \(names.sorted())") }
    }

    /// The shipped model's decision on clear cases of our own: capitalised phrases that name
    /// nothing are dropped; companies and bodies the rules typed by default or by a head word stay.
    @Test(arguments: [
        ("\"This is a Proud Moment for all of us,\" the coach said on Monday.", "Proud Moment", nil),
        ("Many Happy Returns to everyone who came, the host said.", "Happy Returns", nil),
        ("She thanked Kind Neighbours for the help.", "Kind Neighbours", nil),
        ("Zentrix Holdings said its revenue rose 4% on Monday.", "Zentrix Holdings", EntityType.agency),
        ("Officials at the Harlow Water Authority said the pipes were old.", "Harlow Water Authority", .agency),
        ("The report by Marlow Analytics found that prices rose.", "Marlow Analytics", .agency),
    ] as [(String, String, EntityType?)]) func modelDecisions(text: String, name: String, type: EntityType?) {
        let rules = Extractor(learnedTyping: false).extract(text: text, published: RuleRows.published)
        #expect(rules.entities.first { $0.name == name }?.type == .agency, "the rules type it an organisation")
        let model = Extractor(learnedTyping: true).extract(text: text, published: RuleRows.published)
        #expect(model.entities.first { $0.name == name }?.type == type, "\(model.entities.map { "\($0.type) \($0.name)" })")
    }

    /// With the stage on, every entity rule row of our tables still holds (the rows are training
    /// data too) and the dev set keeps its floors.
    @Test func ruleRowsAndDevSetHoldWithTheModel() throws {
        let extractor = Extractor(learnedTyping: true)
        let tables = TypingRuleRows.all
        for row in tables {
            let found = extractor.extract(text: row.text, published: RuleRows.published).entities.first { $0.name == row.name }
            #expect(found?.type == row.type, "\(row.testDescription)")
        }
        var totals = ScoreTotals()
        for (gold, text) in try DevSetScorer.loadGold() {
            let (counts, found, events, _) = DevSetScorer.score(gold, extractor.extract(text: text, published: PartialDate(iso: gold.published)))
            totals.add(counts, found: found, events: events)
        }
        for type in EntityType.allCases.map(\.rawValue) {
            #expect(totals.byType[type, default: Counts()].f1 >= DevSetScoreTests.perTypeF1Floor, "\(type)")
        }
        #expect(totals.micro.f1 >= DevSetScoreTests.microF1Floor)
    }

    /// A weights file that is not what the trainer writes is refused whole, with the line and the
    /// reason; extraction then keeps the rules' types (`Lexicon.typerError`,
    /// `Extractor.entityTyperError`) rather than stopping: the stage is an optional refinement
    /// of a complete rule system, and a half-read model would type differently from the one trained.
    @Test(arguments: [
        (["bias\tagency\t1.5", "noSuchFeature\tnone\t2"], "unknown feature noSuchFeature"),
        (["bias\tagency"], "line 1 is not"),
        (["bias\tcompany\t1"], "line 1 is not"),
        (["bias\tagency\tmany"], "line 1 is not"),
        (["@margin\t-\t2"], "holds no weights"),
    ]) func badWeightsAreRefused(lines: [String], message: String) {
        do {
            _ = try EntityTyperModel(lines: lines.map { Substring($0) }, space: Lexicon.shared.typingSpace)
            Issue.record("accepted \(lines)")
        } catch {
            #expect(error.description.contains(message), "\(error)")
        }
    }

    @Test func missingWeightsFallBackToTheRules() {
        var lexicon = Lexicon()
        lexicon.load { name in name == "function-words" ? ["the|of"] : [] }
        #expect(lexicon.typer == nil)
        #expect(lexicon.typerError?.description.contains("not found") == true)
        // The merger runs without a model: the stage is skipped, nothing crashes.
        var merger = EntityMerger(doc: Document(text: "Acme Widgets said so.", lexicon: lexicon), lexicon: lexicon)
        merger.learnedTyping = true
        #expect(merger.merge([]).isEmpty)
    }

    @Test func aLargeMarginKeepsTheRulesType() throws {
        let space = Lexicon.shared.typingSpace
        let model = try EntityTyperModel(lines: ["@margin\t-\t100", "bias\tnone\t50"], space: space)
        let bias = [TypingFeature.bias.rawValue]
        #expect(model.decideForOrganisation(bias) == nil)
        let eager = try EntityTyperModel(lines: ["@margin\t-\t1", "bias\tnone\t50"], space: space)
        #expect(eager.decideForOrganisation(bias) == 3)
    }

    /// Writes the training rows of a gold folder (`LEDE_GOLD_DIR`) to `LEDE_EXPORT_FEATURES` (one
    /// JSON line per article, appended): every extracted entity in output order with the rules'
    /// type, whether the stage exempts it, its feature names, and the indexes of the gold entities
    /// whose names match it (any type, as `DevSetScorer` matches); the gold types. Read by
    /// `scripts/train-entity-typer`; the model is off while exporting.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["LEDE_EXPORT_FEATURES"] != nil))
    func exportTypeFeatures() throws {
        let env = ProcessInfo.processInfo.environment
        let out = try #require(env["LEDE_EXPORT_FEATURES"])
        let dir = env["LEDE_GOLD_DIR"]
        let articles = try DevSetScorer.loadGold(from: dir.map { URL(filePath: $0, directoryHint: .isDirectory) })
        let extractor = Extractor(learnedTyping: false)
        let space = Lexicon.shared.typingSpace
        var lines = ""
        for (gold, text) in articles {
            let (entities, sink) = extractor.extractTypingRows(text: text, published: PartialDate(iso: gold.published))
            var rowByStart: [Int: (exempt: Bool, features: [Int32])] = [:]
            for row in sink.rows { rowByStart[row.start] = (row.exempt, row.features) }
            let goldNames = gold.entities.map { Set(([$0.name] + $0.aliases).map(DevSetScorer.normalized)) }
            var rows: [[String: Any]] = []
            for entity in entities {
                let names = Set(([entity.name] + entity.aliases).map(DevSetScorer.normalized))
                let matches = goldNames.indices.filter { !goldNames[$0].isDisjoint(with: names) }
                let row = rowByStart[entity.mentions[0].start]
                rows.append([
                    "rule": entity.type.rawValue, "name": entity.name, "exempt": row?.exempt ?? true,
                    "features": (row?.features ?? []).map { space.name($0) }, "matches": matches,
                ])
            }
            let article: [String: Any] = [
                "dir": dir ?? "devset", "file": gold.text, "gold": gold.entities.map(\.type), "entities": rows,
            ]
            let data = try JSONSerialization.data(withJSONObject: article, options: [.sortedKeys])
            lines += String(decoding: data, as: UTF8.self) + "\n"
        }
        try EntityTyperTests.append(lines, to: out)
        #expect(!articles.isEmpty)
    }

    /// The entity rule tables' rows (our own sentences) as training rows, appended to
    /// `LEDE_EXPORT_RULE_ROWS`: for each row the one entity it names, labelled with the row's type
    /// (no type: none); the sentence's other entities are unlabelled and left out.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["LEDE_EXPORT_RULE_ROWS"] != nil))
    func exportRuleRowFeatures() throws {
        let out = try #require(ProcessInfo.processInfo.environment["LEDE_EXPORT_RULE_ROWS"])
        let tables = TypingRuleRows.all
        let extractor = Extractor(learnedTyping: false)
        let space = Lexicon.shared.typingSpace
        var lines = ""
        for row in tables {
            let (entities, sink) = extractor.extractTypingRows(text: row.text, published: RuleRows.published)
            guard let entity = entities.first(where: { $0.name == row.name }), entity.type != .policy,
                let features = sink.rows.first(where: { $0.start == entity.mentions[0].start })
            else { continue }
            let article: [String: Any] = [
                "dir": "rules", "file": row.testDescription, "gold": row.type.map { [$0.rawValue] } ?? [],
                "entities": [[
                    "rule": entity.type.rawValue, "name": entity.name, "exempt": features.exempt,
                    "features": features.features.map { space.name($0) }, "matches": row.type == nil ? [] : [0],
                ] as [String: Any]],
            ]
            let data = try JSONSerialization.data(withJSONObject: article, options: [.sortedKeys])
            lines += String(decoding: data, as: UTF8.self) + "\n"
        }
        try EntityTyperTests.append(lines, to: out)
        #expect(!lines.isEmpty)
    }

    private static func append(_ lines: String, to path: String) throws {
        if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        let handle = try FileHandle(forWritingTo: URL(filePath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(lines.utf8))
        try handle.close()
    }
}
