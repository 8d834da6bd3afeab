/// Policies named by a common-noun phrase ("net neutrality rules", "the travel ban") and
/// second names of one law ("Senate Bill 8, known as a "heartbeat bill"", "SB 8 … the Texas
/// Heartbeat Act", "Online Safety Bill" … "Online Safety Act").
extension EntityRecognizer {
    /// Lower-case heads a noun compound can name a policy with, and the family that merges
    /// singular and plural ("rules" and "regulations" are one kind of thing).
    static let compoundHeads: StringTable<String> = [
        "rule": "rules", "rules": "rules", "regulation": "rules", "regulations": "rules", "ban": "ban", "bans": "ban",
        "bill": "bill", "bills": "bill", "mandate": "mandate", "mandates": "mandate", "ordinance": "ordinance",
        "ordinances": "ordinance", "policy": "policy", "policies": "policy", "tariff": "tariff", "tariffs": "tariff",
    ]
    /// Modifiers that say which one or how, not what the policy is about: they end a compound.
    static let compoundStops: WordSet = [
        "new", "latest", "previous", "initial", "original", "old", "first", "second", "third", "final", "current",
        "former", "existing", "proposed", "updated", "revised", "federal", "state", "local", "national", "same",
        "entire", "controversial", "strict", "stricter", "tough", "tougher", "sweeping", "temporary", "permanent",
        "partial", "full", "recent", "earlier", "outright", "broad", "narrow", "such", "other", "separate", "another",
        "different", "additional", "key", "major", "similar", "public", "general", "specific", "strong", "stronger",
        "pending", "ongoing", "upcoming", "legal", "illegal", "official", "internal", "formal", "own", "total",
        "blanket", "certain", "various", "several", "any", "two", "three", "four", "five", "whole", "last", "next",
        "big", "small", "long", "short", "better", "good", "bad", "new-style", "emergency",
        // Amounts and comparisons say how much, not what: "higher tariffs", "steep tariffs".
        "higher", "lower", "more", "fewer", "steep", "steeper", "hefty", "heavy", "high", "low", "extra",
    ]
    /// Domains every government has a policy on: "foreign policy" is a field, not one policy.
    static let policyDomains: WordSet = [
        "foreign", "monetary", "fiscal", "economic", "trade", "energy", "immigration", "security", "public", "social",
        "climate", "privacy", "education", "health", "tax", "defense", "defence", "interest", "rate", "rates",
        "insurance", "company", "government", "administration", "labor", "labour", "house", "court", "school",
    ]
    /// Singular heads: "the OSHA rule" is one rule, "the FAA rules" are often all of them.
    static let singularHeads: WordSet = ["rule", "regulation", "ban", "mandate", "policy", "ordinance"]
    /// A compound with one of these before it is a named policy even when it appears once.
    static let compoundCues: WordSet = ["so-called", "dubbed", "called"]
    /// Owners whose possessive names a policy: "the state's abortion ban", "the city's camping ordinance".
    static let governmentOwners: WordSet = [
        "state", "city", "county", "country", "government", "administration", "province", "district", "nation",
        "department", "agency", "council", "legislature", "parliament", "congress",
    ]
    /// "also known as", "commonly known as": the words before "known as" that may come.
    static let knownAsAdverbs: WordSet = ["also", "commonly", "formally", "officially", "popularly", "better"]

    /// "net neutrality rules", "sanctuary city policies", "the travel ban": a head noun with one
    /// or two noun modifiers. Kept when the same compound (last modifier and head family)
    /// recurs in the article, or after a cue ("so-called") or a possessive name ("the FCC's …").
    mutating func findCompoundPolicies() {
        let tokens = doc.tokens
        var candidates: [(first: Int, head: Int, key: String, cued: Bool)] = []
        // The policy heads after the first token (`RecognizerInput.policyHeads41`).
        let heads = input.policyHeads41
        for i in heads where i >= 1 && !claimed[i] && !tokens[i].isCapitalized {
            guard let family = EntityRecognizer.compoundHeads.value(tokens[i].key, hash: tokens[i].keyHash) else {
                // "the land reform programme" (`Policy10Regimes.swift`).
                if let reform = reformProgramme(head: i) {
                    candidates.append((reform.first, i, reform.key, true))
                } else if let first = waterRestrictions(head: i) {
                    candidates.append((first, i, "compound:water:restrictions", true))
                } else if let owned = ownedProgramme19(head: i) {
                    // "the province's mandatory mask order" (`Fixes19.swift`).
                    candidates.append((owned.first, i, owned.key, true))
                }
                continue
            }
            let sentence = tokens[i].sentence
            var first = i
            while first > 0, i - first < 2, isCompoundModifier(first - 1, sentence: sentence) {
                // An outer word in -s is a verb more often than a noun: "reinstates travel ban".
                if i - first == 1, tokens[first - 1].key.hasBytesSuffix("s"), !tokens[first - 1].key.hasBytesSuffix("ss") { break }
                first -= 1
            }
            // "the OSHA rule": an agency's acronym names one rule of it. The acronym stays free
            // for its agency; the policy's mention covers both words.
            if first == i, i >= 2, EntityRecognizer.singularHeads.contains(tokens[i]), tokens[i - 2].key == "the",
                tokens[i - 1].kind == .word, tokens[i - 1].isAllCaps, tokens[i - 1].key.utf8.count >= 2,
                tokens[i - 1].key.utf8.count <= 6, !tokens[i - 1].flags.contains(.nonEntityAcronym),
                tokens[i - 1].sentence == sentence
            {
                candidates.append((i - 1, i, "compound:" + tokens[i - 1].key + ":" + family, true))
                continue
            }
            guard first < i else { continue }
            // "policy" names a field of government as often as one policy: its modifier must
            // not be a field ("foreign policy", "trade policy").
            if family == "policy", EntityRecognizer.policyDomains.contains(tokens[i - 1]) { continue }
            // "an anti-sanctuary bill", "an in-school cellphone ban": a hyphenated modifier names it.
            var cued = (first..<i).contains { tokens[$0].key.utf8.contains(0x2D) }
            if first > 0 {
                let before = tokens[first - 1]
                // "an anti-sanctuary bill": a hyphenated modifier names it, as in "hands-off policy".
                // "the state's abortion ban": a government's possessive names its policy too.
                cued = cued || EntityRecognizer.compoundCues.contains(before)
                    || (before.kind == .possessive && first > 1
                        && (tokens[first - 2].isCapitalized || EntityRecognizer.governmentOwners.contains(tokens[first - 2])))
            }
            // "the 2022 appropriation bill", "the finance bill" (`LegislationNames.swift`).
            if family == "bill" {
                let money = moneyBillCue(first: first, head: i)
                if money.cued {
                    candidates.append((money.first, i, Lexicon.key(tokens[i - 1].key + " bill"), true))
                    continue
                }
            }
            // "eight presidential ordinances" (`LegislationNames.swift`).
            if family == "ordinance", let count = presidentialOrdinancesStart(head: i) {
                candidates.append((count, i, "compound:" + tokens[i - 1].key + ":" + family, true))
                continue
            }
            // "the land reform policy", "mask mandates" name one policy once (`Policy10Regimes.swift`).
            cued = cued || isRegimeCompound(first: first, head: i, family: family)
            // "the abortion ban", "the noncompete ban": one ban named by its subject (`Policies34.swift`).
            cued = cued || isDefiniteBan34(first: first, head: i)
            candidates.append((first, i, "compound:" + tokens[i - 1].key + ":" + family, cued))
        }
        guard !candidates.isEmpty else { return }
        var counts = StringTable<Int>()
        for c in candidates { counts.update(c.key, default: 0) { $0 += 1 } }
        for c in candidates where c.cued || counts[c.key, default: 0] >= 2 {
            if (c.first...c.head).contains(where: { claimed[$0] }) { continue }
            let acronymNamed = tokens[c.first].isAllCaps
            // "a mask mandate for public areas": its scope is part of its name (`Policies25.swift`).
            let last = scopedHeadEnd25(c.head)
            let mention = RawMention(
                type: .policy, key: c.key, name: Document.text(doc.bytes, tokens[c.first].start, tokens[last].end),
                start: tokens[c.first].start, end: tokens[last].end, sentence: tokens[c.first].sentence,
                tokenCount: last - c.first + 1)
            mentions.append(mention)
            for k in (acronymNamed ? c.head : c.first)...last { claimed[k] = true }
        }
    }

    /// A lower-case noun that can modify a policy head: not a function word, an adjective of
    /// degree or time, an adverb or a participle.
    func isCompoundModifier(_ j: Int, sentence: Int) -> Bool {
        let t = doc.tokens[j]
        guard t.kind == .word, !t.isCapitalized, !claimed[j], t.sentence == sentence, !t.startsWithDigit,
            !EntityRecognizer.functionWords.contains(t), !EntityRecognizer.compoundStops.contains(t),
            !EntityRecognizer.policyAdjectives.contains(t), !EntityRecognizer.anotherCues.contains(t),
            !EntityRecognizer.compoundCues.contains(t), !EntityRecognizer.speechVerbs.contains(t),
            !EntityRecognizer.enactingVerbs.contains(t), !EntityRecognizer.ruleVerbs19.contains(t)
        else { return false }
        let k = t.key.utf8
        // "-ly" adverbs and "-ed" participles ("resurrected regulations") describe, not name.
        if k.count > 3, k.last == 0x79, k.dropLast().last == 0x6C { return false }
        if k.count > 3, k.last == 0x64, k.dropLast().last == 0x65 { return false }
        return true
    }

    /// Joins two names of one policy: "Senate Bill 8, known as a "heartbeat bill"", "SB 8 (the
    /// Texas Heartbeat Act)", "Senate Bill 8 (SB 8), or the Texas Heartbeat Act", and a bill's
    /// name with the act it became ("Online Safety Bill" … "Online Safety Act"). Runs after every
    /// other finder, so both names are mentions already; their keys are made one.
    mutating func linkPolicyNames() {
        // Most articles cite no policy: one scan without allocating says so.
        guard mentions.contains(where: { $0.type == .policy }) else { return }
        joinDescriptionsToCompounds()
        mergeDescriptions()
        linkDescriptionsToCitations()
        linkNamesOfOneLaw()
        joinDescribedLaws()
    }

    private mutating func linkNamesOfOneLaw() {
        let tokens = doc.tokens
        var policies = mentions.indices.filter { mentions[$0].type == .policy && mentions[$0].policyFamily == nil }
        guard !policies.isEmpty else { return }
        policies.sort { mentions[$0].start < mentions[$1].start }
        var parent: [String: String] = [:]
        func find(_ key: String) -> String {
            var k = key
            var steps = 0
            while let p = parent[k], steps < 16 { k = p; steps += 1 }
            return k
        }
        func union(_ a: String, _ b: String) {
            let ra = find(a), rb = find(b)
            if ra != rb { parent[ra] = rb }
        }
        var tokenIndex = 0
        for (n, p) in policies.enumerated() {
            let m = mentions[p]
            // The mention's last token: tokens and mentions are both in text order.
            while tokenIndex < tokens.count, tokens[tokenIndex].end < m.end { tokenIndex += 1 }
            guard tokenIndex < tokens.count, tokens[tokenIndex].end == m.end else { continue }
            var j = tokenIndex + 1
            let sentence = tokens[tokenIndex].sentence
            var cue = false, apposition = false
            // "Senate Bill No. 2224 or the Ease of Paying Taxes Act": a citation's number needs no comma before "or".
            let citesNumber = tokens[tokenIndex].kind == .number
            // "Senate Bill 8 (SB 8), or …": a parenthesised name closes before the cue.
            if j < tokens.count, tokens[j].key == ")" { j += 1 }
            j = afterBillNumber(j)
            if j < tokens.count, tokens[j].key == "(" {
                j += 1
                cue = true
            } else {
                if j < tokens.count, tokens[j].key == "," { j += 1 }
                if j < tokens.count, EntityRecognizer.knownAsAdverbs.contains(tokens[j]) { j += 1 }
                if j + 1 < tokens.count, tokens[j].key == "known", tokens[j + 1].key == "as" {
                    j += 2
                    cue = true
                } else if let next = afterReferredToAs(j) {
                    j = next
                    cue = true
                } else if j < tokens.count, tokens[j].key == "or", citesNumber || (j > tokenIndex + 1 && tokens[j - 1].key == ",") {
                    j += 1
                    cue = true
                } else if citesNumber, j == tokenIndex + 2, j < tokens.count, tokens[j].key == "the" {
                    // "Senate Bill 3561, the Expanded Senior Citizens' Act of 2009, which …" (`PolicyNames.swift`).
                    cue = true
                    apposition = true
                }
            }
            guard cue else { continue }
            if j < tokens.count, tokens[j].key == "a" || tokens[j].key == "an" || tokens[j].key == "the" { j += 1 }
            // "…, or the proposed Magna Carta of Filipino Seafarers".
            if j < tokens.count, EntityRecognizer.policyAdjectives.contains(tokens[j]),
                !(n + 1 < policies.count && mentions[policies[n + 1]].start == tokens[j].start)
            {
                j += 1
            }
            let quoted = j < tokens.count && tokens[j].key == "\""
            if quoted { j += 1 }
            guard j < tokens.count, tokens[j].sentence == sentence else { continue }
            // Another policy mention starts there: the two are one.
            if n + 1 < policies.count, mentions[policies[n + 1]].start == tokens[j].start {
                let other = mentions[policies[n + 1]]
                if apposition, !isAppositiveTitle(other, from: j) { continue }
                if other.key != m.key { union(other.key, m.key) }
                continue
            }
            // A quoted common-noun name ending in a policy head: "known as a "heartbeat bill"".
            guard quoted, !apposition, !claimed[j] else { continue }
            var last = j
            while last + 1 < tokens.count, tokens[last + 1].key != "\"", tokens[last + 1].sentence == sentence, last - j < 5 {
                last += 1
            }
            while last > j, tokens[last].kind == .punct { last -= 1 }
            guard tokens[last].flags.contains(.policyHead), !(j...last).contains(where: { claimed[$0] }) else { continue }
            let alias = RawMention(
                type: .policy, key: m.key, name: m.name, start: tokens[j].start, end: tokens[last].end,
                sentence: tokens[j].sentence, tokenCount: last - j + 1)
            mentions.append(alias)
            for k in j...last { claimed[k] = true }
        }
        // "Online Safety Bill" and "Online Safety Act": a bill keeps its name when it passes.
        var actKeys = StringTable<Bool>()
        if policies.contains(where: { mentions[$0].key.hasBytesSuffix(" bill") }) {
            for p in policies where mentions[p].key.hasBytesSuffix(" act") { actKeys[mentions[p].key] = true }
        }
        if actKeys.count > 0 {
            for p in policies where mentions[p].key.hasBytesSuffix(" bill") {
                let act = String(mentions[p].key.dropLast(4)) + "act"
                if actKeys.contains(act) { union(mentions[p].key, act) }
            }
        }
        guard !parent.isEmpty else { return }
        var names: [String: String] = [:]
        for m in mentions where m.type == .policy && names[m.key] == nil { names[m.key] = m.name }
        for m in mentions where m.type == .policy && parent[m.key] != nil {
            // The merger takes a mention's written text as an alias when it differs from the
            // mention's name: the name becomes the group's, the text stays the alias.
            m.key = find(m.key)
            m.name = names[m.key] ?? m.name
        }
    }

    /// Where a run of capitalised words ending in a policy head really ends: at an inner head
    /// followed by a word that continues no name ("Online Safety Bill Passes Final Hurdle to
    /// Become Law", a headline), so that only "Online Safety Bill" is the policy. `hi` when the
    /// run is one name.
    /// `lo` when the run is no policy name at all: a long run in a headline written in title
    /// case ("Supreme Court Blocks Implementation of OSHA Vaccine Rule") is a headline.
    func policyRunEnd(_ lo: Int, _ hi: Int) -> Int {
        let tokens = doc.tokens
        var k = lo + 1
        while k < hi - 1 {
            if tokens[k].flags.contains(.policyHead), !tokens[k + 1].flags.contains(.policyHead),
                !EntityRecognizer.connectors.contains(tokens[k + 1]), tokens[k + 1].kind == .word
            {
                return k + 1
            }
            k += 1
        }
        if hi - lo >= 6, isTitleCaseSentence(tokens[lo].sentence) { return lo }
        return hi
    }

    /// Every word capitalised but short function words, in five words or more: a headline.
    private func isTitleCaseSentence(_ sentence: Int) -> Bool {
        guard sentence < doc.sentenceTokens.count else { return false }
        let range = doc.sentenceTokens[sentence]
        var words = 0
        for j in range where doc.tokens[j].kind == .word {
            words += 1
            if !doc.tokens[j].isCapitalized, !EntityRecognizer.connectors.contains(doc.tokens[j]),
                !EntityRecognizer.functionWords.contains(doc.tokens[j])
            {
                return false
            }
        }
        return words >= 5
    }

    /// "the law's age-estimation rule, Section 1798.99.31(a)(1) of the Civil Code, …": a
    /// description in apposition with a citation is that citation. Only this mention moves: the
    /// other descriptions of its family stay where they are.
    private mutating func linkDescriptionsToCitations() {
        // An index loop, not `contains(where:)`: its iterator handed each mention object to the
        // closure retained (an atomic retain and release per mention, and most articles have none).
        var hasDescription = false
        for i in mentions.indices where mentions[i].type == .policy && (mentions[i].policyFamily != nil || mentions[i].key.hasPrefix("compound:")) {
            hasDescription = true
            break
        }
        guard hasDescription else { return }
        let tokens = doc.tokens
        let descriptions = mentions.filter { $0.type == .policy && ($0.policyFamily != nil || $0.key.hasPrefix("compound:")) }
        var t = 0
        for d in descriptions.sorted(by: { $0.start < $1.start }) {
            while t < tokens.count, tokens[t].end < d.end { t += 1 }
            guard t + 2 < tokens.count, tokens[t].end == d.end, tokens[t + 1].key == "," else { continue }
            // Few mentions per article: a scan beats building a table for the rare comma.
            let start = tokens[t + 2].start
            guard let citation = mentions.first(where: {
                $0.start == start && $0.type == .policy && $0.policyFamily == nil && !$0.key.hasPrefix("compound:")
            }) else { continue }
            var after = t + 2
            while after < tokens.count, tokens[after].end <= citation.end { after += 1 }
            guard after < tokens.count, [",", ".", ")", "-", "of"].contains(tokens[after].key) else { continue }
            d.name = citation.name
            d.key = citation.key
            d.policyFamily = nil
        }
    }
}
