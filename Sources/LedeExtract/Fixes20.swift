/// Fixes round twenty (fixes20, eighteenth session): false agencies. The largest share of the
/// agencies the learning sets count as false is outlets named in a credit the older credit passes
/// (`Credits61.swift`, `Agencies64.swift`) do not read. The guidelines give page furniture no
/// entities; an outlet a sentence names stays. Three shapes, read on an outlet's mention
/// (`isOutlet64`) by `dropWireCredits64`:
///
/// - **a picture credit naming the photographer after a colon**: "… on Tuesday. (Kelmora News: Jo
///   Lee)", or the credit alone on its line, "Kelmora News: Jo Lee": the outlet opens the bracket
///   or the line, a colon and one to four capitalised words follow, and the bracket or the line
///   closes;
/// - **a wire's sign-off closing a paragraph**: "… said on Monday. AFP", "… the man. - Bernama.":
///   a listed wire right after a sentence's end (or a spaced dash after one), nothing but marks
///   after it to the line's end;
/// - **a bracketed list of wires closing a line**: "jl/ks (AFP, AP, Reuters)": every word in the
///   brackets a listed wire or an outlet's mention, the bracket closing the line;
/// - **a republication notice**: "This story first appeared in the Kelmora Times.", "The post …
///   appeared first on Kelmora Radio.", "originally published in the Kelmora Journal", "republished
///   under an agreement with KNR", "Courtesy of the Kelmora Times": a notice word
///   (`notice-words.txt`) at most eight tokens before a preposition and the outlet.
///
/// The photographer a colon credit names is claimed too (no person "Lee"). Two more shapes
/// follow in their own extensions: a role's acronym and two places joined by a hyphen.
extension EntityRecognizer {
    /// Whether the outlet's mention `lo..<hi` sits in one of the credits above; a colon credit's
    /// photographer (the bytes of the words after the colon) goes into `names`.
    func isCredit20(_ lo: Int, _ hi: Int, _ names: inout [Range<Int>]) -> Bool {
        if let name = colonCreditName20(lo, hi) {
            names.append(name)
            return true
        }
        return isSignOff20(lo, hi) || isWireList20(lo, hi) || isNotice20(lo, hi)
    }

    /// Drops the mentions lying inside a colon credit's photographer's name.
    mutating func dropCreditNames20(_ names: [Range<Int>]) {
        guard !names.isEmpty else { return }
        mentions.removeAll { m in names.contains { $0.lowerBound <= m.start && m.end <= $0.upperBound } }
    }

    /// A republication notice: "This story first appeared in the X.", "… appeared first on X.",
    /// "originally published in the X", "republished under an agreement with X", "Courtesy of X":
    /// a preposition (and "the") before the outlet, a notice word at most eight tokens before it.
    private func isNotice20(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        var k = lo - 1
        if k >= 0, tokens[k].key == "the" { k -= 1 }
        guard k >= 1, EntityRecognizer.noticePrepositions20.contains(tokens, at: k) else { return false }
        var j = k - 1
        while j >= 0, k - j <= 8, !lineBreak64(j + 1) {
            if EntityRecognizer.noticeWords20.contains(tokens, at: j) { return true }
            j -= 1
        }
        return false
    }

    static let noticePrepositions20: WordSet = ["in", "on", "by", "with", "of"]
    /// Words of a republication notice (`notice-words.txt`).
    static let noticeWords20 = WordSet(Lexicon.shared.noticeWords20)

    /// Only marks (at most three) follow token `k - 1` to its line's end.
    private func closesLine20(_ k: Int) -> Bool {
        var j = k
        while j < doc.tokens.count, j - k < 3, !lineBreak64(j), doc.tokens[j].kind == .punct { j += 1 }
        return j == doc.tokens.count || lineBreak64(j)
    }

    /// "(Kelmora News: Jo Lee)" closing a caption, or "Kelmora News: Jo Lee" alone on its line:
    /// the bytes of the name after the colon.
    private func colonCreditName20(_ lo: Int, _ hi: Int) -> Range<Int>? {
        let tokens = doc.tokens
        guard hi + 1 < tokens.count, isMark64(hi, UInt8(ascii: ":")), !lineBreak64(hi) else { return nil }
        let bracket = lo >= 1 && isMark64(lo - 1, UInt8(ascii: "("))
        guard bracket || lo == 0 || lineBreak64(lo) else { return nil }
        // One to four capitalised words, the photographer's name, then the bracket or the line closes.
        var k = hi + 1
        while k < tokens.count, k - hi <= 4, !lineBreak64(k), tokens[k].kind == .word, tokens[k].isCapitalized { k += 1 }
        guard k > hi + 1 else { return nil }
        let name = tokens[hi + 1].start..<tokens[k - 1].end
        if k < tokens.count, !lineBreak64(k), isMark64(k, UInt8(ascii: ")")) { k += 1 }
        return closesLine20(k) ? name : nil
    }

    /// "… on Monday. AFP" or "… the man. - Bernama." closing its line: a listed wire after a
    /// sentence's end.
    private func isSignOff20(_ lo: Int, _ hi: Int) -> Bool {
        // A mark right before the wire first (a full stop, a quote or a dash): most mentions fail here.
        guard lo >= 2, hi - lo <= 2, doc.tokens[lo - 1].kind == .punct else { return false }
        let tokens = doc.tokens
        guard !lineBreak64(lo), closesLine20(hi) else { return false }
        guard EntityRecognizer.pictureAgencies.contains(tokens, at: hi - 1) || mentionIsListed20(lo, hi) else { return false }
        var k = lo - 1
        // A spaced dash between the sentence and the wire ("… the man. - Bernama.").
        if k >= 2, tokens[k].kind == .punct, tokens[k].key == "-", tokens[k].start > tokens[k - 1].end { k -= 1 }
        // A closing quote counts after a sentence's end only ("… he said." AFP); an opening one
        // quotes the outlet itself ("the channel "TVN24".").
        if tokens[k].key == "\"", k >= 1 { k -= 1 }
        let end = tokens[k].key
        return end == "." || end == "!" || end == "?"
    }

    /// Whether a listed agency's mention covers exactly `lo..<hi`.
    private func mentionIsListed20(_ lo: Int, _ hi: Int) -> Bool {
        let start = doc.tokens[lo].start, end = doc.tokens[hi - 1].end
        return mentions.contains { $0.type == .agency && $0.isCanonical && $0.start == start && $0.end == end }
    }

    /// "(AFP, AP, Reuters)" closing a line with words before it: every word a wire or an outlet.
    private func isWireList20(_ lo: Int, _ hi: Int) -> Bool {
        // A bracket, a comma or a slash on both sides first: most mentions fail here.
        guard lo >= 2, hi < doc.tokens.count, isListMark20(lo - 1), isListMark20(hi) else { return false }
        let tokens = doc.tokens
        // The open bracket at most twelve tokens back, only commas, slashes and wires between.
        var open = lo - 1
        while open >= 0, lo - open <= 12, !isMark64(open, UInt8(ascii: "(")) {
            if lineBreak64(open + 1) || !isWireListToken20(open) { return false }
            open -= 1
        }
        guard open >= 1, isMark64(open, UInt8(ascii: "(")), !lineBreak64(open) else { return false }
        var close = hi
        while close < tokens.count, close - hi <= 12, !isMark64(close, UInt8(ascii: ")")) {
            if lineBreak64(close) || !isWireListToken20(close) { return false }
            close += 1
        }
        guard close < tokens.count, isMark64(close, UInt8(ascii: ")")), closesLine20(close + 1) else { return false }
        // A list: at least one comma inside the brackets (a lone "(Reuters)" is `isPictureCredit64`'s).
        return (open + 1..<close).contains { isMark64($0, UInt8(ascii: ",")) }
    }

    /// "(", ")", "," or "/".
    private func isListMark20(_ k: Int) -> Bool {
        let token = doc.tokens[k]
        guard token.kind == .punct, token.end - token.start == 1 else { return false }
        let b = doc.bytes[token.start]
        return b == UInt8(ascii: "(") || b == UInt8(ascii: ")") || b == UInt8(ascii: ",") || b == UInt8(ascii: "/")
    }

    /// A comma, a slash or a wire's word inside a bracketed list of wires.
    private func isWireListToken20(_ k: Int) -> Bool {
        let tokens = doc.tokens
        if tokens[k].kind == .punct { return isMark64(k, UInt8(ascii: ",")) || isMark64(k, UInt8(ascii: "/")) }
        return tokens[k].kind == .word
            && (EntityRecognizer.pictureAgencies.contains(tokens, at: k) || EntityRecognizer.wireWords20.contains(tokens, at: k)
                || EntityRecognizer.outletHeads.contains(tokens, at: k) || otherListedMention20(at: k))
    }

    /// Whether a listed agency's mention starts or runs through token `k`.
    private func otherListedMention20(at k: Int) -> Bool {
        let start = doc.tokens[k].start
        return mentions.contains { $0.type == .agency && $0.isCanonical && $0.start <= start && $0.end > start }
    }

    /// Wires a bracketed list names beside the listed ones, often in lower case ("dpa")
    /// (`wire-names.txt`).
    static let wireWords20 = WordSet(Lexicon.shared.wireNames20)
}

/// A role's acronym: "the assistant engineer (AE)", "Sub-Inspector (SI) Jo Lee", "Chief Minister
/// (CM)", "a proclaimed offender (PO)". An acronym spelled in brackets by a role, the last word
/// before the bracket a title (`titles.txt`, `person-ranks.txt`) or a person's noun
/// (`role-nouns.txt`), names a post or a person, no body: the acronym's agency mentions go
/// everywhere in the text ("… the DM added", "the AE and JE concerned").
extension EntityRecognizer {
    /// Drops the agency mentions of acronyms a role spells.
    mutating func dropRoleAcronyms20() {
        var roles: [String] = []
        let tokens = doc.tokens
        let bytes = doc.bytes
        for m in mentions.indices where mentions[m].type == .agency && mentions[m].tokenCount == 1 {
            // The brackets' bytes first: most mentions fail here.
            let start = mentions[m].start, end = mentions[m].end
            guard start >= 1, end < bytes.count, bytes[start - 1] == UInt8(ascii: "("), bytes[end] == UInt8(ascii: ")") else { continue }
            guard let k = doc.tokenIndex(of: mentions[m]), k >= 2, k + 1 < tokens.count, tokens[k].isAllCaps,
                isMark64(k - 1, UInt8(ascii: "(")), isMark64(k + 1, UInt8(ascii: ")")), isRole20(k - 2),
                spells20(tokens[k].key, before: k - 1)
            else { continue }
            roles.append(tokens[k].key)
        }
        guard !roles.isEmpty else { return }
        mentions.removeAll { m in
            m.type == .agency && m.tokenCount == 1 && roles.contains { $0 == Lexicon.key(m.name) || $0 == m.key }
        }
    }

    /// A title, a rank or a person's noun, no body's head ("the Philippine Coast Guard (PCG)":
    /// "guard" is a title too).
    private func isRole20(_ k: Int) -> Bool {
        let tokens = doc.tokens
        return tokens[k].kind == .word && !tokens[k].flags.contains(.orgHead)
            && (tokens[k].flags.contains(.title) || EntityRecognizer.roleNouns20.contains(tokens, at: k))
    }

    /// Whether the words before token `open` (the bracket) spell `acronym`: their initials, a
    /// hyphenated word giving one a part ("Sub-Inspector": S, I), "of", "and" and "the" skipped
    /// when their letter is not the one wanted.
    private func spells20(_ acronym: String, before open: Int) -> Bool {
        var letters = Array(acronym.utf8)
        guard letters.count >= 2, letters.count <= 5 else { return false }
        let tokens = doc.tokens
        var k = open - 1
        while !letters.isEmpty, k >= 0, open - k <= 8, tokens[k].kind == .word {
            // The parts' initials, last part first.
            let parts = tokens[k].key.utf8.split(separator: UInt8(ascii: "-"))
            for part in parts.reversed() {
                guard let first = part.first, !letters.isEmpty else { break }
                if first == letters[letters.count - 1] {
                    letters.removeLast()
                } else if parts.count == 1, EntityRecognizer.acronymSkips20.contains(tokens, at: k) {
                    break
                } else {
                    return false
                }
            }
            k -= 1
        }
        return letters.isEmpty
    }

    static let acronymSkips20: WordSet = ["of", "and", "the"]
    /// Nouns of persons the title list lacks (`role-nouns.txt`).
    static let roleNouns20 = WordSet(Lexicon.shared.roleNouns20)
}

/// Two places joined by a hyphen before a noun: "a Qatar-Egypt ceasefire plan", "on the
/// Sudan-Chad border", "down the Kampala-Jinja highway". The hyphenated word names a relation
/// between the two, no body: a one-word agency mention whose every part is a listed place and
/// that is no listed name itself ("Guinea-Bissau"), with a lower-case word right after it, goes.
extension EntityRecognizer {
    mutating func dropPlacePairs20() {
        let bytes = doc.bytes
        var drop: [Int] = []
        for m in mentions.indices where mentions[m].type == .agency && mentions[m].tokenCount == 1 && !mentions[m].isCanonical {
            // A hyphen inside the mention's bytes first: most mentions fail here.
            let start = mentions[m].start, end = mentions[m].end
            guard end - start >= 5, bytes[(start + 1)..<(end - 1)].contains(UInt8(ascii: "-")) else { continue }
            guard let k = doc.tokenIndex(of: mentions[m]), k + 1 < doc.tokens.count, doc.tokens[k + 1].kind == .word,
                !doc.tokens[k + 1].isCapitalized, !lineBreak64(k + 1)
            else { continue }
            let key = doc.tokens[k].key
            guard input.shared.known(key) == nil else { continue }
            let parts = key.split(separator: "-")
            guard parts.count >= 2,
                parts.allSatisfy({ part in part.count >= 2 && input.shared.known(String(part))?.kind == .place })
            else { continue }
            drop.append(m)
        }
        for n in drop.reversed() { mentions.remove(at: n) }
    }
}
