/// The text cut into lines, paragraphs, sentences and tokens, with boilerplate set aside.
struct Document {
    let bytes: [UInt8]
    var paragraphs: [TextRange] = []
    var boilerplate: [Boilerplate] = []
    var tokens: [Token] = []
    /// Token index ranges of each sentence.
    var sentenceTokens: [Range<Int>] = []
    var sentences: [TextRange] = []
    /// How many tokens are sports words (`EntityRecognizer.sportsWords`), counted by the tokenizer.
    var sportsWordCount = 0
    /// Every flag any token carries, gathered by the tokenizer: a pass looking for flagged words
    /// skips an article none of whose tokens has the flag (speed round forty-one).
    var flagUnion: WordFlags = []

    // `borrowing`: an initialiser's parameters are owned by default, and the caller copied the
    // whole `Lexicon` (some thirty buffers retained, then released) for every article.
    init(text: String, lexicon: borrowing Lexicon) {
        bytes = Array(text.utf8)
        splitParagraphs(lexicon: lexicon)
        let tokenizer = Tokenizer(bytes: bytes, lexicon: lexicon)
        // Room for a typical article's tokens and sentences up front: an array grown from
        // empty reallocates at 1, 2, 4, 8… elements, about 400 instructions each.
        tokens.reserveCapacity(bytes.count / 5)
        sentenceTokens.reserveCapacity(bytes.count / 64 + 4)
        for paragraph in paragraphs {
            let first = tokens.count
            tokenizer.tokens(in: paragraph.start..<paragraph.end, into: &tokens, sportsWords: &sportsWordCount, flags: &flagUnion)
            splitSentences(first..<tokens.count, lexicon: lexicon)
        }
        sentences.reserveCapacity(sentenceTokens.count)
        for (index, range) in sentenceTokens.enumerated() {
            for t in range { tokens[t].sentence = index }
            sentences.append(TextRange(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end))
        }
    }

    /// The decoding out of line (inlined, it took about 470 bytes of code at each of its 37
    /// callers), on the bytes alone: a call taking the whole `Document` copied it from the
    /// recogniser's input first (six buffers retained and released, 5,000 times a corpus round).
    @inline(__always)
    func text(_ start: Int, _ end: Int) -> String { Document.text(bytes, start, end) }

    @inline(never)
    static func text(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String { String(decoding: bytes[start..<end], as: UTF8.self) }

    /// The index of the token that starts at byte `byte`, if one does, found by halving (tokens
    /// are in text order). Read through a `Span`: the array's getter copied the whole token (a
    /// retain and a release of its key) for each probe. The middle by wrapping add and shift
    /// (indices are never negative nor near `Int.max`): `(lo + hi) / 2` was an overflow check and
    /// a signed division's four instructions a probe, about 900,000 probes a corpus round.
    func tokenIndex(startingAt byte: Int) -> Int? { Document.tokenIndex(in: tokens, startingAt: byte) }

    /// `tokenIndex(startingAt:)` on a token array a caller already holds (per-mention passes, so
    /// they do not bind `doc.tokens` again). An array, not a `Span`, as parameter: with a `Span`
    /// the release compiler (6.3.1) stopped on an ownership error in this loop (CopyPropagation).
    static func tokenIndex(in tokens: [Token], startingAt byte: Int) -> Int? {
        let view = tokens.span
        var lo = 0, hi = view.count
        while lo < hi {
            let mid = (lo &+ hi) &>> 1
            if view[mid].start < byte { lo = mid &+ 1 } else { hi = mid }
        }
        return lo < view.count && view[lo].start == byte ? lo : nil
    }

    // MARK: Lines and paragraphs

    private mutating func splitParagraphs(lexicon: Lexicon) {
        var lines: [(start: Int, end: Int)] = []  // trimmed; empty range = blank line
        lines.reserveCapacity(bytes.count / 64 + 4)
        paragraphs.reserveCapacity(bytes.count / 128 + 4)
        var lineStart = 0
        while lineStart <= bytes.count {
            // Eight bytes a test (`ByteBlocks`): `firstIndex(of:)` on the slice cost five
            // instructions a byte, a plain loop eight.
            let i = ByteBlocks.newlineIndex(bytes.span, from: lineStart)
            var s = lineStart, e = i
            while s < e, isSpaceByte(at: s) { s += scalarLength(at: s) }
            while e > s, isSpaceBefore(e) { e = lastScalarStart(before: e) }
            lines.append((s, e))
            lineStart = i + 1
        }
        // Only a blank line between lines of text makes blocks: a text that merely ends with a
        // newline still has one paragraph per line.
        let firstText = lines.firstIndex { $0.start != $0.end } ?? 0
        let lastText = lines.lastIndex { $0.start != $0.end } ?? 0
        let hasBlankLine = firstText < lastText && lines[firstText..<lastText].contains { $0.start == $0.end }
        var blockStart = -1, blockEnd = -1
        func flush() {
            if blockStart >= 0 { paragraphs.append(TextRange(start: blockStart, end: blockEnd)) }
            blockStart = -1
        }
        for line in lines {
            if line.start == line.end {
                flush()
                continue
            }
            if let kind = Document.boilerplateKind(bytes[line.start..<line.end], lexicon: lexicon) {
                flush()
                boilerplate.append(Boilerplate(range: TextRange(start: line.start, end: line.end), kind: kind))
                continue
            }
            if !hasBlankLine { flush() }
            if blockStart < 0 { blockStart = line.start }
            blockEnd = line.end
        }
        flush()
    }

    /// Why a line is boilerplate, or nil when it is content.
    static func boilerplateKind(_ line: String, lexicon: Lexicon) -> String? {
        boilerplateKind(Array(line.utf8)[...], lexicon: lexicon)
    }

    /// Lines longer than this are paragraphs of content: only prefix rules apply to them.
    private static let shortLine = 160

    /// Long lines are most of the text and only prefix rules apply to them: those compare
    /// against the line folded on the fly, with no folded copy of it.
    private static let longLinePrefixLimit = 48

    static func boilerplateKind(_ line: ArraySlice<UInt8>, lexicon: Lexicon) -> String? {
        let isShort = line.count <= shortLine
        if !isShort {
            let bytes = line.span
            guard let first = foldedPrefixByte(bytes) else { return nil }
            let second = foldedSecondByte37(bytes), seconds = lexicon.boilerplateSecondBytes37.span
            for index in lexicon.boilerplateByFirstByte[Int(first)] {
                // Fields read in place: a copy of the rule retains its strings.
                if lexicon.boilerplate[index].match == .prefix, seconds[index] < 0 || seconds[index] == second,
                    foldedStarts(bytes, with: lexicon.boilerplate[index].pattern)
                {
                    return lexicon.boilerplate[index].kind
                }
            }
            return nil
        }
        return shortLineKind37(line, limit: shortLine, lexicon: lexicon)
    }

    /// The first byte of `Lexicon.fold` of a non-empty line.
    private static func foldedPrefixByte(_ line: Span<UInt8>) -> UInt8? {
        line.isEmpty ? nil : Lexicon.foldedByte(line, at: 0).byte
    }

    /// `Lexicon.fold(line, limit: longLinePrefixLimit).starts(with: pattern)`, folding only as
    /// many bytes as the pattern needs (same rules, same limit on input bytes).
    private static func foldedStarts(_ line: Span<UInt8>, with pattern: [UInt8]) -> Bool {
        let end = min(line.count, longLinePrefixLimit)
        var i = 0
        for expected in pattern {
            guard i < end else { return false }
            let (b, width) = Lexicon.foldedByte(line, at: i)
            if b != expected { return false }
            i += width
        }
        return true
    }

    private func isSpaceByte(at i: Int) -> Bool { Chars.isSpace(decodeScalar(bytes, i).0) }
    private func scalarLength(at i: Int) -> Int { decodeScalar(bytes, i).1 }
    private func lastScalarStart(before e: Int) -> Int {
        var s = e - 1
        while s > 0, bytes[s] & 0xC0 == 0x80 { s -= 1 }
        return s
    }
    private func isSpaceBefore(_ e: Int) -> Bool { Chars.isSpace(decodeScalar(bytes, lastScalarStart(before: e)).0) }

    // MARK: Sentences

    private mutating func splitSentences(_ range: Range<Int>, lexicon: Lexicon) {
        guard !range.isEmpty else { return }
        // Read once per paragraph: each read of a `static let` in the loop is a `swift_once` call.
        let stopHashes = Document.stopHashes
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            // Fields are read in place: copying a `Token` out of the array retains its key.
            var boundary = i  // last token of the sentence if it ends here
            var ends = false
            if tokens[i].kind == .punct, stopHashes.contains(tokens[i].keyHash), let stop = sentenceStop(tokens[i].key) {
                while boundary + 1 < range.upperBound, isClosingPunct(boundary + 1),
                    tokens[boundary + 1].start == tokens[boundary].end
                {
                    boundary += 1
                }
                ends = boundary + 1 == range.upperBound || startsSentence(boundary + 1, strict: !stop)
            } else if tokens[i].isAbbreviation {
                // The key without its final period, from its bytes (`dropLast()` on a `String`
                // walks grapheme clusters back from the end). Fields are read in place, not
                // from a copy of the token (a retain and a release of its key each).
                let keyBytes = tokens[i].key.utf8.span
                let bare: String
                if let text = try? UTF8Span(validating: keyBytes.extracting(0..<(keyBytes.count - 1))) {
                    bare = String(copying: text)
                } else {
                    bare = String(tokens[i].key.dropLast())
                }
                let isInitial = keyBytes.count == 2 && tokens[i].isCapitalized
                if boundary + 1 < range.upperBound, !Tokenizer.leading.contains(bare), !isInitial {
                    let n = boundary + 1
                    ends = tokens[n].isCapitalized && tokens[n].flags.contains(.nonName) && tokens[n].key != "u.s."
                        // "at 10:30 p.m. Saturday": a time runs on into its day.
                        && !(tokens[n].flags.contains(.temporal) && (bare == "p.m" || bare == "a.m"))
                }
            }
            if ends {
                sentenceTokens.append(start..<(boundary + 1))
                start = boundary + 1
            }
            i = boundary + 1
        }
        if start < range.upperBound { sentenceTokens.append(start..<range.upperBound) }
    }

    /// `StringTable.hash` of the keys `sentenceStop` takes: the stored hash rules out every other
    /// mark without reading its key.
    private static let stopHashes = StopHashes()

    private struct StopHashes {
        let period = StringTable<Bool>.hash("."), ellipsis = StringTable<Bool>.hash("...")
        let question = StringTable<Bool>.hash("?"), exclamation = StringTable<Bool>.hash("!")
        @inline(__always)
        func contains(_ h: Int) -> Bool { h == period || h == ellipsis || h == question || h == exclamation }
    }

    /// Whether a punctuation key ends a sentence: nil when it does not, true for a period.
    private func sentenceStop(_ key: String) -> Bool? {
        guard key.utf8.count <= 3, let first = key.utf8.first else { return nil }
        switch first {
        case UInt8(ascii: "."): return key.utf8.count == 1 ? true : (key == "..." ? false : nil)
        case UInt8(ascii: "?"), UInt8(ascii: "!"): return key.utf8.count == 1 ? false : nil
        default: return nil
        }
    }

    private func isClosingPunct(_ index: Int) -> Bool {
        guard tokens[index].kind == .punct else { return false }
        let key = tokens[index].key
        return key == "\"" || key == "'" || key == ")" || key == "]"
    }

    /// Whether the token at `index` can open a sentence. After "?" or "!" a lower-case word
    /// continues the sentence ("'Why?' she asked").
    private func startsSentence(_ index: Int, strict: Bool) -> Bool {
        switch tokens[index].kind {
        case .punct:
            let key = tokens[index].key
            return key == "\"" || key == "'" || key == "(" || key == "-" || key == "["
        case .number: return !strict
        default: return tokens[index].isCapitalized
        }
    }
}
