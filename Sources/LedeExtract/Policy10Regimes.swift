/// Untitled regimes a compound names once (policy round ten): "the land reform policy", "his
/// land reform programme", "enforce mask mandates". The compound rule (`PolicyCompounds.swift`)
/// keeps a lower-case compound only when it recurs or a cue names it, because most compounds
/// ("school policy", "capital programme") name a field or a budget line. Two kinds of compound
/// name one policy even when the article writes them once: a programme or policy of a named
/// reform, and a mandate named by what it mandates. No pass of its own: both tests run at a
/// policy head the compound scan already stands on.
extension EntityRecognizer {
    /// Heads a reform's programme takes that the compound rule does not: "land reform programme".
    static let reformProgrammeHeads: WordSet = [
        "programme", "programmes", "program", "programs", "scheme", "schemes", "plan",
    ]
    /// The noun that makes a compound a reform: "land reform policy", "pension reforms bill".
    static let reformWords: WordSet = ["reform", "reforms"]

    /// A compound the article names once that is still one policy: "land reform policy" (its
    /// last modifier a reform) or "mask mandates" (a mandate's noun modifier says what it
    /// mandates; "the constitutional mandate" has no noun and never reaches here).
    func isRegimeCompound(first: Int, head: Int, family: String) -> Bool {
        guard first < head else { return false }
        if family == "mandate" {
            // "the law will mandate …", "it also mandates that …": a verb, not a regime's name.
            let tokens = doc.tokens
            if (first..<head).contains(where: { EntityRecognizer.verbMarkers.contains(tokens[$0]) || EntityRecognizer.mandateVerbCues.contains(tokens[$0]) }) {
                return false
            }
            if head + 1 < tokens.count, EntityRecognizer.mandateVerbCues.contains(tokens[head + 1]) { return false }
            return isRegimeMandate(tokens[head - 1])
        }
        return EntityRecognizer.reformWords.contains(doc.tokens[head - 1]) && first < head - 1
    }

    /// "his controversial land reform programme", "a pension reform scheme": a programme head
    /// after "reform" and one noun before it (a bare "reform programme" says no reform of what).
    /// Returns the compound's first token and its key, or nil.
    func reformProgramme(head i: Int) -> (first: Int, key: String)? {
        let tokens = doc.tokens
        guard i >= 2, EntityRecognizer.reformProgrammeHeads.contains(tokens[i]),
            EntityRecognizer.reformWords.contains(tokens[i - 1]), !claimed[i - 1],
            tokens[i - 1].sentence == tokens[i].sentence, !tokens[i - 1].isCapitalized,
            isCompoundModifier(i - 2, sentence: tokens[i].sentence)
        else { return nil }
        return (i - 2, "compound:" + tokens[i - 2].key + " reform:programme")
    }

    /// "Level 4 water restrictions", "Water restrictions are now in force": a utility's or a
    /// council's restrictions on water are a standing regime with levels and fines, named the same
    /// in every country that rations water. Other restrictions ("Covid restrictions", "travel
    /// restrictions", "reporting restrictions") are not listed as policies by the guidelines'
    /// gold and stay none. The level or stage before it is part of the name. Returns the first
    /// token, or nil.
    func waterRestrictions(head i: Int) -> Int? {
        let tokens = doc.tokens
        guard i >= 1, tokens[i].key == "restrictions", tokens[i - 1].key == "water", !claimed[i - 1],
            tokens[i - 1].sentence == tokens[i].sentence
        else { return nil }
        if i >= 3, tokens[i - 2].kind == .number, !claimed[i - 2], !claimed[i - 3],
            tokens[i - 3].key == "level" || tokens[i - 3].key == "stage", tokens[i - 3].sentence == tokens[i].sentence
        {
            return i - 3
        }
        return i - 1
    }

    /// "a moratorium on the invasions and …": an object walk that stopped at a quotation mark
    /// after a connector ends before the connector, which joins the next object, not this one.
    func trimmedObjectEnd(_ last: Int, floor: Int) -> Int {
        var end = last
        while end > floor, EntityRecognizer.objectConnectors.contains(doc.tokens[end]) { end -= 1 }
        return end
    }

    /// "a mask mandate" mandates masks; "an election mandate", "the peacekeeping mandate", "a
    /// constitutional mandate" are an office's authority or task, not a rule anyone must obey.
    /// The modifier must be a plain noun: no adjective ending (-al, -ic, -ary, -ory, -ive, -ous,
    /// -ful, -ble), no gerund, none of the words of office or degree.
    private func isRegimeMandate(_ t: Token) -> Bool {
        if EntityRecognizer.mandatesOfOffice.contains(t) { return false }
        let k = t.key
        return !(k.hasBytesSuffix("al") || k.hasBytesSuffix("ic") || k.hasBytesSuffix("ary") || k.hasBytesSuffix("ory")
            || k.hasBytesSuffix("ing") || k.hasBytesSuffix("ive") || k.hasBytesSuffix("ous") || k.hasBytesSuffix("ful")
            || k.hasBytesSuffix("ble"))
    }

    /// Nouns before "mandate" that name an office's authority or task, not a regime.
    static let mandatesOfOffice: WordSet = [
        "election", "voter", "voters", "people", "party", "campaign", "mission", "reform", "policy", "leadership",
        "council", "board", "court", "agency", "commission", "committee", "office", "government", "mandate",
        // Adjectives of degree the compound rule's stops do not hold: "a clear mandate".
        "clear", "fresh", "huge", "clean", "wide", "weak", "renewed", "limited", "unclear", "vague",
    ]

    /// Adverbs before and objects after that make "mandate" a verb: "also mandates that …",
    /// "will mandate the use of …".
    static let mandateVerbCues: WordSet = [
        "also", "only", "still", "now", "which", "that", "it", "the", "a", "an", "all", "every", "each", "its", "their",
        "his", "her", "our", "them",
    ]

    /// Words a policy's object never ends with.
    static let objectConnectors: WordSet = ["and", "or", "but", "nor"]
}
