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
        // The law word each description is headed by ("measure", "proposal"; "laws" is "law").
        var heads: [Substring] = []
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
            var lawHead: Substring = ""
            var k = t
            while k < tokens.count, tokens[k].end <= m.end {
                let w = tokens[k]
                if lawHead.isEmpty, w.kind == .word, EntityRecognizer.lawHeads.contains(w) {
                    lawHead = w.key == "laws" ? "law" : w.key[...]
                }
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
            heads.append(lawHead)
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
        // Two head words are two laws ("a measure that would raise the wage", "the proposal to
        // cut taxes"), unless what they govern joined them above.
        if ordered.indices.contains(where: { base[$0] == "law" && place[$0].isEmpty && instance[$0].isEmpty }),
            namedLawKey() == nil
        {
            for n in ordered.indices where base[n] == "law" && place[n].isEmpty && instance[n].isEmpty {
                guard let firstLaw = ordered.indices.first(where: {
                    base[$0] == "law" && place[$0].isEmpty && instance[$0].isEmpty && heads[$0] == heads[n]
                }) else { continue }
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
