/// Turning classified token ranges into raw mentions.
extension EntityRecognizer {
    mutating func addWeak(_ i: Int) {
        let mention = makeMention(.agency, name: nil, range: i..<(i + 1))
        mention.isWeak = true
        mention.isSentenceInitial = sentenceInitial.contains(i)
        mention.afterLocative = i > 0 && EntityRecognizer.locatives.contains(doc.tokens, at: i - 1)
        mention.inPlaceContext = isPlaceContext(i) || isLocalPlaceByArticle(i)
        // Context that marks a person's surname: "said Knight", "Bonta said".
        let tokens = doc.tokens
        if (i > 0 && EntityRecognizer.speechVerbs.contains(tokens, at: i - 1))
            || (i + 1 < tokens.count && EntityRecognizer.speechVerbs.contains(tokens, at: i + 1) && !mention.inPlaceContext)
        {
            mention.type = .person
        }
        push(mention, range: i..<(i + 1))
    }

    /// "the state of Uttarakhand", "the Chamoli district", "Dharali, a village": words around a
    /// lone unknown name that say it is a place.
    func isPlaceContext(_ i: Int) -> Bool {
        let tokens = doc.tokens
        if i >= 2, tokens[i - 1].key == "of", EntityRecognizer.placeNouns.contains(tokens, at: i - 2) { return true }
        if i + 1 < tokens.count, !tokens[i + 1].isCapitalized, EntityRecognizer.placeNouns.contains(tokens, at: i + 1) { return true }
        if i + 3 < tokens.count, tokens[i + 1].key == ",", tokens[i + 2].key == "a" || tokens[i + 2].key == "the",
            EntityRecognizer.placeNouns.contains(tokens, at: i + 3)
        {
            return true
        }
        // "the communities of Seisia, Napranum and Bamaga": a later item of a list after "noun of".
        if i >= 3, isComma(i - 1) || (tokens[i - 1].kind == .word && tokens[i - 1].key == "and") {
            var k = i - 1
            while k >= 1, i - k < 16 {
                if tokens[k].key == "of" { return EntityRecognizer.placeNouns.contains(tokens, at: k - 1) }
                guard tokens[k].isCapitalized || tokens[k].key == "," || tokens[k].key == "and" else { return false }
                k -= 1
            }
        }
        return false
    }

    /// `tokens` is the caller's `doc.tokens`: bound here, the array was retained and released
    /// on each of about 4,900 persons a round (speed round fifty-one).
    mutating func addPerson(_ tokens: [Token], _ range: Range<Int>, descriptor: String?) {
        let mention = makeMention(.person, name: nil, range: range)
        if let descriptor { mention.appendDescriptor(descriptor) }
        // A lower-case title right before: "manager Stephen Vogt", "right-hander Tanner Bibee".
        var k = range.lowerBound - 1
        if descriptor == nil, k >= 0, isTitle(k), !tokens[k].isCapitalized {
            let end = tokens[k].end
            while k > 0, !tokens[k - 1].isCapitalized, tokens[k - 1].flags.contains(.titleWord) || isTitle(k - 1) { k -= 1 }
            mention.appendDescriptor(Document.text(doc.bytes, tokens[k].start, end))
        }
        // An apposition after: "Chris Marchese, director of the NetChoice Litigation Center,".
        let after = range.upperBound
        if after + 1 < tokens.count, tokens[after].key == ",", isTitle(after + 1) || tokens[after + 1].flags.contains(.titleWord) {
            var e = after + 1
            while e + 1 < tokens.count, tokens[e + 1].key != ",", tokens[e + 1].key != ".", tokens[e + 1].sentence == tokens[after].sentence, e - after < 10 { e += 1 }
            mention.appendDescriptor(Document.text(doc.bytes, tokens[after + 1].start, tokens[e].end))
        }
        push(mention, range: range)
    }

    /// `takesAcronym: false` for a dateline's place: the "(AP)" after "WASHINGTON" is the
    /// outlet, never a short name of the place. Out of line: inlined, its code was copied into
    /// every rule that adds a mention (dozens in `classify` and `processSpan` alone).
    @inline(never)
    mutating func addMention(_ type: EntityType, name: String?, range: Range<Int>, canonical: Bool = false, takesAcronym: Bool = true) {
        let mention = makeMention(type, name: name, range: range)
        if !takesAcronym { mention.acronym = nil }
        mention.isCanonical = canonical
        push(mention, range: range)
    }

    func makeMention(_ type: EntityType, name: String?, range: Range<Int>) -> RawMention {
        let tokens = doc.tokens
        let start = tokens[range.lowerBound].start, end = tokens[range.upperBound - 1].end
        let text = name ?? Document.text(doc.bytes, start, end)
        // One token's text folds to the key the tokenizer already gave it.
        let key = name == nil && range.count == 1 ? tokens[range.lowerBound].key : Lexicon.key(text)
        let mention = RawMention(
            type: type, key: key, name: text, start: start, end: end,
            sentence: tokens[range.lowerBound].sentence, tokenCount: range.count)
        mention.keyIsFoldedName = !(name == nil && range.count == 1)
        mention.firstTokenHint = range.lowerBound
        mention.inTitleCaseLine = inTitleCaseLine(range.lowerBound)
        mention.nameIsText = name == nil
        if let short = shortName(after: range.upperBound) {
            mention.acronym = Document.text(doc.bytes, tokens[short.lowerBound].start, tokens[short.upperBound - 1].end)
        }
        return mention
    }

    /// `consuming`, and the mention's last use is the append: the caller's reference moves into
    /// the array instead of being retained for it (an atomic retain and release per mention).
    /// `shortName` reads neither `mentions` nor `claimed`, so the alias is made first.
    mutating func push(_ mention: consuming RawMention, range: Range<Int>) {
        // The set read only where its literal filter (`Bits42`) lets the word through.
        if range.upperBound < doc.tokens.count, WordSet.mayHold(Bits42.speechVerbs, doc.tokens, at: range.upperBound),
            EntityRecognizer.speechVerbs.contains(doc.tokens, at: range.upperBound)
        {
            mention.beforeSpeechVerb = true
        }
        for k in range { claimed[k] = true }
        // The "(DPD)" after a name is a mention of the same thing.
        var alias: (mention: RawMention, tokens: Range<Int>)? = nil
        if let acronym = mention.acronym, let short = shortName(after: range.upperBound) {
            alias = (mention.alias(name: acronym, start: doc.tokens[short.lowerBound].start, end: doc.tokens[short.upperBound - 1].end,
                                   tokenCount: short.count), short)
        }
        mentions.append(mention)
        if let alias {
            mentions.append(alias.mention)
            for k in alias.tokens { claimed[k] = true }
        }
    }
}
