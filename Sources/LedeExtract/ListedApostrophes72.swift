/// Quality round apos72: listed names that hold an apostrophe ("Cox's Bazar", "Martha’s
/// Vineyard", "St. John's", "Travellers' Rest") were never found whole. The tokenizer splits a
/// word's "'s" (straight or curly) into a possessive token and a word's closing apostrophe into a
/// mark, so a run stopped there ("Cox" + "'s"), and the lists' keys ("cox's bazar") were never
/// what the joined token keys spell ("cox 's bazar"). Each listed key with such an apostrophe gets
/// its split form: an alias in `known` (so `knownName` and the `knownPrefix` flag see it) and an
/// entry in `apostropheForms72` (towns included, which are read from the mention's own key), and
/// a run that opens a split form reads through its apostrophe. The listed name must open the run
/// ("Ronald McDonald's" stays a person's possessive), and a name that ends in "'s" whose stem is
/// one word must not be a given name or a surname ("Carter's", "Kohl's" stay possessives; "St.
/// John's" is found). Possessives of other names ("Detroit's mayor") are untouched.
extension Lexicon {
    /// The key as the tokenizer splits it: "cox's bazar" → "cox 's bazar", "travellers' rest" →
    /// "travellers ' rest"; nil when nothing splits ("coeur d'alene", "o'reilly") and for a name
    /// that ends in a bare apostrophe ("homyel'", "debark'"), which in text is a closing quote.
    static func apostropheSplit72(_ key: String) -> String? {
        guard key.utf8.contains(39), !key.hasSuffix("'") || key.hasSuffix("'s") else { return nil }
        var words: [Substring] = []
        var changed = false
        for word in key.split(separator: " ") {
            if word.count > 2, word.hasSuffix("'s") {
                words.append(word.dropLast(2))
                words.append("'s")
                changed = true
            } else if word.count > 1, word.hasSuffix("'") {
                words.append(word.dropLast())
                words.append("'")
                changed = true
            } else {
                words.append(word)
            }
        }
        return changed ? words.joined(separator: " ") : nil
    }

    /// Adds the split forms of listed keys with an apostrophe (see the file's comment). Runs
    /// before `buildFlags`, so a split form's first word is a known name's prefix.
    mutating func addApostropheForms72() {
        var forms = StringTable<Bool>(minimumCapacity: 512)
        var stems: [String] = []
        func add(_ split: String) {
            forms[split] = true
            let words = split.split(separator: " ")
            for (n, word) in words.enumerated() where n > 0 && (word == "'s" || word == "'") { stems.append(String(words[n - 1])) }
        }
        for (key, value) in known.entries {
            guard let split = Lexicon.apostropheSplit72(key) else { continue }
            add(split)
            if known[split] == nil {
                known[split] = value
                knownMaxTokens = max(knownMaxTokens, split.split(separator: " ").count + 2)
            }
        }
        for (key, _) in towns.entries {
            if let split = Lexicon.apostropheSplit72(key) { add(split) }
        }
        apostropheForms72 = forms
        apostropheStems72 = WordSet(Set(stems))
    }
}

extension EntityRecognizer {
    /// The end of a listed name with an apostrophe that opens the run `i..<p` and reads through
    /// the possessive or apostrophe at `p`; nil when there is none (see the file's comment).
    func listedApostropheEnd72(_ i: Int, _ p: Int) -> Int? {
        // Most apostrophes follow no listed name's word: one hashed look-up says so.
        guard p > i, input.shared.lexicon.apostropheStems72.contains(doc.tokens, at: p - 1) else { return nil }
        let tokens = doc.tokens
        guard tokens[p - 1].end == tokens[p].start else { return nil }
        let forms = lexicon.apostropheForms72
        // The name opens the run or follows one of its lower-case connectors ("Voters in Lee's
        // Summit"), never a capitalised word of the run ("Ronald McDonald's").
        var first = p - 1
        while first > i, p - first < 3, tokens[first - 1].isCapitalized || tokens[first - 1].kind != .word { first -= 1 }
        guard first == i || isConnector(first - 1) else { return nil }
        // Up to three words after the apostrophe, in the sentence.
        var last = p + 1
        while last < tokens.count, last - p <= 3, tokens[last].kind == .word, tokens[last].sentence == tokens[p].sentence {
            last += 1
        }
        var k = last
        while k > p {
            let hash = StringTable<Bool>.hash(joiningKeysOf: tokens, first..<k)
            if forms.mayContain(hash: hash), forms.contains(joinedKeys(first..<k), hash: hash) {
                // "Carter's", "Kohl's": a one-word stem that names people is a possessive.
                if k == p + 1, p - first == 1, !tokens[first].flags.isDisjoint(with: [.givenName, .surname]) { return nil }
                return k
            }
            k -= 1
        }
        return nil
    }

    /// Whether the run `lo..<hi`, which ends in a possessive, spells a listed name ending in "'s"
    /// ("St. John's"), whose apostrophe then stays in the name.
    func endsListedApostrophe72(_ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo >= 2, input.shared.lexicon.apostropheStems72.contains(doc.tokens, at: hi - 2) else { return false }
        let forms = lexicon.apostropheForms72
        let hash = StringTable<Bool>.hash(joiningKeysOf: doc.tokens, lo..<hi)
        return forms.mayContain(hash: hash) && forms.contains(joinedKeys(lo..<hi), hash: hash)
    }
}
