/// Laws and proposals the text names only by what they do: "the Alabama law that prohibits
/// almost all abortions", "a measure that would raise the minimum wage", "a law banning …",
/// "the proposal to cut property taxes". A law word alone ("the law", "a bill that passed") names
/// nothing: only a clause with a verb of regulating makes it a description.
extension EntityRecognizer {
    /// Lower-case heads that name a law or a proposal when a regulating clause follows.
    static let lawHeads: WordSet = ["law", "laws", "bill", "measure", "legislation", "proposal", "statute"]
    /// Heads that take "to" and a regulating verb: "the proposal to cut …", "a bill to ban …".
    static let proposalHeads: WordSet = [
        "bill", "measure", "legislation", "proposal", "law", "laws", "ordinance", "policy", "rule", "regulation",
    ]
    /// Words after which a policy noun is a verb: "will mandate that …", "voted to ban …".
    static let verbMarkers: WordSet = ["to", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "not"]
    /// Verbs done to a policy, which come before its head without modifying it: "adopt
    /// policies that …", "implement rules requiring …".
    static let enactingVerbs: WordSet = [
        "adopt", "adopts", "adopting", "implement", "implements", "implementing", "enforce", "enforces", "enforcing",
        "draft", "drafts", "drafting", "pass", "passes", "passing", "approve", "approves", "approving", "issue", "issues",
        "issuing", "introduce", "introduces", "introducing", "sign", "signs", "signing", "repeal", "repeals", "propose",
        "proposes", "proposing", "announce", "announces", "announcing", "enact", "enacts", "enacting", "revise",
        "revises", "follow", "follows", "following", "violate", "violates", "violating", "support", "supports",
        "oppose", "opposes", "opposing", "challenge", "challenges", "challenging", "overturn", "overturns", "uphold",
        "upholds", "upholding", "strike", "strikes", "striking", "suspend", "suspends", "suspending", "lift", "lifts",
        "lifting", "impose", "imposes", "imposing", "create", "creates", "have", "has", "had",
    ]
    /// Verbs of regulating — what a law does to what it governs — in every form a clause uses.
    static let regulatingVerbs: WordSet = [
        "ban", "bans", "banning", "banned", "bar", "bars", "barring", "barred", "prohibit", "prohibits", "prohibiting",
        "prohibited", "forbid", "forbids", "forbidding", "forbade", "outlaw", "outlaws", "outlawing", "outlawed",
        "require", "requires", "requiring", "required", "mandate", "mandates", "mandating", "mandated", "allow", "allows",
        "allowing", "allowed", "permit", "permits", "permitting", "permitted", "let", "lets", "letting", "make", "makes",
        "making", "made", "criminalize", "criminalizes", "criminalizing", "criminalized", "criminalise", "criminalises",
        "criminalising", "criminalised", "legalize", "legalizes", "legalizing", "legalized", "legalise", "legalises",
        "legalising", "legalised", "limit", "limits", "limiting", "limited", "restrict", "restricts", "restricting",
        "restricted", "cap", "caps", "capping", "capped", "raise", "raises", "raising", "raised", "cut", "cuts", "cutting",
        "lower", "lowers", "lowering", "lowered", "impose", "imposes", "imposing", "imposed", "create", "creates",
        "creating", "created", "establish", "establishes", "establishing", "established", "expand", "expands",
        "expanding", "expanded", "end", "ends", "ending", "ended", "protect", "protects", "protecting", "protected",
        "shield", "shields", "shielding", "shielded", "grant", "grants", "granting", "granted", "give", "gives",
        "giving", "gave", "force", "forces", "forcing", "forced", "exempt", "exempts", "exempting", "exempted", "block",
        "blocks", "blocking", "blocked", "regulate", "regulates", "regulating", "regulated", "penalize", "penalizes",
        "penalizing", "penalized", "penalise", "penalises", "penalising", "penalised", "punish", "punishes",
        "punishing", "punished", "tax", "taxes", "taxing", "taxed", "fund", "funds", "funding", "funded", "repeal",
        "repeals", "repealing", "repealed", "abolish", "abolishes", "abolishing", "abolished", "stop", "stops",
        "stopping", "stopped", "prevent", "prevents", "preventing", "prevented", "strip", "strips", "stripping",
        "stripped", "set", "sets", "setting", "target", "targets", "targeting", "targeted", "compel", "compels",
        "compelling", "compelled", "oblige", "obliges", "obliging", "obliged", "extend", "extends", "extending",
        "extended", "phase", "phases", "phasing", "phased", "enable", "enables", "enabling", "enabled",
        "amend", "amends", "amending", "amended", "ensure", "ensures", "ensuring", "increase", "increases", "increasing",
        "reduce", "reduces", "reducing", "expand", "curb", "curbs", "curbing", "curbed",
    ]
    /// Modals between "that" and its verb: "a measure that would raise …".
    static let clauseModals: WordSet = ["would", "will", "could", "can", "must", "may", "might", "should", "also"]
    /// Words that open the next clause: a description ends before them.
    static let clauseBreaks: WordSet = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must",
        "should", "while", "because", "although", "though", "whereas", "unless", "when", "but",
        "if", "so", "says", "said", "last", "yesterday", "today", "earlier", "later", "next", "late",
        // Verbs of what happened to the law, which open the main clause: "the proposal to cut
        // taxes failed in the Senate".
        "failed", "passed", "cleared", "stalled", "died", "took", "went", "became", "remained", "remains", "faces",
        "faced", "drew", "won", "lost", "sparked", "prompted", "received", "goes", "takes",
    ]

    /// The description of a law at head `i`, if a regulating clause follows it; returns whether
    /// one was added.
    mutating func describeLaw(at i: Int, family head: String = "law") -> Bool {
        let tokens = doc.tokens
        let sentence = tokens[i].sentence
        guard i + 2 < tokens.count, tokens[i + 1].sentence == sentence else { return false }
        var verb = i + 1
        if tokens[verb].key == "that" || tokens[verb].key == "which" {
            verb += 1
            while verb < tokens.count, verb - i < 5, EntityRecognizer.clauseModals.contains(tokens[verb]) { verb += 1 }
            guard verb < tokens.count, tokens[verb].kind == .word, !tokens[verb].isCapitalized,
                EntityRecognizer.regulatingVerbs.contains(tokens[verb])
            else { return false }
        } else if tokens[verb].key == "to", EntityRecognizer.proposalHeads.contains(tokens[i]) {
            verb += 1
            guard tokens[verb].kind == .word, !tokens[verb].isCapitalized, EntityRecognizer.regulatingVerbs.contains(tokens[verb])
            else { return false }
        } else {
            // "a law banning …": a participle of regulating right after the head.
            guard tokens[verb].kind == .word, !tokens[verb].isCapitalized, tokens[verb].key.hasBytesSuffix("ing"),
                EntityRecognizer.regulatingVerbs.contains(tokens[verb])
            else { return false }
        }
        // The clause runs to its punctuation, the next clause or a date, 14 words at most.
        var last = verb
        while last + 1 < tokens.count, tokens[last + 1].sentence == sentence, last - verb < 14,
            tokens[last + 1].kind != .punct || tokens[last + 1].key == "%" || isListComma(last + 1),
            !EntityRecognizer.clauseBreaks.contains(tokens[last + 1]), !startsDate(last + 1)
        {
            // "the Idaho law banning … differs from the Montana law …": another head starts another policy.
            if tokens[last + 1].flags.contains(.policyHead), !tokens[last + 1].isCapitalized, last > verb, tokens[last].isCapitalized {
                while last > verb, tokens[last].isCapitalized { last -= 1 }
                break
            }
            last += 1
        }
        while last > verb, EntityRecognizer.functionWords.contains(tokens[last]) { last -= 1 }
        // "the Alabama law that …": the place the law belongs to is part of its name, and two
        // places' laws are two laws. A noun before the head says which law it is ("abortion law").
        var first = i
        var family = head
        // "California's law restricting …": a place's possessive names it the same way.
        if let place = placeBefore(i) ?? (i > 1 && tokens[i - 1].kind == .possessive ? placeBefore(i - 1) : nil) {
            first = place.lowerBound
            family = head + ":" + tokens[place.upperBound - 1].key
        } else if i > 0, tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalized, tokens[i - 1].sentence == sentence,
            !claimed[i - 1], !EntityRecognizer.functionWords.contains(tokens[i - 1]),
            !EntityRecognizer.compoundStops.contains(tokens[i - 1]), !EntityRecognizer.policyAdjectives.contains(tokens[i - 1]),
            !EntityRecognizer.anotherCues.contains(tokens[i - 1]), !EntityRecognizer.enactingVerbs.contains(tokens[i - 1]),
            !tokens[i - 1].key.hasBytesSuffix("ed")
        {
            first = i - 1
        }
        if (max(0, first - 2)..<first).contains(where: { EntityRecognizer.anotherCues.contains(tokens[$0]) }) {
            describedInstances[family, default: 0] += 1
        }
        // Names inside the clause ("firms like Netflix") and the place stay free for their own mentions.
        addDescribed(first: first, last: last, family: family, claimNames: false)
        return true
    }

    /// A comma inside a list ("instructional time, mealtimes and between classes"): lower-case
    /// words and then "and" or "or" within four tokens.
    func isListComma(_ j: Int) -> Bool {
        let tokens = doc.tokens
        guard tokens[j].key == "," else { return false }
        var k = j + 1
        while k < tokens.count, k - j <= 4, tokens[k].kind == .word {
            if tokens[k].key == "and" || tokens[k].key == "or" { return k > j + 1 }
            k += 1
        }
        return false
    }

    /// A known place written right before `i` ("Texas", "New York"): its token range.
    func placeBefore(_ i: Int) -> Range<Int>? {
        let tokens = doc.tokens
        guard i > 0, tokens[i - 1].isCapitalized, tokens[i - 1].sentence == tokens[i].sentence, !claimed[i - 1] else { return nil }
        for lo in stride(from: i - 1, through: max(0, i - 3), by: -1) {
            guard tokens[lo].isCapitalized, !claimed[lo] else { break }
            if let known = knownName(lo..<i), known.kind == .place { return lo..<i }
        }
        return nil
    }
}

/// One policy described twice: descriptions that share what they govern are one policy
/// ("a Texas ban on abortion …" and "a law prohibiting most abortions"), a law described once
/// in an article that names one law is that law, and two places' laws stay two.
extension EntityRecognizer {
    /// Words too general to say which policy a description is about.
    static let genericObjectWords: WordSet = [
        "state", "states", "people", "those", "their", "other", "majority", "almost", "nearly", "percent", "about",
        "country", "countries", "nation", "nationwide", "years", "months", "weeks", "cases", "certain", "wide", "range",
    ]
    /// Families that merged by their head before this round: all "policy that …" are one unless
    /// a cue word ("a separate rule") says otherwise.
    static let headMergedFamilies: WordSet = ["policy", "ordinance", "mandate", "ban", "order"]

    /// Unites described policies that are one, then joins a described law to the one law the
    /// article names. Runs after every finder.
    mutating func mergeDescriptions() {
        // Most articles describe at most one policy, or only policies of the families that merge
        // by their head ("a policy that …" twice): then the keys stand. Counted without allocating.
        var count = 0, newKind = false
        for m in mentions where m.policyFamily != nil {
            count += 1
            newKind = newKind || !EntityRecognizer.headMergedFamilies.contains(m.policyFamily!)
        }
        guard count >= 2, newKind else { return }
        let tokens = doc.tokens
        var ordered: [RawMention] = []
        for m in mentions where m.policyFamily != nil && m.key.hasBytesPrefix("described:") { ordered.append(m) }
        guard ordered.count >= 2 else { return }
        ordered.sort { $0.start < $1.start }
        // Per description: its head family, its place, its instance ("a separate ban" is 1) and
        // the hashes of the first five letters of the words it governs.
        var base: [Substring] = [], place: [Substring] = [], instance: [Substring] = [], stems: [[UInt64]] = []
        var t = 0
        for m in ordered {
            let family = m.policyFamily!
            if let colon = family.firstIndex(of: ":") {
                base.append(family[..<colon])
                place.append(family[family.index(after: colon)...])
            } else {
                base.append(family[...])
                place.append("")
            }
            let tail = m.key.lastIndex(of: ":").map { m.key[m.key.index(after: $0)...] } ?? ""
            instance.append(tail.first?.isNumber == true ? tail : "")
            while t < tokens.count, tokens[t].start < m.start { t += 1 }
            var words: [UInt64] = []
            var k = t
            while k < tokens.count, tokens[k].end <= m.end {
                let w = tokens[k]
                if w.kind == .word, !w.isCapitalized, w.key.utf8.count >= 5, !EntityRecognizer.functionWords.contains(w),
                    !EntityRecognizer.regulatingVerbs.contains(w), !EntityRecognizer.genericObjectWords.contains(w),
                    EntityRecognizer.describedHeads.value(w.key, hash: w.keyHash) == nil
                {
                    var h: UInt64 = 0
                    for byte in w.key.utf8.prefix(5) { h = h << 8 | UInt64(byte) }
                    words.append(h)
                }
                k += 1
            }
            stems.append(words)
        }
        var parent = Array(ordered.indices)
        func root(_ a: Int) -> Int {
            var r = a
            while parent[r] != r { r = parent[r] }
            return r
        }
        for a in ordered.indices {
            for b in (a + 1)..<ordered.count {
                guard place[a].isEmpty || place[b].isEmpty || place[a] == place[b] else { continue }
                let sameHead = base[a] == base[b] && instance[a] == instance[b]
                    && EntityRecognizer.headMergedFamilies.contains(String(base[a]))
                let sameObject = instance[a].isEmpty && instance[b].isEmpty && stems[a].contains(where: stems[b].contains)
                if sameHead || sameObject {
                    let ra = root(a), rb = root(b)
                    if ra != rb { parent[rb] = ra }
                }
            }
        }
        // An article that names no law but describes laws is most often about one law ("laws to
        // block under-16s …", "the laws raising the age limit"): its law descriptions without a
        // place or a "separate" cue are one.
        if let firstLaw = ordered.indices.first(where: { base[$0] == "law" && place[$0].isEmpty && instance[$0].isEmpty }),
            namedLawKey() == nil
        {
            for n in ordered.indices where base[n] == "law" && place[n].isEmpty && instance[n].isEmpty {
                let ra = root(firstLaw), rn = root(n)
                if ra != rn { parent[rn] = ra }
            }
        }
        for n in ordered.indices { ordered[n].key = "described:" + String(root(n)) }
    }

    /// A law the text describes but does not name, in an article that names one law ("Bill
    /// C-11 … a law that will force firms to …"), is that law. Runs after the names of one law
    /// are joined, so "Bill C-11" and "the Online Streaming Act" count once.
    mutating func joinDescribedLaws() {
        // Only the law family starts with "l": one byte says whether any law is described.
        guard mentions.contains(where: { $0.policyFamily?.utf8.first == 0x6C }) else { return }
        // Each group of descriptions: whether all are laws, and the place they name, if one.
        var groups: [String: (laws: Bool, place: Substring?)] = [:]
        for m in mentions where m.type == .policy && m.policyFamily != nil && m.key.hasPrefix("described:") {
            let parts = m.policyFamily!.split(separator: ":", maxSplits: 1)
            let previous = groups[m.key] ?? (true, nil)
            groups[m.key] = (previous.laws && parts[0] == "law", parts.count > 1 ? parts[1] : previous.place)
        }
        var main: (key: String, name: String)?? = nil
        var chosen: [String: (key: String, name: String)?] = [:]
        for m in mentions where m.type == .policy && m.policyFamily != nil {
            guard let group = groups[m.key], group.laws else { continue }
            // "California's law restricting …" is the one law named after California; a law
            // without a place is the law the article is about.
            if chosen[m.key] == nil {
                if let place = group.place {
                    chosen[m.key] = namedLaw(startingWith: String(place))
                } else {
                    if main == nil { main = .some(namedLawKey()) }
                    chosen[m.key] = main!
                }
            }
            guard let named = chosen[m.key] ?? nil else { continue }
            m.key = named.key
            m.name = named.name
            m.policyFamily = nil
        }
    }

    /// The one named law whose name opens with the place ("California Age-Appropriate Design
    /// Code Act" for "California's law …"), or nil.
    private func namedLaw(startingWith place: String) -> (key: String, name: String)? {
        var found: (key: String, name: String)?
        for m in mentions where m.type == .policy && m.policyFamily == nil && !m.key.hasPrefix("compound:")
            && m.key.hasPrefix(place + " ")
        {
            // A statute, not a code it amends ("California Civil Code").
            guard EntityRecognizer.statuteSuffixes.contains(where: { m.key.hasBytesSuffix($0) }) else { continue }
            if let f = found, f.key != m.key { return nil }
            found = (m.key, m.name)
        }
        return found
    }

    /// The key and name of the law the article is about: the named law ("Bill C-11", "the Online
    /// Streaming Act") cited more often than all other named laws together, or nil. Provisions
    /// ("Section 122") do not count.
    private func namedLawKey() -> (key: String, name: String)? {
        var counts: [String: (count: Int, name: String)] = [:]
        var total = 0
        for m in mentions where m.type == .policy && m.policyFamily == nil && !m.key.hasPrefix("compound:") {
            guard isLawKey(m.key) else { continue }
            counts[m.key, default: (0, m.name)].count += 1
            total += 1
        }
        guard let best = counts.max(by: { $0.value.count < $1.value.count }), best.value.count * 2 > total else { return nil }
        return (best.key, best.value.name)
    }

    /// Last words of a statute's name, and first words of a bill's number, with their space.
    static let statuteSuffixes = [" act", " bill", " law", " statute", " ordinance"]
    static let lawNumberPrefixes = ["bill ", "senate bill ", "house bill ", "assembly bill ", "proposition ", "measure "]

    /// A named law's key: "online streaming act", "bill c-11", "senate bill 8" (not "section 122").
    private func isLawKey(_ key: String) -> Bool {
        EntityRecognizer.statuteSuffixes.contains(where: { key.hasBytesSuffix($0) }) || key.hasBytesSuffix(" code")
            || EntityRecognizer.lawNumberPrefixes.contains(where: { key.hasBytesPrefix($0) })
    }
}

/// A country's or state's constitution written in lower case: "the California constitution",
/// "the Australian constitution".
extension EntityRecognizer {
    mutating func addPlaceConstitution(_ i: Int) {
        let tokens = doc.tokens
        guard i > 0, tokens[i - 1].isCapitalized, tokens[i - 1].kind == .word, tokens[i - 1].sentence == tokens[i].sentence
        else { return }
        var first = i - 1
        if let place = placeBefore(i) {
            first = place.lowerBound
        } else {
            // A demonym: "Australian", "Canadian", "Indian".
            let k = tokens[i - 1].key.utf8
            guard k.count >= 5, k.last == 0x6E, k.dropLast().last == 0x61, !claimed[i - 1] else { return }
        }
        let name = doc.text(tokens[first].start, tokens[i].end)
        // The place keeps its own mention: only the head is claimed.
        let mention = RawMention(
            type: .policy, key: Lexicon.key(name), name: name, start: tokens[first].start, end: tokens[i].end,
            sentence: tokens[i].sentence, tokenCount: i - first + 1)
        mentions.append(mention)
        claimed[i] = true
    }
}

/// "the travel ban" … "the 90-day ban" … "a ban on people entering the country": where an
/// article names one ban (one rule, one mandate …) by a noun compound, its other descriptions of
/// a ban are that ban.
extension EntityRecognizer {
    /// The compound family ("compound:travel:ban" → "ban") a described family joins. Not
    /// "policy": an article about "sanctuary city policies" describes other policies too.
    static let compoundFamilyOfDescribed: StringTable<String> = [
        "ban": "ban", "mandate": "mandate", "ordinance": "ordinance", "tariff": "tariff",
    ]

    mutating func joinDescriptionsToCompounds() {
        guard mentions.contains(where: { $0.policyFamily != nil }) else { return }
        // Each compound family's one key (nil when the article has two compounds of a family).
        var only: [Substring: (key: String, name: String)?] = [:]
        for m in mentions where m.type == .policy && m.policyFamily == nil && m.key.hasBytesPrefix("compound:") {
            guard let colon = m.key.lastIndex(of: ":") else { continue }
            let family = m.key[m.key.index(after: colon)...]
            if let seen = only[family], seen?.key != m.key {
                only[family] = .some(nil)
            } else {
                only[family] = (m.key, m.name)
            }
        }
        guard !only.isEmpty else { return }
        for m in mentions where m.type == .policy {
            // Only a description without a place and without "a separate …" (its key has no count).
            guard let family = m.policyFamily, let joined = EntityRecognizer.compoundFamilyOfDescribed[family],
                m.key == "described:" + family, let target = only[Substring(joined)] ?? nil
            else { continue }
            m.key = target.key
            m.name = target.name
            m.policyFamily = nil
        }
    }
}

/// "Operation CeaseFire", "Operation Warp Speed": a programme named as an operation is a
/// policy, not an organisation.
extension EntityRecognizer {
    static let operationHash = StringTable<Bool>.hash("operation")
    static let openBracketHash = StringTable<Bool>.hash("(")

    /// The last word of the capitalised name after "Operation" at `i` (at most four words), or
    /// nil when none follows.
    func namedOperationEnd(_ i: Int) -> Int? {
        let tokens = doc.tokens
        var end = i
        while end + 1 < tokens.count, end - i < 4, tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized,
            tokens[end + 1].sentence == tokens[i].sentence, !claimed[end + 1],
            !EntityRecognizer.functionWords.contains(tokens[end + 1]), !tokens[end + 1].flags.contains(.temporal)
        {
            end += 1
        }
        return end > i ? end : nil
    }
}

extension EntityRecognizer {
    /// "Regulation (EU) 2016/679", "Directive (EU) 2019/790": an EU act by its number, its
    /// bracket opening at `open`. Returns its last token, or nil.
    mutating func addEUAct(at open: Int) -> Int? {
        let tokens = doc.tokens
        guard open > 0, open + 3 < tokens.count, tokens[open - 1].isCapitalized, !claimed[open - 1],
            tokens[open - 1].key == "regulation" || tokens[open - 1].key == "directive",
            tokens[open + 1].isAllCaps, tokens[open + 2].key == ")", tokens[open + 3].kind == .number
        else { return nil }
        let last = joinedNumberEnd(open + 3)
        addPolicy(name: doc.text(tokens[open - 1].start, tokens[last].end), tokens: (open - 1)...last)
        return last
    }

    /// The end of a number written with slashes and no spaces: "2016/679", "2019/790/EU".
    func joinedNumberEnd(_ j: Int) -> Int {
        let tokens = doc.tokens
        var end = j
        while end + 2 < tokens.count, tokens[end + 1].key == "/", tokens[end + 1].start == tokens[end].end,
            tokens[end + 2].start == tokens[end + 1].end, tokens[end + 2].kind == .number || tokens[end + 2].isAllCaps
        {
            end += 2
        }
        return end
    }
}

/// "Muslim Women (Protection of Rights on Marriage) Bill, 2017", "Safety of Rwanda (Asylum and
/// Immigration) Bill": a law's title with a bracketed part, usual in Britain and India, is one
/// name, not three.
extension EntityRecognizer {
    /// Adds the title whose bracket opens at `open`; returns its last token, or nil.
    mutating func addBracketedTitle(at open: Int) -> Int? {
        let tokens = doc.tokens
        guard open > 0, open + 3 < tokens.count, tokens[open].key == "(", tokens[open - 1].isCapitalized,
            tokens[open + 1].isCapitalized, !claimed[open - 1]
        else { return nil }
        let sentence = tokens[open].sentence
        var close = open + 1
        while close < tokens.count, close - open <= 8, tokens[close].key != ")", tokens[close].sentence == sentence { close += 1 }
        guard close + 1 < tokens.count, close - open <= 8, tokens[close].key == ")", tokens[close + 1].isCapitalized,
            tokens[close + 1].flags.contains(.policyHead), !claimed[close + 1]
        else { return nil }
        // The name before the bracket: capitalised words and the connectors between them.
        var first = open - 1
        while first > 0, tokens[first - 1].sentence == sentence, !claimed[first - 1],
            tokens[first - 1].isCapitalized || EntityRecognizer.connectors.contains(tokens[first - 1])
        {
            first -= 1
        }
        while first < open - 1, !tokens[first].isCapitalized || EntityRecognizer.functionWords.contains(tokens[first]) { first += 1 }
        var last = close + 1
        let short = doc.text(tokens[first].start, tokens[last].end)
        // ", 2017": the year closes the title.
        if last + 2 < tokens.count, tokens[last + 1].key == ",", tokens[last + 2].kind == .number, tokens[last + 2].key.utf8.count == 4 {
            last += 2
        }
        addPolicy(name: doc.text(tokens[first].start, tokens[last].end), tokens: first...last)
        // With or without its year, the title is one law.
        mentions[mentions.count - 1].key = Lexicon.key(short)
        if last > close + 1 { mentions[mentions.count - 1].aliases = [short] }
        return last
    }
}

extension EntityRecognizer {
    static let determiners: WordSet = ["the", "this", "that", "a", "an", "these", "those"]

    /// A capitalised policy word standing alone ("the Bill", "Bills were passed"), not a name
    /// ("Bill Evans", "the Online Safety Bill", "BILLS"); a given name ("Bill said") only after a
    /// determiner.
    func isLonePolicyWord(_ i: Int) -> Bool {
        let tokens = doc.tokens
        let t = tokens[i]
        // A listed policy ("the Constitution") is a name.
        guard !t.isAllCaps, t.kind == .word, !t.flags.contains(.known) else { return false }
        if i + 1 < tokens.count, tokens[i + 1].sentence == t.sentence,
            tokens[i + 1].isCapitalized || tokens[i + 1].startsWithDigit || tokens[i + 1].key == "("
                || tokens[i + 1].key == "of" || tokens[i + 1].kind == .number
        {
            return false
        }
        let before = i > 0 && tokens[i - 1].sentence == t.sentence ? i - 1 : -1
        if before >= 0, tokens[before].isCapitalized || tokens[before].key == ")" { return false }
        // "Law said": a singular surname may be a person's; a plural ("Bills") is the laws.
        if t.flags.contains(.givenName) || (t.flags.contains(.surname) && !t.key.hasBytesSuffix("s")) {
            return before >= 0 && EntityRecognizer.determiners.contains(tokens[before])
        }
        return true
    }
}
