/// Entities round fifty-two (entities52, organisation precision on fresh text): two kinds of
/// run that the span rules typed organisations but that name no body.
///
/// - **a title's portfolio**: the subjects of an office ("Commissioner for Local Government,
///   Chieftaincy Affairs, and Internal Security", "the Road Transport and Bridges Minister",
///   "Head of Financial Markets") are capitalised common words, no body's name. A run of one to
///   four such words (no body's head word, no listed or unlisted name, no acronym) that a title
///   governs — a title and "for", "of" or a comma before it, across the other subjects of the
///   list, or a title right after the list — is dropped.
/// - **a title opening a run**: "Director-General of KURA", "CEO of Verity Analytics",
///   "Coordinating Minister of Political" (cut at a comma). Round thirty-four
///   (`OfficeTitleRuns.swift`) keeps the run whole when the name after "of" is not a listed
///   name or a body with a head word; here an acronym after the title is the body, a company
///   leader's title ("CEO of …") leaves the company, and a remainder of common words alone names
///   nothing and is dropped.
///
/// A local government area after a locative ("within the City of Swan") is a place.
///
/// A pass over the finished mentions (never inside `processSpan`): it reads organisations of
/// one to nine words only, and for most of them one flag test per word.
extension EntityRecognizer {
    /// Words that join the subjects of one portfolio ("Local Government, Chieftaincy Affairs,
    /// and Internal Security").
    static let portfolioJoints52: WordSet = [",", "and", "&"]
    /// Words that join a title to its portfolio ("Commissioner for Works", "Head of Research").
    static let portfolioOpeners52: WordSet = ["for", "of"]
    /// Titles of a company's leaders: the name after "of" is the company.
    static let companyLeaders52: WordSet = [
        "ceo", "cfo", "coo", "cto", "founder", "co-founder", "chairman", "chairwoman", "chairperson",
    ]

    /// The pass: portfolio subjects dropped, title-led runs cut to their body or dropped.
    mutating func applyAgencyPrecision52() {
        let count = mentions.count
        guard count > 0 else { return }
        var drop: [Int] = []
        let tokens = doc.tokens
        for m in 0..<count where mentions[m].type == .agency && mentions[m].tokenCount <= 24 {
            guard !mentions[m].isCanonical, let lo = doc.tokenIndex(of: mentions[m]) else { continue }
            let hi = lo + mentions[m].tokenCount
            guard hi <= tokens.count, tokens[hi - 1].end == mentions[m].end else { continue }
            if hi - lo >= 3, let cut = sessionRemainder52(lo, hi) {
                if cut < hi {
                    mentions[m].recut(start: tokens[cut].start, end: mentions[m].end, tokenCount: hi - cut, bytes: doc.bytes)
                } else {
                    drop.append(m)
                }
                continue
            }
            guard hi - lo <= 9 else { continue }
            // "Department of Coastal Defense Officer-in-Charge": a hyphened title (no list flag,
            // so round thirty-four's cut missed it) closing a body's name.
            // "The Office of the Auditor-General" is named after its title: a capitalised word must
            // come before the title.
            if hi - lo >= 3, isHyphenedTitle52(hi - 1), tokens[hi - 2].kind == .word, tokens[hi - 2].isCapitalized,
                (lo..<(hi - 1)).contains(where: { tokens[$0].flags.contains(.orgHead) })
            {
                mentions[m].recut(start: mentions[m].start, end: tokens[hi - 2].end, tokenCount: hi - 1 - lo, bytes: doc.bytes)
                continue
            }
            if hi - lo >= 3, isLocalAreaAfterLocative52(lo) {
                mentions[m].becomeCuedPlace()
                continue
            }
            if let t = titleOpening52(lo, hi) {
                switch titleLedRemainder52(t, hi) {
                case .drop: drop.append(m)
                case .body(let from):
                    mentions[m].recut(start: tokens[from].start, end: mentions[m].end, tokenCount: hi - from, bytes: doc.bytes)
                    // What read the whole run as in a place ("… of the") does not hold for the body.
                    mentions[m].inPlaceContext = false
                    mentions[m].afterLocative = false
                case .keep: break
                }
                continue
            }
            if hi - lo <= 4, mentions[m].acronym == nil, let fromLeft = governingTitleSide52(lo, hi), isSubjectRun52(lo, hi, unlisted: fromLeft) {
                drop.append(m)
            }
        }
        for n in drop.reversed() { mentions.remove(at: n) }
    }

    /// Heads of a local government area named "<head> of X".
    static let localAreaHeads52: WordSet = ["city", "shire", "county", "municipality", "borough", "district", "town"]
    /// Words before "the" that make the area a place ("within the Shire of X").
    static let areaLocatives52: WordSet = ["in", "within", "inside", "across", "throughout", "around", "near"]

    /// "within the City of Swan", "in the County of Nairobi": a local government area named after
    /// a locative is the area, a place (the DevSet README: "the city of X" acting is the body).
    private func isLocalAreaAfterLocative52(_ lo: Int) -> Bool {
        let tokens = doc.tokens
        guard lo >= 2, lo + 1 < tokens.count, tokens[lo + 1].key == "of", tokens[lo].isCapitalized,
            EntityRecognizer.localAreaHeads52.contains(tokens, at: lo), tokens[lo - 1].key == "the"
        else { return false }
        return EntityRecognizer.areaLocatives52.contains(tokens, at: lo - 2)
    }

    /// A title word written with a capital: a listed title ("Commissioner", "CEO"), "Head", or a
    /// hyphened title whose part is listed ("Director-General", "Vice-Chairman").
    func isTitle52(_ k: Int) -> Bool {
        // Fields read in place (`let t = doc.tokens[k]` copied the token: speed round twenty-eight).
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard view[k].kind == .word, view[k].isCapitalized, !view[k].flags.contains(.known) else { return false }
        if view[k].flags.contains(.title) || view[k].key == "head" { return true }
        return isHyphenedTitle52(k)
    }

    /// "Director-General", "Officer-in-Charge": a capitalised hyphened word one of whose parts
    /// is a listed title.
    func isHyphenedTitle52(_ k: Int) -> Bool {
        // In place, and the hyphen found through a `Span`: `utf8.contains(45)` took the generic
        // sequence path, about 250 instructions a word (speed round twenty-eight).
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard view[k].kind == .word, view[k].isCapitalized, !view[k].flags.contains(.known), view[k].hyphens.contains(.inKey) else { return false }
        return view[k].key.split(separator: "-").contains { lexicon.has(.title, String($0)) }
    }

    /// Capitalised subject words only (`isSubjectWord52`), the last a common word, and no word a
    /// body's head unless it is also a portfolio's subject ("Financial Markets", "Health"). An
    /// unlisted word ("Chieftaincy Affairs") only where `unlisted` (a title and "for" before the
    /// run): a name before a title ("Asokwa Municipal Chief Executive") is a place's.
    private func isSubjectRun52(_ lo: Int, _ hi: Int, unlisted: Bool) -> Bool {
        let tokens = doc.tokens
        guard tokens[hi - 1].flags.contains(.common) else { return false }
        for k in lo..<hi {
            guard isSubjectWord52(k), unlisted || tokens[k].flags.contains(.common) else { return false }
            if tokens[k].flags.contains(.orgHead), !EntityRecognizer.subjectHeads52.contains(tokens, at: k) { return false }
        }
        return true
    }

    /// Body's head words that are also the subjects of portfolios and trades.
    static let subjectHeads52: WordSet = [
        "services", "service", "health", "financial", "market", "markets", "energy", "media", "capital", "industries",
        "enterprises", "news",
    ]

    /// A title governs the run: "Commissioner for A, B, and <run>", "Commissioner, A and <run>",
    /// "Head of <run>" before it (true), or "<run> and B Minister" after it (false: a list, so
    /// "the Municipal Elections Officer" alone is no portfolio); nil when none does. Other
    /// subjects of the list may sit between; at most ten tokens are read before, eight after.
    private func governingTitleSide52(_ lo: Int, _ hi: Int) -> Bool? {
        let tokens = doc.tokens
        var k = lo - 1
        var steps = 0
        let view = tokens.span
        // The sets behind their literal filters and the marks by their stored hashes first
        // (speed round forty-three: a `swift_once` call and a string compare a word before).
        let commaHash = TemporalTagger.commaHash
        while k >= 1, steps < 10 {
            // The key read in place: `let t = tokens[k]` copied the token (speed round twenty-eight).
            let isComma = view[k].keyHash == commaHash && view[k].key == ","
            if WordSet.mayHold(Bits43.portfolioOpeners52, tokens, at: k) && EntityRecognizer.portfolioOpeners52.contains(tokens, at: k)
                || isComma
            {
                if isTitle52(k - 1) { return true }
                if !isComma { break }
            } else if !(WordSet.mayHold(Bits43.portfolioJoints52, tokens, at: k) && EntityRecognizer.portfolioJoints52.contains(tokens, at: k)
                || isSubjectWord52(k))
            {
                break
            }
            k -= 1
            steps += 1
        }
        k = hi
        var joined = false
        while k < tokens.count, k - hi < 8 {
            if isTitle52(k) { return joined ? false : nil }
            if view[k].keyHash == Bits43.andHash && view[k].key == "and" || view[k].keyHash == Bits43.ampersandHash && view[k].key == "&" {
                joined = true
            } else if !(isSubjectWord52(k) && tokens[k].flags.contains(.common)) {
                break
            }
            k += 1
        }
        return nil
    }

    /// A capitalised word that may be one of a portfolio's subjects ("Local", "Affairs",
    /// "Chieftaincy"): no acronym, no listed name, title, given name, town or state.
    private func isSubjectWord52(_ k: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        return view[k].kind == .word && view[k].isCapitalized && !view[k].isAllCaps
            && view[k].flags.isDisjoint(with: [.known, .title, .givenName, .city, .state])
    }

    /// Where the title of a title-led run stands: its first word, or after one or two
    /// capitalised common words ("Coordinating Minister of …"); nil when no title opens the run.
    private func titleOpening52(_ lo: Int, _ hi: Int) -> Int? {
        let tokens = doc.tokens
        var k = lo
        while k < min(hi, lo + 3) {
            if isTitle52(k) { return k }
            guard tokens[k].kind == .word, tokens[k].isCapitalized, tokens[k].flags.contains(.common),
                tokens[k].flags.isDisjoint(with: [.known, .givenName, .orgHead])
            else { return nil }
            k += 1
        }
        return nil
    }

    /// A body's sittings (`event-heads.txt` lists them as events; "Conference" and "Council",
    /// which also name bodies, are left out).
    static let sittingWords52: WordSet = ["session", "sessions", "sitting", "sittings", "meeting", "meetings", "week"]
    /// Ordinal words before a legislature's name ("the Eighth Parliament", "the 12th Assembly").
    static let ordinalWords52: WordSet = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth",
    ]

    /// "Session of National Assembly", "the Monsoon Session of Parliament", "the Eighth Week of
    /// the Second Meeting of the Third Session of the Eighth Parliament of Ghana": a sitting, a
    /// meeting or a week of a body is an event (`event-heads.txt`), and the body is what follows
    /// its last "of". Returns where the body starts (`hi` when no body's head follows: drop),
    /// or nil when no event head and "of" are in the run.
    private func sessionRemainder52(_ lo: Int, _ hi: Int) -> Int? {
        let tokens = doc.tokens
        var after: Int? = nil
        for k in lo..<(hi - 2) where tokens[k].isCapitalized && tokens[k + 1].key == "of" && EntityRecognizer.sittingWords52.contains(tokens, at: k) {
            after = k + 2
        }
        guard var from = after else { return nil }
        if tokens[from].key == "the" { from += 1 }
        while from < hi, EntityRecognizer.ordinalWords52.contains(tokens, at: from) || isNumberedOrdinal52(from) { from += 1 }
        guard from < hi, (from..<hi).contains(where: { tokens[$0].flags.contains(.orgHead) }),
            (from..<hi).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].key == "of" || tokens[$0].key == "the" })
        else { return hi }
        return from
    }

    /// "12th", "3rd": digits and an ordinal's letters.
    private func isNumberedOrdinal52(_ k: Int) -> Bool {
        let bytes = doc.tokens[k].key.utf8
        guard let first = bytes.first, first >= 48, first <= 57 else { return false }
        return doc.tokens[k].key.hasSuffix("th") || doc.tokens[k].key.hasSuffix("st") || doc.tokens[k].key.hasSuffix("nd") || doc.tokens[k].key.hasSuffix("rd")
    }

    enum TitleLedRemainder52 { case keep, drop, body(Int) }

    /// "Director-General of KURA" → KURA; "CEO of Verity Analytics" → the company; "Coordinating
    /// Minister of Political" → nothing. Other title-led runs stay as they are.
    private func titleLedRemainder52(_ lo: Int, _ hi: Int) -> TitleLedRemainder52 {
        let tokens = doc.tokens
        var j = lo + 1
        while j < hi, isTitle52(j) || tokens[j].flags.contains(.titleWord) && tokens[j].isCapitalized || tokens[j].key == "-" { j += 1 }
        guard j < hi - 1, tokens[j].key == "of", !tokens[j].isCapitalized else { return .keep }
        var from = j + 1
        if tokens[from].key == "the", from < hi - 1 { from += 1 }
        let rest = from..<hi
        if rest.count == 1, tokens[from].isAllCaps, tokens[from].kind == .word, tokens[from].key.utf8.count >= 2,
            !tokens[from].flags.contains(.nonEntityAcronym)
        {
            return .body(from)
        }
        if isSubjectRun52(from, hi, unlisted: false) { return .drop }
        if j == lo + 1, EntityRecognizer.companyLeaders52.contains(tokens, at: lo),
            rest.allSatisfy({ tokens[$0].isCapitalized && tokens[$0].kind == .word })
        {
            return .body(from)
        }
        // "Head of Public Relations of the Tamsin Regional Police": the portfolio, then the body.
        var p = from
        while p < hi, tokens[p].key != "of" { p += 1 }
        if p > from, p < hi - 1, isSubjectRun52(from, p, unlisted: false) {
            var body = p + 1
            if tokens[body].key == "the", body < hi - 1 { body += 1 }
            if tokens[hi - 1].flags.contains(.orgHead), (body..<hi).allSatisfy({ tokens[$0].isCapitalized && tokens[$0].kind == .word }) {
                return .body(body)
            }
        }
        return .keep
    }
}

extension EntityMerger {
    /// "Roz Henderson said …", "Kennedy Sidera noted …": a two- or three-word name that speaks,
    /// whose last word is a listed surname and whose shape is a person's (`isPersonShapedBody`:
    /// no body's head, no legal form, no listed first word unless a person's), typed an
    /// organisation because its first word is on no given-name list. Round thirty-seven's
    /// `retypeSpokenSurnames` reads the same shape when the surname alone speaks later; here the
    /// full name speaks. Read once per article over the organisation groups, after every typing
    /// stage; a group a cue typed (`typedByEvidence`), a listed or abbreviated one stays.
    @inline(never)
    func retypeSpeakingSurnames52(_ groups: inout [Group], _ raw: [RawMention]) {
        for g in groups.indices where groups[g].type == .agency && !groups[g].members.isEmpty {
            var speaks = false
            var key: String? = nil
            for i in groups[g].members {
                guard !raw[i].isCanonical, raw[i].acronym == nil, raw[i].tokenCount >= 2, raw[i].tokenCount <= 3 else { key = nil; break }
                if key == nil { key = raw[i].key } else if key != raw[i].key { key = nil; break }
                if raw[i].beforeSpeechVerb { speaks = true }
            }
            guard speaks, let k = key, let last = k.lastSpaceSeparatedWord(where: { _ in true }), lexicon.has(.surname, last),
                isPersonShapedBody(k)
            else { continue }
            groups[g].type = .person
        }
    }
}
