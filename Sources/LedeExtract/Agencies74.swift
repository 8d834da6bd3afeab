/// Entities round seventy-four (agency74, fourteenth session): organisations the learning sets'
/// gold names and the rules missed or cut wrongly, five general shapes of news writing:
///
/// - **a place's police ending its phrase**: "a standoff with Omaha police.", "wanted by
///   Gujranwala police,", "according to Kaski police,", "the unit of Sindh police and …",
///   "Harlow police Inspector X". Round fifty-seven took "<place> police" only when it acts or
///   a role noun follows; after a preposition or "and", ending its phrase, or before a
///   capitalised title, it is the force too (a hook in `applyLowerHeads57`'s "acts" rows). A
///   place's police alone on a line (a caption, "Fiji police") has no such word before it and
///   stays as it was. `lower-heads.txt` also takes "cartel" ("the Jalisco cartel").
/// - **a ministry named by its field in lower case**: "officials from the finance ministry",
///   "the restructuring of the economy ministry", "the communications ministry itself"
///   (`ministry-fields.txt`), after "the", are the body; the capitalised "Finance Ministry" of the
///   same article joins them by key. After a possessive ("Norway's finance ministry") the gold
///   goes both ways (learning sets yes, the dev set no), so it is left out.
/// - **a unit of a body**: "an officer from Tayside Division of Police Scotland", "the Members'
///   Council of Norvale" named the unit and its body as one organisation; where the body is also
///   named alone in the article, the run is the unit ("Tayside Division", a word of
///   `unit-words.txt` after a name) and the body, two organisations.
/// - **a title, a person no list holds and a body**: "Sergeant Jubert Llewelyn of the
///   Constabulary Communication Network" is the person and the body, as "Dr. Scott Lindquist of
///   the … Department of Health" already was (a hook in `personOfPlaceSplit`).
/// - **the body a role belongs to**: "Secretary of the Ministry of Agriculture and Livestock
///   Development", dropped whole as a role without a name, names the ministry (a hook in
///   `processSpan`'s role branch).
extension EntityRecognizer {
    /// Lower-case words before "<place> police" (a "the" between) that make the force the
    /// object or source of the sentence's action: "with", "by", "according to", "of", "and".
    static let policeLeadWords74: WordSet = ["with", "by", "to", "of", "from", "against", "and", "for"]
    /// Fields of government before a lower-case "ministry" (`ministry-fields.txt`), by their
    /// last word's key: each row's words.
    static let ministryFields74: [String: [[String]]] = {
        var table: [String: [[String]]] = [:]
        for line in Lexicon.shared.ministryFields74 {
            let words = line.split(separator: " ").map(String.init)
            guard let last = words.last else { continue }
            table[last, default: []].append(words)
        }
        for key in table.keys { table[key]!.sort { $0.count > $1.count } }
        return table
    }()
    static let unitWords74 = WordSet(Lexicon.shared.unitWords74)
    static let ministryKey74 = "ministry"
    static let ministryHash74 = StringTable<Bool>.hash(ministryKey74)
    static let ministryBit74: UInt64 = WordSet.bit(ministryHash74)

    /// The "acts" rows' third reading (`applyLowerHeads57`): a place's or a default-typed name's
    /// "police" (token `head`, the name opening at token `i`) before a capitalised title, or
    /// ending its phrase after a lead word ("with Omaha police.", "according to the Warrior
    /// police,").
    func policeEndsPhrase74(_ i: Int, _ head: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard view[head].key == "police" else { return false }
        let sentence = view[head].sentence
        let k = head + 1
        let inSentence = k < view.count && view[k].sentence == sentence
        // "Harlow police Inspector Ama Osei": the force before its officer's title.
        if inSentence, view[k].kind == .word, view[k].isCapitalized, view[k].flags.contains(.title) { return true }
        // The phrase ends: punctuation, the sentence's end or a function word ("police on Monday").
        guard !inSentence || view[k].kind != .word || EntityRecognizer.functionWords.contains(doc.tokens, at: k) else { return false }
        var b = i - 1
        if b >= 0, view[b].kind == .word, view[b].key == "the" { b -= 1 }
        guard b >= 0, view[b].sentence == view[i].sentence, view[b].kind == .word, !view[b].isCapitalized else { return false }
        return EntityRecognizer.policeLeadWords74.contains(doc.tokens, at: b)
    }

    /// `personOfPlaceSplit`'s fourth reading: "Sergeant Jubert Llewelyn of the Constabulary
    /// Communication Network", "Justice Ama Boateng Osei of the High Court Tamale": a run opening
    /// with title words, then two to four capitalised name words no list holds as anything but a
    /// name (the first branch asks for a listed given name), "of the" (token `k` is "of") and a
    /// body with a head or a unit word, is the person and the body.
    func titledPersonOfBody74(_ span: Range<Int>, _ k: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let lo = span.lowerBound, hi = span.upperBound
        guard k + 2 < hi, isTitle(lo), EntityRecognizer.theKey.contains(doc.tokens, at: k + 1) else { return false }
        // Plain loops: a closure capturing the `Span` crashes the release build's optimiser (Swift 6.3.1).
        var headed = false
        for j in (k + 2)..<hi where view[j].flags.contains(.orgHead) || EntityRecognizer.unitWords74.contains(doc.tokens, at: j) {
            headed = true
            break
        }
        guard headed else { return false }
        var n = lo
        while n < k, isTitle(n) || view[n].flags.contains(.titleWord) { n += 1 }
        guard k - n >= 2, k - n <= 4 else { return false }
        for j in n..<k {
            guard view[j].kind == .word, view[j].isCapitalized, !view[j].isAllCaps || view[j].isAbbreviation,
                view[j].flags.isDisjoint(with: [.orgHead, .placeHead, .policyHead, .title, .titleWord, .known]),
                !view[j].flags.contains(.common) || !view[j].flags.isDisjoint(with: .givenOrSurname)
            else { return false }
        }
        return true
    }

    /// Whether `of` (a role's "of") and "the" open a body of two or more capitalised words whose
    /// first or last word is a body's head: "Secretary of the Ministry of Agriculture and
    /// Livestock Development", "Chairman of the Council of Ministers", "Chief Executive Officer of
    /// the Centre for the Promotion of Private Enterprise". The span rules dropped the run as a
    /// role without a name; the body is named all the same ("Minister of the Interior", "Speaker
    /// of the House", "Minister of the Interior and Police" name none).
    func isBodyAfterRole74(_ of: Int, _ hi: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard hi - of >= 4, view[of].key == "of", EntityRecognizer.theKey.contains(doc.tokens, at: of + 1),
            view[of + 2].kind == .word, view[of + 2].isCapitalized, view[hi - 1].kind == .word, view[hi - 1].isCapitalized
        else { return false }
        if view[of + 2].flags.contains(.orgHead) { return true }
        // A head closing the run names one body only without an inner "and": "the Director of
        // the National Police", but "the Minister of the Interior and Police" is a portfolio.
        guard view[hi - 1].flags.contains(.orgHead) else { return false }
        for j in (of + 3)..<(hi - 1) where view[j].kind != .word || !view[j].isCapitalized { return false }
        return true
    }

    /// The pass (see the file's comment), after `applyAgencies70`; the ministries are added in
    /// `applyLowerHeads57`'s first walk.
    mutating func applyAgencies74() {
        splitUnitsOfBodies74()
    }

    /// "the finance ministry", "the economy ministry": one or two field words (either case) and
    /// the lower-case "ministry" at token `k`, after "the", none of them claimed. Called from
    /// round fifty-seven's walk for "government" (`addDemonymBodies57`), which already reads every
    /// token's key hash.
    mutating func addFieldMinistry74(at k: Int) {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard k >= 2, view[k].key == EntityRecognizer.ministryKey74, !claimed[k], view[k - 1].kind == .word,
            let rows = EntityRecognizer.ministryFields74[view[k - 1].key]
        else { return }
        for row in rows {
            let first = k - row.count
            guard first >= 1 else { continue }
            var matches = true
            for (o, word) in row.enumerated() {
                let t = first + o
                if view[t].kind != .word || view[t].key != word || claimed[t] || view[t].sentence != view[k].sentence
                    || (view[t].isCapitalized && (t == first && sentenceInitial.contains(t) || view[t].isAllCaps))
                {
                    matches = false
                    break
                }
            }
            // After "the" only: a possessive's ministry ("Russia's foreign ministry") is gold in
            // final29 and final32 but not in the dev set, which may not drop (the round's notes).
            let d = first - 1
            guard matches, view[d].sentence == view[k].sentence, view[d].kind == .word, view[d].key == "the" else { continue }
            addMention(.agency, name: nil, range: first..<(k + 1))
            let added = mentions.count - 1
            mentions[added].isWeak = false
            mentions[added].rule = TypingRule.listedOrCued
            return
        }
    }

    /// "Tayside Division of Police Scotland" where "Police Scotland" stands alone elsewhere: the
    /// unit (a name and a unit word) and the body, two organisations.
    private mutating func splitUnitsOfBodies74() {
        let count = mentions.count
        guard count > 1 else { return }
        let viewTokens = doc.tokens
        let view = viewTokens.span
        for m in 0..<count {
            guard mentions[m].type == .agency, mentions[m].tokenCount >= 4, mentions[m].tokenCount <= 12, mentions[m].acronym == nil,
                !mentions[m].isCanonical, let lo = doc.tokenIndex(startingAt: mentions[m].start)
            else { continue }
            let hi = lo + mentions[m].tokenCount
            guard hi <= view.count, view[hi - 1].end == mentions[m].end else { continue }
            // The first "of" after a unit word that a name opens ("Tayside Division of").
            var o = lo + 2
            while o < hi - 1, !(view[o].kind == .word && view[o].key == "of" && !view[o].isCapitalized) { o += 1 }
            guard o < hi - 1, view[o - 1].kind == .word, view[o - 1].isCapitalized,
                EntityRecognizer.unitWords74.contains(doc.tokens, at: o - 1), isUnitName74(lo, o - 1)
            else { continue }
            var b = o + 1
            if view[b].kind == .word, view[b].key == "the", b < hi - 1 { b += 1 }
            guard isBodyName74(b, hi), view[b].isCapitalized, view[hi - 1].isCapitalized else { continue }
            let bodyKey = Lexicon.key(Document.text(doc.bytes, view[b].start, view[hi - 1].end))
            let bodyStart = view[b].start
            guard mentions.contains(where: { $0.type == .agency && $0.key == bodyKey && $0.start != bodyStart }) else { continue }
            // Both kept from the learned typer, as a listed name is ("Tayside Division" read as a place).
            becomeBody45(m, from: lo, to: o - 1)
            mentions[m].isCanonical = true
            addMention(.agency, name: nil, range: b..<hi, canonical: true)
            let added = mentions.count - 1
            mentions[added].isWeak = false
            mentions[added].rule = TypingRule.listedOrCued
        }
    }

    /// Whether tokens `lo..<hi` are capitalised words, none a function word ("Tayside").
    private func isUnitName74(_ lo: Int, _ hi: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        for j in lo..<hi where !view[j].isCapitalized || EntityRecognizer.functionWords.contains(doc.tokens, at: j) { return false }
        return true
    }

    /// Whether tokens `lo..<hi` are capitalised words, function words or marks ("Police Scotland").
    private func isBodyName74(_ lo: Int, _ hi: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        for j in lo..<hi where view[j].kind == .word && !view[j].isCapitalized && !EntityRecognizer.functionWords.contains(doc.tokens, at: j) {
            return false
        }
        return true
    }
}
