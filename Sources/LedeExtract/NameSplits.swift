/// Splits of one run of capitals into the several names it holds ("Rand Paul of Kentucky",
/// "Prime Minister Ann Ruiz and Ontario Premier Tom Ng") and the token tests they use.
extension EntityRecognizer {
    /// "Domino's Pizza Inc.", "People's National Congress Party": a possessive inside a name
    /// that ends in a company suffix or "Party" within four words, after a word that names
    /// no place or person ("Michigan's Department of …" and "Trump's Republican Party" stay apart).
    func possessiveInsideName(_ p: Int) -> Bool {
        let tokens = doc.tokens
        guard p > 0, !tokens[p - 1].flags.contains(.givenName), !tokens[p - 1].flags.contains(.known),
            !tokens[p - 1].flags.contains(.city), !tokens[p - 1].flags.contains(.state)
        else { return false }
        var k = p + 1
        while k < tokens.count, k - p <= 4, tokens[k].isNameLike {
            if EntityRecognizer.companySuffixes.contains(tokens, at: k) || tokens[k].key == "party" {
                return knownName((p + 1)..<(k + 1)) == nil
            }
            k += 1
        }
        return false
    }

    /// The "and" between two titled names, when the run before it is a title and a name and the
    /// run after it holds a title too.
    func titledPairSplit(_ span: Range<Int>) -> Int? {
        let tokens = doc.tokens
        guard span.count >= 5 else { return nil }
        for k in (span.lowerBound + 2)..<(span.upperBound - 2) where tokens[k].kind == .word && tokens[k].key == "and" {
            guard (span.lowerBound..<k).contains(where: { isTitle($0) && $0 + 1 < k && (tokens[$0 + 1].flags.contains(.givenName) || opensUnlistedName($0 + 1, before: k)) }),
                ((k + 1)..<span.upperBound).contains(where: { isTitle($0) })
            else { continue }
            return k
        }
        return nil
    }

    /// A title, a connector and its portfolio, then two or three name words opening with a given
    /// name: where the title starts and where the name starts.
    func portfolioTitleSplit(_ span: Range<Int>) -> (titleStart: Int, nameStart: Int)? {
        let tokens = doc.tokens
        guard span.count >= 5 else { return nil }
        var t = span.lowerBound
        while t < span.upperBound, !tokens[t].flags.contains(.title) { t += 1 }
        guard t + 2 < span.upperBound, span[(t + 1)...].contains(where: { isConnector($0) }) else { return nil }
        // A listed given name first (two or three words); then "Minister for Economy Aiyaz
        // Sayed-Khaiyum": an unlisted two-word name after a common portfolio word.
        for (n, listed) in [(2, true), (3, true), (2, false)] where span.upperBound - n > t + 2 {
            let name = (span.upperBound - n)..<span.upperBound
            let opensName = listed ? tokens[name.lowerBound].flags.contains(.givenName)
                : tokens[name.lowerBound].flags.isDisjoint(with: [.common, .known, .surname])
                    && tokens[name.lowerBound - 1].flags.contains(.common)
            guard opensName, isConnector(name.lowerBound - 1) == false,
                name.allSatisfy({ tokens[$0].isCapitalized && !tokens[$0].isAllCaps && !isHead(.orgHead, tokens[$0])
                    && !isHead(.placeHead, tokens[$0]) && !isTitle($0) })
            else { continue }
            var start = t
            while start > span.lowerBound, isTitle(start - 1) || tokens[start - 1].flags.contains(.titleWord) { start -= 1 }
            return (start, name.lowerBound)
        }
        return nil
    }

    /// "Rand Paul of Kentucky", "Sen. Ron Johnson of Wisconsin": a name without a head word and
    /// the state or country it represents are two mentions. Returns the index of the "of".
    func personOfPlaceSplit(_ span: Range<Int>) -> Int? {
        let tokens = doc.tokens
        guard span.count >= 3 else { return nil }
        for k in (span.lowerBound + 1)..<(span.upperBound - 1)
        where WordSet.mayHold(Bits43.ofKey, tokens, at: k) && EntityRecognizer.ofKey.contains(tokens, at: k) {
            let left = span.lowerBound..<k
            let right = (k + 1)..<span.upperBound
            let knownPlace = knownName(right)?.kind == .place
            // "Dr. Scott Lindquist of the Washington State Department of Health": a titled or
            // given-named person of an organisation with a head word.
            if left.count >= 2, k + 2 < span.upperBound, EntityRecognizer.theKey.contains(tokens, at: k + 1),
                isHead(.orgHead, tokens[span.upperBound - 1]) || (k + 2..<span.upperBound).contains(where: { isHead(.orgHead, tokens[$0]) }),
                isTitle(span.lowerBound) || tokens[span.lowerBound].flags.contains(.givenName),
                left.contains(where: { tokens[$0].flags.contains(.givenName) }),
                !left.contains(where: { !isTitle($0) && (isHead(.orgHead, tokens[$0]) || isHead(.placeHead, tokens[$0])) })
            {
                return k
            }
            // "Sergeant Jubert Llewelyn of the Constabulary Communication Network": a title, then
            // a name no list holds, of a body (`Agencies74.swift`).
            if titledPersonOfBody74(span, k) { return k }
            // "Kelly Fike of Terra Alta Ambulance": a person named in full, of any body or place (`Fixes30.swift`).
            if personOfNamed30(span, k) { return k }
            // "Cepheid of Sunnyvale, Calif.": one unlisted word of a place; "Wayne Lapierre of
            // Millinocket": a person of one unlisted word.
            if left.count == 1 {
                guard knownPlace || followedByRegion(span.upperBound), !tokens[k - 1].flags.contains(.common),
                    !tokens[k - 1].flags.contains(.known), tokens[k - 1].isCapitalized, !tokens[k - 1].isAllCaps
                else { return nil }
                return k
            }
            let townOfPerson = right.count == 1 && tokens[span.lowerBound].flags.contains(.givenName)
                && !tokens[k + 1].flags.contains(.common) && !tokens[k + 1].isAllCaps
            // "Jordan Novet of CNBC.com": a reporter of an outlet named by its web address.
            let outletOfPerson = right.count == 1 && isWebAddress(tokens[k + 1])
            // "Timothy Murphy of Colonial Road" (`Boundaries75.swift`).
            if !(knownPlace || townOfPerson || outletOfPerson), personOfHeadedPlace75(span, k) { return k }
            guard knownPlace || townOfPerson || outletOfPerson || isLocalUnitAfterOf(right), !isTitle(k - 1),
                !tokens[left].contains(where: { !$0.flags.isDisjoint(with: [.orgHead, .placeHead, .policyHead]) }),
                tokens[k - 1].isCapitalized, !tokens[k - 1].isAllCaps,
                tokens[k - 1].flags.contains(.surname) || !tokens[k - 1].flags.contains(.common),
                // A person's name opens with a title or a name word: "Crime Stoppers of Michigan" stays whole.
                isTitle(span.lowerBound)
                    || !tokens[span.lowerBound].flags.isDisjoint(with: [.givenName, .surname])
                    || !tokens[span.lowerBound].flags.contains(.common)
            else { return nil }
            return k
        }
        return nil
    }

    /// A title inside the run splits it: "DPD Public Information Director Vic Pratt".
    func titleSplit(_ span: Range<Int>) -> (descriptorStart: Int, nameStart: Int)? {
        let tokens = doc.tokens
        for k in span where isTitle(k) {
            var nameStart = k + 1
            // "Attorney General", "Police Chief": take the whole title.
            while nameStart < span.upperBound, isTitle(nameStart) { nameStart += 1 }
            // Entities53: "Deputy Prime Minister Ann Ruiz": title words after the first title
            // that end in another title are the title too, not the name's first words.
            var j = nameStart
            while j < span.upperBound, isTitle(j) || tokens[j].flags.contains(.titleWord) {
                if isTitle(j) { nameStart = j + 1 }
                j += 1
            }
            let rest = nameStart..<span.upperBound
            if !rest.isEmpty {
                guard rest.count <= 5,
                    // Entities43: "the Director Kenya Meteorological Department": a given name
                    // ("Kenya") opening a run that ends in a body's head is the body's name.
                    tokens[rest.lowerBound].flags.contains(.givenName) && !endsInBodyHead(rest)
                        || !rest.contains(where: { isHead(.orgHead, tokens[$0]) || isHead(.placeHead, tokens[$0]) || isHead(.policyHead, tokens[$0]) }),
                    !rest.contains(where: { isConnector($0) && !EntityRecognizer.nameParticles.contains(tokens, at: $0) }),
                    // "Mayor Bell": a surname that is also a town's name is the surname after a title.
                    knownName(rest) == nil || (rest.count == 1 && tokens[rest.lowerBound].flags.contains(.surname)
                        && tokens[rest.lowerBound].flags.contains(.city) && !tokens[rest.lowerBound].flags.contains(.state))
                else { continue }
            }
            var descriptorStart = k
            // "Wayne County Executive": a place head after a name stays with the name.
            while descriptorStart > span.lowerBound,
                isHead(.titleWord, tokens[descriptorStart - 1]) || isTitle(descriptorStart - 1),
                !(isHead(.placeHead, tokens[descriptorStart - 1]) && descriptorStart - 2 >= span.lowerBound
                    && !isHead(.titleWord, tokens[descriptorStart - 2]) && !isTitle(descriptorStart - 2))
            {
                descriptorStart -= 1
            }
            if rest.isEmpty, descriptorStart == span.lowerBound { return nil }
            return (descriptorStart, nameStart)
        }
        return nil
    }

    // MARK: Token tests

    /// "d'Estaing", "l'Aquila": an elided particle before a capital inside a name.
    func isElidedParticle(_ i: Int) -> Bool {
        // Fields read in place: this is asked after most runs of capitals.
        guard doc.tokens[i].kind == .word, !doc.tokens[i].isCapitalized else { return false }
        let s = doc.tokens[i].start, e = doc.tokens[i].end
        // "bin Saeed al-Habsi": an Arabic article's surname closing a patronymic (`WorldPersons58.swift`).
        if doc.bytes[s] == 97 || doc.bytes[s] == 101 { return isArticleSurnameAfterPatronymic(i) }  // a, e
        guard e - s >= 3, doc.bytes[s] == 100 || doc.bytes[s] == 108 else { return false }  // d, l
        if doc.bytes[s + 1] == 39 { return doc.bytes[s + 2] >= 65 && doc.bytes[s + 2] <= 90 }
        // A curly apostrophe is three bytes.
        return e - s >= 5 && doc.bytes[s + 1] == 0xE2 && doc.bytes[s + 2] == 0x80 && doc.bytes[s + 3] == 0x99
            && doc.bytes[s + 4] >= 65 && doc.bytes[s + 4] <= 90
    }

    /// "Democratic-controlled": the listed name before the hyphen ("Democratic" → the party) is a
    /// mention of its own; an unlisted one ("Trump-backed") names nothing here.
    mutating func addCompoundPrefix(_ i: Int) {
        let key = doc.tokens[i].key
        guard let dash = key.utf8.firstIndex(of: 45) else { return }
        let prefix = String(key[..<dash])
        guard let known = input.shared.known(prefix) else { return }
        let mention = makeMention(known.kind == .place ? .place : known.kind == .agency ? .agency : .policy, name: known.canonical,
                                  range: i..<(i + 1))
        mention.isCanonical = true
        // Entities41: the mention's text is the name before the hyphen ("NFL" of "NFL-record"),
        // the alias the entity takes from it.
        var end = doc.tokens[i].start
        while end < doc.tokens[i].end, doc.bytes[end] != 45 { end += 1 }
        if end > doc.tokens[i].start, end < doc.tokens[i].end { mention.end = end }
        push(mention, range: i..<(i + 1))
    }

    /// "Fast-growing", "Once-prominent": a capital, then lower case after the hyphen and no other capital.
    func isCompoundAdjective(_ i: Int) -> Bool {
        let s = doc.tokens[i].start, e = doc.tokens[i].end
        var k = s + 1, sawHyphen = false
        while k < e {
            let b = doc.bytes[k]
            if b == 45 {
                sawHyphen = true
            } else if b >= 65 && b <= 90 && sawHyphen {
                // "TikTok-style" is a compound adjective; "Santiago-Romero" is a name.
                return false
            } else if b >= 0x80 {
                return false
            }
            k += 1
        }
        // "Dallas-based" names a place (see `addPlaceAdjective`).
        return sawHyphen && !EntityRecognizer.placeAdjectiveSuffixes.contains(where: { doc.tokens[i].key.hasBytesSuffix($0) })
    }

    /// Whether token `i` is a comma (read from the text's byte: no look-up).
    /// "MPs", "NCMPs", "NGOs", "CEOs": an acronym's plural is a common noun, never a name.
    func isPluralAcronym(_ i: Int) -> Bool {
        // Stored fields first: almost every token fails these.
        guard doc.tokens[i].kind == .word, doc.tokens[i].isCapitalized, !doc.tokens[i].isAllCaps else { return false }
        let s = doc.tokens[i].start, e = doc.tokens[i].end
        guard e - s >= 3, doc.bytes[e - 1] == 115 else { return false }
        var k = s
        while k < e - 1 {
            guard doc.bytes[k] >= 65 && doc.bytes[k] <= 90 else { return false }
            k += 1
        }
        return true
    }

    func isComma(_ i: Int) -> Bool { doc.tokens[i].kind == .punct && doc.bytes[doc.tokens[i].start] == 44 }

    /// Whether token `i`'s text has a hyphen after its first byte, as the tokenizer noted it
    /// (`TokenHyphens40`).
    func tokenHasHyphen(_ i: Int) -> Bool {
        let tokenList = doc.tokens
        return tokenList.span[i].hyphens.contains(.insideText)
    }

}

extension EntityRecognizer {
    /// "Shares of Research In Motion Ltd.", "Residents of …": a sentence's first word, a plural
    /// common noun, then a lower-case "of": the noun is no part of the name after it.
    func isPluralBeforeOf(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        return hi - lo >= 3 && !tokens[lo + 1].isCapitalized && EntityRecognizer.ofKey.contains(tokens, at: lo + 1)
            && tokens[lo].key.hasBytesSuffix("s") && !tokens[lo].flags.contains(.orgHead)
    }
}

extension EntityRecognizer {
    /// "Chief Executive Gillon McLachlan and Premier Jo Rock": after a title, an unlisted
    /// capitalised word (no common word, head, title or listed name) and a surname or another such word just before
    /// "and" at `and` open a name as a listed given name does (`titledPairSplit`).
    private func opensUnlistedName(_ i: Int, before and: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard i + 2 == and, view[i].kind == .word, view[i].isCapitalized, !view[i].isAllCaps,
            view[i].flags.isDisjoint(with: [.common, .known, .title, .titleWord, .orgHead, .placeHead, .policyHead, .city, .state, .nonName]),
            view[i + 1].kind == .word, view[i + 1].isCapitalized, !view[i + 1].isAllCaps,
            view[i + 1].flags.contains(.surname)
                || view[i + 1].flags.isDisjoint(with: [.common, .known, .title, .titleWord, .orgHead, .placeHead, .policyHead, .city, .state, .nonName])
        else { return false }
        return true
    }
}
