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
/// to three words, not listed, whose key ends in one of the suffixes is hashed, and only a stem
/// whose hash the known names hold is built as a `String` and looked up.
extension EntityMerger {
    /// A suffix or an ending as bytes packed in reading order (the first in the low byte) with
    /// its length: values with no reference to retain, compared and hashed byte by byte.
    struct Packed74: Sendable {
        var bytes: UInt64
        var count: Int
        init(_ s: String) {
            var b: UInt64 = 0
            for (k, c) in s.utf8.enumerated() { b |= UInt64(c) << UInt64(8 * k) }
            bytes = b
            count = s.utf8.count
        }
        @inline(__always) func byte(_ k: Int) -> UInt8 { UInt8(truncatingIfNeeded: bytes >> UInt64(8 * k)) }
    }

    /// Resident suffixes with the endings a place's name may have lost to them ("Floridians":
    /// "florid" + "a"; "Texans": "tex" + "as"; "Mexican": "mexic" + "o"), one pair a row, in
    /// four tables by the suffix's last byte (s, r, n, e).
    /// With each pair, the index of the next suffix's first pair: a suffix that does not match is
    /// passed over with all its endings.
    static func residentPairs74(_ rows: [(String, [String])]) -> [(suffix: Packed74, restore: Packed74, next: Int)] {
        var out: [(suffix: Packed74, restore: Packed74, next: Int)] = []
        for row in rows {
            let next = out.count + row.1.count
            for r in row.1 { out.append((Packed74(row.0), Packed74(r), next)) }
        }
        return out
    }
    static let residentPairsS74 = residentPairs74([
        ("siders", [""]), ("ians", ["", "a", "ia", "y", "e"]), ("ans", ["", "a", "as", "o", "e"]),
        ("ers", ["", "e"]), ("ites", ["", "e"]), ("ns", ["", "s"]), ("is", [""]),
    ])
    static let residentPairsR74 = residentPairs74([("sider", [""]), ("er", ["", "e"])])
    static let residentPairsN74 = residentPairs74([("ian", ["", "a", "ia", "y", "e"]), ("an", ["", "a", "as", "o", "e"])])
    static let residentPairsE74 = residentPairs74([("ese", ["", "a", "o"])])

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
            guard !listed, raw[best].tokenCount <= 3, EntityMerger.mayBeResidentNoun74(raw, best) else { continue }
            if isResidentNoun74(raw[best].key) { groups[g].members = [] }
        }
    }

    /// The byte gate, read in place before any call: a key of five bytes or more ending in s, r, n
    /// or e (the suffixes' last letters), written with a capital. The mention is read through
    /// the array (passing it was a retain and a release per group; speed round forty-one).
    @inline(__always)
    static func mayBeResidentNoun74(_ raw: [RawMention], _ b: Int) -> Bool {
        let keyText = raw[b].key
        let key = keyText.utf8.span
        guard key.count >= 5 else { return false }
        let last = key[key.count - 1]
        guard last == 115 || last == 114 || last == 110 || last == 101 else { return false }
        let nameText = raw[b].name
        let name = nameText.utf8.span
        return !name.isEmpty && name[0] >= 65 && name[0] <= 90
    }

    /// A resident noun of a listed place: "oklahomans" ("oklahoma" + "ns"), "new yorkers",
    /// "sydneysiders", "nepalis". The key itself must name nothing listed, and the stem keeps
    /// three letters or more. The stem and its ending are hashed on the key's bytes and checked
    /// against the known names' hash filter; a `String` is built only for a hash the table holds.
    func isResidentNoun74(_ key: String) -> Bool {
        let bytes = key.utf8.span
        guard bytes.count >= 5 else { return false }
        let pairs: [(suffix: Packed74, restore: Packed74, next: Int)]
        switch bytes[bytes.count - 1] {
        case 115: pairs = EntityMerger.residentPairsS74
        case 114: pairs = EntityMerger.residentPairsR74
        case 110: pairs = EntityMerger.residentPairsN74
        case 101: pairs = EntityMerger.residentPairsE74
        default: return false
        }
        // The stem of the last suffix matched (two suffixes of one length, "ans" and "ers", differ).
        var stemLength = -1, stemSuffix: UInt64 = 0, stemHash: UInt64 = 0
        var p = 0
        while p < pairs.count {
            let suffix = pairs[p].suffix
            let length = bytes.count - suffix.count
            guard length >= 3 else { p = pairs[p].next; continue }
            if length != stemLength || suffix.bytes != stemSuffix {
                var matches = true
                for k in 0..<suffix.count where bytes[length + k] != suffix.byte(k) { matches = false; break }
                guard matches else { p = pairs[p].next; continue }
                stemLength = length
                stemSuffix = suffix.bytes
                stemHash = FNV1a.run(FNV1a.seed, bytes, 0..<length)
            }
            let restore = pairs[p].restore
            p += 1
            var h = stemHash
            for k in 0..<restore.count { h = FNV1a.step(h, restore.byte(k)) }
            let hash = FNV1a.finish(h)
            guard shared.mayBeKnown(hash: hash) else { continue }
            var name = Array(key.utf8.prefix(length))
            for k in 0..<restore.count { name.append(restore.byte(k)) }
            guard shared.known(String(decoding: name, as: UTF8.self), hash: hash)?.kind == .place else { continue }
            return shared.known(key) == nil
        }
        return false
    }
}
