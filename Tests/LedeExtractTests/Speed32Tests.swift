import Testing

@testable import LedeExtract

/// Speed round thirty-two: the word lists are cut into lines and fields on their bytes, and a
/// run's joined keys are written on the stack. Each must give what the character splits and the
/// appending loop gave, including where a separator is no character of its own: "\r\n" is one
/// character (never cut), a combining mark after "|" or "#" joins it, a prepended mark joins
/// the "|" after it.
@Suite struct Speed32Tests {
    struct TextRow: Sendable, CustomTestStringConvertible {
        var text: String
        var testDescription: String { text.debugDescription }
    }

    static let listRows: [TextRow] = [
        "", "\n", "\n\n#comment\n\nword", "one\ntwo\n", "a\r\nb\nc", "x\r\n\r\ny", "#", "#\n#x\nx#", "#\u{301}kept\n#dropped",
        "#\u{FE0F}\u{20E3}|keycap\nplain", "a||b|", "|a|\u{301}b|c", "é|x\u{300}|y\nÅngström|Angstrom",
        "x|\u{200D}|y", "\u{600}|a", "Saint-Étienne|St Etienne|FR\nSão Paulo|BR",
    ].map { TextRow(text: $0) }

    @Test(arguments: listRows)
    func listLinesAndFieldsAsCharacterSplits(_ row: TextRow) {
        let old = row.text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
        let new = row.text.wordListLines()
        #expect(new.map(String.init) == old.map(String.init))
        #expect(new.map(\.startIndex) == old.map(\.startIndex))
        for line in old {
            #expect(line.listFields().map(String.init) == line.split(separator: "|").map(String.init))
        }
    }

    struct RunRow: Sendable, CustomTestStringConvertible {
        var text: String
        var range: Range<Int>
        var testDescription: String { "\(text.debugDescription) \(range)" }
    }

    static let runRows: [RunRow] = [
        RunRow(text: "The Department of Energy said", range: 0..<4), RunRow(text: "Kansas", range: 0..<1),
        RunRow(text: "São Tomé and Príncipe", range: 0..<4), RunRow(text: "New York’s mayor", range: 0..<3),
        // 64 bytes fill the buffer; 65 and over take the appending loop.
        RunRow(text: "Abcdefghijklmnopqrstuvwxyz Abcdefghijklmnopqrstuvwxyz Abcdefghij", range: 0..<3),
        RunRow(text: "Abcdefghijklmnopqrstuvwxyz Abcdefghijklmnopqrstuvwxyz Abcdefghijk", range: 0..<3),
        RunRow(text: "Abcdefghijklmnopqrstuvwxyz Abcdefghijklmnopqrstuvwxyz Abcdefghijklmnopqrstuvwxyz", range: 0..<3),
    ]

    @Test(arguments: runRows)
    func joinedKeysAsAppended(_ row: RunRow) {
        let doc = Document(text: row.text, lexicon: Lexicon.shared)
        let recognizer = EntityRecognizer(doc: doc, lexicon: Lexicon.shared)
        #expect(recognizer.joinedKeys(row.range) == doc.tokens[row.range].map(\.key).joined(separator: " "))
    }
}
