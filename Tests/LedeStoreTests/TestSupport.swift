import FoundationEssentials
import LedeExtract
@testable import LedeStore

/// A fresh folder under the system temp directory, removed by `remove()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.path + "/lede-store-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
    }

    func writeBytes(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path + "/" + name))
    }

    func read(_ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path + "/" + name).map { Array($0) }
    }

    func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// The seed article shipped in `data/`, found relative to this source file.
enum Seed {
    static let fileName = "see-something-say-something-unless-youre-the-detroit-police.txt"
    static var dataFolder: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path + "/data"
    }
}

/// Builds an extraction in UTF-8 offsets by locating each mention's text in `body`.
func extraction(
    _ body: String, entities: [(id: String, type: EntityType, name: String, aliases: [String], mentions: [String])],
    events: [TimelineEvent] = []
) -> Extraction {
    let bytes = Array(body.utf8)
    func find(_ text: String) -> Range<Int> {
        let needle = Array(text.utf8)
        for start in 0...(bytes.count - needle.count) where Array(bytes[start..<start + needle.count]) == needle {
            return start..<start + needle.count
        }
        fatalError("\(text) is not in the body")
    }
    return Extraction(
        paragraphs: [TextRange(start: 0, end: bytes.count)],
        sentences: [TextRange(start: 0, end: bytes.count)],
        entities: entities.map { e in
            Entity(
                id: e.id, type: e.type, name: e.name, aliases: e.aliases, salience: 0.5,
                mentions: e.mentions.map { let r = find($0); return Mention(start: r.lowerBound, end: r.upperBound, text: $0, sentence: 0) })
        },
        events: events)
}

func event(_ date: String, _ granularity: DateGranularity, start: String, end: String, expression: String, in body: String, entities: [String] = [])
    -> TimelineEvent
{
    let bytes = Array(body.utf8)
    let needle = Array(expression.utf8)
    var at = 0
    for s in 0...(bytes.count - needle.count) where Array(bytes[s..<s + needle.count]) == needle {
        at = s
        break
    }
    return TimelineEvent(
        date: date, granularity: granularity, qualifier: nil, start: start, end: end, expression: expression,
        expressionRange: TextRange(start: at, end: at + needle.count), text: body,
        textRange: TextRange(start: 0, end: bytes.count), sentence: 0, entities: entities)
}
