import Testing

@testable import LedeExtract

/// Typer round seven (round thirteen of the session): the learned typer leaves alone a name the
/// rules' own organisation cues type ("shares of X", "agreed to buy X", "X, a property
/// developer") and a name led by an acronym ("NHS Lothian"), whose features it cannot read right
/// (`TypingExemptions.swift`). Every sentence is written for the test.
@Suite struct Typer7Tests {
    struct ExemptRow: Sendable, CustomTestStringConvertible {
        var text: String
        var name: String
        var exempt: Bool
        var testDescription: String { "\(name) in “\(text.prefix(40))…”" }
    }

    static let exemptRows: [ExemptRow] = [
        // Led by an acronym, then a word not in capitals.
        ExemptRow(text: "Supporters of KV Brendel sang before the match.", name: "KV Brendel", exempt: true),
        ExemptRow(text: "Nurses at NHS Tarrowdale said the wards were full.", name: "NHS Tarrowdale", exempt: true),
        // The rules' organisation cues.
        ExemptRow(text: "Shares of Velmora rose 3% on Tuesday.", name: "Velmora", exempt: true),
        ExemptRow(text: "Halden agreed to buy Trostek for $40 million.", name: "Trostek", exempt: true),
        ExemptRow(text: "Rivals of Marovex, a property developer, cut prices in May.", name: "Marovex", exempt: true),
        // A leader's "of X", a capitalised "The" inside a sentence, "of" and a listed place last.
        ExemptRow(text: "Reporters asked Mia Lorne, the founder of Veskaro, about the plan.", name: "Veskaro", exempt: true),
        ExemptRow(text: "The story first ran in The Harbour Ledger last week.", name: "Harbour Ledger", exempt: true),
        ExemptRow(text: "Calls went to Safe Streets of Oregon, officers said.", name: "Safe Streets of Oregon", exempt: true),
        // No cue, no acronym: the model judges them.
        ExemptRow(text: "She thanked Kind Neighbours for the help.", name: "Kind Neighbours", exempt: false),
        // (Typer round ten: a business word near a name exempts it, so this row no longer opens with "Shares".)
        ExemptRow(text: "Prices of the goods rose after NORVEX said so.", name: "NORVEX", exempt: false),
    ]

    /// The rules type each an organisation; the stage exempts those with a cue or an acronym first.
    @Test(arguments: exemptRows + Typer10Tests.exemptRows) func exemption(row: ExemptRow) throws {
        let (entities, sink) = Extractor().extractTypingRows(text: row.text, published: RuleRows.published)
        let entity = try #require(entities.first { $0.name == row.name }, "\(entities.map(\.name))")
        #expect(entity.type == .agency)
        let features = try #require(sink.rows.first { $0.start == entity.mentions[0].start })
        #expect(features.exempt == row.exempt)
    }

    /// The entities of `text` with the learned stage run by a model built from `lines`.
    private func entities(_ text: String, weights lines: [String]) throws -> [Entity] {
        var lexicon = Lexicon.shared
        lexicon.typer = try EntityTyperModel(lines: lines.map { Substring($0) }, space: lexicon.typingSpace)
        let doc = Document(text: text, lexicon: lexicon)
        var recognizer = EntityRecognizer(doc: doc, lexicon: lexicon)
        let raw = recognizer.run()
        var merger = EntityMerger(doc: doc, lexicon: lexicon)
        merger.learnedTyping = true
        return merger.merge(raw)
    }

    /// Weights that drop every organisation they may judge (as the retrains of the third session
    /// did to once-mentioned organisations in one-sentence texts): the exempt names stay, the
    /// others are dropped, so the exemption is what keeps them.
    @Test(arguments: exemptRows + Typer10Tests.exemptRows) func exemptNamesSurviveAModelThatDropsEverything(row: ExemptRow) throws {
        let dropAll = ["@margin\t-\t2", "bias\tnone\t5"]
        let found = try entities(row.text, weights: dropAll).first { $0.name == row.name }
        #expect(found?.type == (row.exempt ? .agency : nil), "\(found.map { "\($0.type)" } ?? "dropped")")
    }
}
