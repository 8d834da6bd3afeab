/// Entities round sixty-one (credits): the guidelines give page furniture no entities, and a
/// page names its writers and photographers in a few shapes the older passes miss:
///
/// - a byline without "By", the name alone on its line ("Kate Ter Haar"), or with its role after
///   a comma ("Jo Lee, local democracy reporter");
/// - a sign-off, a dash and the name alone on the line ("— Jo Lee");
/// - "Jo Lee for MPR" alone on a line (a picture's credit);
/// - a picture credit "Name/Outlet", "Name / File", "Name/" or "(Name | Outlet)" alone on a line,
///   closing a caption ("… title game. Jo Lee/Van Wert Independent", "…(Jo Lee/The Gazette)",
///   "Photo: Jo Lee/ Matangi Tonga.") or opening it in brackets ("(Jo Lee | The Tribune) Utah-based …").
///
/// Only the credit's tokens are claimed: a person the body names too stays an entity. A lone name
/// stays when a neighbouring line is a lone name too (a roster) or when its last word comes up
/// elsewhere in the text (a heading over a profile, "Jo Lee" then "Lee said").
extension EntityRecognizer {
    /// Claims the credits' tokens. The search reads the tokens in place (non-mutating, through
    /// spans); the claims come after it.
    mutating func claimCredits61() {
        let found = creditRanges61()
        for range in found {
            for k in range { claimed[k] = true }
        }
    }

    /// The token ranges of the credits (see above). Lines are found at the tokens the tokenizer
    /// noted, from the gaps after them (`lineBreakBefore`, `PageFurniture.swift`).
    func creditRanges61() -> [Range<Int>] {
        var found: [Range<Int>] = []
        let count = doc.tokens.count
        guard count > 1 else { return found }
        // Each line's token range, and whether it holds a "/" or "|" (the only lines a picture
        // credit's test is run on).
        var lines: [(range: Range<Int>, bar: Bool)] = []
        lines.reserveCapacity(doc.paragraphs.count * 2 + 8)
        do {
            // Only tokens the tokenizer noted (`.lineEndOrBar`: a line's last token or a bar) are
            // tested; the tests are the full ones, the note only says where to look.
            let tokenList = doc.tokens
            let byteList = doc.bytes
            let t = tokenList.span, bytes = byteList.span
            var first = 0, bar = false
            for i in 0..<count where t[i].notes.contains(.lineEndOrBar) {
                if t[i].kind == .punct, t[i].end - t[i].start == 1 {
                    let b = bytes[t[i].start]
                    if b == 47 || b == 124 { bar = true }
                }
                guard i + 1 < count else { continue }
                // A gap of one space (or none) holds no line break; wider ones are scanned.
                let gap = t[i + 1].start - t[i].end
                if gap > 1 || (gap == 1 && bytes[t[i].end] != 32), lineBreakBefore(i + 1) {
                    lines.append((first..<(i + 1), bar))
                    first = i + 1
                    bar = false
                }
            }
            lines.append((first..<count, bar))
        }
        let dash = StringTable<Bool>.hash("-")
        for n in lines.indices {
            let line = lines[n].range
            if lines[n].bar, let credit = slashCredit61(line) {
                found.append(credit)
                continue
            }
            guard line.count >= 2, line.count <= 16 else { continue }
            let opensWithDash = doc.tokens[line.lowerBound].keyHash == dash && doc.tokens[line.lowerBound].key == "-"
            guard opensWithDash || doc.tokens[line.lowerBound].flags.contains(.givenName) else { continue }
            if opensWithDash {
                // "— Jo Lee", unless the lines around open with dashes too (a list's items).
                let listed = (n > 0 && isDashLine61(lines[n - 1].range, dash)) || (n + 1 < lines.count && isDashLine61(lines[n + 1].range, dash))
                if !listed, isNameLine61((line.lowerBound + 1)..<line.upperBound) { found.append(line) }
            } else if let name = loneName61(line) {
                let neighbour = (n > 0 && isNameLine61(lines[n - 1].range)) || (n + 1 < lines.count && isNameLine61(lines[n + 1].range))
                if !neighbour, !surnameElsewhere61(name) { found.append(line) }
            } else if isForCredit61(line) {
                found.append(line)
            }
        }
        return found
    }

    /// Two to four capitalised words, none a head of a body, place or event: a name's shape.
    private func nameWords61(_ range: Range<Int>) -> Bool {
        guard range.count >= 2, range.count <= 4 else { return false }
        for k in range {
            guard doc.tokens[k].kind == .word, doc.tokens[k].isCapitalized,
                doc.tokens[k].flags.isDisjoint(with: [.orgHead, .placeHead, .eventHead, .policyHead, .title, .temporal])
            else { return false }
        }
        return true
    }

    /// A line that is a person's name alone: name words, the first a given name.
    private func isNameLine61(_ line: Range<Int>) -> Bool {
        nameWords61(line) && doc.tokens[line.lowerBound].flags.contains(.givenName)
    }

    /// The name of a lone-name line ("Kate Ter Haar", "Jo Lee, local democracy reporter").
    private func loneName61(_ line: Range<Int>) -> Range<Int>? {
        if isNameLine61(line) { return line }
        // The role after a comma: lower-case words ending in a writer's noun.
        var comma = line.lowerBound + 2
        while comma < min(line.upperBound, line.lowerBound + 5), !isComma(comma) { comma += 1 }
        guard comma + 1 < line.upperBound, line.upperBound - comma <= 5, isNameLine61(line.lowerBound..<comma),
            EntityRecognizer.writerNouns61.contains(doc.tokens, at: line.upperBound - 1),
            ((comma + 1)..<line.upperBound).allSatisfy({ doc.tokens[$0].kind == .word && !doc.tokens[$0].isCapitalized })
        else { return nil }
        return line.lowerBound..<comma
    }

    static let writerNouns61: WordSet = [
        "reporter", "correspondent", "writer", "editor", "journalist", "photographer", "photojournalist", "columnist",
    ]

    /// Whether the name's last word comes up anywhere outside it.
    private func surnameElsewhere61(_ name: Range<Int>) -> Bool {
        let last = name.upperBound - 1
        let hash = doc.tokens[last].keyHash
        let key = doc.tokens[last].key
        for k in doc.tokens.indices where doc.tokens[k].keyHash == hash && !name.contains(k) && doc.tokens[k].key == key {
            return true
        }
        return false
    }

    /// A line opening with a dash (an item of a list).
    private func isDashLine61(_ line: Range<Int>, _ dash: Int) -> Bool {
        doc.tokens[line.lowerBound].keyHash == dash && doc.tokens[line.lowerBound].key == "-"
    }

    /// "Derek Montgomery for MPR": a name, "for", one to four capitalised words, the line's end.
    private func isForCredit61(_ line: Range<Int>) -> Bool {
        var k = line.lowerBound + 2
        while k < min(line.upperBound, line.lowerBound + 5), doc.tokens[k].key != "for" { k += 1 }
        guard k < line.upperBound, doc.tokens[k].kind == .word, line.upperBound - k >= 2, line.upperBound - k <= 5,
            isNameLine61(line.lowerBound..<k)
        else { return false }
        return ((k + 1)..<line.upperBound).allSatisfy { doc.tokens[$0].kind == .word && doc.tokens[$0].isCapitalized }
    }

    /// "(John Hult/South Dakota Searchlight)" in a dateline: the reporter's name beside the
    /// outlet is a credit, not a source (`addDatelineSources50`).
    func isDatelineCreditName61(_ range: Range<Int>) -> Bool {
        range.count <= 3 && isNameLine61(range) && !EntityRecognizer.outletHeads.contains(doc.tokens, at: range.upperBound - 1)
    }

    /// Whether the token is "/" or "|".
    private func isCreditBar61(_ k: Int) -> Bool {
        guard doc.tokens[k].kind == .punct, doc.tokens[k].end - doc.tokens[k].start == 1 else { return false }
        let b = doc.bytes[doc.tokens[k].start]
        return b == 47 || b == 124
    }

    /// Whether token `k` is the one-byte mark `byte`.
    @inline(__always)
    private func isMark61(_ k: Int, _ byte: UInt8) -> Bool {
        doc.tokens[k].kind == .punct && doc.tokens[k].end - doc.tokens[k].start == 1 && doc.bytes[doc.tokens[k].start] == byte
    }

    /// A picture credit "Name/Outlet" closing the line, or "(Name/Outlet)" opening it: the
    /// tokens to claim.
    private func slashCredit61(_ line: Range<Int>) -> Range<Int>? {
        let tokenList = doc.tokens
        let tokens = tokenList.span
        let open = UInt8(ascii: "("), close = UInt8(ascii: ")"), stop = UInt8(ascii: ".")
        // "(Jo Lee | The Tribune) Utah-based …": the credit in brackets opens the line.
        if isMark61(line.lowerBound, open), line.count >= 5 {
            var end = line.lowerBound + 1
            while end < min(line.upperBound, line.lowerBound + 16), !isMark61(end, close) { end += 1 }
            if end < line.upperBound, isMark61(end, close) {
                var bar = line.lowerBound + 3
                while bar < min(end, line.lowerBound + 6), !isCreditBar61(bar) { bar += 1 }
                if bar < end, nameWords61((line.lowerBound + 1)..<bar) { return line.lowerBound..<(end + 1) }
            }
        }
        // "PIERRE, S.D. (Jo Lee/South Dakota Searchlight) –" on a line of its own, past the
        // dateline pass's first sentences: the reporter's name goes, the outlet stays a source.
        var paren = line.lowerBound + 1
        while paren < min(line.upperBound, line.lowerBound + 8), !isMark61(paren, open) { paren += 1 }
        if paren + 4 < line.upperBound, isMark61(paren, open), tokens[paren - 1].isAbbreviation || tokens[paren - 1].isAllCaps {
            var bar = paren + 3
            while bar < min(line.upperBound, paren + 5), !isCreditBar61(bar) { bar += 1 }
            var end = bar
            while end < min(line.upperBound, bar + 8), !isMark61(end, close) { end += 1 }
            if bar < line.upperBound, isCreditBar61(bar), end + 1 < line.upperBound, isMark61(end, close),
                doc.tokens[end + 1].key == "-", isDatelineCreditName61((paren + 1)..<bar)
            {
                return (paren + 1)..<(bar + 1)
            }
        }
        // The line's end, past a closing bracket and a full stop.
        var last = line.upperBound - 1
        while last > line.lowerBound, isMark61(last, stop) || isMark61(last, close) { last -= 1 }
        // Back over the outlet's tokens (at most eight, no comma or clause mark) to the bar.
        var bar = last
        while bar > line.lowerBound, last - bar < 8, !isCreditBar61(bar) {
            if tokens[bar].kind == .punct {
                let b = doc.bytes[tokens[bar].start]
                if b == 44 || b == 59 || b == 58 || b == 40 || b == 34 { return nil }
                // A full stop inside a site's name ("SWNS.com") only, glued on both sides.
                if b == stop, tokens[bar - 1].end != tokens[bar].start || tokens[bar + 1].start != tokens[bar].end { return nil }
            }
            bar -= 1
        }
        guard bar > line.lowerBound, isCreditBar61(bar) else { return nil }
        // The name: two to four capitalised words (or words in capitals) right before the bar.
        var nameStart = bar
        while nameStart > line.lowerBound, bar - nameStart < 4, tokens[nameStart - 1].kind == .word, tokens[nameStart - 1].isCapitalized {
            nameStart -= 1
        }
        guard bar - nameStart >= 2, nameWords61(nameStart..<bar) || (nameStart..<bar).allSatisfy({ doc.tokens[$0].isAllCaps }) else {
            return nil
        }
        // What comes before: the line's start, a bracket, a sentence's end, or a "Photo:" colon.
        if nameStart > line.lowerBound {
            let k = nameStart - 1
            guard isMark61(k, open) || isMark61(k, stop) || isMark61(k, UInt8(ascii: ":")) || isMark61(k, UInt8(ascii: "?"))
                || isMark61(k, UInt8(ascii: "!"))
            else { return nil }
            // "(Jo Lee/The Gazette)" claims its opening bracket too.
            if isMark61(k, open) { nameStart -= 1 }
        }
        return nameStart..<line.upperBound
    }
}
