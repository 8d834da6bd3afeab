/// Agency round thirty-three (agencies33, twenty-second session): a body's unit named by common
/// capitalised words and a closing unit word ("the Air Operations Division", "the State Law
/// Enforcement Division", "the Compliance and Monitoring Division",
/// "the Criminal Investigation Branch"). See `docs/extraction-history.md`, "agencies33".
///
/// "Division" and "Branch" are no organisation heads (`org-heads.txt`): after a place's name they
/// close a place ("in Lubaga Division", "the new Gujrat Division"; agencies22 tried "division" as a
/// head and dropped it for those). Named by common words only they are a body's unit in every
/// learning article. Two causes lost them:
/// 1. the run was split at its "and" (`splitAtConnectors`: a run without an organisation head keeps
///    no connector), leaving "Monitoring Division";
/// 2. the learned typer dropped the once-mentioned unit ("a video from the Air Operations Division
///    showing …"), as it did the units after a possessive (`Units27.swift`).
/// So such a run keeps its "and", and an organisation with a mention of that shape is left to the
/// rules (`isCommonWordUnit33`, read by `isTypingExempt`). The shape: two tokens or more, the last a
/// capitalised word of `unit-closers.txt`, every other a capitalised common word that is no listed
/// name, given name, city, state or compass word ("Central Division" of Kampala is a place; a
/// title's word may stand),
/// or an inner "and" between two of them. A mention right after a capitalised word other than "the"
/// is a name cut short ("The State | Law Enforcement Division") and is not exempt.
extension EntityRecognizer {
    static let unitClosers33 = WordSet(Lexicon.shared.unitClosers33)
    /// Words of a direction: "Central Division", "North Division" name a place's part.
    static let compassUnits33: WordSet = ["north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
                                          "northeast", "northwest", "southeast", "southwest", "upper", "lower", "middle"]

    /// Whether tokens `lo..<hi` are common capitalised words (an inner "and" allowed) closed by a
    /// unit word.
    static func isCommonWordUnit33(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Bool {
        let view = tokens.span
        guard lo >= 0, hi - lo >= 2, hi <= view.count, view[hi - 1].kind == .word, view[hi - 1].isCapitalized,
            unitClosers33.contains(tokens, at: hi - 1)
        else { return false }
        for k in lo..<(hi - 1) {
            if view[k].kind == .word, !view[k].isCapitalized, view[k].key == "and", k > lo, k + 1 < hi - 1 { continue }
            guard view[k].kind == .word, view[k].isNameLike, view[k].isCapitalized, !view[k].isAllCaps, view[k].flags.contains(.common),
                view[k].flags.isDisjoint(with: [.known, .givenName, .city, .state]),
                !compassUnits33.contains(tokens, at: k)
            else { return false }
        }
        return true
    }
}

extension EntityMerger {
    /// Whether organisation `group` has a mention that is a unit named by common words (above).
    func isCommonWordUnit33(_ group: Group, _ raw: [RawMention]) -> Bool {
        guard group.type == .agency else { return false }
        let tokens = doc.tokens
        for i in group.members.prefix(EntityMerger.mentionsRead) where raw[i].tokenCount >= 2 {
            guard let t = doc.tokenIndex(of: raw[i]) else { continue }
            // "The State | Law Enforcement Division": a name cut after a capitalised word is left
            // to the typer (kept, the cut name was a false positive).
            if t > 0, tokens.span[t - 1].kind == .word, tokens.span[t - 1].isCapitalized, tokens.span[t - 1].key != "the" { continue }
            if EntityRecognizer.isCommonWordUnit33(tokens, t, t + raw[i].tokenCount) { return true }
        }
        return false
    }
}
