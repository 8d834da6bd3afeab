/// Entities round sixty-four (agency64): wire services and outlets named as a credit. The
/// guidelines give page furniture no entities: a photo credit, a byline, an outlet's label line
/// under a headline ("Reuters", "• Kyodo, Reuters", ">> Reuters", "By AFP") and a closing
/// credit ("… he said. -AFP", "This report by The Canadian Press was first published …", "With
/// files from The Canadian Press") give nothing, while the wire of a dateline ("SEATTLE (Reuters)
/// -") and an outlet a sentence names ("told Reuters") are agencies. The older passes claim
/// credits by their shape before the spans are read; what they leave is an outlet's mention in
/// one of the shapes below, and only that mention goes (the outlet stays where the body names it):
///
/// - the outlet's line holds nothing but outlets, marks and credit words ("By", "From", "Staff",
///   "Photo", "Report");
/// - a picture credit around it: a slash glued to it ("TED S. WARREN/AP", "AFP / World Vision"),
///   "Photo"/"Photos" after it ("AP Photo"), "Photo:", "Credit:" or "via" before it, or the
///   outlet in brackets closing a caption's line with no dash after ("… Doug Ducey (R) (Reuters)");
/// - a closing credit: a dash glued to it after a sentence's end at the line's end ("-AFP"), or
///   "report by", "files from" before it.
extension EntityRecognizer {
    /// Words a credit line holds besides the outlets: "By AFP", "From the Associated Press",
    /// "Kyodo, Staff Report", "Reuters Staff".
    static let creditLineWords64: WordSet = [
        "by", "from", "the", "and", "via", "staff", "report", "reports", "photo", "photos", "file", "wire", "wires",
        "services", "service", "with", "files",
    ]
    /// Words before a colon that open a picture credit: "Photo: Reuters", "Credit: AFP".
    static let pictureCreditWords64: WordSet = ["photo", "photos", "credit", "credits", "image", "images", "picture", "pictures"]
    /// Nouns before "by" in a closing credit: "This report by The Canadian Press was first published".
    static let reportNouns64: WordSet = ["report", "story", "article"]

    /// Drops the outlets' mentions in credits (see above). A byte test first (a listed name or
    /// an outlet's last word), then token reads for the few that pass.
    mutating func dropWireCredits64() {
        var drop: [Int] = []
        var creditNames: [Range<Int>] = []
        // Wires and outlets are listed ("Reuters", "AP", "The Canadian Press") or end in an
        // outlet's word: a lone unlisted word is read no further (most organisations a text has).
        for m in mentions.indices where mentions[m].type == .agency && mentions[m].tokenCount <= 5
            && (mentions[m].isCanonical || mentions[m].tokenCount >= 2)
        {
            guard let lo = doc.tokenIndex(of: mentions[m]) else { continue }
            let hi = lo + mentions[m].tokenCount
            guard hi <= doc.tokens.count, doc.tokens[hi - 1].end == mentions[m].end, isOutlet64(m, lo, hi) else { continue }
            if isCreditLine64(lo, hi) || isPictureCredit64(lo, hi) || isClosingCredit64(lo, hi) || isCredit20(lo, hi, &creditNames) { drop.append(m) }
        }
        for n in drop.reversed() { mentions.remove(at: n) }
        dropCreditNames20(creditNames)
        dropRoleAcronyms20()
        dropPlacePairs20()
        // One scan of the capitalised words says which of the rarer passes the text needs.
        let cues = cues64()
        if cues.region || cues.market { retypeRegionsAndSecurities64() }
        if cues.storm || cues.market { dropStormsAndIndexes64() }
        mendBodyExtents64()
    }

    /// Which rarer passes a text needs (`dropWireCredits64`'s scan).
    struct Cues64 {
        var storm = false, region = false, market = false
    }

    /// The scan of every token for the capitalised cue words. A `while` against the span's count:
    /// the `for` over `0..<count` tested the bounds again on every token (ten instructions a
    /// token, most of the pass).
    func cues64() -> Cues64 {
        var cues = Cues64()
        // No token is one of the words (their flag on none of the article's tokens): no walk.
        guard doc.flagUnion.contains(.cue64) else { return cues }
        let tokenList = doc.tokens
        let tokens = tokenList.span
        // The tables in locals: a static read in the loop is a `swift_once` call a word.
        let cueHashes = EntityRecognizer.cueHashes64, cueBits = EntityRecognizer.cueBits64
        var k = 0
        while k < tokens.count {
            defer { k += 1 }
            guard tokens[k].isCapitalized else { continue }
            let h = tokens[k].keyHash
            // Two bits of the hash rule out about 19 words in 20 before the list is searched
            // (a search of the fifteen hashes a capitalised word cost some 120 instructions).
            guard cueBits.low & WordSet.bit(h) != 0, cueBits.high & WordSet.bit(h >> 6) != 0, cueHashes.contains(h) else { continue }
            if EntityRecognizer.stormWords64.contains(doc.tokens, at: k) {
                cues.storm = true
            } else if EntityRecognizer.regionHeads64.contains(doc.tokens, at: k) {
                cues.region = true
            } else {
                cues.market = true
            }
        }
        return cues
    }

    /// Key hashes of the words the rarer passes look for: storm words, region heads, and "Dow",
    /// "Treasury", "Standard", "TV".
    static let cueHashes64: [Int] = cueWords64.map { StringTable<Bool>.hash($0) }
    /// The words themselves, flagged `.cue64` on their tokens.
    static let cueWords64 = [
        "typhoon", "hurricane", "cyclone", "storm", "depression", "province", "prefecture", "regency", "governorate", "oblast",
        "voivodeship", "dow", "treasury", "standard", "tv",
    ]
    /// `cueHashes64` as two 64-bit filters, on the hash's low six bits and the six above them: a
    /// word whose two bits are not both set is no cue.
    static let cueBits64: (low: UInt64, high: UInt64) = cueHashes64.reduce((low: 0, high: 0)) {
        (low: $0.low | WordSet.bit($1), high: $0.high | WordSet.bit($1 >> 6))
    }

    /// `lineBreakBefore(i)` (`i > 0`) asking the tokenizer's note first: a newline after token
    /// `i - 1` notes it `.lineEndOrBar` (`TokenNotes`), so an unnoted token proves none.
    @inline(__always)
    func lineBreak64(_ i: Int) -> Bool {
        let tokenList = doc.tokens
        return tokenList.span[i - 1].notes.contains(.lineEndOrBar) && lineBreakBefore(i)
    }

    /// Heads of a country's first-level regions in translation: "Gyeonggi Province", "Saitama
    /// Prefecture", "Banten Province" are places (a province's government is written "the …
    /// provincial government"); "Province of Ontario", with "of", is left alone.
    /// Beside `regionHeads65` (`Places65.swift`, heads after which the bare name is the same
    /// region): "municipality" is not here, since a municipality is often the council, a body.
    static let regionHeads64: WordSet = ["province", "prefecture", "regency", "governorate", "oblast", "voivodeship"]
    /// Market words after "Treasury": the government's bonds, not the department ("Treasury
    /// yields climbed", "the 10-year Treasury note").
    static let securityWords64: WordSet = [
        "yield", "yields", "note", "notes", "bond", "bonds", "bill", "bills", "securities", "market", "markets", "rates", "prices",
        "futures", "auction", "auctions",
    ]

    /// A region named with its head is a place; "Treasury" before a market word is a security.
    private mutating func retypeRegionsAndSecurities64() {
        let tokens = doc.tokens
        var drop: [Int] = []
        for m in mentions.indices where mentions[m].type == .agency && mentions[m].tokenCount <= 4 && mentions[m].acronym == nil {
            guard let lo = doc.tokenIndex(of: mentions[m]) else { continue }
            let hi = lo + mentions[m].tokenCount
            guard hi <= tokens.count, tokens[hi - 1].end == mentions[m].end else { continue }
            if hi - lo >= 2, EntityRecognizer.regionHeads64.contains(tokens, at: hi - 1), tokens[hi - 1].isCapitalized,
                (lo..<(hi - 1)).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].flags.contains(.orgHead) })
            {
                mentions[m].becomeCuedPlace()
            } else if tokens[hi - 1].key == "treasury", hi < tokens.count, EntityRecognizer.securityWords64.contains(tokens, at: hi) {
                drop.append(m)
            }
        }
        for n in drop.reversed() { mentions.remove(at: n) }
    }

    /// A listed body or a name ending in an outlet's, a station's or a wire's word.
    private func isOutlet64(_ m: Int, _ lo: Int, _ hi: Int) -> Bool {
        let last = hi - 1
        if WordSet.mayHold(Bits43.pictureAgencies, doc.tokens, at: last) && EntityRecognizer.pictureAgencies.contains(doc.tokens, at: last)
            || WordSet.mayHold(Bits42.stationHeads50, doc.tokens, at: last) && Document.stationHeads50.contains(doc.tokens, at: last)
        {
            return true
        }
        guard mentions[m].isCanonical || hi - lo >= 2 else { return false }
        return WordSet.mayHold(Bits42.outletHeads, doc.tokens, at: last) && EntityRecognizer.outletHeads.contains(doc.tokens, at: last)
            || mentions[m].isCanonical && isListedOutlet64(lo, hi)
    }

    /// A listed name whose line elsewhere calls it an outlet: only wires and outlets are listed
    /// with these shapes, so a listed name alone counts when its words hold no body's head.
    private func isListedOutlet64(_ lo: Int, _ hi: Int) -> Bool {
        (lo..<hi).allSatisfy { doc.tokens[$0].kind != .word || doc.tokens[$0].flags.isDisjoint(with: [.orgHead, .placeHead, .city, .state]) }
    }

    /// The line holds outlets, marks and credit words only ("• Kyodo, Reuters", ">> Reuters").
    private func isCreditLine64(_ lo: Int, _ hi: Int) -> Bool {
        // A credit line holds at most twelve tokens: its ends are looked for no further than the
        // mention leaves room for.
        var room = 12 - (hi - lo)
        guard room >= 0 else { return false }
        var first = lo
        while first > 0, !lineBreak64(first) {
            first -= 1
            room -= 1
            if room < 0 { return false }
        }
        var end = hi
        while end < doc.tokens.count, !lineBreak64(end) {
            end += 1
            room -= 1
            if room < 0 { return false }
        }
        let tokenList = doc.tokens
        let tokens = tokenList.span
        var k = first
        while k < end {
            if k == lo { k = hi; continue }
            if tokens[k].kind == .word, !EntityRecognizer.creditLineWords64.contains(doc.tokens, at: k) {
                // Another outlet on the line ("Kyodo, Reuters"): a mention's word with an outlet's shape.
                guard tokens[k].isCapitalized, EntityRecognizer.pictureAgencies.contains(doc.tokens, at: k)
                    || EntityRecognizer.outletHeads.contains(doc.tokens, at: k) || otherOutletMention64(at: k)
                else { return false }
            }
            k += 1
        }
        return true
    }

    /// Whether a listed agency's mention starts or runs through token `k`.
    private func otherOutletMention64(at k: Int) -> Bool {
        let start = doc.tokens[k].start
        return mentions.contains { $0.type == .agency && $0.isCanonical && $0.start <= start && $0.end > start }
    }

    @inline(__always)
    func isMark64(_ k: Int, _ byte: UInt8) -> Bool {
        let tokenList = doc.tokens
        let tokens = tokenList.span
        return tokens[k].kind == .punct && tokens[k].end - tokens[k].start == 1 && doc.bytes[tokens[k].start] == byte
    }

    /// A picture's credit around the outlet (see the type's comment).
    private func isPictureCredit64(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        let slash = UInt8(ascii: "/")
        // "WARREN/AP", "AFP / World Vision", "AFP/Jo Lee": a slash on either side, glued to a
        // wire's short name or to both words; in brackets only where they close the line.
        let wire = EntityRecognizer.pictureAgencies.contains(tokens, at: hi - 1)
        if lo >= 2, isMark64(lo - 1, slash), wire || tokens[lo - 2].end == tokens[lo - 1].start && tokens[lo - 1].end == tokens[lo].start,
            bracketsCloseLine64(lo)
        {
            return true
        }
        if hi + 1 < tokens.count, isMark64(hi, slash), tokens[hi + 1].isCapitalized,
            wire || tokens[hi - 1].end == tokens[hi].start && tokens[hi].end == tokens[hi + 1].start, bracketsCloseLine64(lo)
        {
            return true
        }
        // "… following a strong quake Thursday night | KYODO": a bar before the outlet closing its line.
        if lo >= 1, isMark64(lo - 1, UInt8(ascii: "|")), closesLine64(hi) { return true }
        // "(AP Photo/…)", "Reuters Photo".
        if hi < tokens.count, tokens[hi].key == "photo" || tokens[hi].key == "photos" { return true }
        if lo >= 1 {
            // "Photo: Reuters", "Credit: AFP".
            if lo >= 2, isMark64(lo - 1, UInt8(ascii: ":")), EntityRecognizer.pictureCreditWords64.contains(tokens, at: lo - 2) {
                return true
            }
            // "… Anadolu Agency Via Reuters |": "via" and the outlet close the line.
            if tokens[lo - 1].key == "via", lo >= 2, tokens[lo - 2].isCapitalized {
                var k = hi
                while k < tokens.count, k - hi < 2, !lineBreak64(k), tokens[k].kind == .punct { k += 1 }
                if k == tokens.count || lineBreak64(k) { return true }
            }
        }
        // "… Doug Ducey (R) (Reuters)": the outlet in brackets closes a line that has words before it.
        if lo >= 2, hi < tokens.count, isMark64(lo - 1, UInt8(ascii: "(")), isMark64(hi, UInt8(ascii: ")")),
            hi + 1 == tokens.count || lineBreak64(hi + 1), !lineBreak64(lo - 1)
        {
            return true
        }
        return false
    }

    /// Only marks follow token `k - 1` to its line's end.
    private func closesLine64(_ k: Int) -> Bool {
        var j = k
        while j < doc.tokens.count, j - k < 3, !lineBreak64(j), doc.tokens[j].kind == .punct { j += 1 }
        return j == doc.tokens.count || lineBreak64(j)
    }

    /// Whether an open bracket before token `lo` on its line (a dateline's source "(KTAB/KRBC) -",
    /// "(APP - UrduPoint / Pakistan Point News - …) :") closes the line, as a caption's credit does.
    private func bracketsCloseLine64(_ lo: Int) -> Bool {
        var k = lo - 1
        while k >= 0, lo - k <= 8 {
            if lineBreak64(k + 1) || isMark64(k, UInt8(ascii: ")")) { return true }
            if isMark64(k, UInt8(ascii: "(")) { break }
            k -= 1
        }
        guard k >= 0, isMark64(k, UInt8(ascii: "(")) else { return true }
        var close = lo
        while close < doc.tokens.count, close - lo < 12, !isMark64(close, UInt8(ascii: ")")) { close += 1 }
        return close < doc.tokens.count && isMark64(close, UInt8(ascii: ")")) && closesLine64(close + 1)
    }

    /// "… he said. -AFP" (the dash glued to the outlet) or "report by X", "files from X".
    private func isClosingCredit64(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard lo >= 2 else { return false }
        if tokens[lo - 1].end == tokens[lo].start, tokens[lo - 1].key == "-", hi == tokens.count || lineBreak64(hi) {
            let before = tokens[lo - 2].key
            return before == "." || before == "!" || before == "?" || before == "\"" || lineBreak64(lo - 1)
        }
        var k = lo - 1
        if tokens[k].key == "the", k >= 2 { k -= 1 }
        if tokens[k].key == "by", EntityRecognizer.reportNouns64.contains(tokens, at: k - 1) { return true }
        if tokens[k].key == "from", tokens[k - 1].key == "files" { return true }
        return false
    }
}

extension EntityRecognizer {
    /// "WASHINGTON (AP) — …" after a headline, a stamp and a caption or two: a dateline with its
    /// wire in brackets and a dash, opening a line past the first three sentences the dateline
    /// pass reads. Read in the full shape only (the capitals, the brackets, the dash), so a line
    /// of the body is never taken; without it the bracketed wire was read as the city's acronym.
    mutating func findLateDateline64() -> Bool {
        let dash = StringTable<Bool>.hash("-")
        let tokenList = doc.tokens
        for range in doc.sentenceTokens.dropFirst(3).prefix(20) {
            // A caption's sentence may run into the dateline's line when no full stop ends it.
            var i = range.lowerBound
            // The capital test first: the newline test is for the few words in capitals.
            while i < range.upperBound, !tokenList.span[i].isAllCaps || i > range.lowerBound && !lineBreak64(i) { i += 1 }
            guard range.upperBound - i >= 5, tokenList.span[i].kind == .word, i == 0 || lineBreak64(i) else { continue }
            var open = i + 1
            while open < range.upperBound, open - i < 7, !isMark64(open, UInt8(ascii: "(")) { open += 1 }
            guard open < range.upperBound, isMark64(open, UInt8(ascii: "(")) else { continue }
            var close = open + 1
            while close < range.upperBound, close - open < 8, !isMark64(close, UInt8(ascii: ")")) { close += 1 }
            guard close + 1 < range.upperBound, close > open + 1, isMark64(close, UInt8(ascii: ")")),
                doc.tokens[close + 1].keyHash == dash, doc.tokens[close + 1].key == "-"
            else { continue }
            if datelineAt(i..<range.upperBound) { return true }
        }
        return false
    }
}

extension EntityRecognizer {
    /// "FILE - …": a wire caption's archive mark, whose capitals and dash a dateline shares.
    func isFileCaption64(_ range: Range<Int>) -> Bool {
        range.count >= 2 && doc.tokens[range.lowerBound].key == "file" && doc.tokens[range.lowerBound].isAllCaps
            && doc.tokens[range.lowerBound + 1].key == "-"
    }
}

extension EntityMerger {
    /// "Luiz Inácio Lula da Silva … Lula's agenda": a lone word typed an organisation by default
    /// that is an inner word (neither first nor last) of a person's name of three words or more
    /// is that person, as `joinMiddleNames` does for a lone word typed a person. Spelling
    /// variants of one name ("Inacio", "Inácio") share its last word and count as one owner.
    func joinInnerNameOrganisations64(_ groups: inout [Group], _ raw: [RawMention]) {
        // A lone unlisted word first: the names are split only for it. The loop below changes
        // only the group it reads and a person's, so no group becomes one later.
        func isLone(_ g: Int) -> Bool {
            groups[g].type == .agency && !groups[g].typedByEvidence && !groups[g].members.isEmpty
                && groups[g].members.allSatisfy { raw[$0].tokenCount == 1 && !raw[$0].isCanonical && raw[$0].acronym == nil }
        }
        guard groups.indices.contains(where: isLone) else { return }
        var inner: [(word: String, last: String, group: Int)] = []
        for g in groups.indices where groups[g].type == .person && !groups[g].members.isEmpty {
            let first = raw[groups[g].members[0]]
            guard first.tokenCount >= 3 else { continue }
            let words = first.key.spaceSeparatedWords()
            guard words.count >= 3, let last = words.last else { continue }
            for w in words.dropFirst().dropLast() { inner.append((w, last, g)) }
        }
        guard !inner.isEmpty else { return }
        for g in groups.indices where isLone(g) {
            let key = raw[groups[g].members[0]].key
            let owners = inner.filter { $0.word == key && $0.group != g }
            guard let target = owners.first, owners.allSatisfy({ $0.last == target.last }) else { continue }
            groups[target.group].members += groups[g].members
            groups[target.group].members.sort()
            groups[g].members = []
        }
    }
}

extension EntityRecognizer {
    /// Words that name a storm before its name: "Typhoon Marce", "Super Typhoon Leon", "Storm Isha".
    static let stormWords64: WordSet = ["typhoon", "hurricane", "cyclone", "storm", "depression"]
    /// Capitalised words after a storm word that are no storm's name: "Storm Warning", "Hurricane Center".
    static let stormNonNames64: WordSet = [
        "warning", "warnings", "watch", "watches", "season", "surge", "signal", "center", "centre", "tracker", "alert",
    ]
    /// Nouns after "Dow Jones" that make it the index: "the Dow Jones industrials", "Dow Jones
    /// industrial average".
    static let dowIndexWords64: WordSet = ["industrials", "industrial", "average", "index", "transportation", "utilities"]

    /// The guidelines give storms and market indexes no entity. A storm's name is read where a
    /// storm word stands before it and then wherever the article repeats it alone ("Typhoon
    /// Marce … Marce could make landfall"); "Dow" is the index wherever the article names "the
    /// Dow" or "Dow Jones" (one sense a story: the company is "Dow" or "Dow Chemical", never "the
    /// Dow"), and "Standard & Poor's 500" and a lone "TV" ("a TV interview") name no body.
    mutating func dropStormsAndIndexes64() {
        let tokens = doc.tokens
        var storms: [String] = []
        // Read from the tokens: the storm word's run is often no mention ("Typhoon Marce (…)").
        for k in 0..<max(0, tokens.count - 1) where tokens[k].isCapitalized && EntityRecognizer.stormWords64.contains(tokens, at: k) {
            // One capitalised word: "Storm Prediction Center" names a body, not a storm.
            if tokens[k + 1].kind == .word, tokens[k + 1].isCapitalized, !EntityRecognizer.stormNonNames64.contains(tokens, at: k + 1),
                tokens[k + 1].flags.isDisjoint(with: [.orgHead, .placeHead, .eventHead]),
                k + 2 == tokens.count || !(tokens[k + 2].kind == .word && tokens[k + 2].isCapitalized)
            {
                storms.append(tokens[k + 1].key)
            }
        }
        var dowIndex = false
        for m in mentions.indices where mentions[m].tokenCount == 1 || mentions[m].tokenCount == 2 {
            guard let lo = doc.tokenIndex(of: mentions[m]), tokens[lo].key == "dow", lo + 1 < tokens.count else { continue }
            // "the Dow rose", "the Dow Jones industrials", never "the Dow Chemical Co.".
            if tokens[lo + 1].key == "jones" || lo >= 1 && tokens[lo - 1].key == "the" && mentions[m].tokenCount == 1 && tokens[lo + 1].key != "chemical" {
                dowIndex = true
            }
        }
        var drop: [Int] = []
        // Without a storm's name only organisations are read.
        for m in mentions.indices where mentions[m].type != .policy && (!storms.isEmpty || mentions[m].type == .agency) {
            guard let lo = doc.tokenIndex(of: mentions[m]) else { continue }
            let hi = min(lo + mentions[m].tokenCount, tokens.count)
            if !storms.isEmpty, (lo..<hi).contains(where: { k in storms.contains(tokens[k].key) && (hi - lo == 1 || k > lo
                && EntityRecognizer.stormWords64.contains(tokens, at: k - 1)) })
            {
                drop.append(m)
                continue
            }
            guard mentions[m].type == .agency else { continue }
            if dowIndex, tokens[lo].key == "dow", hi - lo == 1 && (hi == tokens.count || tokens[hi].key != "chemical")
                || hi - lo == 2 && tokens[lo + 1].key == "jones" && hi < tokens.count && EntityRecognizer.dowIndexWords64.contains(tokens, at: hi)
            {
                drop.append(m)
            } else if hi + 2 < tokens.count, tokens[hi].kind == .possessive, tokens[hi + 1].kind == .number,
                EntityRecognizer.marketIndexNouns.contains(tokens, at: hi + 2)
            {
                // "The Standard & Poor's 500 index rose", "the Standard & Poor’s 500 indexes".
                drop.append(m)
            } else if hi - lo == 1, tokens[lo].key == "tv", !mentions[m].isCanonical {
                drop.append(m)
            }
        }
        for n in drop.reversed() { mentions.remove(at: n) }
    }
}

extension EntityRecognizer {
    /// Modifiers that open a body's name and are read apart from it where a title or a sentence's
    /// "The" stands before them: "The National Syndicate of …", "(General Work Confederation)".
    static let bodyModifiers64: WordSet = ["national", "general", "federal", "central", "international", "royal", "supreme"]

    /// Bodies the span rules cut short (a pass over the finished mentions, token reads only at a
    /// body's edges):
    /// - "the Disaster and Emergency Management Directorate": a lone capitalised common noun and
    ///   "and" before a body's name belong to it (the coordination split left the noun alone);
    /// - "The National Syndicate of …", "(General Work Confederation)": a body's modifier read as a
    ///   sentence's capital or a title opens the name (a run ending in a body's head typed a person
    ///   is the body);
    /// - "the European Court of Justice": "of Justice" after a court is its name, not a judge's title.
    mutating func mendBodyExtents64() {
        let tokens = doc.tokens
        // The stored hashes first: most keys differ from "and" and "court" there.
        let andHash = EntityRecognizer.andCourtHashes64.and, courtHash = EntityRecognizer.andCourtHashes64.court
        for m in mentions.indices where (mentions[m].type == .agency || mentions[m].type == .person) && mentions[m].tokenCount >= 2 {
            guard mentions[m].tokenCount <= 8, let lo = doc.tokenIndex(of: mentions[m]) else { continue }
            let hi = lo + mentions[m].tokenCount
            guard hi <= tokens.count, tokens[hi - 1].end == mentions[m].end else { continue }
            let headed = tokens[hi - 1].flags.contains(.orgHead) && !tokens[hi - 1].flags.contains(.surname) && tokens[hi - 1].isCapitalized
            if mentions[m].type == .person {
                // "(General Work Confederation)": only with the modifier before it.
                guard headed, hi - lo >= 2, lo >= 1, EntityRecognizer.bodyModifiers64.contains(tokens, at: lo - 1), tokens[lo - 1].isCapitalized,
                    !inMention64(lo - 1)
                else { continue }
                mentions[m].type = .agency
                mentions[m].recut(start: tokens[lo - 1].start, end: mentions[m].end, tokenCount: hi - lo + 1, bytes: doc.bytes)
                continue
            }
            guard !mentions[m].isCanonical else { continue }
            if headed || tokens[hi - 1].kind == .word && (lo..<hi).contains(where: { tokens[$0].flags.contains(.orgHead) }) {
                if lo >= 2, tokens[lo - 1].kind == .word, tokens[lo - 1].keyHash == andHash, tokens[lo - 1].key == "and",
                    tokens[lo - 2].kind == .word, tokens[lo - 2].isCapitalized,
                    !tokens[lo - 2].isAllCaps, tokens[lo - 2].flags.contains(.common),
                    tokens[lo - 2].flags.isDisjoint(with: [.givenName, .surname, .known, .city, .state, .title, .orgHead]),
                    !sentenceInitial.contains(lo - 2), !inMention64(lo - 2),
                    lo < 3 || !tokens[lo - 3].isCapitalized || tokens[lo - 3].key == "the"
                {
                    mentions[m].recut(start: tokens[lo - 2].start, end: mentions[m].end, tokenCount: hi - lo + 2, bytes: doc.bytes)
                    continue
                }
                if lo >= 2, EntityRecognizer.bodyModifiers64.contains(tokens, at: lo - 1), tokens[lo - 1].isCapitalized, !inMention64(lo - 1),
                    tokens[lo - 2].key == "the"
                {
                    mentions[m].recut(start: tokens[lo - 1].start, end: mentions[m].end, tokenCount: hi - lo + 1, bytes: doc.bytes)
                    continue
                }
            }
            if hi + 1 < tokens.count, tokens[hi - 1].keyHash == courtHash && tokens[hi - 1].key == "court" || isCourtsHead24(hi - 1),
                tokens[hi].key == "of",
                tokens[hi + 1].key == "justice",
                tokens[hi + 1].isCapitalized, !inMention64(hi + 1)
            {
                mentions[m].recut(start: mentions[m].start, end: tokens[hi + 1].end, tokenCount: hi - lo + 2, bytes: doc.bytes)
            }
        }
    }

    /// `StringTable.hash` of "and" and "court" (`mendBodyExtents64`).
    static let andCourtHashes64 = (and: StringTable<Bool>.hash("and"), court: StringTable<Bool>.hash("court"))

    /// Whether a mention covers token `k`.
    private func inMention64(_ k: Int) -> Bool {
        let start = doc.tokens[k].start
        return mentions.contains { $0.start <= start && $0.end > start }
    }
}
