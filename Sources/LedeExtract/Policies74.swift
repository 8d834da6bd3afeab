/// Policy round seventy-four (fourteenth session): two shapes of news writing that name a law or
/// a budget in lower case, found on the learning sets (final30–37, final42–45, final47–65) and
/// checked on every group and the dev set.
/// - A law named by its subject, a noun compound before "law" or "legislation": "under the
///   national security law", "the amnesty law", "a guest worker law that passed in 2019",
///   "the governor's agency restructuring law", "the Bases law". The article names one law by what
///   it is about, as "the travel ban" names one ban (`PolicyCompounds.swift`); a determiner or a
///   possessive says it is one law, not a field ("gun laws", "family law"). A tier, field or
///   back-reference before the head ("federal law", "criminal law", "the new law";
///   `Resources/law-modifier-stops.txt`) names none, and a noun after the head makes it a
///   modifier ("a family law court", "law enforcement"). A bare "state law" or "privacy laws"
///   that requires, says or prevents something is a law in force as well ("Currently, state law
///   requires a hearing").
/// - A budget passed as a law: a state budget named with its amount or its years ("New York's
///   $254 billion state budget", "the 2023-24 Pennsylvania state budget") and a national budget
///   titled with its year ("the 2023 Budget", "Budget 2023"). A city's, a board's or an unnamed
///   budget stays out: the annotators list none of the many "$36 billion budget" or "the city's
///   budget" of the learning sets.
/// - A law described by its clause ("a bill barring transgender athletes at public colleges and
///   universities from competing in sports that align with their gender identities") runs to the
///   clause's end up to 18 words after its verb (`describeLaw`), not 14: bills on one subject are
///   described at length, and the old limit cut the clause inside its last phrase.
extension EntityRecognizer {
    static let budgetHash74 = 9058115299789265783  // StringTable<Bool>.hash("budget"), a literal: no `swift_once` a read
    /// How far past its verb `describeLaw` reads a law's clause (was 14).
    static let clauseWords74 = 18

    /// Words that, right before "law" or "legislation", make it a tier, a field of law or a law
    /// named before, not one law's subject (`Resources/law-modifier-stops.txt`).
    static let lawModifierStops74 = WordSet(Lexicon.shared.lawModifierStops74)
    /// Words before a law's modifiers that say it is one law: determiners and possessive pronouns.
    static let lawDeterminers74: WordSet = ["the", "a", "an", "this", "that", "his", "her", "its", "their", "our"]
    /// Adjectives between the determiner and the subject that name no law of their own and are
    /// left out of the name ("the controversial amnesty law"); "proposed" and "draft" make it a
    /// bill not yet passed (`Policies13.swift`), so none.
    static let lawLeadAdjectives74: WordSet = ["new", "controversial", "landmark", "contentious", "sweeping", "recent", "so-called"]
    /// Words after the head that close its phrase: a clause, a verb, a preposition.
    static let lawClosers74: WordSet = [
        "that", "which", "who", "to", "of", "and", "or", "in", "for", "is", "was", "are", "were", "be", "been", "would",
        "will", "could", "should", "may", "might", "must", "can", "has", "had", "have", "by", "as", "at", "from", "with",
        "but", "until", "after", "since", "under", "on", "also", "now", "passes", "passed", "signed", "approved", "enacted",
        "adopted", "takes", "took", "came", "comes", "went", "goes", "remains", "allows", "gives", "sets", "says",
        "requires", "prohibits", "bans", "bars", "lets", "makes", "means", "states", "provides", "applies",
        // Time and clause openers: "under the national security law last year".
        "last", "this", "next", "yesterday", "today", "earlier", "when", "because", "if", "while", "despite",
    ]
    /// Present verbs a law in force does: "state law requires", "privacy laws prevent".
    static let lawSubjectVerbs74: WordSet = [
        "requires", "require", "says", "say", "states", "mandates", "mandate", "prohibits", "prohibit", "bars", "bar",
        "forbids", "forbid", "allows", "allow", "prevents", "prevent", "permits", "permit", "dictates", "dictate",
        "stipulates", "stipulate", "bans", "ban",
    ]
    /// Adverbs between such a subject and its verb: "state law now says".
    static let lawSubjectAdverbs74: WordSet = ["now", "also", "currently", "still", "already", "generally", "specifically"]
    /// Tiers a bare law in force may be named by: "state law requires".
    static let lawSubjectTiers74: WordSet = ["state", "federal"]

    /// A lower-case "law", "laws" or "legislation" at `i` that `describeLaw` did not take: a law
    /// named by its subject ("the amnesty law") or a law in force by its verb ("state law requires").
    mutating func addSubjectLaw74(at i: Int) {
        let tokens = doc.tokens
        let key = tokens[i].key
        let plural = key == "laws"
        guard i >= 2, key == "law" || plural || key == "legislation", tokens[i].kind == .word, !tokens[i].isCapitalized, !claimed[i]
        else { return }
        let sentence = tokens[i].sentence
        let m = i - 1
        guard tokens[m].kind == .word, tokens[m].sentence == sentence, !claimed[m], !tokens[m].isCapitalized,
            !EntityRecognizer.functionWords.contains(tokens[m])
        else { return }
        // "state law now says", "privacy laws prevent them": a law in force does something.
        if subjectVerbAfter74(i), m >= 1, !EntityRecognizer.lawModifierStops74.contains(tokens[m])
            || EntityRecognizer.lawSubjectTiers74.contains(tokens[m])
        {
            // The modifier is the whole name: punctuation, a function word or a speech verb before it
            // ("officials said privacy laws prevent …"), not another noun ("US wage laws").
            let before = tokens[m - 1]
            if before.kind != .word || before.sentence != sentence || EntityRecognizer.functionWords.contains(before)
                || EntityRecognizer.speechVerbs.contains(before)
            {
                addPolicy(name: Document.text(doc.bytes, tokens[m].start, tokens[i].end), tokens: m...i)
                return
            }
        }
        // "the amnesty law": one law, singular, after a determiner or a possessive.
        guard !plural, !EntityRecognizer.lawModifierStops74.contains(tokens[m]), isLawSubjectWord74(m), closesLawPhrase74(i + 1, sentence)
        else { return }
        // "the country's immigration law, 8 U.S.C. § 1325": an apposition names the law; the
        // description is no second policy.
        if i + 2 < tokens.count, tokens[i + 1].key == ",", tokens[i + 2].sentence == sentence,
            tokens[i + 2].startsWithDigit || tokens[i + 2].isCapitalized
        {
            return
        }
        var first = m
        // One more noun of the compound: "the national security law", "guest worker law".
        if m >= 2, tokens[m - 1].kind == .word, tokens[m - 1].sentence == sentence, !claimed[m - 1], !tokens[m - 1].isCapitalized,
            !EntityRecognizer.functionWords.contains(tokens[m - 1]), !EntityRecognizer.lawLeadAdjectives74.contains(tokens[m - 1]),
            tokens[m - 1].key != "proposed", tokens[m - 1].key != "draft", isLawSubjectWord74(m - 1) || isTierAdjective74(m - 1)
        {
            first = m - 1
        }
        var d = first - 1
        while d > 0, EntityRecognizer.lawLeadAdjectives74.contains(tokens[d]), tokens[d].sentence == sentence { d -= 1 }
        let lead = tokens[d]
        guard lead.sentence == sentence, lead.key != "proposed", lead.key != "draft" else { return }
        let owned = lead.kind == .possessive || (lead.key == "'" && d >= 1 && tokens[d - 1].isCapitalized && tokens[d - 1].end == lead.start)
        guard owned || EntityRecognizer.lawDeterminers74.contains(lead) else { return }
        // The name keeps the adjectives the article writes ("the new housing legislation"); the key
        // is the bill's of the same subject (`findCompoundPolicies`: "the amnesty bill" … "the
        // amnesty law" is one policy, a bill that became law).
        let name = Document.text(doc.bytes, tokens[d + 1].start, tokens[i].end)
        let mention = RawMention(
            type: .policy, key: "compound:" + tokens[m].key + ":bill", name: name, start: tokens[d + 1].start, end: tokens[i].end,
            sentence: sentence, tokenCount: i - d)
        mentions.append(mention)
        for k in (d + 1)...i { claimed[k] = true }
    }

    /// A lower-case noun that can say what a law is about: not a participle ("amended"), an
    /// adverb, a number or a verb of enacting.
    private func isLawSubjectWord74(_ j: Int) -> Bool {
        let t = doc.tokens[j]
        guard t.kind == .word, !t.isCapitalized, !t.startsWithDigit, !EntityRecognizer.enactingVerbs.contains(t),
            !EntityRecognizer.lawDeterminers74.contains(t)
        else { return false }
        let k = t.key.utf8
        if k.count < 3 { return false }
        if k.last == 0x79, k.dropLast().last == 0x6C { return false }  // -ly
        if k.last == 0x64, k.dropLast().last == 0x65 { return false }  // -ed
        return true
    }

    /// "national" in "the national security law": a tier opening a compound whose last noun names it.
    private func isTierAdjective74(_ j: Int) -> Bool {
        let key = doc.tokens[j].key
        return key == "national" || key == "state" || key == "federal" || key == "public" || key == "criminal" || key == "civil"
    }

    /// Whether the token at `j` closes a law's phrase: punctuation, the sentence's end, a
    /// capitalised word, a listed closer, or a participle; a lower-case noun after the head
    /// makes it a modifier ("a family law court", "law enforcement").
    private func closesLawPhrase74(_ j: Int, _ sentence: Int) -> Bool {
        let tokens = doc.tokens
        guard j < tokens.count, tokens[j].sentence == sentence else { return true }
        let t = tokens[j]
        if t.kind != .word || t.isCapitalized { return true }
        if EntityRecognizer.lawClosers74.contains(t) { return true }
        let k = t.key.utf8
        return k.count > 3 && k.last == 0x64 && k.dropLast().last == 0x65
    }

    /// A verb of a law in force after the head at `i`, past one adverb: "state law now says".
    private func subjectVerbAfter74(_ i: Int) -> Bool {
        let tokens = doc.tokens
        var j = i + 1
        if j < tokens.count, EntityRecognizer.lawSubjectAdverbs74.contains(tokens[j]) { j += 1 }
        return j < tokens.count && tokens[j].sentence == tokens[i].sentence && tokens[j].kind == .word && !tokens[j].isCapitalized
            && EntityRecognizer.lawSubjectVerbs74.contains(tokens[j])
    }

    /// "budget" at `i` (its key hash is `budgetHash74`), from `findLegislationShapes`' walk: a
    /// state budget with its amount or years, or a budget titled with its year.
    mutating func addBudget74(at i: Int) {
        let tokens = doc.tokens
        guard i >= 1, !claimed[i], tokens[i].kind == .word, tokens[i].key == "budget" else { return }
        let sentence = tokens[i].sentence
        if tokens[i].isCapitalized {
            // "the 2023 Budget was passed", "tables Budget 2023 on February 24".
            if isBudgetYear74(i - 1), !claimed[i - 1], tokens[i - 1].sentence == sentence,
                i + 1 >= tokens.count || tokens[i + 1].sentence != sentence || !tokens[i + 1].isNameLike
            {
                addPolicy(name: Document.text(doc.bytes, tokens[i - 1].start, tokens[i].end), tokens: (i - 1)...i)
            } else if i + 1 < tokens.count, isBudgetYear74(i + 1), !claimed[i + 1], tokens[i + 1].sentence == sentence,
                !tokens[i - 1].isNameLike || tokens[i - 1].sentence != sentence
            {
                addPolicy(name: Document.text(doc.bytes, tokens[i].start, tokens[i + 1].end), tokens: i...(i + 1))
            }
            return
        }
        // "$254 billion state budget", "the 2023-24 Pennsylvania state budget".
        guard tokens[i - 1].key == "state", !tokens[i - 1].isCapitalized, !claimed[i - 1], tokens[i - 1].sentence == sentence else { return }
        // "the state budget deal", "state budget bills": a noun after it; only a closed phrase.
        guard closesLawPhrase74(i + 1, sentence) else { return }
        var k = i - 2
        // The state's name: "Pennsylvania state budget".
        if k >= 1, let place = placeBefore(i - 1) { k = place.lowerBound - 1 }
        guard k >= 0, tokens[k].sentence == sentence, !claimed[k] else { return }
        var first = -1
        if isBudgetYear74(k) {
            first = k
        } else if EntityRecognizer.amountScales74.contains(tokens[k]), k >= 1, tokens[k - 1].startsWithDigit, !claimed[k - 1] {
            first = k - 1
            if first >= 1, tokens[first - 1].kind == .punct, EntityRecognizer.currencySigns74.contains(tokens[first - 1]),
                tokens[first - 1].end == tokens[first].start
            {
                first -= 1
            }
        }
        guard first >= 1 else { return }
        // "a proposed $2 billion state budget" is not passed.
        if tokens[first - 1].key == "proposed" || tokens[first - 1].key == "draft" { return }
        addPolicy(name: Document.text(doc.bytes, tokens[first].start, tokens[i].end), tokens: first...i)
    }

    static let amountScales74: WordSet = ["billion", "million", "trillion", "bn"]
    static let currencySigns74: WordSet = ["$", "€", "£", "¥", "₹"]

    /// A year ("2023") or a span of years ("2023-24", "2021-2023") at `j`.
    private func isBudgetYear74(_ j: Int) -> Bool {
        guard j >= 0, j < doc.tokens.count else { return false }
        let t = doc.tokens[j]
        guard t.startsWithDigit else { return false }
        let k = Array(t.key.utf8)
        guard k.count == 4 || k.count == 7 || k.count == 9, k[0] == 0x31 || k[0] == 0x32 else { return false }
        for (n, b) in k.enumerated() where !(b >= 0x30 && b <= 0x39) {
            if !(n == 4 && b == 0x2D) { return false }
        }
        return true
    }
}
