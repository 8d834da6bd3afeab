/// Entities round fifty (news outlets): the guidelines type outlets, broadcasters and wire
/// services as agencies, and articles name them in a few shared ways whatever the country:
///
/// - a listed outlet (`outlets.txt`, read by the `Lexicon` like `agencies.txt`): "Bernama",
///   "News18", "The Hindu", "Newstalk ZB";
/// - a name whose last word is an outlet's, a masthead's or a station's head ("Kiri FM", "the
///   Coast Herald", "the Antrim Guardian") after "told", "on" (a station), "according to", "in an
///   interview with", "reported by", or before "reported", "reports", "understands", "has learned";
/// - "told the X" and "The X understands": a newspaper named by its masthead word ("told the
///   Chronicle"; a person is never "the Smith");
/// - "a/an/the X reporter" (correspondent, journalist, columnist, presenter, affiliate):
///   "a Sunrise TV reporter", "an ABC affiliate" (a place there stays a place: "a Washington
///   correspondent").
///
/// A person after a bare "told" ("told Smith") keeps its type: that cue needs the head word.
/// A pass over the finished mentions (never inside `processSpan`) retypes by the cue and drops
/// closing wire credits ("… said. ― Bernama"); the same cue keeps a station's "TV" that the
/// `nonentity-acronyms` trim would cut ("told Harbourside TV"), keeps a lone masthead word from
/// the merger's common-word filter ("told the Courier") and exempts the group from the learned
/// typer (`hasTypingCue`).
extension EntityRecognizer {
    /// Retypes the mentions an outlet's cue names (see above). Reads fields in place.
    mutating func retypeNewsOutlets50() {
        // "… the companies said. ― Bernama": a closing wire credit gives nothing (guidelines).
        var drop: [Int] = []
        let bytes = doc.bytes
        for m in mentions.indices where mentions[m].type == .agency && mentions[m].tokenCount <= 3
            && EntityRecognizer.mayFollowDash50(bytes, before: mentions[m].start) && isClosingCredit50(m)
        {
            drop.append(m)
        }
        for n in drop.reversed() { mentions.remove(at: n) }
        // The tokens bound once: `doc.isOutletCue50` copied the document (six buffers retained
        // and released) on each of some 7,900 calls a round (speed40), and a copy of the document
        // once an article cost the same six (speed round fifty-one).
        let tokens = doc.tokens
        for m in mentions.indices where mentions[m].type != .agency && !mentions[m].isCanonical && mentions[m].tokenCount <= 4 {
            guard mentions[m].type != .place || mentions[m].tokenCount > 1 || !isListedPlaceWord50(mentions[m]) else {
                continue
            }
            guard let lo = mentionTokenIndex51(tokens, m) else { continue }
            let hi = lo + mentions[m].tokenCount
            guard hi <= tokens.count, tokens[hi - 1].end == mentions[m].end else { continue }
            if Document.isOutletCue50(tokens, lo, hi, type: mentions[m].type) { mentions[m].type = .agency }
        }
    }

    /// The outlets of a dateline's bracketed source, one mention each where a slash joins them
    /// ("(KTAB/KRBC)", "(3TV/CBS 5)": the guidelines make both outlets agencies).
    mutating func addDatelineSources50(_ range: Range<Int>) {
        var lo = range.lowerBound
        for k in range.lowerBound...range.upperBound where k == range.upperBound || doc.tokens[k].key == "/" {
            if k > lo, !isDatelineCreditName61(lo..<k) {
                let key = joinedKeys(lo..<k)
                let known = input.shared.known(key)
                let name = known?.canonical ?? Document.text(doc.bytes, doc.tokens[lo].start, doc.tokens[k - 1].end)
                addMention(.agency, name: name, range: lo..<k, canonical: known != nil)
            }
            lo = k + 1
        }
    }

    /// A byte test before `isClosingCredit50`'s token look-up: false only when the last byte
    /// before `start` that is no white space is ASCII and no hyphen (a dash keyed "-" is "-" or
    /// a byte past ASCII).
    @inline(__always)
    static func mayFollowDash50(_ bytes: [UInt8], before start: Int) -> Bool {
        var k = start - 1
        while k >= 0, Document.isSpace26(bytes[k]) { k -= 1 }
        return k >= 0 && (bytes[k] == 45 || bytes[k] >= 0x80)
    }

    /// Whether the mention is a credit closing its paragraph: a dash after the sentence's end
    /// (or opening the line), the name, then the line's end.
    private func isClosingCredit50(_ m: Int) -> Bool {
        guard let lo = doc.tokenIndex(of: mentions[m]), lo >= 1 else { return false }
        let tokenList = doc.tokens
        let t = tokenList.span
        let hi = lo + mentions[m].tokenCount
        guard hi <= t.count, t[lo - 1].key == "-", t[lo - 1].end < t[lo].start else { return false }
        // The line ends after the name.
        let lineEnd = hi == t.count ? doc.bytes.count : t[hi].start
        guard t[hi - 1].end <= lineEnd, doc.bytes[t[hi - 1].end..<lineEnd].contains(10) || hi == t.count else { return false }
        // The dash follows a sentence's end or opens the line.
        if lo == 1 { return true }
        let before = t[lo - 2]
        if doc.bytes[before.end..<t[lo - 1].start].contains(10) { return true }
        return before.key == "." || before.key == "!" || before.key == "?" || before.key == "”" || before.key == "\""
    }

    private func isListedPlaceWord50(_ mention: RawMention) -> Bool {
        guard let i = doc.tokenIndex(of: mention) else { return false }
        return !doc.tokens[i].flags.isDisjoint(with: [.city, .state, .known])
    }
}

extension Document {
    /// Last words of a station's or a site's name: "Sunrise TV", "Kiri FM", "Star Online".
    static let stationHeads50: WordSet = ["tv", "radio", "fm", "television", "online", "newsroom", "digital"]
    /// Mastheads' last words beyond `outletHeads`: "the Antrim Guardian", "the Coast Courier".
    static let mastheadHeads50: WordSet = [
        "guardian", "mail", "mirror", "express", "courier", "advertiser", "echo", "argus", "mercury", "ledger",
        "bulletin", "monitor", "leader", "standard", "independent", "citizen",
    ]
    /// Words after a name that make it an outlet's: "the Chronicle understands", "dpa reported".
    static let reportVerbs50: WordSet = ["reported", "reports", "understands", "quoted"]
    /// Staff and partners of an outlet named before them: "a Sunrise TV reporter".
    static let staffNouns50: WordSet = [
        "reporter", "reporters", "correspondent", "journalist", "journalists", "columnist", "presenter", "affiliate",
    ]
    /// "reported by X", "quoted by X", "interview with X", "spoke to X".
    static let agentPrepositions50: WordSet = ["by", "with", "to"]
    static let agentVerbs50: WordSet = ["reported", "quoted", "interview", "spoke", "speaking", "published"]

    /// Whether the name `lo..<hi` (typed `type` so far) stands where articles name an outlet.
    @inline(__always)
    func isOutletCue50(_ lo: Int, _ hi: Int, type: EntityType) -> Bool { Document.isOutletCue50(tokens, lo, hi, type: type) }

    /// `isOutletCue50` on the document's `tokens` alone: `retypeNewsOutlets50` binds the token
    /// array (one buffer retained) where it copied the whole document (six buffers retained and
    /// released, once an article; speed round fifty-one).
    static func isOutletCue50(_ tokens: [Token], _ lo: Int, _ hi: Int, type: EntityType) -> Bool {
        let t = tokens.span
        guard lo < hi, hi <= t.count else { return false }
        // The sets read only where their literal filters (`Bits42`) let the word through.
        let headed = WordSet.mayHold(Bits42.stationHeads50, tokens, at: hi - 1) && Document.stationHeads50.contains(tokens, at: hi - 1)
            || hi - lo >= 2
                && (WordSet.mayHold(Bits42.outletHeads, tokens, at: hi - 1) && EntityRecognizer.outletHeads.contains(tokens, at: hi - 1)
                    || WordSet.mayHold(Bits42.mastheadHeads50, tokens, at: hi - 1) && Document.mastheadHeads50.contains(tokens, at: hi - 1))
        // Most names have no cue at all: ruled out by key hashes (`OutletCueFilter.swift`).
        guard Document.mayBeOutletCue50(tokens, lo, hi, headed: headed) else { return false }
        // "the Chronicle", "The Chronicle understands": the article before the name or inside it.
        let openedByThe = lo >= 1 && t[lo - 1].kind == .word && t[lo - 1].key == "the"
        let startsWithThe = t[lo].key == "the"
        if lo >= 1, t[lo - 1].kind == .word {
            let before = t[lo - 1].key
            // "told Sunrise TV", "told the Chronicle" (never a bare "told Smith").
            if before == "told", headed { return true }
            // "said on Harbour TV", "a debate on Coast Radio": a station's head only.
            if before == "on", Document.stationHeads50.contains(tokens, at: hi - 1), hi - lo >= 2 { return true }
            if openedByThe, lo >= 2, t[lo - 2].kind == .word, t[lo - 2].key == "told", type != .place || headed { return true }
            if headed, lo >= 2, t[lo - 2].kind == .word {
                let two = t[lo - 2].key
                // "according to Kiri FM", "reported by Sunrise TV", "an interview with Coast TV".
                if before == "to", two == "according" { return true }
                if Document.agentPrepositions50.contains(tokens, at: lo - 1), Document.agentVerbs50.contains(tokens, at: lo - 2) {
                    return true
                }
            }
            // "a Sunrise TV reporter", "an ABC affiliate": a place stays a place ("a Kenya correspondent").
            if type != .place, hi < t.count, Document.staffNouns50.contains(tokens, at: hi),
                EntityMerger.articles.contains(tokens, at: lo - 1)
            {
                return true
            }
        }
        guard hi < t.count, t[hi].kind == .word else { return false }
        // "The Chronicle understands", "Coast FM reported", "Kiri FM has learned".
        let after = Document.reportVerbs50.contains(tokens, at: hi)
            || t[hi].key == "has" && hi + 1 < t.count && (t[hi + 1].key == "learned" || t[hi + 1].key == "learnt")
        guard after else { return false }
        return headed || (startsWithThe || openedByThe) && type != .place && t[hi].key != "quoted"
    }
}
