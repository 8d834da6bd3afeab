/// Entities round forty-nine (entities49, organisation recall): `companies.txt` lists the companies
/// of 20 stock indices, which news names with no cue ("Barclays", "Vodafone", "Adidas"). A short
/// form that is an English word ("Oracle", "Target", "Carnival", "Next") is listed with a "~" and
/// typed an organisation like any other, then this pass over the finished mentions (never inside
/// `processSpan`) drops a lone one unless some occurrence in the article shows a company: a word
/// of business after it ("Carnival rose 7.3%", "Target shares", "Oracle said", "Oracle's
/// chief executive"), a business noun before it ("the chip maker Micron", "its cloud provider,
/// Oracle,", "shares of Target", "workers at Caterpillar"), or another listed company beside it in
/// a list ("Intel, Oracle and Cisco"). "Next year", "a Mazda", "the Progressive wing" stay out.
extension EntityRecognizer {
    /// Words after a company's name that only a business takes: market moves, speech, its people.
    static let companyAfterWords49: WordSet = [
        "shares", "share", "stock", "stocks", "rose", "fell", "gained", "slid", "jumped", "dropped", "climbed",
        "declined", "tumbled", "surged", "sank", "said", "says", "reported", "posted", "announced", "ceo",
        "executives", "spokesman", "spokeswoman", "spokesperson", "employees", "workers", "stores", "shareholders",
        "investors", "earnings", "revenue", "profit", "sales", "chief", "inc", "inc.", "corp.", "plc",
    ]
    /// Business nouns before a company's name, directly or across a comma ("its cloud provider, Oracle").
    static let companyBeforeWords49: WordSet = [
        "provider", "maker", "makers", "retailer", "firm", "company", "giant", "rival", "rivals", "supplier",
        "chipmaker", "carrier", "insurer", "lender", "brand", "conglomerate", "operator", "companies", "firms",
        "retailers", "brands",
    ]
    /// Nouns before "of", "in" or "at" and a company's name ("shares of Target", "workers at Caterpillar").
    static let companyOwnerWords49: WordSet = [
        "ceo", "shares", "stake", "executive", "executives", "chief", "founder", "owner", "spokesman", "spokeswoman",
        "spokesperson", "chairman", "employees", "workers", "investors", "shareholders", "stock",
    ]

    /// Drops a lone listed company named by an English word where the article shows no company.
    /// Reads fields in place; keeps no mention reference across steps.
    mutating func dropUnevidencedCompanies49() {
        let needing = lexicon.companiesNeedingEvidence
        guard !needing.isEmpty else { return }
        var drop: [Int] = []
        var evidenced: [String: Bool] = [:]
        for m in mentions.indices where mentions[m].tokenCount == 1 && mentions[m].type == .agency && mentions[m].isCanonical {
            // A listed mention's key is its canonical name's ("carnival corporation & plc"): the token's is the form.
            guard let i = doc.tokenIndex(of: mentions[m]), needing.contains(doc.tokens[i].key) else { continue }
            let key = doc.tokens[i].key
            let shown: Bool
            if let known = evidenced[key] { shown = known } else {
                shown = hasCompanyEvidence49(key)
                evidenced[key] = shown
            }
            if !shown { drop.append(m) }
        }
        for n in drop.reversed() { mentions.remove(at: n) }
    }

    /// Whether some capitalised occurrence of the one-word `key` stands where a company stands.
    private func hasCompanyEvidence49(_ key: String) -> Bool {
        let tokens = doc.tokens
        let hash = StringTable<Bool>.hash(key)
        for i in tokens.indices where tokens[i].keyHash == hash && tokens[i].key == key && tokens[i].isCapitalized {
            let sentence = tokens[i].sentence
            func word(_ k: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].sentence == sentence && tokens[k].kind == .word }
            // After: "Oracle said", "Oracle's chief executive".
            var next = i + 1
            if next < tokens.count, tokens[next].key == "'s" { next += 1 }
            if word(next), !tokens[next].isCapitalized || tokens[next].key == "ceo",
                EntityRecognizer.companyAfterWords49.contains(tokens, at: next)
            {
                return true
            }
            // Before: "the chip maker Micron", "its cloud provider, Oracle".
            var before = i - 1
            if before >= 0, tokens[before].kind == .punct, tokens[before].key == "," { before -= 1 }
            if word(before), !tokens[before].isCapitalized, EntityRecognizer.companyBeforeWords49.contains(tokens, at: before) {
                return true
            }
            // "shares of Target", "workers at Caterpillar".
            if word(i - 1), word(i - 2), tokens[i - 1].key == "of" || tokens[i - 1].key == "in" || tokens[i - 1].key == "at",
                EntityRecognizer.companyOwnerWords49.contains(tokens, at: i - 2)
            {
                return true
            }
            // "Intel, Oracle and Cisco": a listed company beside it across a comma or "and".
            if isListedCompanyAcrossJoiner49(i, step: 1) || isListedCompanyAcrossJoiner49(i, step: -1) { return true }
        }
        return false
    }

    /// Whether the token two steps away, across a comma, "and" or "or", is a listed company
    /// that needs no evidence itself.
    private func isListedCompanyAcrossJoiner49(_ i: Int, step: Int) -> Bool {
        let tokens = doc.tokens
        let j = i + step, k = i + 2 * step
        guard k >= 0, k < tokens.count, tokens[k].sentence == tokens[i].sentence, tokens[k].isCapitalized else { return false }
        let joiner = tokens[j].kind == .punct ? tokens[j].key == "," : !tokens[j].isCapitalized && (tokens[j].key == "and" || tokens[j].key == "or")
        guard joiner, !lexicon.companiesNeedingEvidence.contains(tokens[k].key) else { return false }
        return input.shared.known(tokens[k].key)?.kind == .agency
    }
}
