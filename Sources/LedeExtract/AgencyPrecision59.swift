/// Entities round fifty-nine (organisation precision on fresh text): a body whose name ends in a
/// number. The span rules stop a run of capitals at a number, so "Quezon City Regional Trial
/// Court Branch 91", "Johnson Superior Court 1 Judge …" and the stations "WOOD-TV 8" and "FOX 17"
/// lost their number, and the body kept a name no one writes.
///
/// - **a numbered unit**: an organisation ending in a head that courts, police and armies number
///   ("Branch", "Court", "Zone", "Precinct", "Battalion" …) runs on over a number of one to three
///   digits right after it, unless the number opens a score, a count or a range ("the Supreme
///   Court 6 to 3", "Court 5-4", "Zone 2 percent").
/// - **a numbered station**: a lone call sign (capitals, or a name ending in "-TV") right before a
///   channel number of one or two digits is the station ("FOX 17 in Grand Rapids", "WOOD-TV 8
///   reported"); after the number only punctuation, a preposition or a speech verb ("the FBI
///   10 days ago" keeps its own name; "WBBJ 7 Eyewitness News" is left to the span rules).
///
/// A country's style is the country: "the Republic of Ireland", "the United Republic of Tanzania"
/// (a listed country after "Republic of", only capitalised words before "Republic") were typed
/// bodies by their head word "Republic".
///
/// A pass over the finished mentions after round fifty-two's: a few token reads for each
/// organisation, and more only for the few a number follows or "Republic" opens.
extension EntityRecognizer {
    /// Heads a body numbers after its name.
    static let numberedHeads59: WordSet = [
        "court", "branch", "zone", "precinct", "battalion", "brigade", "regiment", "squadron", "platoon", "division",
        "station", "unit", "district", "ward", "lodge",
    ]
    /// Lower-case words that may follow a station's number ("FOX 17 in Grand Rapids").
    static let afterChannel59: WordSet = [
        "in", "on", "at", "and", "news", "reported", "reports", "said", "says", "meteorologist", "reporter", "first",
    ]
    /// Words after a number that make it a score, a count, a range or a share, not a name's.
    static let notANameNumber59: WordSet = [
        "to", "-", "%", "percent", "per", "of", "out", "votes", "vote", ":", "/", "times", "years", "days",
    ]

    /// The pass: numbered units and stations take their number.
    mutating func applyAgencyPrecision59() {
        let tokens = doc.tokens
        let bytes = doc.bytes
        let hasRepublic = doc.flagUnion.contains(.republic59)
        for m in mentions.indices where mentions[m].type == .agency && mentions[m].tokenCount <= 12 {
            // Told from the bytes first, before the token search: a space and a digit after the
            // name, or "Republic " inside a run of three words or more.
            let end = mentions[m].end
            let numbered = end + 1 < bytes.count && bytes[end] == 32 && bytes[end + 1] >= 48 && bytes[end + 1] <= 57
            var republic = false
            // Only an article with a token "Republic" can hold one (the flag; speed round forty-one).
            if !numbered, mentions[m].tokenCount >= 3, hasRepublic {
                // "Republic" opens one of the first three words (after the start or a space).
                var p = mentions[m].start, words = 0
                while p + 9 <= end, words < 3, !republic {
                    if p == mentions[m].start || bytes[p - 1] == 32 {
                        words += 1
                        republic = bytes[p] == 82 && bytes[p + 1] == 101 && bytes[p + 2] == 112 && bytes[p + 3] == 117
                            && bytes[p + 4] == 98 && bytes[p + 5] == 108 && bytes[p + 6] == 105 && bytes[p + 7] == 99
                            && bytes[p + 8] == 32
                    }
                    p += 1
                }
            }
            guard numbered || republic else { continue }
            guard let lo = doc.tokenIndex(of: mentions[m]) else { continue }
            let hi = lo + mentions[m].tokenCount
            if hi - lo >= 3, isCountryStyle59(lo, hi) {
                mentions[m].becomeCuedPlace()
                continue
            }
            guard hi < tokens.count, tokens[hi - 1].end == mentions[m].end, tokens[hi].kind == .number,
                isChannelNumber59(hi), tokens[hi].start == tokens[hi - 1].end + 1,
                doc.bytes[tokens[hi - 1].end] == 32,
                tokens[hi].sentence == tokens[hi - 1].sentence
            else { continue }
            let next = hi + 1 < tokens.count && tokens[hi + 1].start <= tokens[hi].end + 1 ? hi + 1 : nil
            // The word after the number: none, or one that makes the number a count or a score.
            if let n = next, EntityRecognizer.notANameNumber59.contains(tokens, at: n) { continue }
            let takes: Bool
            if EntityRecognizer.numberedHeads59.contains(tokens, at: hi - 1), tokens[hi - 1].isCapitalized {
                takes = true
            } else if hi - lo >= 2, endsInCapitalisedPreposition69(hi - 1) {
                // "The News On 6": a name never ends in a preposition (`Merges69.swift`).
                takes = true
            } else if hi - lo == 1, tokens[hi].key.utf8.count <= 2, isCallSign59(hi - 1) {
                takes = next.map {
                    tokens[$0].kind == .punct || EntityRecognizer.afterChannel59.contains(tokens, at: $0)
                } ?? true
            } else {
                takes = false
            }
            guard takes else { continue }
            mentions[m].recut(start: mentions[m].start, end: tokens[hi].end, tokenCount: hi + 1 - lo, bytes: doc.bytes)
        }
    }

    /// One to three digits, no point or comma ("91", "8"; not "2024", "3.5").
    private func isChannelNumber59(_ k: Int) -> Bool {
        let key = doc.tokens[k].key.utf8
        return key.count <= 3 && key.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// A broadcaster's call sign: three to five capitals ("FOX", "KARE") or a name ending in "-TV".
    private func isCallSign59(_ k: Int) -> Bool {
        let t = doc.tokens[k]
        guard t.kind == .word else { return false }
        if t.key.hasSuffix("-tv") { return true }
        return t.isAllCaps && !t.isAbbreviation && (3...5).contains(t.key.utf8.count)
    }

    /// "[United] Republic of [the] X" naming a listed country X: the run is the country's style.
    private func isCountryStyle59(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard let r = (lo..<min(hi, lo + 3)).first(where: { tokens[$0].key == "republic" }), r + 2 < hi, tokens[r + 1].key == "of"
        else { return false }
        for k in lo..<r where !(tokens[k].kind == .word && tokens[k].isCapitalized) || tokens[k].flags.contains(.policyHead)
            || tokens[k].flags.contains(.orgHead) { return false }
        let from = tokens[r + 2].key == "the" ? r + 3 : r + 2
        guard from < hi else { return false }
        let key = Lexicon.key(Document.text(doc.bytes, tokens[from].start, tokens[hi - 1].end))
        return lexicon.countryNames.contains(key)
    }
}
