/// Round nineteen (entities18): typing rules learned from international news (Indian, Singaporean,
/// British, Nigerian, Philippine articles), each seen in at least two articles or in one and the
/// seen pool. Read from `classify` and `classifySingle`.
extension EntityRecognizer {
    /// Singapore's electoral divisions: a Group Representation Constituency or a Single Member
    /// Constituency ("Sengkang GRC", "Potong Pasir SMC").
    static let constituencyAcronyms: WordSet = ["grc", "smc"]
    /// Heads of a hospital's name that name the building: "Royal Infirmary", "General Hospital".
    static let hospitalHeads: WordSet = ["hospital", "infirmary"]
    /// Every last word a rule below reads, and the first word "Pradhan": one look-up (a mask test
    /// for most words) rules out almost every run before any other test.
    static let internationalNameLastWords: WordSet = ["grc", "smc", "hospital", "infirmary", "cabinet", "government"]
    /// Capitalised titles a portfolio ending in "Cabinet" or "Government" opens.
    static let portfolioTitles: WordSet = ["secretary", "minister"]
    static let pradhanKey: WordSet = ["pradhan"]
    static let houseKey: WordSet = ["house"]
    static let assemblyHash = -3516120905633679473  // StringTable<Bool>.hash("assembly"), a literal: no `swift_once` a read

    /// What these rules make of a run.
    enum RunVerdict { case typed(EntityType), noEntity }

    /// The verdict on a run, or nil when no rule applies: a scheme's name is a policy, a
    /// constituency and a hospital are places, a portfolio before "Cabinet Secretary" is none.
    func internationalNameVerdict(_ lo: Int, _ hi: Int) -> RunVerdict? {
        let count = hi - lo
        guard count >= 2 else { return nil }
        // The sets read only where their literal filters (`Bits42`) let the word through.
        let opensPradhan = WordSet.mayHold(Bits42.pradhanKey, doc.tokens, at: lo) && EntityRecognizer.pradhanKey.contains(doc.tokens, at: lo)
        guard opensPradhan
            || WordSet.mayHold(Bits42.internationalNameLastWords, doc.tokens, at: hi - 1)
                && EntityRecognizer.internationalNameLastWords.contains(doc.tokens, at: hi - 1)
        else { return nil }
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let last = view[hi - 1]
        // "Pradhan Mantri …" (the Prime Minister's) opens an Indian scheme's name; one ending in
        // "Yojana" or "Abhiyan" is a policy by `policy-heads.txt` (round policy8).
        if opensPradhan && view[lo + 1].key == "mantri" && count >= 3 {
            return .typed(.policy)
        }
        // "Treasury Cabinet Secretary Jo Roe", "Prime Cabinet Secretary …", "Local Government
        // Minister Jo Roe": the portfolio opens the title (its last word is an organisation's head,
        // so the classifier would make it a body), it names no body.
        if hi < doc.tokens.count, view[hi].isCapitalized, EntityRecognizer.portfolioTitles.contains(doc.tokens, at: hi),
            last.key == "cabinet" || last.key == "government"
        {
            return .noEntity
        }
        if last.isAllCaps, EntityRecognizer.constituencyAcronyms.contains(doc.tokens, at: hi - 1) { return .typed(.place) }
        // A hospital's name is the site it stands on, not the trust that runs it ("… Hospitals
        // Foundation Trust" ends in another word); "X Hospital's board" and "X Hospital said" are the
        // institution's.
        if !last.isAllCaps, EntityRecognizer.hospitalHeads.contains(doc.tokens, at: hi - 1),
            !(hi < doc.tokens.count && (view[hi].kind == .possessive || EntityRecognizer.speechVerbs.contains(doc.tokens, at: hi)))
        {
            return .typed(.place)
        }
        return nil
    }

    /// A lone unlisted name that a list or a locative makes a place: "in Badagry, Ikorodu, and
    /// Igbogbo" (a comma after a place and the list going on after the name), "in drought-prone
    /// Vidarbha", "in war-torn Ostrava" (a locative, then a hyphenated lower-case adjective).
    func isListOrLocativePlace(_ i: Int) -> Bool {
        let tokens = doc.tokens
        guard i > 1, i + 1 < tokens.count else { return false }
        // Fields read in place through a `Span` (a copied token retains its key: speed round twenty-eight).
        let view = tokens.span
        if view[i].isAllCaps || view[i].flags.contains(.common) || view[i].flags.contains(.givenName)
            || input.shared.known(view[i].key, hash: view[i].keyHash) != nil
        {
            return false
        }
        // A list: ", X," or ", X and" with the list going on, or ", and X" / "and X" closing it,
        // whose earlier names follow a locative or end in a place mention.
        let closes = view[i - 1].kind == .word && view[i - 1].key == "and"
        if isComma(i - 1) && (isComma(i + 1) || tokens[i + 1].key == "and") || closes, listOpensWithPlace(before: i) {
            return true
        }
        // "in drought-prone X": a locative, one hyphenated lower-case adjective, the name.
        if view[i - 1].kind == .word, !view[i - 1].isCapitalized, view[i - 1].key.hasHyphenByte, tokens[i - 2].kind == .word,
            EntityRecognizer.locatives.contains(tokens, at: i - 2), tokens[i + 1].sentence == view[i].sentence
        {
            return true
        }
        return false
    }

    /// Walks back over a list's earlier names ("in A, B, and" before C): true when the list
    /// opens right after a locative ("in", "near" …) or an earlier name is a place mention.
    private func listOpensWithPlace(before i: Int) -> Bool {
        let tokens = doc.tokens
        var j = i - 1
        var names = 0
        while j > 0, names < 6 {
            // The separator: ",", "and" or ", and".
            if tokens[j].kind == .word, tokens[j].key == "and" { j -= 1; if j > 0, isComma(j) { j -= 1 } }
            else if isComma(j) { j -= 1 }
            else { return false }
            guard j > 0, tokens[j].isCapitalized, tokens[j].sentence == tokens[i].sentence else { return false }
            // Mentions are pushed in order: the walk stops at the first one ending before the name.
            for m in mentions.reversed() {
                if m.end < tokens[j].end { break }
                if m.end == tokens[j].end, m.type == .place { return true }
            }
            // One or two capitalised words make the earlier name.
            if j > 1, tokens[j - 1].isCapitalized, tokens[j - 1].kind == .word { j -= 1 }
            names += 1
            let before = tokens[j - 1]
            if before.kind == .word, !before.isCapitalized, EntityRecognizer.locatives.contains(tokens, at: j - 1) { return true }
            j -= 1
        }
        return false
    }

    /// Words that name a legislature other than the US Congress.
    static let otherLegislatures: WordSet = ["parliament", "sabha", "lords", "commons", "dáil", "oireachtas", "knesset", "duma", "bundestag"]
    /// Words that place a story's "House" in the US Congress.
    static let congressWords: WordSet = ["congress", "representatives", "congressman", "congresswoman"]

    /// A lone "House" (listed as the US House of Representatives) in an article that names another
    /// legislature ("Parliament", "the Lok Sabha", "the National Assembly", "the House of Lords",
    /// "the House of Assembly") and never Congress is that chamber, not the US House: no mention.
    /// The article is read only when a lone "House" occurs.
    @inline(never) func isOtherChamberHouse(_ i: Int) -> Bool {
        guard WordSet.mayHold(Bits43.houseKey, doc.tokens, at: i), EntityRecognizer.houseKey.contains(doc.tokens, at: i) else { return false }
        let tokens = doc.tokens
        // The sets read once: each read of a `static let` in the scan is a `swift_once` call.
        let congressWords = EntityRecognizer.congressWords, otherLegislatures = EntityRecognizer.otherLegislatures
        let assemblyHash = EntityRecognizer.assemblyHash
        var other = false
        for j in tokens.indices where tokens[j].kind == .word {
            // "the Congress", "in Congress"; not a party's "All Progressives Congress".
            if congressWords.contains(tokens, at: j), j == 0 || !tokens[j - 1].isCapitalized || tokens[j - 1].key == "the" {
                return false
            }
            if otherLegislatures.contains(tokens, at: j)
                // By hash first: a string compare per word of the article was a call each.
                || (tokens.span[j].keyHash == assemblyHash && tokens.span[j].key == "assembly" && j > 0
                    && (tokens[j - 1].key == "national" || tokens[j - 1].key == "of"))
            {
                other = true
            }
        }
        return other
    }

    /// Months and weekdays that open a dateline's date.
    static let dateOpeners: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.",
        "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday",
    ]

    /// A byline without "By" before its date, near the top: the author's name (a given name and
    /// one or two more capitalised words) alone on a line with the date on the next
    /// ("Jo Lee" / "Jan 26, 2025"), or on the same line after a separator ("Jo LEE | Sunday, …").
    mutating func claimBylineBeforeDate() {
        let tokens = doc.tokens
        let view = tokens.span
        let limit = min(tokens.count, 80)
        var i = 0
        while i + 3 < limit {
            defer { i += 1 }
            // The flag first: most tokens are no given name, and the line test reads the text.
            guard view[i].flags.contains(.givenName), view[i].isCapitalized, i == 0 || lineBreakBefore(i) else { continue }
            var end = i + 1
            while end < limit, end - i < 3, !lineBreakBefore(end), tokens[end].kind == .word, tokens[end].isCapitalized,
                !EntityRecognizer.dateOpeners.contains(tokens, at: end), tokens[end].key != "i"
            {
                end += 1
            }
            guard end - i >= 2, end + 1 < tokens.count else { continue }
            var date = end
            if !lineBreakBefore(end) {
                // The separator: "|", "–", "-" or a capital "I" standing for a bar.
                let sep = tokens[end]
                guard sep.key == "i" && sep.isCapitalized || sep.kind == .punct && "|–-—".utf8.contains(doc.bytes[sep.start])
                else { continue }
                date = end + 1
            }
            guard EntityRecognizer.dateOpeners.contains(tokens, at: date), tokens[date].isCapitalized else { continue }
            for k in i..<end { claimed[k] = true }
        }
    }
}
