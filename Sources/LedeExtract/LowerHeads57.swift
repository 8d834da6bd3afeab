/// Entities round fifty-seven (entities57): names whose head word is written in lower case. Real
/// news often follows a capitalised name with a generic head that the gold takes into the name:
/// places ("Periyar river", "Luzira prison", "Makindye division", "San Juan mountains", "Bay
/// Bridge apartments", "Kota Tinggi police station") and bodies ("Edmonton city council", "Orakei
/// local board", "Limassol court", "Sioux Falls police officer" → "Sioux Falls police", "the Indian
/// government", "the Nepali embassy"). The rules used to stop at the name and type it alone.
///
/// One data list (`lower-heads.txt`: the head's words and what the name and head become) and one
/// pass over the finished mentions, right before `applyBodiesOfPlaces45`. It took over round
/// forty-five's "<place> police/council/government", "school district" and "district court"
/// (the same tests, now rows of the list); round forty's "police station" after a body's name and
/// round fifty-four's "barracks" and "detention centre" still run where they were, earlier.
///
/// Counted in final18/20/22/24 and the dev set (every "Name head" with a lower-case head): the
/// listed place heads are gold every time after an unlisted or local name, never after a state
/// or a country ("the Colorado mountains"), never after "a"/"an" ("a Dubai court"); "division" and
/// "municipality" are districts unless they act ("Cantt division recovered …" is the police
/// division); "police" followed by a role noun is the force ("Omaha police officers", "Johor
/// Baru South police chief": final22, final24 rule 14), a change from round forty-five's older gold.
extension EntityRecognizer {
    /// What a name and its lower-case head become (`lower-heads.txt`'s second field).
    enum LowerHeadKind57: UInt8, Sendable {
        /// A place: "Periyar river".
        case place
        /// A place, or the body when it acts: "Makindye division", "Cantt division recovered".
        case area
        /// A body: "Edmonton city council".
        case body
        /// A body when it acts or a role noun follows: "Toronto police say", "Omaha police officers".
        case acts
        /// A body when it acts or ends its noun phrase: "by the Punjab government.", "the Indian embassy in".
        case ends
        /// A body when it acts or ends its noun phrase, after a place or any default-typed name:
        /// "before the Limassol court on Thursday" (agencies28, `Agencies28.swift`).
        case closes
    }

    /// One row of `lower-heads.txt`.
    struct LowerHead57: Sendable {
        /// The head's words after the first (the first is the table's key).
        let rest: [String]
        let kind: LowerHeadKind57
        /// Whether a demonym may name it too ("the Nepali embassy").
        let afterDemonym: Bool
    }

    /// The rows of `lower-heads.txt` by their first word, longest first.
    static let lowerHeads57: [String: [LowerHead57]] = {
        var table: [String: [LowerHead57]] = [:]
        for line in Lexicon.shared.lowerHeads {
            let fields = Substring(line).listFields().map(String.init)
            guard fields.count >= 2, let kind = lowerHeadKinds57[fields[1]] else { continue }
            let words = fields[0].split(separator: " ").map { Lexicon.key($0) }
            guard let first = words.first else { continue }
            table[first, default: []].append(LowerHead57(rest: Array(words.dropFirst()), kind: kind, afterDemonym: fields.count > 2 && fields[2] == "demonym"))
        }
        for key in table.keys { table[key]!.sort { $0.rest.count > $1.rest.count } }
        return table
    }()
    static let lowerHeadKinds57: [String: LowerHeadKind57] = ["place": .place, "area": .area, "body": .body, "acts": .acts, "ends": .ends, "closes": .closes]
    /// First words of the heads: one look-up rules out almost every word after a name.
    static let lowerHeadFirsts57 = WordSet(lowerHeads57.keys)
    /// First letters of those words, for a byte test before any token look-up.
    static let lowerHeadLetters57 = Document.letters26(String(lowerHeads57.keys.compactMap { $0.first }))
    /// First words of the heads a demonym may name ("government", "embassy").
    static let demonymHeadKeys57: [String] = lowerHeads57.filter { $0.value.contains { $0.afterDemonym } }.map(\.key)
    static let demonymHeads57 = WordSet(demonymHeadKeys57)
    /// Their hashes' bits (as `WordSet`'s): one AND per token rules out almost every word of
    /// the article (the scan cost 10 M instructions a corpus round with an array of hashes).
    static let demonymHeadBits57: UInt64 = demonymHeadKeys57.reduce(0) { $0 | WordSet.bit(StringTable<Bool>.hash($1)) }

    /// Nouns after "police" that show the force ("Omaha police officers", "Johor police chief").
    static let policeRoles57: WordSet = ["officer", "officers", "chief", "commander", "spokesman", "spokeswoman", "spokesperson"]
    /// Capitalised non-names before "government" that are no nation: parties, tiers, creeds,
    /// continents, compass words ("Carney's Liberal government", "the Federal government").
    static let nonNationWords57: WordSet = [
        "liberal", "conservative", "republican", "democratic", "democrat", "progressive", "independent", "federal",
        "state", "national", "international", "central", "upper", "lower", "northern", "southern", "eastern", "western",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "midwestern", "black",
        "white", "christian", "muslim", "jewish", "catholic", "arab", "african", "asian", "european", "latino",
        "latina", "hispanic", "congressional", "presidential", "internet", "email", "online",
    ]

    /// The pass (see the file's comment).
    mutating func applyLowerHeads57() {
        addDemonymBodies57()
        let count = mentions.count
        guard count > 0 else { return }
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let n = view.count
        let bytes = doc.bytes
        let letters = EntityRecognizer.lowerHeadLetters57
        // Mentions this pass re-cut, with their name's last token, to join fuller names after.
        var made: [(m: Int, nameEnd: Int)] = []
        // Districts ("area" heads) by mention, and the keys of those that act somewhere.
        var areas: [Int] = []
        var actingAreas: Set<String> = []
        for m in 0..<count where mentions[m].tokenCount <= 4 {
            let type = mentions[m].type
            // A listed or cued body or person keeps its name ("the HISD board"); a place any name.
            guard type == .place || (type == .agency || type == .person) && mentions.isDefaultTyped(m) && mentions[m].acronym == nil,
                Document.mayOpenNext26(bytes, after: mentions[m].end, letters: letters),
                let i = doc.tokenIndex(of: mentions[m])
            else { continue }
            let j = i + mentions[m].tokenCount - 1
            guard j + 1 < n, view[j + 1].kind == .word, !view[j + 1].isCapitalized, view[j + 1].sentence == view[j].sentence,
                EntityRecognizer.lowerHeadFirsts57.contains(doc.tokens, at: j + 1),
                let (last, kind) = lowerHead57(at: j + 1), !isIndefinite45(i), !isIndefiniteDescription65(i)
            else { continue }
            let sentence = view[j].sentence
            switch kind {
            case .place:
                // "the Colorado mountains": a state's or a country's mountains are no one place.
                if type == .place, isStateOrCountry57(i, j) { continue }
                becomeLowerHeadPlace57(m, from: i, to: last)
            case .area:
                // "Cantt division has recovered …" anywhere makes every "Cantt division" the body.
                becomeLowerHeadPlace57(m, from: i, to: last)
                areas.append(m)
                if bodyActs45(last + 1, sentence: sentence) { actingAreas.insert(mentions[m].key) }
            case .body:
                becomeBody45(m, from: i, to: last)
            case .acts:
                // As round forty-five: only a place's police or council ("Leeds police"), acting;
                // since round seventy-four also a place's or a default-typed name's police ending
                // its phrase after "with", "by", "according to" … (`Agencies74.swift`).
                // Since fixes22 also an unlisted name's police, acting ("Tarrow police arrested").
                guard (type == .place || type == .agency && isUnlistedPolice22(i, last))
                    && (bodyActs45(last + 1, sentence: sentence) || isPoliceRole57(last))
                    || (type == .place || type == .agency) && policeEndsPhrase74(i, last)
                else { continue }
                becomeBody45(m, from: i, to: last)
            case .ends:
                guard type == .place, !isTier57(i, last),
                    bodyActs45(last + 1, sentence: sentence) || endsNounPhrase57(last)
                else { continue }
                becomeBody45(m, from: i, to: last)
            case .closes:
                let end = courtOfAppeals28(last)
                guard closesCourt28(i, j, end, sentence: sentence) else { continue }
                becomeBody45(m, from: i, to: end)
            }
            made.append((m, j))
        }
        for m in areas where actingAreas.contains(mentions[m].key) {
            guard let i = doc.tokenIndex(of: mentions[m]) else { continue }
            becomeBody45(m, from: i, to: i + mentions[m].tokenCount - 1)
        }
        for (m, nameEnd) in made { joinFullerName57(m, nameEnd: nameEnd) }
    }

    /// Gives re-cut mention `m` (its name ending at token `nameEnd`) the key and name of a fuller
    /// mention of the same type that is the same thing: the head capitalised with a word after it
    /// ("Omaha police" → "Omaha Police Department") or words between the name and the head
    /// ("Duluth airport" → "Duluth International Airport"). The gold makes the short one an alias.
    private mutating func joinFullerName57(_ m: Int, nameEnd: Int) {
        let mention = mentions[m]
        let key = mention.key
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard let i = doc.tokenIndex(of: mention) else { return }
        let nameKey = Lexicon.key(Document.text(doc.bytes, view[i].start, view[nameEnd].end))
        let headKey = Lexicon.key(Document.text(doc.bytes, view[nameEnd + 1].start, mention.end))
        for other in mentions where other !== mention && other.type == mention.type && other.key != key {
            let k = other.key
            guard k.utf8.count > key.utf8.count, k.hasPrefix(nameKey + " ") else { continue }
            let words = k.split(separator: " ").count, ownWords = key.split(separator: " ").count
            if k.hasPrefix(key + " ") && words == ownWords + 1 || k.hasSuffix(" " + headKey) && words <= ownWords + 2 {
                mention.key = other.key
                mention.name = other.name
                return
            }
        }
    }

    /// The last token and kind of the longest listed head opening at token `k` (lower case, one
    /// sentence); nil when none.
    private func lowerHead57(at k: Int) -> (Int, LowerHeadKind57)? {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard let rows = EntityRecognizer.lowerHeads57[view[k].key] else { return nil }
        for row in rows {
            let last = k + row.rest.count
            guard last < view.count else { continue }
            var matches = true
            for (o, word) in row.rest.enumerated() {
                let t = k + 1 + o
                if view[t].kind != .word || view[t].isCapitalized || view[t].sentence != view[k].sentence || view[t].key != word {
                    matches = false
                    break
                }
            }
            if matches { return (last, row.kind) }
        }
        return nil
    }

    /// "Sioux Falls police officer", "Johor Baru South police chief": a role noun after "police".
    private func isPoliceRole57(_ head: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard view[head].key == "police", head + 1 < view.count, view[head + 1].kind == .word,
            view[head + 1].sentence == view[head].sentence, !view[head + 1].isCapitalized
        else { return false }
        return EntityRecognizer.policeRoles57.contains(doc.tokens, at: head + 1)
    }

    /// Whether head `head` ends its noun phrase: punctuation, the sentence's end, a capitalised
    /// word or a function word follows ("by the Punjab government.", "the Kano State government
    /// to …"), not a lower-case noun ("the Ontario government funding").
    func endsNounPhrase57(_ head: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let k = head + 1
        guard k < view.count, view[k].sentence == view[head].sentence, view[k].kind == .word else { return true }
        return view[k].isCapitalized || EntityRecognizer.functionWords.contains(doc.tokens, at: k)
    }

    /// "the Union government", "the Central government": a tier typed a place names no one body.
    private func isTier57(_ i: Int, _ head: Int) -> Bool {
        guard head == i + 1 else { return false }
        return EntityMerger.tierWords.contains(doc.tokens, at: i) || EntityRecognizer.tierPlaceWords45.contains(doc.tokens, at: i)
    }

    /// Whether tokens `i...j` are a listed US state or a country ("Colorado", "New Zealand").
    func isStateOrCountry57(_ i: Int, _ j: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        if i == j, view[i].flags.contains(.state) { return true }
        let key = i == j ? view[i].key : Lexicon.key(Document.text(doc.bytes, view[i].start, view[j].end))
        return lexicon.countryNames.contains(key) || input.shared.state(key) != nil
    }

    /// "the Indian government documented", "the Nepali embassy has": a demonym (a capitalised
    /// non-name that is no party, tier or creed) and a head the list lets a demonym name, acting
    /// or ending its phrase, is the body; the demonym alone was no mention.
    private mutating func addDemonymBodies57() {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let n = view.count
        // Round seventy-four's "the finance ministry" rides on this walk (`Agencies74.swift`): a
        // walk of its own over every token cost 0.4 % of the instructions.
        // Fixes19's "the rates cap" rides on it too (`addMoneyCap19`).
        // Fixes39's "the strategy and finance committee" too (`addJoinedCommittee39`).
        let bits = EntityRecognizer.demonymHeadBits57 | EntityRecognizer.ministryBit74 | EntityRecognizer.capBit19
            | EntityRecognizer.committeeBit39
        let ministryHash = EntityRecognizer.ministryHash74
        // Read once per walk: each read of a `static let` in the loop is a `swift_once` call.
        let demonymHeads = EntityRecognizer.demonymHeads57
        var k = 1
        while k < n {
            defer { k += 1 }
            guard bits & WordSet.bit(view[k].keyHash) != 0, view[k].kind == .word, !view[k].isCapitalized else { continue }
            if view[k].keyHash == ministryHash {
                addFieldMinistry74(at: k)
                continue
            }
            if view[k].keyHash == EntityRecognizer.capHash19 {
                addMoneyCap19(at: k)
                continue
            }
            if view[k].keyHash == EntityRecognizer.committeeHash39 {
                addJoinedCommittee39(at: k)
                continue
            }
            guard demonymHeads.contains(doc.tokens, at: k) else { continue }
            let d = k - 1
            guard view[d].kind == .word, view[d].isCapitalized, !view[d].isAllCaps, !claimed[d], !claimed[k],
                view[d].sentence == view[k].sentence, view[d].flags.contains(.nonName),
                !EntityRecognizer.nonNationWords57.contains(doc.tokens, at: d), !sentenceInitial.contains(d),
                !isIndefinite45(d), let (last, kind) = lowerHead57(at: k), kind == .ends,
                bodyActs45(last + 1, sentence: view[k].sentence) || endsNounPhrase57(last)
            else { continue }
            addMention(.agency, name: nil, range: d..<(last + 1))
            let added = mentions.count - 1
            mentions[added].isWeak = false
            mentions[added].rule = TypingRule.listedOrCued
        }
    }

    /// Re-cuts mention `m` to tokens `from...to` and makes it a cued place under its new name.
    private mutating func becomeLowerHeadPlace57(_ m: Int, from: Int, to: Int) {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        mentions[m].recut(start: view[from].start, end: view[to].end, tokenCount: to - from + 1, bytes: doc.bytes)
        mentions[m].becomeCuedPlace()
        mentions[m].isCanonical = false
        mentions[m].afterLocative = false
    }
}
