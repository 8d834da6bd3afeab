/// Finding runs of capitalised words: where a run starts, what it runs through, and the small
/// token tests the span code shares.
extension EntityRecognizer {
    func startsSpan(_ i: Int) -> Bool {
        // Read in place: this runs on every token, and a copy would retain the key.
        if doc.tokens[i].kind != .word { return false }
        if doc.tokens[i].isCapitalized { return true }
        // "4th Precinct", "67th District Court"
        // `startsWithDigit` first: it is a stored field, and `isOrdinal` copies the token out.
        return doc.tokens[i].startsWithDigit && doc.tokens[i].isOrdinal && i + 1 < doc.tokens.count
            && doc.tokens[i + 1].isNameLike
    }

    mutating func findSpans() {
        let tokens = doc.tokens
        // Read once per article: each read of a `static let` in the loop is a `swift_once` call.
        let connectors = EntityRecognizer.connectors, appealsKey = EntityRecognizer.appealsKey
        var i = 0
        while i < tokens.count {
            // Most tokens cannot start a span (`startsSpan`: a word, capitalised or opening with
            // a digit): one tight loop over the bound array passes them (speed round fifty-two),
            // where each took the claimed test and `startsSpan`'s reads of `doc.tokens`.
            while i < tokens.count, tokens[i].kind != .word || !(tokens[i].isCapitalized || tokens[i].startsWithDigit) { i += 1 }
            guard i < tokens.count else { break }
            guard !claimed[i], startsSpan(i) else { i += 1; continue }
            // "@PramilaJayapal", "#waleg": handles and hashtags name accounts, not things.
            if i > 0, tokens[i - 1].kind == .punct, doc.bytes[tokens[i - 1].start] == 64 || doc.bytes[tokens[i - 1].start] == 35,
                tokens[i - 1].end == tokens[i].start
            {
                i += 1
                continue
            }
            // An opening parenthesis before the run, read here: `skipCredit` and `isStateTagAfterName`
            // open with the same test, and a call was about 40 instructions (speed round fifty-three).
            if i > 0, tokens[i - 1].kind == .punct, doc.bytes[tokens[i - 1].start] == 40, let after = skipCredit(at: i) {
                i = after
                continue
            }
            if isDemoted(i) {
                i += 1
                continue
            }
            var end = i + 1
            while end < tokens.count, !claimed[end], tokens[end].sentence == tokens[i].sentence {
                // Fields are read in place: copying a `Token` out of the array retains its key,
                // and most runs end at punctuation or a number.
                // "the Sheriffs' Association": a plural's apostrophe inside a body's name (`OrganisationEvidence.swift`);
                // "Travellers' Rest": a listed name read through its apostrophe (`ListedApostrophes72.swift`).
                if tokens[end].kind == .punct, doc.bytes[tokens[end].start] == 39 || doc.bytes[tokens[end].start] == 0xE2 {
                    if isPluralPossessiveInName(end) {
                        end += 1
                        continue
                    }
                    if let after = listedApostropheEnd72(i, end) {
                        end = after
                        continue
                    }
                }
                if tokens[end].kind == .punct || tokens[end].kind == .number {
                    // "Menang Corp (M) Bhd": a bracketed letter before a legal form (`OrganisationActs.swift`).
                    if doc.bytes[tokens[end].start] == 40, isBracketedLetterInName(end) {
                        end += 3
                        continue
                    }
                    // "Housing & Residence Life": an ampersand between words stays in the run ("S&P" is
                    // letters, not words).
                    guard tokens[end].kind == .punct, doc.bytes[tokens[end].start] == 38, end + 1 < tokens.count,
                        tokens[end + 1].isNameLike, tokens[end + 1].sentence == tokens[i].sentence,
                        tokens[end + 1].end - tokens[end + 1].start > 1 && tokens[end - 1].end - tokens[end - 1].start > 1
                            || isLettersAmpersand(end)
                    else { break }
                    end += 1
                    continue
                }
                // A line break ends a name: a headline or a caption line runs into the next line.
                if lineBreakBefore(end) { break }
                if (tokens[end].isNameLike && !isDemoted(end))
                    || (mayBeElidedParticle53(tokens, end) && isElidedParticle(end) && end > i && tokens[end - 1].isCapitalized)
                    || (tokens[end].startsWithDigit && tokens[end].isOrdinal && end + 1 < tokens.count && tokens[end + 1].isNameLike)
                {
                    end += 1
                    // "Teamsters Local 332": a union local keeps its number.
                    // The number first: most names are not followed by one, and a key compare costs a call.
                    if end < tokens.count, tokens[end].kind == .number, tokens[end - 1].key == "local" { end += 1 }
                } else if let after = particleChainEnd(tokens, end), after < tokens.count, tokens[after].isNameLike,
                    tokens[after].sentence == tokens[i].sentence
                {
                    end = after
                } else if tokens[end - 1].flags.contains(.orgHead)
                    || appealsKey.contains(tokens, at: end - 1) && isAppealsCourt(end - 1),
                    tokens[end].key == "for", end + 2 < tokens.count, tokens[end + 1].key == "the",
                    tokens[end + 2].isNameLike, !claimed[end + 2]
                {
                    end += 2
                } else if tokens[end].kind == .word, connectors.contains(tokens, at: end), end + 1 < tokens.count,
                    // "… Civic Center on Monday": a weekday or month after a connector is a date;
                    // "said Monday the City Council …": one before "the" is too.
                    !claimed[end + 1], !tokens[end + 1].flags.contains(.temporal),
                    !(tokens[end - 1].flags.contains(.temporal) && tokens[end].key == "the"),
                    tokens[end + 1].isNameLike || (tokens[end].key == "of" && tokens[end + 1].key == "the"
                        && end + 2 < tokens.count && tokens[end + 2].isNameLike)
                {
                    end += tokens[end].key == "of" && tokens[end + 1].key == "the" ? 2 : 1
                } else if tokens[end].kind == .possessive, end + 1 < tokens.count, tokens[end + 1].isNameLike,
                    tokens[end + 1].flags.contains(.orgHead) || possessiveInsideName(end)
                {
                    end += 1
                } else if tokens[end].kind == .possessive, let after = listedApostropheEnd72(i, end) {
                    // "Cox's Bazar", "Martha’s Vineyard", "St. John's" (`ListedApostrophes72.swift`).
                    end = after
                } else if isPortugueseParticle17(end) {
                    // "Rio Grande do Sul", "Banco do Brasil" (`Fixes17.swift`).
                    end += 1
                } else {
                    break
                }
            }
            // "the Ministry of Culture, Community and Youth": a list of portfolios (`OrganisationEvidence.swift`).
            if end - i >= 3, end < tokens.count, tokens[end].kind == .punct, doc.bytes[tokens[end].start] == 44,
                let listEnd = formalNameListEnd(i, end)
            {
                end = listEnd
            }
            // "Bill Cassidy (La.)", "Susan Collins (Maine)": a state alone in parentheses after a
            // person's name is the member's state tag, like "(R-La.)": no place mention.
            // The stored fields first: most runs follow a word, not a parenthesis.
            if i >= 2, tokens[i - 1].kind == .punct, end - i <= 3, doc.bytes[tokens[i - 1].start] == 40,
                isStateTagAfterName(tokens, i, end)
            {
                i = end
                continue
            }
            // "Shares of Research In Motion Ltd.": a sentence's plural common noun and "of" go even
            // when a capitalised function word follows (`NameSplits.swift`).
            var first = i
            if end - i >= 3, sentenceInitial.contains(i), isPluralBeforeOf(i, end), tokens[i].flags.contains(.common),
                !isKnownWord(tokens[i]), knownName(i..<end) == nil
            {
                first = i + 2
            }
            // Products and time zones (`Products.swift`): "Microsoft Azure", "Blackberry Z10" keep
            // only the maker; "ET Friday" only the day. Tested once a run, not on each of its parts.
            // "the top Senate Democrat", "a House Republican": a party word after a chamber is a
            // member of the party, not part of the chamber's name (`Chambers.swift`).
            if end - first == 2, let party = chamberPartySplit(tokens, first) {
                processSpan(tokens, first..<party, depth: 1)
                processSpan(tokens, party..<end, depth: 1)
            } else if let start = productStart(tokens, first, end) {
                if start > first { processSpan(tokens, first..<start, depth: 1) }
            } else if end - first > 1, tokens[first].isAllCaps, isTimeZoneAfterClock(first) {
                processSpan(tokens, (first + 1)..<end, depth: 1)
            } else {
                processSpan(tokens, first..<end, depth: 0)
            }
            i = end
        }
    }

    /// The index after a run of name particles starting at `i`, if there is one. `tokens` is
    /// `findSpans`' array (borrowed; bound here from `doc` it was a retain and a release on each
    /// of about 24,000 calls a round, speed round fifty).
    func particleChainEnd(_ tokens: [Token], _ i: Int) -> Int? {
        var k = i
        // The set read only where its literal filter (`Bits42`) lets the word through.
        while k < tokens.count, !tokens[k].isCapitalized, WordSet.mayHold(Bits42.nameParticles, tokens, at: k),
            EntityRecognizer.nameParticles.contains(tokens, at: k), k - i < 3
        {
            k += 1
        }
        return k > i ? k : nil
    }

    /// Particles between capitalised words of a short run that opens with a given name.
    func isNameParticle(_ k: Int, in span: Range<Int>) -> Bool {
        WordSet.mayHold(Bits42.nameParticles, doc.tokens, at: k) && EntityRecognizer.nameParticles.contains(doc.tokens, at: k) && span.count <= 6
            && doc.tokens[span.lowerBound].flags.contains(.givenName)
    }

    func isConnector(_ i: Int) -> Bool {
        // Stored fields first: `isOrdinal` would copy the token out of the array.
        guard doc.tokens[i].kind == .word, !doc.tokens[i].isCapitalized else { return false }
        return !(doc.tokens[i].startsWithDigit && doc.tokens[i].isOrdinal)
    }

    // Inlined: called with `tokens[k]`, which out of line is a copy of the whole token.
    @inline(__always) func isHead(_ flag: WordFlags, _ t: Token) -> Bool { t.flags.contains(flag) }

    func isTitle(_ i: Int) -> Bool { doc.tokens[i].flags.contains(.title) }

    @inline(__always) func isKnownWord(_ t: Token) -> Bool {
        return !t.flags.isDisjoint(with: .knownOrPlaceOrGiven)
    }

    /// Whether the run `i..<end` is a listed state alone in parentheses right after a capitalised
    /// word that is no listed place ("Collins (Maine)", not "Portland (Maine)").
    func isStateTagAfterName(_ tokens: [Token], _ i: Int, _ end: Int) -> Bool {
        guard i >= 2, end - i <= 3, end < tokens.count, tokens[i - 1].kind == .punct, doc.bytes[tokens[i - 1].start] == 40,
            tokens[end].kind == .punct, doc.bytes[tokens[end].start] == 41, tokens[i - 2].kind == .word, tokens[i - 2].isCapitalized,
            tokens[i - 2].flags.isDisjoint(with: [.city, .state, .known])
        else { return false }
        return input.shared.state(joinedKeys(i..<end)) != nil
    }
}
