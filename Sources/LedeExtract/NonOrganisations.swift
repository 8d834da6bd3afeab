/// Entities round twenty-two (false organisations): capitalised things that name no body —
/// honorifics before a name, currency codes before an amount, competitions, product lines and
/// their model codes — and a score line written with spaced dashes ("Fulham 2 – 1 Southampton").
extension EntityRecognizer {
    /// Malay and West African honorifics written before a personal name ("Datuk Seri Anuar
    /// Zaini", "Tan Sri Lee Ooi Hian", "Alhaji Tanko Tunga"), and the Malaysian chief minister's
    /// title. The first words; `honorificLength` reads the second.
    static let honorificWords: WordSet = [
        "datuk", "dato", "dato'", "datin", "tan", "puan", "toh", "tun", "alhaji", "alhaja", "hajiya", "hajia", "menteri",
    ]
    static let honorificSeconds: WordSet = ["seri", "sri", "paduka", "puan", "besar"]
    /// Honorifics that stand alone as one word ("Datuk said"); "Tun" is also a name.
    static let loneHonorifics: WordSet = ["datuk", "dato", "dato'", "datin", "alhaji", "alhaja", "hajiya", "hajia"]

    /// How many words at `lo` are an honorific (0 when none): "Datuk" 1, "Datuk Seri" 2, "Tan
    /// Sri" 2 ("Tan" alone is a surname), "Menteri Besar" 2.
    func honorificLength(_ lo: Int, _ hi: Int) -> Int {
        let tokens = doc.tokens
        guard EntityRecognizer.honorificWords.contains(tokens, at: lo), !tokens[lo].isAllCaps else { return 0 }
        let second = lo + 1 < hi && EntityRecognizer.honorificSeconds.contains(tokens, at: lo + 1)
        switch tokens[lo].key {
        case "tan", "puan", "toh", "menteri": return second ? 2 : 0
        case "datuk", "dato", "dato'", "datin": return second ? 2 : 1
        default: return 1
        }
    }

    /// "Datuk Ahmad Fuaad Kenali": the honorific is a descriptor and the rest the person; a rest
    /// that is not name-shaped ("Datuk Bandar Kuala Lumpur") goes back to `classify`. Returns
    /// false when the run opens with no honorific.
    mutating func classifyHonorificName(_ lo: Int, _ hi: Int) -> Bool {
        let n = honorificLength(lo, hi)
        guard n > 0 else { return false }
        let tokens = doc.tokens
        let rest = (lo + n)..<hi
        if rest.isEmpty { return true }
        let nameShaped = rest.count <= 4 && rest.allSatisfy { k in
            (isNameShaped(tokens[k]) || tokens[k].isAbbreviation) && !isHead(.orgHead, tokens[k]) && !isHead(.placeHead, tokens[k])
        }
        if nameShaped {
            addPerson(tokens, rest, descriptor: Document.text(doc.bytes, tokens[lo].start, tokens[lo + n - 1].end))
        } else {
            classify(tokens, rest)
        }
        return true
    }

    /// ISO 4217 codes and the rupee's "Rs" written before an amount ("Rs 15,000", "INR 6.6 crore",
    /// "SEK687m", "RM13.9 billion"); "try" (the Turkish lira) is left out, a common word.
    static let currencyCodes: WordSet = [
        "rs", "rs.", "inr", "rm", "myr", "usd", "us$", "aud", "a$", "nzd", "sgd", "s$", "hkd", "php", "idr", "pkr", "lkr", "bdt",
        "npr", "zar", "kes", "ksh", "ngn", "ghs", "egp", "gbp", "eur", "cad", "jpy", "cny", "rmb", "chf", "sek", "nok", "dkk",
        "krw", "thb", "vnd", "aed", "sar", "qar", "brl", "mxn", "ugx", "tzs",
    ]

    /// A lone currency code before a number, or a code run into its amount ("SEK687", "RM13"):
    /// no entity.
    func isCurrencyAmount(_ tokens: [Token], _ i: Int) -> Bool {
        if EntityRecognizer.currencyCodes.contains(tokens, at: i) {
            // "Rs. 18,000": the abbreviation's period may stand alone.
            let k = i + 2 < tokens.count && tokens[i + 1].key == "." ? i + 2 : i + 1
            return k < tokens.count && tokens[k].kind == .number && (k == i + 2 || tokens[k].sentence == tokens[i].sentence)
        }
        // "SEK687": two or three capitals, then digits.
        guard tokens[i].isAllCaps, tokens[i].end - tokens[i].start >= 3 else { return false }
        let t = tokens[i]
        let bytes = doc.bytes
        var k = t.start
        while k < t.end, k - t.start < 3, bytes[k] >= 65, bytes[k] <= 90 { k += 1 }
        guard k - t.start >= 2, k < t.end, bytes[k] >= 48, bytes[k] <= 57 else { return false }
        return EntityRecognizer.currencyCodes.contains(Lexicon.key(Document.text(doc.bytes, t.start, k)))
    }

    /// Words after "Super" that make a competition's name ("Super Rugby Pacific", "DHL Super
    /// Rugby", "Super Netball", "the Super Bowl LIII"): a competition is no entity.
    static let superCompetitionSports: WordSet = ["rugby", "netball", "bowl", "smash", "kabaddi", "cup", "series", "sevens"]
    static let genderWords: WordSet = ["men", "women", "boys", "girls"]
    static let questionWho: WordSet = ["who"]
    static let superKey: WordSet = ["super"]

    /// "Super Rugby Pacific" (the "Super" may have been trimmed off a headline's first word), and
    /// the part before "Men's"/"Women's" of a competition's name ("ICC Men's T20 World Cup").
    func isCompetitionRun(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Bool {
        for k in max(lo - 1, 0)..<(hi - 1) where tokens[k].key.utf8.count == 5 && tokens[k].isCapitalized
            && EntityRecognizer.superKey.contains(tokens, at: k)
        {
            if EntityRecognizer.superCompetitionSports.contains(tokens, at: k + 1) { return true }
        }
        if hi + 1 < tokens.count, tokens[hi].kind == .possessive, tokens[hi + 1].isCapitalized,
            EntityRecognizer.genderWords.contains(tokens, at: hi - 1)
        {
            // The competition's head within the next few words.
            var k = hi + 1
            while k < tokens.count, k - hi <= 5, tokens[k].isCapitalized || tokens[k].kind == .number {
                if isHead(.eventHead, tokens[k]) { return true }
                k += 1
            }
        }
        return false
    }

    /// Product lines and chipsets that no company is named after, from general knowledge of
    /// phones and their parts: a run holding one names a product.
    static let productLines = WordSet(productLineList)
    static let productLineList = [
        "redmi", "snapdragon", "exynos", "helio", "dimensity", "kirin", "xperia", "lumia", "zenfone", "razr", "geekbench",
        "antutu", "ryzen", "geforce", "radeon", "thinkpad", "ideapad", "chromecast", "macbook",
    ]
    /// Product-line words that are also a team's or a common name ("LA Galaxy", "the Note"):
    /// a product only before a model code ("Galaxy M30", "Galaxy On8", "Galaxy M", "Pixel 8").
    static let codedProductLines: WordSet = ["galaxy", "pixel", "note", "iphone", "moto", "nord"]
    static let anyProductLine = WordSet(productLineList + ["galaxy", "pixel", "note", "iphone", "moto", "nord"])

    /// Where a product line starts in the run `lo..<hi` (the maker before it stays: "Samsung
    /// Galaxy S8" keeps Samsung), or nil.
    func productLineStart(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Int? {
        for k in lo..<hi where tokens[k].flags.isDisjoint(with: EntityRecognizer.nameFlags) && !tokens[k].isAllCaps
            && EntityRecognizer.anyProductLine.contains(tokens, at: k)
        {
            if EntityRecognizer.productLines.contains(tokens, at: k) { return k }
            if EntityRecognizer.codedProductLines.contains(tokens, at: k), isModelCodeAfter(k + 1, runEnd: hi) { return k }
        }
        return nil
    }

    /// A model code at `k`: a short number ("Note 3", "Pixel 8"), one or two letters and digits
    /// ("M30", "On8", "J6"), or one capital letter ("Galaxy M") — inside the run or right after it.
    func isModelCodeAfter(_ k: Int, runEnd: Int) -> Bool {
        let tokens = doc.tokens
        guard k < tokens.count, tokens[k].sentence == tokens[k - 1].sentence else { return false }
        let t = tokens[k]
        if t.kind == .number { return k == runEnd && t.key.utf8.count <= 3 && t.key.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
        guard t.kind == .word, t.isCapitalized else { return false }
        let bytes = doc.bytes
        let n = t.end - t.start
        if n == 1 { return true }
        guard n <= 5 else { return false }
        var j = t.start + 1
        if j < t.end, bytes[j] >= 97, bytes[j] <= 122 { j += 1 }
        guard j < t.end else { return false }
        while j < t.end, bytes[j] >= 48, bytes[j] <= 57 { j += 1 }
        return j == t.end && bytes[t.end - 1] >= 48 && bytes[t.end - 1] <= 57
    }

    /// "MT6753", "SM8550": capitals and at least three digits in one token is a chip's or a
    /// model's code, not an acronym of a body (TV stations' "NBC29" have two digits at most).
    func isPartNumber(_ tokens: [Token], _ i: Int) -> Bool {
        let t = tokens[i]
        guard t.isAllCaps, t.end - t.start >= 5 else { return false }
        let bytes = doc.bytes
        var k = t.start
        while k < t.end, bytes[k] >= 65, bytes[k] <= 90 { k += 1 }
        let letters = k - t.start
        while k < t.end, bytes[k] >= 48, bytes[k] <= 57 { k += 1 }
        return letters >= 2 && k == t.end && t.end - t.start - letters >= 3
    }

    /// "Fulham 2 – 1 Southampton": a capitalised name on either side of a score whose dash is
    /// spaced (two numbers of one or two digits) is a team.
    func isSpacedScoreTeam(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Bool {
        func small(_ k: Int) -> Bool {
            tokens[k].kind == .number && tokens[k].key.utf8.count <= 2 && tokens[k].key.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
        }
        func dash(_ k: Int) -> Bool { tokens[k].kind == .punct && (tokens[k].key == "-" || tokens[k].key == "–" || tokens[k].key == "—") }
        if hi + 3 < tokens.count, small(hi), dash(hi + 1), small(hi + 2), tokens[hi + 3].isCapitalized { return true }
        if lo >= 4, small(lo - 1), dash(lo - 2), small(lo - 3), tokens[lo - 4].isCapitalized { return true }
        return false
    }
}

extension EntityRecognizer {
    /// "Who is to blame?": the question word, not the WHO (unless written in capitals, or the
    /// band after "the").
    @inline(__always)
    func isQuestionWho(_ tokens: [Token], _ i: Int) -> Bool {
        let view = tokens.span
        return WordSet.mayHold(Bits43.questionWho, tokens, at: i) && EntityRecognizer.questionWho.contains(tokens, at: i) && !view[i].isAllCaps
            && (i == 0 || view[i - 1].key != "the")
    }

    /// Whether `classifyNonOrganisation` may handle the run `lo..<hi` of two or more words: each
    /// of its tests needs one of these stored fields or word-set hash bits.
    @inline(__always)
    func mayBeNonOrganisationRun(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Bool {
        let view = tokens.span
        // "ICC Men's T20 World Cup": a possessive after the run.
        if hi + 1 < view.count, view[hi].kind == .possessive { return true }
        if view[lo].flags.isDisjoint(with: EntityRecognizer.notHonorificFlags), EntityRecognizer.honorificWords.contains(tokens, at: lo) {
            return true
        }
        // "Super Rugby", a product line. The sets read once per run: each read of a `static let`
        // in the loop was a call to `swift_once` per token.
        let superKey = EntityRecognizer.superKey, productLines = EntityRecognizer.anyProductLine
        let nameFlags = EntityRecognizer.nameFlags
        for k in max(lo - 1, 0)..<hi where superKey.contains(tokens, at: k)
            || view[k].flags.isDisjoint(with: nameFlags) && productLines.contains(tokens, at: k)
        {
            return true
        }
        // A listed work: the body's own gate.
        return lo >= 2 && (view[lo - 2].isCapitalized || view[lo - 1].key.utf8.count == 4 || view[lo - 1].key.utf8.count == 2
            || view[lo - 2].key.utf8.count == 4 || view[lo - 2].key.utf8.count == 2)
            && EntityRecognizer.listGlueOrLike.contains(tokens, at: lo - 1)
    }

    /// Whether `classifyNonOrganisation` may handle the one word at `i`: each of its tests on a
    /// lone word needs one of these stored fields (or a hash bit), so most words skip the call.
    @inline(__always)
    func mayBeNonOrganisationWord(_ tokens: [Token], _ i: Int) -> Bool {
        let view = tokens.span
        let t = view[i]
        if t.isAllCaps || i + 1 < view.count && view[i + 1].kind != .word { return true }
        // A plural club name after "the" (the fields `isPluralClubName` reads first).
        if i > 0, t.kind == .word, t.end - t.start >= 4, t.flags.isDisjoint(with: EntityRecognizer.notClubFlags),
            view[i - 1].key.utf8.count == 3
        {
            return true
        }
        // A lone honorific, a product line: a word set's hash bits first.
        if t.flags.isDisjoint(with: EntityRecognizer.nameFlags),
            EntityRecognizer.loneHonorifics.contains(tokens, at: i) || EntityRecognizer.anyProductLine.contains(tokens, at: i)
        {
            return true
        }
        // A listed work: the body's own gate.
        return i >= 2 && (view[i - 2].isCapitalized || view[i - 1].key.utf8.count == 4 || view[i - 1].key.utf8.count == 2
            || view[i - 2].key.utf8.count == 4 || view[i - 2].key.utf8.count == 2)
            && EntityRecognizer.listGlueOrLike.contains(tokens, at: i - 1)
    }

    /// The round's tests on a run before the default rules: true when the run was handled (a
    /// person after an honorific, a maker before a product line) or names nothing. Each test is
    /// gated on a token's stored fields or a word set's hash bits: this runs for every run.
    @inline(never)
    mutating func classifyNonOrganisation(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Bool {
        if hi - lo == 1 {
            if tokens[lo].isAllCaps || lo + 1 < tokens.count && tokens[lo + 1].kind != .word {
                if isCurrencyAmount(tokens, lo) || isPartNumber(tokens, lo) { return true }
            }
            if isPluralClubName(tokens, lo) {
                addMention(.agency, name: nil, range: lo..<hi)
                return true
            }
            // A lone honorific ("Datuk said") names no one.
            if !tokens[lo].isAllCaps, tokens[lo].flags.isDisjoint(with: EntityRecognizer.nameFlags),
                EntityRecognizer.loneHonorifics.contains(tokens, at: lo)
            {
                return true
            }
        } else {
            if isCompetitionRun(tokens, lo, hi) { return true }
            if tokens[lo].flags.isDisjoint(with: EntityRecognizer.notHonorificFlags), EntityRecognizer.honorificWords.contains(tokens, at: lo),
                classifyHonorificName(lo, hi)
            {
                return true
            }
        }
        // The first title right after "like"/"as", or a later one after a comma or "and" that
        // follows a capitalised word: most runs (after "the" or a verb) skip the walk back.
        if lo >= 2, tokens[lo - 2].isCapitalized || tokens[lo - 1].key.utf8.count == 4 || tokens[lo - 1].key.utf8.count == 2
            || tokens[lo - 2].key.utf8.count == 4 || tokens[lo - 2].key.utf8.count == 2,
            EntityRecognizer.listGlueOrLike.contains(tokens, at: lo - 1), isListedWork(tokens, lo)
        {
            return true
        }
        if let k = productLineStart(tokens, lo, hi) {
            if k > lo { classify(tokens, lo..<k) }
            return true
        }
        return false
    }
}

extension EntityRecognizer {
    /// Words of games that news outside sport seldom uses: three of them in an article make it a
    /// sports story, where a country named without a locative is its team ("They are Bangladesh,
    /// Sri Lanka and Pakistan", "successes for Greece").
    static let sportsWords = WordSet(sportsWordList)
    static let sportsWordList = [
        "wicket", "wickets", "innings", "overs", "batting", "bowler", "bowlers", "bowling", "batsman", "batter", "batters",
        "goalkeeper", "striker", "midfielder", "goals", "scored", "tries", "scrum", "lineout", "qualifier", "qualifiers",
        "semi-final", "semi-finals", "semifinal", "semifinals", "quarter-final", "quarter-finals", "fixture", "fixtures",
        "kick-off", "halftime", "half-time", "cricket", "football", "rugby", "netball", "tournament", "squad", "cup",
        // Entities41: American games' and limited-overs cricket's own words.
        "touchdown", "touchdowns", "quarterback", "rebounds", "inning", "homer", "homers", "layup", "odi", "t20", "half-century",
        // Teams19: Australian rules and rugby league name their games by their leagues.
        "afl", "nrl", "footy",
    ]
    /// Words before a country that make it the place, not the team: "in India", "flew to France".
    static let teamNotAfter: WordSet = [
        "in", "at", "to", "from", "into", "across", "throughout", "near", "around", "outside", "inside", "within", "of",
        "toward", "towards", "via", "visit", "visited", "visiting",
        // "his native Portugal": a person's country.
        "native", "his", "her", "their", "its", "our", "my", "home",
    ]

    /// A listed country, not after a locative, in a sports story: the national team. Outside
    /// sport it answers from the tokenizer's count, with no call.
    @inline(__always)
    mutating func isCountryTeam(_ lo: Int, _ hi: Int) -> Bool {
        isSportsArticle() && isCountryTeamInSportsStory(lo, hi)
    }

    @inline(never)
    mutating func isCountryTeamInSportsStory(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        var k = lo - 1
        if k >= 0, tokens[k].key == "the" { k -= 1 }
        if k >= 0, EntityRecognizer.teamNotAfter.contains(tokens, at: k) { return false }
        // "Italy's Jannik Sinner": a player's country.
        if hi < tokens.count, tokens[hi].kind == .possessive { return false }
        // Outside sport no run's keys are joined.
        guard isSportsArticle() else { return false }
        return lexicon.countryNames.contains(hi - lo == 1 ? tokens[lo].key : joinedKeys(lo..<hi)) || isCityClub(lo, hi)
    }

    /// Three words of games in the article, counted by the tokenizer (`Document.sportsWordCount`).
    @inline(__always)
    func isSportsArticle() -> Bool { doc.sportsWordCount >= 3 }

    static let notClubFlags: WordFlags = [.known, .givenName, .nonName, .orgHead, .placeHead, .eventHead, .title, .state]
    /// Flags no honorific, product line or lone honorific carries: most words of names have one.
    static let nameFlags: WordFlags = [.known, .givenName, .surname, .orgHead, .placeHead, .title, .state]
    static let notHonorificFlags: WordFlags = [.known, .givenName, .orgHead, .placeHead, .state]

    /// "the Crusaders", "the Chiefs", "the Highlanders" in a sports story: a capitalised plural
    /// after "the" that no list knows is a club by its nickname, not a person or a common noun.
    mutating func isPluralClubName(_ tokens: [Token], _ i: Int) -> Bool {
        guard i > 0, tokens[i].kind == .word, !tokens[i].isAllCaps, tokens[i].end - tokens[i].start >= 4,
            tokens[i].flags.isDisjoint(with: EntityRecognizer.notClubFlags), tokens[i].key.utf8.last == 115,
            tokens[i - 1].key.utf8.count == 3, EntityRecognizer.theKey.contains(tokens, at: i - 1)
        else { return false }
        // "the Londoners", "the Aucklanders": the people of a city the article names.
        let key = tokens[i].key
        // "the Fijians", "the Australians": a people, not a club.
        if key.hasBytesSuffix("ians") { return false }
        if key.hasBytesSuffix("ers"), let city = String(key.utf8.dropLast(3)), input.shared.has(.city, city),
            mentions.contains(where: { $0.key == city })
        {
            return false
        }
        return isSportsArticle()
    }
}

extension EntityRecognizer {
    /// Plural nouns of works that introduce examples: "shows like The Wire and Mad Men", "films
    /// such as Parasite".
    static let pluralWorkNouns: WordSet = [
        "shows", "series", "films", "movies", "dramas", "comedies", "sitcoms", "novels", "books", "albums", "songs", "podcasts",
        "games", "documentaries", "musicals", "plays", "thrillers", "titles", "franchises", "anthems", "hits",
    ]
    static let listGlue: WordSet = [",", "and", "or", "the"]
    static let likeAs: WordSet = ["like", "as"]
    static let listGlueOrLike: WordSet = [",", "and", "or", "the", "like", "as"]

    /// A run in the list of examples after "like" or "such as" that follows a plural work noun is
    /// a work's title, no entity: the first item and every item after a comma or "and".
    func isListedWork(_ tokens: [Token], _ lo: Int) -> Bool {
        var k = lo - 1
        guard k >= 1 else { return false }
        var steps = 0
        while k >= 1, steps < 14, !(WordSet.mayHold(Bits43.likeAs, tokens, at: k) && EntityRecognizer.likeAs.contains(tokens, at: k)) {
            guard WordSet.mayHold(Bits43.listGlue, tokens, at: k) && EntityRecognizer.listGlue.contains(tokens, at: k) || tokens[k].kind == .word && tokens[k].isCapitalized
                || tokens[k].kind == .number
            else { return false }
            k -= 1
            steps += 1
        }
        guard k >= 1 else { return false }
        if tokens[k].key == "as" {
            guard k >= 2, tokens[k - 1].key == "such" else { return false }
            k -= 1
        } else if tokens[k].key != "like" {
            return false
        }
        return EntityRecognizer.pluralWorkNouns.contains(tokens, at: k - 1)
    }
}
