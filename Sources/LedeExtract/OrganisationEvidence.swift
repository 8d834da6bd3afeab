/// Entities round twenty-five (agency precision): the bounds of organisations' names. A real
/// body cut short or run long counts twice (a false organisation and a missed one), so these
/// rules keep a formal name whole — a plural possessive inside it ("the Sheriffs' Association"),
/// a list of portfolios after "Ministry of" ("Ministry of Culture, Community and Youth"), a
/// place's board named by two fields ("Leeds Health and Wellbeing Board") — and cut off what is
/// no part of it: a multi-word adjective before it ("Main Market-listed Delta Capital") and a
/// stock ticker after it ("(KL:ACME)").
extension EntityRecognizer {
    /// "the North Carolina Sheriffs' Association", "Westminster Magistrates’ Court": the apostrophe
    /// at `p`, glued to a plural word of the run and followed (after a space) by capitalised words
    /// that reach an organisation's head word, keeps the run going. An apostrophe with no space
    /// after it, or none before it, is a quotation's.
    @inline(never)
    func isPluralPossessiveInName(_ p: Int) -> Bool {
        let tokenList = doc.tokens
        let tokens = tokenList.span
        guard p > 0, p + 1 < tokens.count, tokens[p].kind == .punct else { return false }
        let b = doc.bytes[tokens[p].start]
        guard b == 39 || (b == 0xE2 && tokens[p].end - tokens[p].start == 3 && doc.bytes[tokens[p].start + 2] == 0x99) else {
            return false
        }
        guard tokens[p - 1].kind == .word, tokens[p - 1].isCapitalized, tokens[p - 1].end == tokens[p].start,
            tokens[p - 1].key.utf8.last == 115, tokens[p + 1].start > tokens[p].end, tokens[p + 1].isNameLike,
            // "Texas' Senate Bill 8", "Jones' Company": a place's or a person's possessive.
            tokens[p - 1].flags.isDisjoint(with: [.known, .city, .state, .givenName, .surname])
        else { return false }
        var k = p + 1
        while k < tokens.count, k - p <= 3, tokens[k].isNameLike {
            if tokens[k].flags.contains(.orgHead) { return true }
            k += 1
        }
        return false
    }

    /// "the Ministry of Culture, Community and Youth", "the Department of Public Works, Roads,
    /// Transport, Housing and Energy": a run holding a head word and "of" that stops at a comma
    /// goes on through a list of portfolios closed by "and". Each portfolio is one or two
    /// capitalised common words (no listed name, given name or title: "the Ministry of Health,
    /// Reuters and …" stops). Returns the new end, or nil.
    @inline(never)
    func formalNameListEnd(_ i: Int, _ end: Int) -> Int? {
        let tokenList = doc.tokens
        let tokens = tokenList.span
        guard end - i >= 3, end + 3 < tokens.count, tokens[end].kind == .punct, doc.bytes[tokens[end].start] == 44 else {
            return nil
        }
        var hasHeadOf = false
        for k in i..<(end - 1) where tokens[k].flags.contains(.orgHead) && tokens[k + 1].key == "of" {
            hasHeadOf = true
            break
        }
        guard hasHeadOf else { return nil }
        var k = end
        var items = 0
        while k < tokens.count, items < 8, tokens[k].sentence == tokens[i].sentence {
            // The separator: a comma (an Oxford comma may come before "and"), or "and" closing the list.
            var closing = false
            if tokens[k].kind == .punct, doc.bytes[tokens[k].start] == 44 {
                k += 1
                if k < tokens.count, tokens[k].key == "and" {
                    closing = true
                    k += 1
                }
            } else if tokens[k].key == "and" {
                closing = true
                k += 1
            } else {
                return nil
            }
            let start = k
            while k < tokens.count, k - start < 2, isPortfolioWord(k) { k += 1 }
            guard k > start else { return nil }
            items += 1
            if closing {
                // The list must end there: the next token is no capitalised word.
                return k < tokens.count && tokens[k].isNameLike ? nil : k
            }
        }
        return nil
    }

    /// A word of a portfolio in a ministry's list: capitalised, common, no listed name, given
    /// name, title or place.
    func isPortfolioWord(_ k: Int) -> Bool {
        let tokenList = doc.tokens
        let tokens = tokenList.span
        return k < tokens.count && tokens[k].isNameLike && !tokens[k].isAllCaps && tokens[k].flags.contains(.common)
            && tokens[k].flags.isDisjoint(with: [.known, .givenName, .title, .city, .state])
    }

    /// Whether the "and" at `k` stays inside the run: it closes a list of portfolios, or
    /// "the Leeds Health and Wellbeing Board", "Greater Manchester Health and Social Care
    /// Partnership": a listed place and one common head word before "and" name a field of the
    /// body the run's last head word closes, not a body of their own. Not when the words after
    /// "and" open with a listed name ("Leeds Health and Bradford Council").
    @inline(never)
    func isPlaceFieldBeforeAnd(_ lo: Int, _ k: Int, _ hi: Int) -> Bool {
        let tokenList = doc.tokens
        let tokens = tokenList.span
        // "Department of Works, Roads, Housing and Energy": the "and" closes a list of portfolios
        // (a comma inside a run comes only from `formalNameListEnd`).
        if k >= 2, tokens[k - 2].kind == .punct, doc.bytes[tokens[k - 2].start] == 44 { return true }
        guard k - lo >= 2, k + 1 < hi, tokens[k - 1].flags.contains(.common), !tokens[k - 1].isAllCaps,
            tokens[k - 1].flags.isDisjoint(with: [.known, .givenName, .surname]),
            tokens[hi - 1].flags.contains(.orgHead), tokens[k + 1].flags.isDisjoint(with: [.known, .city, .state])
        else { return false }
        var placeStart = lo
        if tokens[lo].key == "greater" { placeStart += 1 }
        guard placeStart < k - 1 else { return false }
        return knownName(placeStart..<(k - 1))?.kind == .place
    }

    /// Participles that make a capitalised word before them an adjective: "Main Market-listed",
    /// "Sokoto State-born", "Abu Dhabi-owned".
    static let adjectiveParticiples = ["-listed", "-owned", "-backed", "-led", "-run", "-controlled", "-funded", "-registered"]

    /// "Main Market-listed Delta Capital", "Sokoto State-born Alhaji Musa Bello": a word inside a run
    /// (not its first or last) that ends in "-based", "-born", "-listed", "-owned" … closes an
    /// adjective; the words from the run's start to it are the adjective (a place before
    /// "-based"/"-born", a listed name before the others, else nothing), and the rest is a run of
    /// its own. True when the run was split.
    @inline(never)
    mutating func splitInteriorAdjective(_ lo: Int, _ hi: Int, depth: Int) -> Bool {
        let tokens = doc.tokens
        // The token's bytes read in place, one reference to the text for the whole loop (a
        // property read per token retained and released the document's arrays).
        let bytes = doc.bytes
        var k = lo + 1
        scan: while k < hi - 1 {
            if tokens[k].kind == .word, !tokens[k].isAllCaps {
                let start = tokens[k].start, end = tokens[k].end
                for n in EntityRecognizer.participleHyphenDistances where end - n > start && bytes[end - n] == 45 { break scan }
            }
            k += 1
        }
        guard k < hi - 1 else { return false }
        let key = tokens[k].key
        if EntityRecognizer.placeAdjectiveSuffixes.contains(where: { key.hasBytesSuffix($0) }) {
            // The place before the participle (`splitPlaceBasedRun` reads a run that ends in one).
            guard splitPlaceBasedRun(lo, k + 1, depth: depth) else { return false }
        } else if let suffix = EntityRecognizer.adjectiveParticiples.first(where: { key.hasBytesSuffix($0) }) {
            let end = tokens[k].end - suffix.utf8.count
            guard end > tokens[k].start else { return false }
            let name = Document.text(doc.bytes, tokens[lo].start, end)
            // A listed name keeps its mention ("Abu Dhabi-owned"); an unlisted one names nothing here.
            if let known = input.shared.known(Lexicon.key(name)) {
                let mention = RawMention(type: known.kind == .place ? .place : known.kind == .agency ? .agency : .policy,
                                         key: Lexicon.key(name), name: known.canonical, start: tokens[lo].start, end: end,
                                         sentence: tokens[lo].sentence, tokenCount: k + 1 - lo)
                mention.isCanonical = true
                push(mention, range: lo..<(k + 1))
            }
        } else {
            return false
        }
        processSpan(tokens, (k + 1)..<hi, depth: depth + 1)
        return true
    }

    /// Whether token `k` is punctuation opening with byte `b`.
    func isPunct(_ k: Int, _ b: UInt8) -> Bool {
        let tokenList = doc.tokens
        let tokens = tokenList.span
        return k >= 0 && k < tokens.count && tokens[k].kind == .punct && doc.bytes[tokens[k].start] == b
    }

    /// Where a participle's hyphen stands, counted from a token's end ("-led" 4, "-born" 5,
    /// "-based" 6, "-listed" 7, "-controlled" 11, "-headquartered" 14): no scan of the whole token.
    static let participleHyphenDistances = [4, 5, 6, 7, 11, 14]

    /// "(KL:ACME)", "(SGX: D05)": an exchange's code and a ticker in parentheses. The unlisted
    /// code before the colon and the ticker after it name no body (a listed exchange, "NYSE",
    /// is typed by the lists before this is asked).
    @inline(never)
    func isParenthesisedTicker(_ i: Int) -> Bool {
        let tokenList = doc.tokens
        let tokens = tokenList.span
        // The exchange's code: "(", the code, ":", the ticker, ")".
        if isPunct(i - 1, 40), isPunct(i + 1, 58), i + 3 < tokens.count, tokens[i + 2].kind != .punct, isPunct(i + 3, 41) {
            // "(NASDAQ: BBRY)": a named exchange is a body.
            return !EntityRecognizer.exchangeNames.contains(doc.tokens, at: i)
        }
        // The ticker: "(", a code, ":", the ticker, ")".
        return isPunct(i - 1, 58) && i >= 3 && tokens[i - 2].isAllCaps && isPunct(i - 3, 40) && isPunct(i + 1, 41)
    }
}

extension EntityRecognizer {
    static let appealsKey: WordSet = ["appeals"]
    /// Chambers whose numbered terms the press names ("the 8th Senate", "the 118th Congress",
    /// "the 17th Lok Sabha" is left: two words).
    static let chamberTermWords: WordSet = ["senate", "assembly", "congress", "parliament", "nass", "legislature", "dail"]

    /// "the U.S. Court of Appeals for the Ninth Circuit": "Appeals" after "Court of" takes "for
    /// the …" as a head word does (the circuit is part of the court's name).
    @inline(never)
    func isAppealsCourt(_ k: Int) -> Bool {
        k >= 2 && EntityRecognizer.appealsKey.contains(doc.tokens, at: k) && doc.tokens[k - 1].key == "of"
    }

    /// Round twenty-five's tests at the top of `processSpan`, out of line (inlined there, they
    /// made the function too long for the array's getter to be inlined in it): a chamber's
    /// numbered term, an adjective inside the run, an appeals court with its circuit.
    @inline(never)
    mutating func takeOrganisationBounds(_ tokenArray: [Token], _ lo: Int, _ hi: Int, depth: Int) -> Bool {
        // The caller's tokens: reading them through `doc` retained and released the document's
        // arrays on every run.
        let tokens = tokenArray.span
        if hi - lo == 2 {
            guard tokens[lo].startsWithDigit, isChamberTerm(lo) else { return false }
            processSpan(tokenArray, (lo + 1)..<hi, depth: depth + 1)
            return true
        }
        // Only a run with a word long enough to hold a participle after a hyphen can split.
        var longWord = false
        for k in (lo + 1)..<(hi - 1) where tokens[k].end - tokens[k].start >= 6 {
            longWord = true
            break
        }
        // And a hyphen inside one of them: without one the split finds nothing (`Speed49.swift`).
        if longWord, EntityRecognizer.hasInteriorHyphen49(tokens, lo, hi), splitInteriorAdjective(lo, hi, depth: depth) { return true }
        // An appeals court's circuit after "for", which the connector split below would cut off.
        // Not a run with a title in it ("Judge Ann Roe of the …": the title splits go first).
        guard hi - lo >= 6 else { return false }
        var keep = false
        for k in (lo + 3)..<(hi - 1) where tokens[k].kind == .word && !tokens[k].isCapitalized {
            if tokens[k].key == "for" && isAppealsCourt(k - 1) && tokens[k - 3].key == "court" {
                keep = true
                break
            }
        }
        guard keep else { return false }
        for k in lo..<hi where tokens[k].flags.contains(.title) { return false }
        addMention(.agency, name: nil, range: lo..<hi)
        return true
    }

    /// "the 8th Senate", "the 7th National Assembly" is left (three words): an ordinal before a
    /// chamber names a term of that chamber, which is the body.
    func isChamberTerm(_ lo: Int) -> Bool {
        doc.tokens[lo].isOrdinal && lo + 1 < doc.tokens.count && EntityRecognizer.chamberTermWords.contains(doc.tokens, at: lo + 1)
    }
}
