/// Entities round sixty (organisation precision on the learning sets, agency60). Two kinds of
/// false organisation the span rules leave, each told by the run's own words:
///
/// - **a geographic name typed by default**: an unlisted run typed an organisation only because
///   nothing else claimed it, opened by a feature word that leads a place's name ("the River
///   Ouse", "Lake Superior", "Mount Kenya", "Loch Ness") or closed by one `place-heads.txt` does
///   not hold because it names bodies elsewhere or is a plural ("the Front Range", "the Twin
///   Cities", "Ballyogan Vale", "Sterling Gardens", "Blair Estates", "Colombo Fort"), is a place.
///   A run holding "of" or a body's head ("Lake County Board", "Vale Council") is left alone.
/// - **a body cut before its head**: the title split leaves "Dhaka Metropolitan" of "Dhaka
///   Metropolitan Magistrate Nurul Huda" and "Colombo Additional" of "the Colombo Additional
///   Magistrate …", and a lower-case head ends "the Suva High court". A body ending in a modifier
///   that never ends a name ("Metropolitan", "Additional", "High", "Special") runs on over up to
///   three capitalised words to a body's head right after it ("Punjab Police Special Operation
///   Cell"); without one, before a title or a lower-case head ("the Suva High court", written
///   whole elsewhere), the fragment is no body and is dropped.
///
/// A pass over the finished mentions after round fifty-nine's: a byte test of each default-typed
/// organisation's first and last word, token reads only for the few that pass.
extension EntityRecognizer {
    /// Words that open a place's name before it ("River Ouse", "Lake Superior"): the lead's
    /// `headFirstPlaceWords` (`NaturalPlaces.swift`, any two-word run) and two that are also
    /// given names, safe only for runs already typed by default ("Isle of Man", "Glen Coe").
    static let leadingPlaceHeads60: WordSet = [
        "river", "lake", "mount", "mt.", "loch", "lough", "isle", "glen", "cape",
    ]
    /// Words that close a place's name and are not in `place-heads.txt` (each names a body or a
    /// thing in some other use, so only default-typed runs take them).
    static let trailingPlaceHeads60: WordSet = [
        "range", "ranges", "vale", "gardens", "estates", "cities", "fort", "moor", "downs",
    ]
    /// Modifiers that never end a body's name: a run ending in one was cut before its head.
    static let cutModifiers60: WordSet = [
        "metropolitan", "additional", "special", "high", "senior", "chief", "deputy", "assistant", "joint",
        "acting", "principal", "superior", "supreme",
    ]
    /// Heads a cut body's run may reach that `org-heads.txt` does not flag (a police unit's "Cell").
    static let extraBodyHeads60: WordSet = ["cell", "wing", "squad", "bench"]

    /// The pass: geographic names become places, cut bodies take their head or go.
    mutating func applyAgencyPrecision60() {
        let tokens = doc.tokens
        var drop: [Int] = []
        for m in mentions.indices where mentions[m].type == .agency && !mentions[m].isCanonical && mentions[m].acronym == nil {
            let count = mentions[m].tokenCount
            guard count <= 6, let lo = doc.tokenIndex(of: mentions[m]) else { continue }
            let hi = lo + count
            guard hi <= tokens.count, tokens[hi - 1].end == mentions[m].end else { continue }
            if mentions.isDefaultTyped(m) || mentions[m].rule == TypingRule.ofRun, isGeographicRun60(lo, hi) {
                mentions[m].becomeCuedPlace()
                continue
            }
            guard count >= 2, tokens[hi - 1].isCapitalized, EntityRecognizer.cutModifiers60.contains(tokens, at: hi - 1),
                hi < tokens.count, tokens[hi].kind == .word, tokens[hi].sentence == tokens[hi - 1].sentence,
                tokens[hi].start == tokens[hi - 1].end + 1
            else { continue }
            if !tokens[hi].isCapitalized {
                // "the Suva High court": the body is written whole where it is capitalised.
                if tokens[hi].flags.contains(.orgHead) { drop.append(m) }
            } else if let head = bodyHeadAfterCut60(hi) {
                mentions[m].recut(start: mentions[m].start, end: tokens[head].end, tokenCount: head + 1 - lo, bytes: doc.bytes)
            } else if tokens[hi].flags.contains(.title) || tokens[hi].flags.contains(.titleWord) {
                drop.append(m)
            }
        }
        for n in drop.reversed() { mentions.remove(at: n) }
    }

    /// A run of capitalised words, none a body's head and no "of", opened by a leading place head
    /// with a word after it, or closed by a trailing one.
    private func isGeographicRun60(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        let leads = hi - lo >= 2 && EntityRecognizer.leadingPlaceHeads60.contains(tokens, at: lo)
        let trails = hi - lo >= 2 && EntityRecognizer.trailingPlaceHeads60.contains(tokens, at: hi - 1)
        guard leads || trails else { return false }
        for k in lo..<hi {
            let t = tokens[k]
            guard t.kind == .word, t.isCapitalized, !t.flags.contains(.orgHead), !t.flags.contains(.policyHead),
                !t.flags.contains(.eventHead), t.key != "of"
            else { return false }
        }
        return true
    }

    /// The token of a body's head within three capitalised words from `k` ("Special Operation
    /// Cell", "Metropolitan Magistrate Court"), or nil.
    private func bodyHeadAfterCut60(_ k: Int) -> Int? {
        let tokens = doc.tokens
        var j = k
        while j < min(k + 3, tokens.count), tokens[j].kind == .word, tokens[j].sentence == tokens[k].sentence,
            j == k || tokens[j].start == tokens[j - 1].end + 1
        {
            guard tokens[j].isCapitalized else { return nil }
            if tokens[j].flags.contains(.orgHead) || EntityRecognizer.extraBodyHeads60.contains(tokens, at: j) { return j }
            // A title may open the rest ("Magistrate Court"), never follow a word of it.
            guard j == k || !tokens[j].flags.contains(.title) else { return nil }
            j += 1
        }
        return nil
    }
}
