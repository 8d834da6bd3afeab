import Testing

@testable import LedeExtract

/// Speed round thirty-seven moved `Document.boilerplateKind`'s short-line rules onto a stack
/// buffer and tests a long line's second byte and an ASCII byline on bytes: these rows hold the
/// answers of every path (long and short lines, the curly-apostrophe fold, line rules with
/// trailing marks, ASCII and non-ASCII bylines).
@Suite struct Boilerplate37Tests {
    static let filler = String(repeating: " and the council met again on Tuesday", count: 5)

    static let cases: [(String, String?)] = [
        // Long lines (over 160 bytes): prefix rules only.
        ("Don’t miss: the mayor’s budget" + filler, "teaser"),
        ("Subscribe to the morning briefing" + filler, "subscribe"),
        ("Sign up for alerts" + filler, "subscribe"),
        ("Senators met on Tuesday" + filler, nil),
        ("The newsletter went out" + filler, nil),
        // Short lines: every rule.
        ("Don’t miss the game tonight", "teaser"),
        ("More.", "teaser"),
        ("Advertisement:", "ad"),
        ("The weekly newsletter is out", "subscribe"),
        ("By Jo Lee", "byline"),
        ("By chief political correspondent Jo Lee", "byline"),
        ("By José Álvarez", "byline"),
        ("By Jo Lee.", nil),
        ("By Jo Lee said the mayor", nil),
        ("By one two three four five six seven eight nine Ten Eleven", nil),
        ("By the river bank", nil),
    ]

    @Test(arguments: cases) func kinds(line: String, kind: String?) {
        #expect(Document.boilerplateKind(line, lexicon: Lexicon.shared) == kind)
    }
}
