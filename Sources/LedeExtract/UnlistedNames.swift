/// Round ten: tests that keep an unlisted capitalised word or run from becoming an organisation
/// by default when its shape or its neighbours say it is something else (a demonym, a state code,
/// a ticker, a shouted word, a date, a generation, a competition, an index).
extension EntityRecognizer {
    static let captionCreditWords: WordSet = ["photo", "photos", "photograph", "credit", "picture", "image"]
    static let exchangeNames: WordSet = ["nyse", "nasdaq", "tsx", "lse", "amex", "otc", "asx", "nse", "bse"]
    static let monthWords: WordSet = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]
    /// "the Champions League", "the Europa League": a competition, not a body (the Premier League is both).
    static let competitionWords: WordSet = ["champions", "europa", "nations", "super"]
    static let leagueKey: WordSet = ["league"]
    /// "the Dow Jones industrial average", "the Hang Seng index": a market index.
    static let indexNouns: WordSet = ["index", "average"]
    static let industrialKey: WordSet = ["industrial"]
    /// Words before a shouted name that make it an organisation all the same ("by REVOLT").
    static let orgPrepositions: WordSet = ["by", "at", "from", "with", "for", "the", "of"]

    /// "Londoners", "Marylanders", "New Yorkers", "Vermonter": the people of a listed place.
    func isPlaceDemonym(_ i: Int) -> Bool {
        // The token read in place and its key's last bytes once (speed round forty-three: the key
        // copied out, a retain and a release, and two suffix tests of two `Span`s each, on
        // 7,000 runs a corpus round).
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard !view[i].isAllCaps, !view[i].flags.contains(.surname) else { return false }
        let bytes = view[i].key.utf8.span
        let n = bytes.count
        // "-ers" or "-er", as `hasBytesSuffix` reads them.
        let endsER = n >= 2 && bytes[n - 2] == 101 && bytes[n - 1] == 114
        let endsERS = n >= 3 && bytes[n - 3] == 101 && bytes[n - 2] == 114 && bytes[n - 1] == 115
        let cut = endsERS ? 3 : endsER ? 2 : 0
        guard cut > 0, n - cut >= 4 else { return false }
        return input.shared.known(String(view[i].key.dropLast(cut)))?.kind == .place
    }

    /// "Baltimore, MD", "Albany, NY": a two-letter state code after a capitalised word and a comma.
    func stateCodeAfterComma(_ i: Int) -> String? {
        guard i >= 2, doc.tokens[i].key.utf8.count == 2, doc.tokens[i - 1].key == ",", doc.tokens[i - 2].isCapitalized,
            doc.tokens[i - 2].kind == .word
        else { return nil }
        return input.shared.state(doc.tokens[i].key)
    }

    /// "(NASDAQ: BBRY)": a ticker symbol after an exchange names nothing of its own.
    func isTicker(_ i: Int) -> Bool {
        i >= 2 && doc.tokens[i - 1].key == ":" && EntityRecognizer.exchangeNames.contains(doc.tokens, at: i - 2)
    }

    /// "BLOOD test", "a $2 million SAFE": a shouted common word with no score after it and no
    /// preposition or speech verb that makes it a body ("by REVOLT", "BILLS 27").
    func isShoutedCommonWord(_ i: Int) -> Bool {
        let tokens = doc.tokens
        // "WHAT'S NEW:", "UPDATE:": a shouted common word before a colon is a lead-in label.
        if tokens[i].flags.contains(.common), i + 1 < tokens.count, tokens[i + 1].kind == .punct, doc.bytes[tokens[i + 1].start] == 58 {
            // Only at a line's or sentence's start ("(NASDAQ: BBRY)" is an exchange).
            var k = i
            while k > 0, i - k < 3, !sentenceInitial.contains(k), tokens[k - 1].isAllCaps || tokens[k - 1].kind == .possessive { k -= 1 }
            if k == 0 || sentenceInitial.contains(k) || lineBreakBefore(k) { return true }
        }
        // "IF YOU'VE", "DON'T": a shouted contraction.
        let key = tokens[i].key
        if key.hasBytesSuffix("'ve") || key.hasBytesSuffix("'ll") || key.hasBytesSuffix("'re") || key.hasBytesSuffix("n't")
            || key.hasBytesSuffix("'m") || key.hasBytesSuffix("'d")
        {
            return true
        }
        guard tokens[i].flags.contains(.common), tokens[i].key.utf8.count >= 4 else { return false }
        if i + 1 < tokens.count, tokens[i + 1].kind == .number || tokens[i + 1].kind == .possessive
            || EntityRecognizer.speechVerbs.contains(tokens, at: i + 1)
        {
            return false
        }
        // "NASA, NOAA, the …": an acronym in a list of acronyms (`Agencies26.swift`).
        if isAcronymInList26(i) { return false }
        return !(i > 0 && (tokens[i - 1].key == "(" || EntityRecognizer.orgPrepositions.contains(tokens, at: i - 1)))
    }

    /// A run that is no name by its words: "28th Oct" (a date), "Gen Z" (a generation), "Champions
    /// League" (a competition), "Dow Jones" before "industrial average" (an index), and a run
    /// whose last word is a place's demonym ("New Yorkers", "Central Americans").
    func isNonNameRun(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        let count = hi - lo
        // The sets read only where their literal filters (`Bits42`) let the word through.
        if count == 2, tokens[lo].startsWithDigit, WordSet.mayHold(Bits42.monthWords, tokens, at: hi - 1),
            EntityRecognizer.monthWords.contains(tokens, at: hi - 1)
        {
            return true
        }
        // Keys read in place through a `Span` (a copy of the token retains its key: speed round twenty-eight).
        let view = tokens.span
        if count == 2, view[lo].key == "gen", view[hi - 1].key.utf8.count == 1 || view[hi - 1].key == "alpha" { return true }
        if count >= 2, WordSet.mayHold(Bits42.leagueKey, tokens, at: hi - 1), EntityRecognizer.leagueKey.contains(tokens, at: hi - 1),
            EntityRecognizer.competitionWords.contains(tokens, at: hi - 2)
        {
            return true
        }
        // "the Dow Jones Industrial Average", "the Nasdaq Composite Index": a capitalised index.
        if count >= 2, !tokens[hi - 1].isAllCaps, WordSet.mayHold(Bits42.indexNouns, tokens, at: hi - 1),
            EntityRecognizer.indexNouns.contains(tokens, at: hi - 1)
        {
            return true
        }
        if hi + 1 < tokens.count, tokens[hi].kind == .word, !tokens[hi].isCapitalized,
            WordSet.mayHold(Bits42.indexNouns, tokens, at: hi) && EntityRecognizer.indexNouns.contains(tokens, at: hi)
                || WordSet.mayHold(Bits42.industrialKey, tokens, at: hi) && EntityRecognizer.industrialKey.contains(tokens, at: hi)
                    && EntityRecognizer.indexNouns.contains(tokens, at: hi + 1)
        {
            return true
        }
        // The stored flag before the key's bytes (the same tests, the cheaper first).
        if count >= 2, !view[hi - 1].isAllCaps, view[hi - 1].flags.contains(.nonName), view[hi - 1].key.hasBytesSuffix("ans") {
            return true
        }
        if count >= 2, isPlaceDemonym(hi - 1) { return true }
        // Round twenty: "the drama The Eight Mountains" (`WorkTitlesAndNames.swift`).
        return isWorkTitle(lo, hi)
    }

    /// "Pfizer's Greenstone service", "the Acme app": a lower-case product noun after an unlisted
    /// name makes it a product, not a body.
    static let productNouns: WordSet = [
        "service", "app", "apps", "platform", "software", "feature", "device", "devices", "chatbot", "browser", "console",
        "vaccine", "drug", "phone", "phones", "headset", "smartphone", "tablet", "laptop", "subscription",
    ]
    /// "Acme's shares", "Acme CEO", "Acme stock": words after a lone unlisted name that make it a company.
    static let companyEvidence: WordSet = [
        "share", "shares", "stock", "revenue", "revenues", "earnings", "profit", "sales", "ceo", "cfo", "spokesperson",
        "spokesman", "spokeswoman", "investors", "shareholders",
    ]

    func followedByProductNoun(_ hi: Int) -> Bool {
        hi < doc.tokens.count && doc.tokens[hi].kind == .word && !doc.tokens[hi].isCapitalized
            && EntityRecognizer.productNouns.contains(doc.tokens, at: hi)
    }

    /// "Acme's shares fell", "Acme CEO Jo Smith", "Acme stock": a lone unlisted name that is a company.
    func hasCompanyEvidence(_ i: Int) -> Bool {
        let tokens = doc.tokens
        var k = i + 1
        if k < tokens.count, tokens[k].kind == .possessive { k += 1 }
        return k < tokens.count && tokens[k].kind == .word && EntityRecognizer.companyEvidence.contains(tokens, at: k)
    }

    /// "Liverpool scored twice to beat Fulham 4-3": a place that scores, beats or rallies in a
    /// game sentence (a score or a game word) is the team.
    static let teamVerbs: WordSet = [
        "scored", "beat", "beats", "defeated", "rallied", "edged", "routed", "outscored", "blanked", "trailed", "thrashed",
    ]
    func playsInGame(_ i: Int) -> Bool {
        i + 1 < doc.tokens.count && EntityRecognizer.teamVerbs.contains(doc.tokens, at: i + 1) && isGameSentence(i)
    }
}
