/// The look-ups `classify` uses: names found earlier, listed names of a range, party tags,
/// name shapes, web addresses and parenthesised short names.
extension EntityRecognizer {
    /// The word is the first or last word of a longer name already found ("Ford" after
    /// "Ford Motor Co.", "Pratt" after "Vic Pratt").
    func namedEarlier(_ key: String) -> Bool {
        // The word's bytes read once, and no "key " or " key" built (speed round nineteen).
        let word = key.utf8.span
        // By index: `contains(where:)`'s iterator hands out each `RawMention` retained.
        for i in mentions.indices where mentions[i].tokenCount > 1 {
            if EntityRecognizer.isFirstOrLastWord(word, of: mentions[i].key) { return true }
        }
        return false
    }

    /// `name.hasBytesPrefix(word + " ") || name.hasBytesSuffix(" " + word)`, on bytes.
    static func isFirstOrLastWord(_ word: Span<UInt8>, of name: String) -> Bool {
        let bytes = name.utf8.span
        let count = word.count
        guard bytes.count > count else { return false }
        if bytes[count] == 32 {
            var same = true
            for j in 0..<count where bytes[j] != word[j] {
                same = false
                break
            }
            if same { return true }
        }
        let offset = bytes.count - count
        guard bytes[offset - 1] == 32 else { return false }
        for j in 0..<count where bytes[offset + j] != word[j] { return false }
        return true
    }

    /// The known name a run of tokens spells, if any; a run whose first word starts no known
    /// name is rejected without building its key.
    func knownName(_ range: Range<Int>) -> (kind: Lexicon.Kind, canonical: String)? {
        guard !range.isEmpty else { return nil }
        let tokens = doc.tokens
        let lo = range.lowerBound
        if range.count == 1 {
            return tokens[lo].flags.contains(.known) ? input.shared.known(tokens[lo].key, hash: tokens[lo].keyHash) : nil
        }
        guard range.count <= lexicon.knownMaxTokens, tokens[lo].flags.contains(.knownPrefix),
            input.shared.knownRunFilter40.mayContain(tokens.span, range)
        else { return nil }
        // Most runs spell no known name: the hash of their joined keys says so without joining.
        let hash = StringTable<Bool>.hash(joiningKeysOf: tokens, range)
        guard input.shared.mayBeKnown(hash: hash) else { return nil }
        return input.shared.known(joinedKeys(range), hash: hash)
    }

    /// The keys of the tokens in `range` joined by single spaces, as `map(\.key).joined(separator:
    /// " ")` spells them: that generic join cost about 1,100 instructions and 45 instruction-cache
    /// misses a call, appending in place about a tenth of that.
    func joinedKeys(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        // Written on the stack (`ListLines32.swift`).
        return EntityRecognizer.joiningKeys32(doc.tokens, range)
    }

    /// `isPartyTag(doc.tokens[i])` reading only the key (passing `tokens[i]` copies the token).
    func isPartyTag(at i: Int) -> Bool {
        // The key borrowed through a `Span` of the tokens: `let key = doc.tokens[i].key`
        // retained and released it (about 27,000 calls a round; speed round twenty-eight).
        let viewTokens = doc.tokens
        let view = viewTokens.span
        // A tag's second byte is a hyphen: a key without one (the tokenizer's note) is no tag.
        guard view[i].hyphens.contains(.inKey) else { return false }
        let bytes = view[i].key.utf8.span
        guard bytes.count >= 2, bytes[1] == UInt8(ascii: "-") else { return false }
        return bytes[0] == UInt8(ascii: "r") || bytes[0] == UInt8(ascii: "d") || bytes[0] == UInt8(ascii: "i")
    }

    func isPartyTag(_ t: Token) -> Bool {
        let key = t.key.utf8.span
        guard key.count >= 2, key[1] == UInt8(ascii: "-") else { return false }
        return key[0] == UInt8(ascii: "r") || key[0] == UInt8(ascii: "d") || key[0] == UInt8(ascii: "i")
    }

    /// "Skubal", "LaGrand", "Santiago-Romero" but not "SUVs" or "iPhone".
    func isNameShaped(_ t: Token) -> Bool {
        guard t.kind == .word, t.isCapitalized, !t.isAllCaps else { return false }
        let scalars = Array(t.key.unicodeScalars.prefix(2))
        let text = Document.text(doc.bytes, t.start, min(t.end, t.start + 2))
        return scalars.count < 2 || !(text.unicodeScalars.allSatisfy { Chars.isUpper($0.value) })
    }

    /// "CNBC.com", "Change.org": a word ending in a common top-level domain (the tokenizer keeps
    /// those whole).
    func isWebAddress(_ t: Token) -> Bool {
        let u = t.key.utf8
        // Most words have no period three or four bytes from their end: two byte reads say so.
        guard u.count > 4, u[u.index(u.endIndex, offsetBy: -4)] == 46 else { return false }
        let key = t.key
        return key.hasBytesSuffix(".com") || key.hasBytesSuffix(".org") || key.hasBytesSuffix(".net")
    }

    func followedByAcronym(_ index: Int) -> Bool { shortName(after: index) != nil }

    /// The tokens of a short name in parentheses right after a name: "(DPD)", "(Cal Fire)".
    func shortName(after index: Int) -> Range<Int>? {
        let tokens = doc.tokens
        // The kind first (only punctuation has the key "("): a key compare costs a call.
        guard index + 2 < tokens.count, tokens[index].kind == .punct, tokens[index].key == "(" else { return nil }
        var k = index + 1
        while k < tokens.count, k - index <= 3, tokens[k].isNameLike, !(tokens[k].hyphens.contains(.inKey) && isPartyTag(at: k)) { k += 1 }
        guard k > index + 1, k < tokens.count, tokens[k].key == ")" else { return nil }
        // One word must be an acronym or the whole a known name; "(Reuters)" after a name is a source.
        let range = (index + 1)..<k
        guard tokens[range].contains(where: { $0.isAllCaps }) || range.count > 1 else { return nil }
        // "Shakeel Shabbir (Kisumu East)": a member's seat in parentheses is no short name.
        if range.count > 1, !tokens[range.upperBound - 1].isAllCaps, EntityRecognizer.compassWords.contains(tokens, at: range.upperBound - 1) {
            return nil
        }
        return range
    }
}

extension EntityRecognizer {
    /// Heads that make a run an organisation even after a given name ("Tom Brown University").
    /// A word set: an array literal here was built and searched on every classified run.
    static let strongOrgHeads: WordSet = [
        "department", "agency", "office", "council", "court", "university", "commission", "bureau", "authority",
        "administration", "association", "committee", "police",
    ]
}
