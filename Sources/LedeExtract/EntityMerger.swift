/// Merges mentions into one entity per real-world thing: surnames join full names, acronyms
/// their expansions, a company's short name its full name, lone capitalised words what they
/// refer to (or nothing).
struct EntityMerger {
    let doc: Document
    /// The word lists by reference (see `SharedLexicon`); read by `Demonyms74.swift` for its
    /// filtered look-ups of the known names.
    let shared: SharedLexicon
    @inline(__always) var lexicon: Lexicon { shared.lexicon }

    init(doc: Document, lexicon: Lexicon) { self.init(doc: doc, shared: SharedLexicon(lexicon)) }

    init(doc: Document, shared: SharedLexicon) {
        self.doc = doc
        self.shared = shared
    }

    /// Whether the learned typing stage may retype or drop groups (`EntityTyper.swift`).
    var learnedTyping = false
    /// When set, the typing stage records every group's features here and changes nothing.
    var typingSink: TypingFeatureSink? = nil

    struct Group {
        var type: EntityType
        var isWeak: Bool
        /// Indexes into the raw mentions, in text order (the first held inline: `Speed47.swift`).
        var members = GroupMembers()
        /// Typed an organisation by the document's evidence ("agreed to buy X", "X's shares"), which
        /// the learned typer does not overrule (`isTypingExempt`).
        var typedByEvidence = false
    }

    /// A group's key: its type (nil for weak mentions of unknown type) and its mention key.
    private struct GroupKey {
        var type: EntityType?
        var key: String
        /// Which of the per-type tables holds it.
        var table: Int {
            switch type {
            case .person: 0
            case .place: 1
            case .agency: 2
            case .policy: 3
            case nil: 4
            }
        }
    }

    /// The group of each type (and of weak mentions) under one key.
    struct GroupsByType {
        var person = -1, place = -1, agency = -1, policy = -1, weak = -1
        subscript(table: Int) -> Int? {
            get {
                let g = switch table {
                case 0: person
                case 1: place
                case 2: agency
                case 3: policy
                default: weak
                }
                return g < 0 ? nil : g
            }
            set {
                let g = newValue ?? -1
                switch table {
                case 0: person = g
                case 1: place = g
                case 2: agency = g
                case 3: policy = g
                default: weak = g
                }
            }
        }
    }

    private static let companySuffixes: WordSet = [
        "co.", "inc.", "corp.", "llc", "ltd.", "company", "corporation", "plc", "airlines", "airways", "technologies",
        "motors", "industries", "pharmaceuticals",
        "bhd", "berhad",
    ]
    /// Legal forms: "Research In Motion Ltd." and "Research In Motion" are one company.
    /// The longest legal form's length in bytes: a longer last word is ruled out before any `String` is built.
    /// A literal ("limited"; `Speed43Tests` checks it against the list): computed at first use, it
    /// was a `swift_once` call on each of 7,700 calls a corpus round.
    static let longestLegalForm = 7
    private static let countyHeads: WordSet = ["county", "parish", "borough", "township"]
    private static let buildingHeads: WordSet = ["school", "hospital", "academy", "church", "library", "center", "centre", "stadium", "arena"]

    /// The key without a closing legal form when at least two words remain ("research in
    /// motion ltd." → "research in motion"; "acme corp." keeps its form: its first word joins it).
    private static func withoutLegalForm(_ key: String) -> String? {
        // The last space is found on the bytes, and a last word longer than any legal form is ruled
        // out before a `String` of it is built.
        let bytes = key.utf8.span
        var last = bytes.count - 1
        while last >= 0, bytes[last] != 32 { last -= 1 }
        guard last >= 0, bytes.count - last - 1 <= longestLegalForm,
            EntityRecognizer.mayBeLegalForm39(bytes, (last + 1)..<bytes.count)  // speed round thirty-nine
        else { return nil }
        let space = key.utf8.index(key.utf8.startIndex, offsetBy: last)
        guard EntityRecognizer.legalForms.contains(String(key[key.utf8.index(after: space)...])) else { return nil }
        let rest = key[..<space]
        guard rest.utf8.contains(32) else { return nil }
        // Round twenty-five: two forms ("Gamuda Sdn Bhd", "Acme Pte Ltd") go together.
        // Round twenty-eight: "TCS Group" after "TCS Group Holdings Bhd" (`OrganisationActs.swift`).
        return withoutHoldingsWord(withoutLegalForm(String(rest)) ?? String(rest))
    }

    /// `unsorted` is consumed: the recogniser's array, no longer shared, is sorted in place
    /// (`sorted` copied it, a retain and a release of every mention).
    func merge(_ unsorted: consuming [RawMention]) -> [Entity] {
        let raw = EntityMerger.sortedByStart(unsorted)
        let capacity = raw.count
        // At most a group per mention: reserved, the array never grows (each growth copied the groups).
        var groups: [Group] = []
        groups.reserveCapacity(capacity)
        // One table, a group per type under each key: nested tables in an array would be
        // copied on every write through the closure below.
        var groupIndex = StringTable<GroupsByType>(minimumCapacity: capacity)
        // Which group each mention joined, for the weak mentions' look-up (`JoinLog`).
        var joins = JoinLog(capacity: capacity)
        func add(_ i: Int, to g: Int) {
            groups[g].members.append(i)
            joins.record(i, g)
        }
        /// Adds mention `i` to the group of `key`, made for it if there is none (its members
        /// array made with it: appending to an empty one cost a reallocation).
        @discardableResult
        func add(_ i: Int, toGroupOf key: GroupKey, type: EntityType) -> Int {
            // A new group takes the next index, and is made after the look-up: `groups` read or
            // written inside the closure cost a dynamic exclusivity check each time.
            let next = groups.count
            let g = groupIndex.update(key.key, default: GroupsByType()) { slots in
                if let g = slots[key.table] { return g }
                slots[key.table] = next
                return next
            }
            if g == next {
                groups.append(Group(type: type, isWeak: key.type == nil, members: GroupMembers(i)))
                joins.record(i, g)
            } else {
                add(i, to: g)
            }
            return g
        }

        // Full names first, so surnames and short names have something to join.
        var surnames = SurnameIndex()
        // "Taylor" after "Taylor Swift": a listed given name alone is the one person it opens (-1: several).
        // Each as its full name's mention and the byte count of its first word (the word is not
        // built: speed round forty-seven), whether that word is ASCII, and the group.
        var givenNames: [(mention: Int, length: Int, ascii: Bool, group: Int)] = []
        var firstWords = StringTable<Int>()
        var lastWords = StringTable<Int>()
        var acronyms = StringTable<Int>()
        // Initials no look-up can match are not built (`initialsMayBeLookedUp`).
        let shortestLookup = EntityMerger.shortestAcronymLookup(raw)
        // Single-word places wait: "Green" may be the surname of "Terence Green".
        // A lone known company name ("Microsoft") waits too: "Microsoft Corp." may be its full name.
        func isFull(_ i: Int) -> Bool { raw[i].tokenCount > 1 || (raw[i].isCanonical && raw[i].type == .policy) }
        // "Red Sox" after "Boston Red Sox": a team's name without its place is the same team.
        // Only the long names' keys are kept here; a short name is compared by bytes below.
        var longAgencies: [String] = []
        for i in raw.indices where raw[i].tokenCount >= 3 && raw[i].type == .agency && !raw[i].isWeak { longAgencies.append(raw[i].key) }
        func placeDropped(_ key: String) -> String? {
            for long in longAgencies where long.utf8.count > key.utf8.count + 1 && long.utf8.count <= key.utf8.count + 16 {
                let cut = long.utf8.index(long.utf8.endIndex, offsetBy: -key.utf8.count)
                let spaceIndex = long.utf8.index(before: cut)
                guard long.utf8[spaceIndex] == 32, long.utf8[cut...].elementsEqual(key.utf8), key.utf8.contains(32),
                    shared.known(String(long[..<spaceIndex]))?.kind == .place
                else { continue }
                return long
            }
            return nil
        }
        for i in raw.indices where !raw[i].isWeak && isFull(i) {
            var key = raw[i].type == .agency && !longAgencies.isEmpty && raw[i].tokenCount >= 2 ? placeDropped(raw[i].key) ?? raw[i].key : raw[i].key
            if raw[i].type == .agency { key = EntityMerger.withoutLegalForm(key) ?? EntityMerger.withoutHoldingsWord(key) }
            let g = add(i, toGroupOf: GroupKey(type: raw[i].type, key: key), type: raw[i].type)
            guard raw[i].tokenCount > 1 || raw[i].acronym != nil else { continue }
            if raw[i].type == .person {
                // The two words read are built alone (an array of every word cost more).
                if let surname = raw[i].key.lastSpaceSeparatedWord(where: { !EntityRecognizer.generationalSuffixes.contains($0) }) {
                    surnames.append(surname, group: g, start: raw[i].start)
                }
                // "Park" after "Park Geun-hye": an East Asian surname comes first (`Persons75.swift`).
                if raw[i].tokenCount == 2, raw[i].key.hasHyphenByte, let first = EntityMerger.surnameFirst75(raw[i].name, key: raw[i].key) {
                    surnames.append(first, group: g, start: raw[i].start)
                }
                if let given = raw[i].key.firstSpaceSeparatedWordRange47(requiringAnother: true) {
                    // Room for several at the first: grown from empty, the list reallocated at 1, 2 and 4.
                    if givenNames.isEmpty { givenNames.reserveCapacity(8) }
                    // The first word starts the key: its range is its length.
                    givenNames.append((i, given.upperBound, given.lowerBound == 0 && raw[i].key.isASCII47(given), g))
                }
                // "Jokowi" after "Joko “Jokowi” Widodo": a quoted nickname is joined as a surname is.
                for alias in raw[i].aliasList49 ?? [] where !alias.utf8.contains(32) {
                    surnames.append(Lexicon.key(alias), group: g, start: raw[i].start)
                }
            } else if raw[i].type == .agency {
                // The words read are built alone (an array of every word cost more).
                // The first word is built only where it is filed (speed round forty-seven).
                if let firstRange = raw[i].key.firstSpaceSeparatedWordRange47(requiringAnother: true),
                    let last = raw[i].key.lastSpaceSeparatedWord(where: { _ in true })
                {
                    let firstCount = firstRange.count
                    // "EOG" after "EOG Resources": an acronym opening a name is its short name.
                    if raw[i].tokenCount > 1, firstCount >= 2, firstCount <= 5,
                        doc.isCapitalLetters47(raw[i].start, min(raw[i].start + firstCount, raw[i].end))
                    {
                        firstWords.setIfAbsent(raw[i].key.word47(firstRange), g)
                    }
                    if EntityMerger.companySuffixes.contains(last) {
                        let first = raw[i].key.word47(firstRange)
                        firstWords[first] = g
                        // "Domino's Pizza Inc." is "Domino's" too, and the tokenizer splits that possessive off.
                        if first.hasBytesSuffix("'s") { firstWords[String(first.dropLast(2))] = g }
                    }
                    if last.hasBytesSuffix("s"), !lexicon.has(.orgHead, last) { lastWords[last] = g }
                    // "United" after "Manchester United": a two-word name's own last word, not a head or a place.
                    else if raw[i].key.spaceSeparatedWordCount() == 2, !lexicon.has(.orgHead, last), !lexicon.has(.placeHead, last),
                        shared.known(last) == nil
                    {
                        lastWords.setIfAbsent(last, g)
                    }
                    if EntityMerger.initialsMayBeLookedUp(raw[i].key, shortest: shortestLookup) {
                        acronyms.setIfAbsent(initials(ofKey: raw[i].key), g)
                    }
                }
                if let acronym = raw[i].acronym { acronyms[Lexicon.key(acronym).replacingDots()] = g }
            } else if raw[i].type == .place, raw[i].tokenCount >= 2, !raw[i].isCanonical {
                // "Bach" after "Bach Elementary School": a building's own first word is its short name.
                // "Volusia" after "Volusia County": a county's own first word is its short name.
                if let head = raw[i].key.lastSpaceSeparatedWord(where: { _ in true }),
                    EntityMerger.buildingHeads.contains(head) || EntityMerger.countyHeads.contains(head),
                    let first = raw[i].key.firstSpaceSeparatedWord(),
                    shared.known(first) == nil
                {
                    firstWords.setIfAbsent(first, g)
                }
            } else if raw[i].type == .policy, let acronym = raw[i].acronym {
                acronyms[Lexicon.key(acronym).replacingDots()] = g
            } else if raw[i].type == .policy, raw[i].tokenCount >= 3, let c = raw[i].name.utf8.first, c >= 65 && c <= 90 {
                // "DTAA" after "Double Taxation Avoidance Agreement": a title's initials (entities24).
                if EntityMerger.initialsMayBeLookedUp(raw[i].key, shortest: shortestLookup) {
                    acronyms.setIfAbsent(initials(ofKey: raw[i].key), g)
                }
            }
        }
        // Complete once the full names are read: a constant, which `link` reads in place (the
        // variable, captured, was copied at each look-up: a retain and a release of its arrays).
        let fullNameSurnames = surnames
        func link(_ i: Int) -> Int? {
            let key = raw[i].key
            // "Green said" after "Terence Green": a surname beats a town of that name.
            if raw[i].type == .person || raw[i].isWeak || (raw[i].type == .place && raw[i].tokenCount == 1),
                let candidates = fullNameSurnames.groups(key, before: raw[i].start)
            {
                return candidates.before ?? candidates.first
            }
            // Round twenty: "the Obama administration" after "Barack Obama": a lone unlisted word
            // taken for an organisation that is the surname of a person named in full before it is
            // that person (a listed company, "Dell" after "Michael Dell", keeps its own entity).
            if raw[i].type == .agency, raw[i].tokenCount == 1, !raw[i].isCanonical, raw[i].acronym == nil, raw[i].rule == TypingRule.fallbackRun,
                let g = fullNameSurnames.groups(key, before: raw[i].start)?.before
            {
                return g
            }
            // Only a listed given name: "Activision said" never joins "Activision Blizzard" taken for a person.
            if !givenNames.isEmpty, raw[i].type == .person || raw[i].isWeak, raw[i].tokenCount == 1 {
                // The few full names first; the lists only for a word that opens one.
                var found: Int? = nil
                // ASCII words are equal exactly when their bytes are; any other pair is compared as
                // `String`s (canonical equivalence), the word built as before.
                // The byte counts first: most words differ in length.
                let keyBytes = key.utf8.span
                var keyIsASCII = true
                for k in keyBytes.indices where keyBytes[k] >= 0x80 {
                    keyIsASCII = false
                    break
                }
                for entry in givenNames
                where entry.ascii && keyIsASCII
                    ? entry.length == keyBytes.count && raw[entry.mention].key.utf8.span.startsWith47(keyBytes)
                    : raw[entry.mention].key.firstSpaceSeparatedWord(requiringAnother: true) == key
                {
                    if found != nil && found != entry.group { found = -1; break }
                    found = entry.group
                }
                if let g = found, g >= 0, lexicon.has(.givenName, key), !fullNameSurnames.contains(key) { return g }
            }
            // "Southwest said" after "Southwest Airlines": a place name that speaks is the company.
            if raw[i].type == .place, raw[i].tokenCount == 1, raw[i].beforeSpeechVerb, let g = firstWords[key] { return g }
            if raw[i].type == .agency || raw[i].isWeak {
                if let g = acronyms[key.replacingDots()] { return g }
                if let g = firstWords[key] { return g }
                if let g = lastWords[key] { return g }
            }
            return nil
        }
        for i in raw.indices where !raw[i].isWeak && !isFull(i) {
            // The "(ARM)" after "ARM Holdings Plc" carries its long name's key, which keys the group without its legal form.
            let key = raw[i].type == .agency ? EntityMerger.withoutLegalForm(raw[i].key) ?? raw[i].key : raw[i].key
            if let g = link(i) { add(i, to: g) } else { add(i, toGroupOf: GroupKey(type: raw[i].type, key: key), type: raw[i].type) }
        }
        var weakCounts = StringTable<Int>(minimumCapacity: capacity)
        for i in raw.indices where raw[i].isWeak { weakCounts.update(raw[i].key, default: 0) { $0 += 1 } }
        for i in raw.indices where raw[i].isWeak {
            if let target = link(i) {
                add(i, to: target)
            } else if let existing = joins.firstGroup(ofKey: raw[i].key, raw) {
                add(i, to: existing)
            } else if isPlausibleName(raw[i], sameKeyCount: weakCounts[raw[i].key, default: 0]) {
                add(i, toGroupOf: GroupKey(type: nil, key: raw[i].key), type: raw[i].type)
            }
        }
        reconcilePlacesAndAgencies(&groups, raw, groupIndex)
        // A weak group with a speech verb somewhere is a person; one only ever "in X" a place.
        for g in groups.indices where groups[g].isWeak {
            if groups[g].members.contains(where: { raw[$0].type == .person }) {
                groups[g].type = .person
            } else if groups[g].members.allSatisfy({ raw[$0].afterLocative })
                || groups[g].members.contains(where: { raw[$0].inPlaceContext })
            {
                groups[g].type = .place
            }
        }
        retypeByEvidence(&groups, raw, groupIndex)
        // Tiers of government ("the State Government") are no body: gone before the typer looks.
        dropGovernmentTiers(&groups, raw)
        if typingSink != nil || (learnedTyping && lexicon.typer != nil) {
            applyLearnedTyping(&groups, raw, model: lexicon.typer, space: lexicon.typingSpace, sink: typingSink)
        }
        // "in Holtville, Lake Jordan, Slapout and Titus": persons only ever in a list of places;
        // a lone middle name ("Kamau") joins its full name (`PersonPlaceLists.swift`).
        reviewPersonGroups(&groups, raw, groupIndex)
        // Unlisted places and persons that act as bodies ("X, a property developer"): `OrganisationActs.swift`.
        retypeByOrganisationActs(&groups, raw)
        // One body under two forms: `OrganisationPrecision.swift`.
        refineOrganisations(&groups, raw)
        // "Toms said" after "Anna-Maria Toms" typed a body: the person (`SpokenSurnames.swift`).
        retypeSpokenSurnames(&groups, raw)
        // "Roz Henderson said": a speaking name whose last word is a surname (`AgencyPrecision52.swift`).
        retypeSpeakingSurnames52(&groups, raw)
        // "along the Causeway" after "the Johor Causeway", a site: that place (`AgencyPrecision43.swift`).
        joinSiteHeadsToPlaces43(&groups, raw)
        // Teams' cities, teams in lists, players' surnames in game stories: `SportsTeams.swift`.
        reviewSportsTeams(&groups, raw)
        // A town acting as a side of a game ("against Stoke", "Hull's second") is the team (`Teams19.swift`).
        reviewTeamSides19(&groups, raw)
        // A nickname ("the Rams") joins its team named otherwise (`TeamNicknames55.swift`).
        joinTeamNicknames55(&groups, raw)
        // One name under two spellings, a person's short form beside the full one (`Merges69.swift`).
        joinSpellingsAndShortForms69(&groups, raw)
        // A body's short form beside its one full name ("Senate" after "Montana Senate"): `Merges70.swift`.
        joinBodyShortForms70(&groups, raw)
        // "Oklahomans", "New Yorkers": a resident noun of a listed place is no entity (`Demonyms74.swift`).
        dropResidentNouns74(&groups, raw)
        return build(groups: groups, raw: raw)
    }

    /// The mentions in text order: the same stable sort `sorted(by:)` runs, on the array itself.
    private static func sortedByStart(_ mentions: consuming [RawMention]) -> [RawMention] {
        var sorted = mentions
        sorted.sort { $0.start < $1.start }
        return sorted
    }

    /// One name typed both person and agency in one article is the person; one typed both place and
    /// agency: a known place that some mention made a
    /// team ("No. 8 Utah", "beating Stanford") is the team throughout; an unlisted name that its
    /// context once made a place ("Helena-West Helena, Arkansas") is that place throughout.
    private func reconcilePlacesAndAgencies(_ groups: inout [Group], _ raw: [RawMention], _ groupIndex: StringTable<GroupsByType>) {
        for g in groups.indices where groups[g].type == .agency && !groups[g].isWeak && !groups[g].members.isEmpty {
            let key = raw[groups[g].members[0]].key
            // The group table already holds each key's place and person groups: no second table.
            guard let slots = groupIndex[key] else { continue }
            // "Amit Shah urges …" in a headline, "minister Amit Shah said" below: an unlisted name
            // without a head word that is a person elsewhere is that person.
            if let person = slots[0], person != g, !groups[person].members.isEmpty,
                !groups[g].members.contains(where: { raw[$0].isCanonical }),
                !lexicon.has(.orgHead, key.lastSpaceSeparatedWord(where: { _ in true }) ?? key)
            {
                groups[person].members += groups[g].members
                groups[g].members = []
                continue
            }
            guard let p = slots[1], p != g, groups[p].type == .place, !groups[p].members.isEmpty else { continue }
            if shared.known(key)?.kind == .place {
                groups[g].members += groups[p].members
                groups[p].members = []
            } else if !groups[g].members.contains(where: { raw[$0].isCanonical }), !lexicon.has(.orgHead, key.lastSpaceSeparatedWord(where: { _ in true }) ?? key) {
                groups[p].members += groups[g].members
                groups[g].members = []
            }
        }
    }

    /// A lone capitalised word that joined nothing: a name if it is no common word and it is
    /// not only ever the capital of a sentence's first word.
    private func isPlausibleName(_ m: RawMention, sameKeyCount: Int) -> Bool {
        if sameKeyCount > 1 { return true }
        // "told the Courier", "The Ledger understands": a masthead word (`NewsOutlets50.swift`).
        if m.type == .agency, let lo = doc.tokenIndex(of: m), doc.isOutletCue50(lo, lo + 1, type: m.type) { return true }
        // "Halvorsen reached the final … of his career": a sentence's first word that a person's
        // cue follows is a name (see `NameEvidence.swift`).
        if m.isSentenceInitial {
            return !(lexicon.interned.flags(of: m.key)?.contains(.common) ?? false) && evidence(m) == .person
        }
        return !(lexicon.interned.flags(of: m.key)?.contains(.common) ?? false)
            && !(m.key.hasBytesSuffix("s") && lexicon.has(.common, String(m.key.dropLast())))
    }
}
