/// Entities round seventy (merge70, twelfth session): a body's short form beside its full name,
/// and the name a joined entity carries. Found on final18–25 and final30–33, checked on
/// final26–29, final34–37, final42–45, final47–55 and the dev set.
///
/// - **A body's short form**: a body's name that is part of exactly one longer body's name in
///   the article is that body. Three ways to shorten a name: drop the leading words ("Senate"
///   after "Montana Senate", "Security Council" after "UN Security Council"), cut it before its
///   "of" ("Central Bank" after "Central Bank of Sri Lanka"), or drop one closing head word
///   ("Roanoke Police" after "Roanoke Police Department", "Hanwha" after "Hanwha Group"). A
///   short name that fits two longer names ("the Department" beside two departments) stays.
/// - **The name by evidence**: a listed short name ("House", listed as "House of
///   Representatives") no longer names a body whose full name holds it ("Pennsylvania House of
///   Representatives"); a person's longest form that closes with a weekday or month ("Janet Mills
///   Friday", an extent error) gives way to the longest form without it.
extension EntityMerger {
    func joinBodyShortForms70(_ groups: inout [Group], _ raw: [RawMention]) {
        // Bodies by their longest member: most articles have few, and a short form needs a longer
        // name of two words or more beside it.
        // With each, its key's length, the letters that open its words (a bit each) and whether it
        // closes with a word in capitals (an acronym: "Houston ISD"): the pair loop reads these
        // alone, and a mention or its key only for a pair they allow (reading them cost a retain
        // and a release each, 1.8 % of the instructions in the pass's second form).
        // With a name in capitals, which long names its pairs may reach (`acronymGate`, speed
        // round thirty-nine; in the tuple: an array of its own reallocated as it grew).
        var bodies: [(group: Int, best: Int, length: Int, initials: UInt32, capitals: Bool, acronymGate: AcronymGate39?)] = []
        var longest = 0
        for g in groups.indices where groups[g].type == .agency && !groups[g].members.isEmpty {
            var best = groups[g].members[0]
            for i in groups[g].members where raw[i].tokenCount > raw[best].tokenCount { best = i }
            // Room for sixteen (under 1 KiB, served from malloc's per-thread cache): from eight,
            // an article with more bodies reallocated (about 240 instructions a time).
            if bodies.isEmpty { bodies.reserveCapacity(16) }
            var initials: UInt32 = 0
            var wordStart = true
            // The key's bytes as a span: the `String.UTF8View` iterator cost ten times more.
            let key = raw[best].key.utf8.span
            for k in key.indices {
                if wordStart { initials |= 1 << UInt32(key[k] & 31) }
                wordStart = key[k] == 32
            }
            let capitals = EntityMerger.closesWithCapitals70(raw[best].name)
            bodies.append((g, best, key.count, initials, capitals, capitals ? AcronymGate39(key: raw[best].key) : nil))
            if raw[best].tokenCount > longest { longest = raw[best].tokenCount }
        }
        guard bodies.count >= 2, longest >= 2 else { return }
        // Keys' words (a closing legal form dropped), built only for a pair the bytes allow: the
        // first form built them for every body and cost 2.6 % of the instructions.
        var words: [[String]?] = []
        func wordsOf(_ k: Int) -> [String] {
            if words.isEmpty { words = Array(repeating: nil, count: bodies.count) }
            if let w = words[k] { return w }
            var w = raw[bodies[k].best].key.spaceSeparatedWords()
            while w.count > 1, EntityRecognizer.legalForms.contains(w[w.count - 1]) { w.removeLast() }
            words[k] = w
            return w
        }
        var joins: [(short: Int, long: Int)] = []
        for a in bodies.indices {
            var target = -1
            for b in bodies.indices where b != a && bodies[b].length > bodies[a].length {
                // Words held by the long name open with letters that open its words; an acronym
                // is written in capitals.
                let held = bodies[a].initials & ~bodies[b].initials == 0
                guard held || bodies[a].capitals else { continue }
                if !(held && EntityMerger.holdsWords70(raw[bodies[b].best].key, raw[bodies[a].best].key)) {
                    // Only a name in capitals goes on, and only to a long name that may hold it
                    // or its acronym (`ShortFormGates39.swift`).
                    guard let gate = bodies[a].acronymGate, gate.admits(bodies[b].initials) else { continue }
                }
                let sw = wordsOf(a), lw = wordsOf(b)
                guard lw.count > sw.count, isShortBodyName70(sw, of: lw, capitals: bodies[a].capitals) else { continue }
                if target >= 0 && target != bodies[b].group { target = -2; break }
                target = bodies[b].group
            }
            if target >= 0 { joins.append((bodies[a].group, target)) }
        }
        // Read off the names as written, then joined: a short name joins the long one, never a
        // group already emptied into another.
        for j in joins {
            var into = j.long
            while groups[into].members.isEmpty, let next = joins.first(where: { $0.short == into })?.long, next != into { into = next }
            guard !groups[j.short].members.isEmpty, !groups[into].members.isEmpty, into != j.short else { continue }
            groups[into].members += groups[j.short].members
            groups[j.short].members = []
        }
    }

    /// Whether `short`'s bytes stand in `long` as whole words (no `String` built).
    static func holdsWords70(_ long: String, _ short: String) -> Bool {
        let l = long.utf8.span, s = short.utf8.span
        guard s.count > 0, l.count > s.count else { return false }
        var start = 0
        while start + s.count <= l.count {
            if start == 0 || l[start - 1] == 32 {
                var k = 0
                while k < s.count && l[start + k] == s[k] { k += 1 }
                if k == s.count && (start + k == l.count || l[start + k] == 32) { return true }
            }
            start += 1
        }
        return false
    }

    /// Whether the name's last word is written in capitals.
    static func closesWithCapitals70(_ name: String) -> Bool {
        let bytes = name.utf8.span
        var capitals = false
        var k = bytes.count - 1
        while k >= 0, bytes[k] != 32 {
            capitals = bytes[k] >= 65 && bytes[k] <= 90
            if !capitals { break }
            k -= 1
        }
        return capitals
    }

    /// Whether `short` is a short form of the body named `long` (keys' words, `long` the longer).
    private func isShortBodyName70(_ short: [String], of long: [String], capitals: Bool) -> Bool {
        let n = short.count, m = long.count
        let head = short[n - 1]
        // The leading words dropped: "Montana Senate" → "Senate", "UN Security Council" →
        // "Security Council", "Pennsylvania House of Representatives" → "House of Representatives".
        // One word dropped, or a place's name ("New York State Assembly"): "United Christian
        // Democratic Party" is no "Democratic Party". The name left holds a head word.
        if m - n <= 3, long[m - 1] == short[n - 1] {
            var same = true
            for k in 0..<n where long[m - n + k] != short[k] { same = false; break }
            if same, short.contains(where: { lexicon.has(.orgHead, $0) }) {
                if m - n == 1 { return !EntityRecognizer.functionWords.contains(long[0]) && long[0] != "&" }
                let dropped = long[0..<(m - n)].joined(separator: " ")
                if lexicon.has(.state, dropped) || lexicon.has(.city, dropped) { return true }
            }
        }
        // Cut before "of": "Central Bank of Sri Lanka" → "Central Bank".
        if m > n + 1, long[n] == "of", lexicon.has(.orgHead, head) {
            var same = true
            for k in 0..<n where long[k] != short[k] { same = false; break }
            if same { return true }
        }
        // One closing head word dropped: "Roanoke Police Department" → "Roanoke Police",
        // "Hanwha Group" → "Hanwha"; a place's name alone is the place, not its body.
        if m == n + 1, lexicon.has(.orgHead, long[m - 1]) {
            var same = true
            for k in 0..<n where long[k] != short[k] { same = false; break }
            if same, n >= 2 || (!lexicon.has(.city, short[0]) && !lexicon.has(.state, short[0]) && !lexicon.has(.common, short[0])) { return true }
        }
        // Initials of every word, "of" included: "BOJ" for "Bank of Japan", "ODOT" for "Ohio
        // Department of Transportation"; after the long name's own opening words: "Houston ISD"
        // for "Houston Independent School District" (the merger's look-up skips "of" and reads
        // whole names only).
        let acronym = short[n - 1]
        if capitals, acronym.utf8.count >= 2, acronym.utf8.count <= 6, m - (n - 1) == acronym.utf8.count, acronym.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) {
            var same = true
            for k in 0..<(n - 1) where long[k] != short[k] { same = false; break }
            if same {
                var k = n - 1
                for c in acronym.utf8 {
                    guard long[k].utf8.first == c else { same = false; break }
                    k += 1
                }
                if same { return true }
            }
        }
        return false
    }

    /// The listed member's name, unless a longer member's key closes with that name's key
    /// ("Pennsylvania House of Representatives" over the listed "House of Representatives").
    func unlistedFullName70(_ type: EntityType, _ known: Int, _ members: GroupMembers, _ raw: [RawMention]) -> Int? {
        guard type == .agency, members.count > 1 else { return nil }
        let knownKey = Lexicon.key(raw[known].name)
        var best: Int? = nil
        for i in members where !raw[i].isCanonical && raw[i].tokenCount > raw[best ?? known].tokenCount {
            let key = raw[i].key
            guard key.utf8.count > knownKey.utf8.count + 1, key.hasBytesSuffix(" " + knownKey) else { continue }
            best = i
        }
        return best
    }

    /// For a person: the form without a closing weekday or month ("Janet Mills" over "Janet Mills
    /// Friday"), when the longest form closes with one and that shorter form is written too.
    func personNameWithoutDate70(_ longest: Int, _ members: GroupMembers, _ raw: [RawMention]) -> Int? {
        guard raw[longest].tokenCount >= 3 else { return nil }
        let key = raw[longest].key
        guard let last = key.lastSpaceSeparatedWord(where: { _ in true }),
            TemporalTagger.weekdays[last] != nil || TemporalTagger.months[last] != nil
        else { return nil }
        let shorter = key.utf8.count - last.utf8.count - 1
        for i in members where raw[i].key.utf8.count == shorter && key.hasPrefix(raw[i].key) { return i }
        return nil
    }
}
