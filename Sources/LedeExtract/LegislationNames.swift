/// Entities round twenty-seven: shapes of legislation and government measures that news outside
/// the US writes without a capitalised title. A lockdown or quarantine regime ("the 21 days
/// lockdown", "a strict lockdown", "mandatory hotel quarantine"), a law named by what it is
/// against ("the new anti-terrorism legislation"), a money bill named as such ("the 2022
/// appropriation bill") and a Pakistani ordinance re-enacted as a bill ("the Legal Aid Ordinance,
/// Bill 2019"). Each is one entity per article: later "the lockdown" is the same regime.
extension EntityRecognizer {
    static let lockdownHash = 6377015671872325165  // StringTable<Bool>.hash("lockdown"), a literal: no `swift_once` a read
    static let lockdownsHash = -3155374152899816506  // StringTable<Bool>.hash("lockdowns"), a literal: no `swift_once` a read
    static let quarantineHash = 9136777119363836336  // StringTable<Bool>.hash("quarantine"), a literal: no `swift_once` a read
    /// Words before "lockdown" that say which regime it is and belong to its name.
    static let regimeModifiers: WordSet = [
        "nationwide", "national", "strict", "stricter", "total", "complete", "full", "partial", "statewide", "state-wide",
        "countrywide", "country-wide", "citywide", "city-wide", "hard", "snap", "general", "mandatory", "compulsory",
        "hotel", "home", "institutional", "self", "enhanced", "extended",
    ]
    /// Words that make a quarantine a regime rather than a service or a place ("quarantine and
    /// garbage management", "a quarantine centre" stay out).
    static let quarantineModifiers: WordSet = ["mandatory", "compulsory", "hotel", "home", "institutional", "strict", "managed"]
    /// After "lockdown": a school's drill or procedure, not a government's regime.
    static let lockdownDrillWords: WordSet = ["drill", "drills", "procedure", "procedures", "protocol", "protocols"]
    /// Words of a school or a shooting in the sentence: "the campus was locked down" is no regime.
    static let lockdownSchoolWords: WordSet = [
        "school", "schools", "campus", "students", "pupils", "shooter", "gunman", "gunfire", "shooting", "classroom",
    ]
    /// Units of a regime's length: "21 days lockdown", "a two-week lockdown".
    static let regimeLengthUnits: WordSet = ["day", "days", "week", "weeks", "month", "months"]
    /// Nouns that make a bill a money bill: "the appropriation bill", "the finance bill".
    static let billHash = -2396969866968113337  // StringTable<Bool>.hash("bill"), a literal: no `swift_once` a read
    static let moneyBillWords: WordSet = ["appropriation", "appropriations", "finance", "supplementary"]

    /// One pass over the article for this round's shapes, before citations and bracketed titles
    /// read their parts: a key hash compare per token (two passes cost 1.4 % of a corpus round).
    mutating func findLegislationShapes() {
        let tokens = doc.tokens
        let lockdownHash = EntityRecognizer.lockdownHash, lockdownsHash = EntityRecognizer.lockdownsHash
        let quarantineHash = EntityRecognizer.quarantineHash, billHash = EntityRecognizer.billHash
        let imposedHeads = EntityRecognizer.imposedHeads11
        let actHash = EntityRecognizer.actHash12, lawHash = EntityRecognizer.lawHash12, codeHash = EntityRecognizer.codeHash12
        let masks13 = EntityRecognizer.masks13, cueMasks = EntityRecognizer.legislationCueMasks
        let taxHash71 = EntityRecognizer.taxHash71
        var i = 0
        while i < tokens.count {
            let h = tokens[i].keyHash
            // Most tokens hold none of the cues below (`LegislationCueFilter.swift`).
            guard tokens[i].kind == .number || EntityRecognizer.mayStart13(h, cueMasks) else { i += 1; continue }
            if h == billHash {
                if i >= 2, tokens[i].isCapitalized, !claimed[i], let end = addOrdinanceBill(at: i) { i = end }
            } else if h == lockdownHash || h == lockdownsHash || h == quarantineHash, !claimed[i], tokens[i].kind == .word {
                addRegime(at: i, quarantine: h == quarantineHash)
            } else if tokens[i].kind == .number {
                // "… of the Federal Republic of Nigeria, 1999" (`PolicyImposed11.swift`).
                if let end = addOfTitleYear11(year: i) { i = end }
            } else if imposedHeads.contains(tokens[i]) {
                // "the state-wide curfew", "stay-at-home orders" (`PolicyImposed11.swift`).
                addImposed11(at: i)
            } else if h == actHash || h == lawHash || h == codeHash {
                // "violation of tenant act" (`Policy12Sections.swift`).
                addCuedLowerLaw12(at: i)
            } else if h == taxHash71 {
                // "the state's gas tax" (`Policies71.swift`).
                addLowerTax71(at: i)
            } else if h == EntityRecognizer.sheddingHash25 {
                // "load shedding", "Stage 4 load shedding" (`Policies25.swift`).
                addLoadShedding25(at: i)
            } else if h == EntityRecognizer.budgetHash74 {
                // "the $254 billion state budget", "Budget 2023" (`Policies74.swift`).
                addBudget74(at: i)
            } else if EntityRecognizer.mayStart13(h, masks13) {
                // "the nation's constitution", "Wyoming Statute §16-4-502", "a 2% water rate increase" (`Policies13.swift`).
                i = policies13At(i)
            }
            i += 1
        }
    }

    /// A lockdown or quarantine regime at `i`, one entity per kind in an article.
    private mutating func addRegime(at i: Int, quarantine: Bool) {
        let tokens = doc.tokens
        let isQuarantine = quarantine && tokens[i].key == "quarantine"
        guard isQuarantine || tokens[i].key == "lockdown" || tokens[i].key == "lockdowns" else { return }
        let sentence = tokens[i].sentence
        // "placed on lockdown", "lockdown drills", a school's or a shooting's lockdown.
        if i > 0, tokens[i - 1].key == "on" { return }
        if i + 1 < tokens.count, tokens[i + 1].sentence == sentence,
            EntityRecognizer.lockdownDrillWords.contains(tokens[i + 1])
                || (isQuarantine && tokens[i + 1].kind == .word && !EntityRecognizer.functionWords.contains(tokens[i + 1]))
        {
            return
        }
        if hasSchoolWord(sentence: sentence, around: i) { return }
        var first = i
        while first > 0, i - first < 3, tokens[first - 1].sentence == sentence, !claimed[first - 1] {
            let t = tokens[first - 1]
            if EntityRecognizer.regimeModifiers.contains(t) || t.key.hasBytesSuffix("-day") || t.key.hasBytesSuffix("-week") {
                first -= 1
            } else if EntityRecognizer.regimeLengthUnits.contains(t), first >= 2, tokens[first - 2].kind == .number {
                first -= 2
            } else {
                break
            }
        }
        // A quarantine is a regime only with a word that says so: "mandatory hotel quarantine".
        if isQuarantine, first == i { return }
        // "the 14-day quarantine for visitors": its scope is part of its name (`Policies25.swift`).
        addDescribed(first: first, last: isQuarantine ? scopedHeadEnd25(i) : i, family: isQuarantine ? "quarantine" : "lockdown")
    }

    /// Whether the sentence of token `i` speaks of a school or a shooting (within ten tokens).
    private func hasSchoolWord(sentence: Int, around i: Int) -> Bool {
        let tokens = doc.tokens
        var j = max(0, i - 10)
        while j < min(tokens.count, i + 10) {
            if tokens[j].sentence == sentence, EntityRecognizer.lockdownSchoolWords.contains(tokens[j]) { return true }
            j += 1
        }
        return false
    }

    /// "the new anti-terrorism legislation", "an anti-graft law": a law word with an "anti-"
    /// modifier names the law by what it is against. Returns whether one was added.
    mutating func addAntiLaw(at i: Int) -> Bool {
        let tokens = doc.tokens
        guard i > 0, !claimed[i - 1], tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalized,
            tokens[i - 1].sentence == tokens[i].sentence, tokens[i - 1].key.hasBytesPrefix("anti-"),
            tokens[i - 1].key.utf8.count > 6
        else { return false }
        // "the Anti-Trust Act … the anti-trust law": the title names it (`PolicyNames.swift`).
        let modifier = tokens[i - 1].key
        if tokens.contains(where: { $0.isCapitalized && $0.key == modifier }) { return false }
        addDescribed(first: i - 1, last: i, family: "law:" + modifier)
        return true
    }

    /// A compound's cue from the words before it (`PolicyCompounds.swift`): "the 2022
    /// appropriation bill" takes its year into the name; a money bill ("the finance bill") is a
    /// policy even when it appears once. Returns the compound's new first token and whether it is
    /// cued; a cued bill is keyed as its title would be ("finance bill"), so "the Finance Bill
    /// 2023" and "the contentious finance bill" are one law.
    func moneyBillCue(first: Int, head: Int) -> (first: Int, cued: Bool) {
        if isBillYear(head - 2, head: head) { return (head - 2, true) }
        // "a proposed finance bill" is a proposal, not yet a law (`Policies13.swift`).
        if EntityRecognizer.isProposedBill13(doc.tokens, first) { return (first, false) }
        // "the contentious finance bill": the money word names it, the adjective does not.
        if EntityRecognizer.moneyBillWords.contains(doc.tokens[head - 1]) { return (head - 1, true) }
        if isBillYear(first - 1, head: head) { return (first - 1, true) }
        return (first, false)
    }

    /// A year of the twentieth or twenty-first century at `j`, free, in the sentence of `head`.
    private func isBillYear(_ j: Int, head: Int) -> Bool {
        let tokens = doc.tokens
        guard j >= 0, tokens[j].kind == .number, tokens[j].key.utf8.count == 4, !claimed[j],
            tokens[j].key.hasBytesPrefix("19") || tokens[j].key.hasBytesPrefix("20")
        else { return false }
        return tokens[j].sentence == tokens[head].sentence
    }

    /// "Legal Aid Authority Ordinance, Bill 2019", "Whistle-Blowers Protection Ordinance Bill 2019":
    /// an ordinance re-enacted as a bill is one title with its year, keyed by the ordinance's name.
    /// `i` is the capitalised "Bill"; returns the title's last token, or nil.
    mutating func addOrdinanceBill(at i: Int) -> Int? {
        let tokens = doc.tokens
        guard i >= 2, i + 1 < tokens.count, tokens[i].key == "bill", tokens[i + 1].kind == .number,
            tokens[i + 1].key.utf8.count == 4
        else { return nil }
        let ordinance = tokens[i - 1].key == "," ? i - 2 : i - 1
        guard ordinance > 0, tokens[ordinance].key == "ordinance", tokens[ordinance].isCapitalized, !claimed[ordinance] else { return nil }
        let sentence = tokens[i].sentence
        var first = ordinance
        var depth = 0
        // Back over the title: capitalised words, connectors and whole bracketed parts.
        while first > 0, ordinance - first < 16, tokens[first - 1].sentence == sentence,
            !claimed[first - 1] || tokens[first - 1].kind == .punct
        {
            let t = tokens[first - 1]
            if t.key == ")" { depth += 1 } else if t.key == "(" {
                guard depth > 0 else { break }
                depth -= 1
            } else if depth == 0, !(t.kind == .word && (t.isCapitalized || EntityRecognizer.connectors.contains(t)))
                && !(t.kind == .possessive && first >= 2 && tokens[first - 2].isCapitalized)
            {
                break
            }
            first -= 1
        }
        while first < ordinance, !tokens[first].isCapitalized || EntityRecognizer.functionWords.contains(tokens[first]) { first += 1 }
        guard first < ordinance, depth == 0 else { return nil }
        let short = Document.text(doc.bytes, tokens[first].start, tokens[ordinance].end)
        addPolicy(name: Document.text(doc.bytes, tokens[first].start, tokens[i + 1].end), tokens: first...(i + 1))
        mentions[mentions.count - 1].key = Lexicon.key(short)
        mentions[mentions.count - 1].aliases = [short]
        return i + 1
    }

    /// "the Code of Civil Procedure (Amendment) Bill, 2019": an "of"-title followed by a bracket
    /// and a capitalised policy head is the first part of a bill's title, which the bracketed-title
    /// rule reads whole (`PolicyDescriptions.swift`).
    func amendedTitleFollows(_ end: Int) -> Bool {
        let tokens = doc.tokens
        guard end + 3 < tokens.count, tokens[end + 1].key == "(", tokens[end + 2].isCapitalized else { return false }
        var close = end + 2
        while close < tokens.count, close - end <= 8, tokens[close].key != ")", tokens[close].sentence == tokens[end].sentence { close += 1 }
        return close + 1 < tokens.count && close - end <= 8 && tokens[close].key == ")" && tokens[close + 1].isCapitalized
            && tokens[close + 1].flags.contains(.policyHead)
    }

    /// "the Services Act amendment bills", "the Army Act amendment bill": a bill amending a titled
    /// act, named by the act's title, keyed as the title-case "Army Act Amendment Bill" would be.
    /// `i` is the lower-case "amendment"; returns whether one was added.
    mutating func addActAmendmentBill(at i: Int) -> Bool {
        let tokens = doc.tokens
        let sentence = tokens[i].sentence
        guard i > 1, i + 1 < tokens.count, tokens[i + 1].key == "bill" || tokens[i + 1].key == "bills",
            tokens[i + 1].sentence == sentence, tokens[i - 1].isCapitalized, !tokens[i - 1].isAllCaps,
            tokens[i - 1].flags.contains(.policyHead), !claimed[i - 1]
        else { return false }
        var first = i - 1
        while first > 0, i - first < 6, tokens[first - 1].sentence == sentence, !claimed[first - 1], tokens[first - 1].kind == .word,
            tokens[first - 1].isCapitalized, !EntityRecognizer.functionWords.contains(tokens[first - 1]),
            !sentenceInitial.contains(first - 1) || !tokens[first - 1].flags.contains(.common)
        {
            first -= 1
        }
        guard first < i - 1 else { return false }
        let act = Document.text(doc.bytes, tokens[first].start, tokens[i - 1].end)
        addPolicy(name: Document.text(doc.bytes, tokens[first].start, tokens[i + 1].end), tokens: first...(i + 1))
        mentions[mentions.count - 1].key = Lexicon.key(act + " amendment bill")
        return true
    }

    /// Counts before a head: "eight presidential ordinances".
    static let countWords: WordSet = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "many", "some",
    ]

    /// "eight presidential ordinances", "an executive ordinance": ordinances a president or an
    /// executive issues are a policy even when named once; a count before them stays in the name.
    /// Returns the name's first token, or nil.
    func presidentialOrdinancesStart(head i: Int) -> Int? {
        let tokens = doc.tokens
        guard i > 0, tokens[i - 1].key == "presidential" || tokens[i - 1].key == "executive" else { return nil }
        if i > 1, tokens[i - 2].sentence == tokens[i].sentence, !claimed[i - 2],
            tokens[i - 2].kind == .number || EntityRecognizer.countWords.contains(tokens[i - 2])
        {
            return i - 2
        }
        return i - 1
    }

    /// "… (Amendment) Bill (2) also referred to as the Witchcraft Bill": a bill's number in
    /// brackets after its title is skipped before the second name's cue (`PolicyCompounds.swift`).
    func afterBillNumber(_ j: Int) -> Int {
        let tokens = doc.tokens
        guard j + 2 < tokens.count, tokens[j].key == "(", tokens[j + 1].kind == .number, tokens[j + 2].key == ")" else { return j }
        return j + 3
    }

    /// "referred to as": the cue of a second name, like "known as". Returns the token after it, or nil.
    func afterReferredToAs(_ j: Int) -> Int? {
        let tokens = doc.tokens
        guard j + 3 < tokens.count, tokens[j].key == "referred", tokens[j + 1].key == "to", tokens[j + 2].key == "as" else { return nil }
        return j + 3
    }
}
