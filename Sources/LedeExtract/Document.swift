/// The text cut into lines, paragraphs, sentences and tokens, with boilerplate set aside.
struct Document {
    let bytes: [UInt8]
    var paragraphs: [TextRange] = []
    var boilerplate: [Boilerplate] = []
    var tokens: [Token] = []
    /// Token index ranges of each sentence.
    var sentenceTokens: [Range<Int>] = []
    var sentences: [TextRange] = []

    init(text: String, lexicon: Lexicon) {
        bytes = Array(text.utf8)
        splitParagraphs(lexicon: lexicon)
        let tokenizer = Tokenizer(bytes: bytes, lexicon: lexicon)
        tokens.reserveCapacity(bytes.count / 5)
        for paragraph in paragraphs {
            let first = tokens.count
            tokenizer.tokens(in: paragraph.start..<paragraph.end, into: &tokens)
            splitSentences(first..<tokens.count, lexicon: lexicon)
        }
        for (index, range) in sentenceTokens.enumerated() {
            for t in range { tokens[t].sentence = index }
            sentences.append(TextRange(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end))
        }
    }

    func text(_ start: Int, _ end: Int) -> String { String(decoding: bytes[start..<end], as: UTF8.self) }

    // MARK: Lines and paragraphs

    private mutating func splitParagraphs(lexicon: Lexicon) {
        var lines: [(start: Int, end: Int)] = []  // trimmed; empty range = blank line
        var lineStart = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 10 {
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

    static func boilerplateKind(_ line: ArraySlice<UInt8>, lexicon: Lexicon) -> String? {
        let isShort = line.count <= shortLine
        let folded = Lexicon.fold(line, limit: isShort ? shortLine : 48)
        guard let first = folded.first else { return nil }
        for index in lexicon.boilerplateByFirstByte[Int(first)] {
            let rule = lexicon.boilerplate[index]
            switch rule.match {
            case .prefix: if folded.starts(with: rule.pattern) { return rule.kind }
            case .contains: if isShort, contains(folded, rule.pattern) { return rule.kind }
            case .line:
                guard isShort else { continue }
                var end = folded.count
                while end > 0, folded[end - 1] == 58 || folded[end - 1] == 46 || folded[end - 1] == 32 { end -= 1 }
                if folded[..<end].elementsEqual(rule.pattern) { return rule.kind }
            }
        }
        // "By Jane Doe, Staff Writer": a short line naming the author is metadata.
        if isShort, folded.starts(with: Array("by ".utf8)), line.count > 3 {
            let text = String(decoding: line, as: UTF8.self)
            let words = text.split(separator: " ")
            if words.count >= 2, words.count <= 10, let first = words[1].unicodeScalars.first, Chars.isUpper(first.value),
                !text.hasBytesSuffix("."), !contains(folded, Array(" said".utf8))
            {
                return "byline"
            }
        }
        return nil
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
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
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            // Fields are read in place: copying a `Token` out of the array retains its key.
            var boundary = i  // last token of the sentence if it ends here
            var ends = false
            if tokens[i].kind == .punct, let stop = sentenceStop(tokens[i].key) {
                while boundary + 1 < range.upperBound, isClosingPunct(boundary + 1),
                    tokens[boundary + 1].start == tokens[boundary].end
                {
                    boundary += 1
                }
                ends = boundary + 1 == range.upperBound || startsSentence(boundary + 1, strict: !stop)
            } else if tokens[i].isAbbreviation {
                let token = tokens[i]
                let bare = String(token.key.dropLast())
                if boundary + 1 < range.upperBound, !Tokenizer.leading.contains(bare), !isInitial(token) {
                    let next = tokens[boundary + 1]
                    ends = next.isCapitalized && next.flags.contains(.nonName) && next.key != "u.s."
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

    private func isInitial(_ token: Token) -> Bool { token.key.utf8.count == 2 && token.isCapitalized }

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
