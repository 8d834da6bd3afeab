/// Shapes that passes walking every token of an article look for, noted by the tokenizer as it
/// makes each token (speed round twenty-seven). Such a walk then tests one byte a token, a
/// branch almost never taken, instead of branching on the token's kind and capital: a walk
/// that switched on the kind of every token mispredicted about one token in five and cost
/// several times its instructions in wall clock.
///
/// A note says the shape may be there; the pass still tests what it needs. Every token of the
/// shape carries its note (tokens are never re-kinded after the tokenizer), so a walk that
/// skips unnoted tokens finds what the full walk found.
struct TokenNotes: OptionSet, Sendable {
    let rawValue: UInt8

    /// A number token (`Token.Kind.number`: digits, perhaps with "." or "," inside).
    static let number = TokenNotes(rawValue: 1 << 0)
    /// The ASCII colon, a punctuation token of its own ("Suburbs affected:").
    static let colon = TokenNotes(rawValue: 1 << 1)
    /// A word of three to five bytes opening with "I" and a hyphen: an interstate's shape ("I-49").
    static let interstateShape = TokenNotes(rawValue: 1 << 2)
    /// A mark whose key is a straight quote, "-" or ":" (curly quotes, guillemets and dashes fold
    /// to those keys): a capital after one may open a sentence-like run (`EntityRecognizer.init`).
    static let quoteDashOrColon = TokenNotes(rawValue: 1 << 3)
    /// A mark whose key is a straight quote (`"`, curly quotes, guillemets): `findTitledPolicies`
    /// looks for a title cue before one.
    static let quote = TokenNotes(rawValue: 1 << 4)
    /// A token `findCitations` may open a citation at without looking at the next token: a number,
    /// "§" or "(", a capitalised word in capitals or flagged `.citationWord` or `.policyHead`
    /// (`EntityRecognizer.citationGate`). A capital before a policy head may open one too; the walk
    /// tests the next token's flag for that.
    static let citationStart = TokenNotes(rawValue: 1 << 5)
    /// A capital letter and one to four digits ("N5", "M50", "R445"): a lettered road's shape
    /// (`isLetteredRoad51`, read in the same walk as the interstates).
    static let letteredRoadShape = TokenNotes(rawValue: 1 << 6)
    /// The last token before a newline (or a paragraph's end), or the mark "/" or "|": where
    /// `creditRanges61` tests for a line's end and a picture credit's bar (speed round
    /// thirty-four: a test of every token's gap and mark cost about 17 instructions a token).
    static let lineEndOrBar = TokenNotes(rawValue: 1 << 7)
    /// What `bareNumberedHeads42` and `lineLists44` look for.
    static let nameExtents42: TokenNotes = [.number, .colon, .interstateShape, .letteredRoadShape]
    /// The notes of every number token.
    static let ofNumber: TokenNotes = [.number, .citationStart]

    /// The notes of a word token (letters in it) of `bytes[start..<end]` made by `fullWord`: the
    /// short path's words hold no hyphen, so they carry no interstate's shape.
    @inline(__always)
    static func ofFullWord(_ bytes: [UInt8], start: Int, end: Int) -> TokenNotes {
        let count = end - start
        if count >= 3 && count <= 5 && bytes[start] == 73 && bytes[start + 1] == 45 { return .interstateShape }
        guard count >= 2, count <= 5, bytes[start] &- 65 < 26 else { return [] }
        for k in (start + 1)..<end where bytes[k] &- 48 > 9 { return [] }
        return .letteredRoadShape
    }

    /// The notes of a word token made by the short path from its counts: `.letteredRoadShape` for
    /// one capital and then digits only.
    @inline(__always)
    static func ofShortWord(count: Int, upperCount: Int, digitCount: Int, capitalized: Bool) -> TokenNotes {
        capitalized && upperCount == 1 && digitCount == count - 1 && count >= 2 && count <= 5 ? .letteredRoadShape : []
    }

    /// `.citationStart` for a word token with these fields, else none.
    @inline(__always)
    static func ofCapital(_ capitalized: Bool, allCaps: Bool, flags: WordFlags) -> TokenNotes {
        capitalized && (allCaps || !flags.isDisjoint(with: EntityRecognizer.citationGate)) ? .citationStart : []
    }
}

extension EntityRecognizer {
    /// Every word whose capitalised token `findCitations` may open a citation with, besides policy
    /// heads: its leads (`citationLeadWords`, `letterLeadWords`), bill chambers, the heads of "the
    /// Treaty of …" titles and the words it compares keys with. The flag `.citationWord` marks them.
    static let citationGateWords: [String] =
        citationLeadWords + letterLeadWords + billChamberWords + ofTitleHeadWords + ["executive", "public", "operation"]
    /// The flags of a capitalised word that may open a citation. Built from raw values, not an
    /// array literal: `TokenNotes.ofCapital` reads it for each capitalised word of the tokenizer's
    /// long path (speed54 found the literal's heap array built at that call).
    static let citationGate = WordFlags(rawValue: WordFlags.citationWord.rawValue | WordFlags.policyHead.rawValue)
}
