/// Demonym round seventy-four (fourteenth session of 2026-12-02, demonym74): resident nouns.
///
/// A name that is a listed place's name with a resident suffix ("Oklahomans", "Sydneysiders",
/// "New Yorkers", "Nepalis", "Sri Lankan") names the people of a place, never a body, a person or
/// a place of its own: typer round fourteen found 12 of the 13 such rows the rules kept on the
/// learning sets to be gold none. An entity whose longest name is one is dropped. The longest
/// name, not the first mention: "Central American" that opens "Central American Parliament" is
/// that body's short form.
///
/// The test strips the suffix and looks the stem up in the known names (typer14's
/// `isResidentNoun14`, commit `f8f8af0`): no derived word list, so no memory (demonym72's list of
/// derived words took peak RSS 32 → 46 MiB). It is gated on bytes: only a capitalised name of one
/// to three words, not listed, whose key ends in one of the suffixes builds a stem and reaches the
/// look-up.
extension EntityMerger {
    /// Resident suffixes, longest first, with the endings a place's name may have lost to them
    /// ("Floridians": "florid" + "a"; "Texans": "tex" + "as"; "Mexican": "mexic" + "o").
    static let residentSuffixes74: [(suffix: String, restores: [String])] = [
        ("siders", [""]), ("sider", [""]),
        ("ians", ["", "a", "ia", "y", "e"]), ("ian", ["", "a", "ia", "y", "e"]),
        ("ans", ["", "a", "as", "o", "e"]), ("an", ["", "a", "as", "o", "e"]),
        ("ers", ["", "e"]), ("er", ["", "e"]),
        ("ese", ["", "a", "o"]),
        ("ites", ["", "e"]),
        ("ns", ["", "s"]),
        ("is", [""]),
    ]

    /// Drops every group whose longest name is a resident noun of a listed place.
    func dropResidentNouns74(_ groups: inout [Group], _ raw: [RawMention]) {
        for g in groups.indices where groups[g].type != .policy && !groups[g].members.isEmpty {
            // The name `canonicalName` gives: a listed member names it (and a listed name stays).
            var best = groups[g].members[0]
            var listed = false
            for i in groups[g].members {
                if raw[i].isCanonical { listed = true; break }
                if raw[i].tokenCount > raw[best].tokenCount || (raw[i].tokenCount == raw[best].tokenCount && raw[i].start < raw[best].start) {
                    best = i
                }
            }
            guard !listed, raw[best].tokenCount <= 3, isResidentNounCandidate74(raw[best]) else { continue }
            if isResidentNoun74(raw[best].key) { groups[g].members = [] }
        }
    }

    /// The byte gate: a capitalised name whose key's last byte closes some suffix ("s", "r",
    /// "n", "e") and whose key is long enough to hold a stem.
    @inline(__always)
    private func isResidentNounCandidate74(_ m: RawMention) -> Bool {
        guard let c = m.name.utf8.first, c >= 65 && c <= 90 else { return false }
        let key = m.key.utf8.span
        guard key.count >= 5 else { return false }
        let last = key[key.count - 1]
        return last == 115 || last == 114 || last == 110 || last == 101
    }

    /// A resident noun of a listed place: "oklahomans" ("oklahoma" + "ns"), "new yorkers",
    /// "sydneysiders", "nepalis". The key itself must name nothing listed, and the stem keeps
    /// three letters or more.
    func isResidentNoun74(_ key: String) -> Bool {
        let bytes = key.utf8.span
        guard bytes.count >= 5 else { return false }
        var checkedKey = false
        for (suffix, restores) in EntityMerger.residentSuffixes74 where key.hasBytesSuffix(suffix) {
            let stemLength = bytes.count - suffix.utf8.count
            guard stemLength >= 3 else { continue }
            if !checkedKey {
                if shared.known(key) != nil { return false }
                checkedKey = true
            }
            // The suffixes are ASCII, so the cut falls between characters.
            let stem = String(key[..<key.utf8.index(key.utf8.startIndex, offsetBy: stemLength)])
            for r in restores where shared.known(r.isEmpty ? stem : stem + r)?.kind == .place { return true }
        }
        return false
    }
}
