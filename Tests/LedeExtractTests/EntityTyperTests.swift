import Foundation
import Testing

@testable import LedeExtract

/// The learned entity typing stage (`EntityTyper.swift`): its weights file, its features on our
/// own sentences, its decisions, and the export of training rows.
@Suite struct EntityTyperTests {
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
        let url = URL(filePath: out)
        if !FileManager.default.fileExists(atPath: out) { _ = FileManager.default.createFile(atPath: out, contents: nil) }
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(lines.utf8))
        try handle.close()
        #expect(!articles.isEmpty)
    }
}
