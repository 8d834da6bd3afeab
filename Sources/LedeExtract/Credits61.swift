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
    mutating func claimCredits61() {
        let bytes = doc.bytes
        guard !doc.tokens.isEmpty else { return }
        // Each line's token range, lines without tokens left out.
        var lines: [Range<Int>] = []
        var cursor = 0
        var lineStart = 0
        let count = doc.tokens.count
        while lineStart < bytes.count, cursor < count {
            let lineEnd = ByteBlocks.newlineIndex(bytes.span, from: lineStart)
            let first = cursor
            while cursor < count, doc.tokens[cursor].end <= lineEnd { cursor += 1 }
            if cursor > first { lines.append(first..<cursor) }
            lineStart = lineEnd + 1
        }
        for (n, line) in lines.enumerated() {
            claimSlashCredit61(line)
            guard line.count <= 16 else { continue }
            if let name = loneName61(line) {
                let neighbour = (n > 0 && isNameLine61(lines[n - 1])) || (n + 1 < lines.count && isNameLine61(lines[n + 1]))
                if !neighbour, !surnameElsewhere61(name) { claim61(line) }
            } else if isSignOff61(line), !(n > 0 && isDashLine61(lines[n - 1])), !(n + 1 < lines.count && isDashLine61(lines[n + 1])) {
                claim61(line)
            } else if isForCredit61(line) {
                claim61(line)
            }
        }
    }

    private mutating func claim61(_ range: Range<Int>) {
        for k in range { claimed[k] = true }
    }

    /// Two to four capitalised words, none a head of a body, place or event: a name's shape.
    private func nameWords61(_ range: Range<Int>) -> Bool {
        guard range.count >= 2, range.count <= 4 else { return false }
        for k in range {
            let t = doc.tokens[k]
            guard t.kind == .word, t.isCapitalized,
                t.flags.isDisjoint(with: [.orgHead, .placeHead, .eventHead, .policyHead, .title, .temporal])
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

    /// "— Jo Lee": a dash, then a person's name to the line's end.
    private func isSignOff61(_ line: Range<Int>) -> Bool {
        doc.tokens[line.lowerBound].key == "-" && isNameLine61((line.lowerBound + 1)..<line.upperBound)
    }

    /// A line opening with a dash (an item of a list).
    private func isDashLine61(_ line: Range<Int>) -> Bool { doc.tokens[line.lowerBound].key == "-" }

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
        let t = doc.tokens[k]
        guard t.kind == .punct, t.end - t.start == 1 else { return false }
        let b = doc.bytes[t.start]
        return b == 47 || b == 124
    }

    /// A picture credit "Name/Outlet" closing the line, or "(Name/Outlet)" opening it.
    private mutating func claimSlashCredit61(_ line: Range<Int>) {
        let tokens = doc.tokens
        // "(Jo Lee | The Tribune) Utah-based …": the credit in brackets opens the line.
        if tokens[line.lowerBound].key == "(", line.count >= 5 {
            var close = line.lowerBound + 1
            while close < min(line.upperBound, line.lowerBound + 16), tokens[close].key != ")" { close += 1 }
            if close < line.upperBound, tokens[close].key == ")" {
                var bar = line.lowerBound + 3
                while bar < min(close, line.lowerBound + 6), !isCreditBar61(bar) { bar += 1 }
                if bar < close, nameWords61((line.lowerBound + 1)..<bar) {
                    claim61(line.lowerBound..<(close + 1))
                    return
                }
            }
        }
        // "PIERRE, S.D. (Jo Lee/South Dakota Searchlight) –" on a line of its own, past the
        // dateline pass's first sentences: the reporter's name goes, the outlet stays a source.
        var open = line.lowerBound + 1
        while open < min(line.upperBound, line.lowerBound + 8), tokens[open].key != "(" { open += 1 }
        if open + 4 < line.upperBound, tokens[open].key == "(", tokens[open - 1].isAbbreviation || tokens[open - 1].isAllCaps {
            var bar = open + 3
            while bar < min(line.upperBound, open + 5), !isCreditBar61(bar) { bar += 1 }
            var close = bar
            while close < min(line.upperBound, bar + 8), tokens[close].key != ")" { close += 1 }
            if bar < line.upperBound, isCreditBar61(bar), close + 1 < line.upperBound, tokens[close].key == ")",
                tokens[close + 1].key == "-", isDatelineCreditName61((open + 1)..<bar)
            {
                claim61((open + 1)..<(bar + 1))
            }
        }
        // The line's end, past a closing bracket and a full stop.
        var last = line.upperBound - 1
        while last > line.lowerBound, tokens[last].kind == .punct, tokens[last].key == "." || tokens[last].key == ")" { last -= 1 }
        // Back over the outlet's tokens (at most eight, no comma or clause mark) to the bar.
        var bar = last
        while bar > line.lowerBound, last - bar < 8, !isCreditBar61(bar) {
            let t = tokens[bar]
            if t.kind == .punct, t.key == "," || t.key == ";" || t.key == ":" || t.key == "(" || t.key == "\"" { return }
            // A full stop inside a site's name ("SWNS.com") only, glued on both sides.
            if t.kind == .punct, t.key == ".", tokens[bar - 1].end != t.start || tokens[bar + 1].start != t.end { return }
            bar -= 1
        }
        guard bar > line.lowerBound, isCreditBar61(bar) else { return }
        // The name: two to four capitalised words (or words in capitals) right before the bar.
        var nameStart = bar
        while nameStart > line.lowerBound, bar - nameStart < 4, tokens[nameStart - 1].kind == .word, tokens[nameStart - 1].isCapitalized {
            nameStart -= 1
        }
        guard bar - nameStart >= 2, nameWords61(nameStart..<bar) || (nameStart..<bar).allSatisfy({ tokens[$0].isAllCaps }) else { return }
        // What comes before: the line's start, a bracket, a sentence's end, or a "Photo:" colon.
        if nameStart > line.lowerBound {
            let before = tokens[nameStart - 1]
            guard before.kind == .punct, before.key == "(" || before.key == "." || before.key == ":" || before.key == "?" || before.key == "!"
            else { return }
            // "(Jo Lee/The Gazette)" claims its opening bracket too.
            if before.key == "(" { nameStart -= 1 }
        }
        claim61(nameStart..<line.upperBound)
    }
}
