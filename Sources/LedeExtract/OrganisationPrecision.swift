/// Entities round thirty-one (agency precision): organisations the rules found twice under two
/// written forms (read after the learned stage and the acts of round twenty-eight), and generic
/// tiers of government that name no one body (dropped before the learned stage). Read once per
/// article over the groups only (no token scan), so it costs a few comparisons per organisation:
///
/// - **one body, two forms**: "Wells Fargo & Co." and "Wells Fargo" (a legal form after "&"),
///   "Jamshedpur FC" and "Jamshedpur" (a club's "FC"), "Saginaw Co. Health Department" and
///   "Saginaw County Health Department" ("Co." inside a name is the county), "PRA" and "the U.K.
///   Prudential Regulation Authority" (an acronym that leaves out the leading place);
/// - **a tier of government** written with capitals ("the State Government", "Local
///   Governments", "the National Government"): a tier, no body the guidelines name (a demonym's
///   "Indonesian Government" and a "Federal Government" stay).
extension EntityMerger {
    /// Clubs' suffixes: "Hyderabad FC" is "Hyderabad" in a match report.
    static let clubSuffixes: WordSet = ["fc", "afc", "f.c.", "cf", "sc"]
    /// Words that make "… Government" a tier rather than one government.
    static let tierWords: WordSet = ["state", "local", "national", "provincial", "regional", "municipal"]
    static let governmentWords: WordSet = ["government", "governments"]

    /// Drops the tiers of government (see the file's comment). Called before the learned typer:
    /// a name that is no entity is not the model's to retype (a retrain typed "LocalGovernment" a
    /// place, which then escaped this drop when it ran after the typer).
    @inline(never)
    func dropGovernmentTiers(_ groups: inout [Group], _ raw: [RawMention]) {
        for g in groups.indices where groups[g].type == .agency && !groups[g].members.isEmpty && isGovernmentTier(groups[g], raw) {
            groups[g].members = []
        }
    }

    /// Joins an article's organisation groups that are one body (see the file's comment). Called
    /// after every typing stage.
    @inline(never)
    func refineOrganisations(_ groups: inout [Group], _ raw: [RawMention]) {
        // One walk over the groups: tiers go; the few groups with a variant form are noted (most
        // articles have none, and then nothing else is built).
        var hasAcronym = false
        var changed: [(group: Int, key: String)] = []
        for g in groups.indices where groups[g].type == .agency && !groups[g].members.isEmpty {
            // Only the group's first full form is read: its later mentions repeat it or shorten it.
            // The mention's fields read through the array (a mention bound to a local is a retain
            // and a release).
            for i in groups[g].members {
                if raw[i].tokenCount == 1 {
                    if !hasAcronym, raw[i].end - raw[i].start <= 6, isAcronymMention(raw[i]) { hasAcronym = true }
                    continue
                }
                if EntityMerger.mayHaveVariant(raw[i].key) {
                    let key = EntityMerger.variantKey(raw[i].key)
                    if key != raw[i].key { changed.append((g, key)) }
                }
                break
            }
        }
        // A group with a variant form takes the organisation groups written as that form
        // ("Wells Fargo" joins "Wells Fargo & Co.", "Jamshedpur" joins "Jamshedpur FC").
        for c in changed where !groups[c.group].members.isEmpty {
            for h in groups.indices where h != c.group && groups[h].type == .agency && !groups[h].members.isEmpty {
                var same = false
                for i in groups[h].members where raw[i].key == c.key {
                    same = true
                    break
                }
                if !same { same = changed.contains { $0.group == h && $0.key == c.key } }
                if same { join(h, into: c.group, &groups) }
            }
        }
        // "PRA" beside "the U.K. Prudential Regulation Authority": an acronym of the name without
        // its leading place; the long names' initials are built once, only in such an article.
        if hasAcronym {
            var placeless: [(group: Int, initials: String)] = []
            for h in groups.indices where groups[h].type == .agency && !groups[h].members.isEmpty {
                for i in groups[h].members where raw[i].tokenCount >= 3 {
                    if let rest = EntityMerger.withoutLeadingPlace(raw[i].key, lexicon) { placeless.append((h, initials(ofKey: rest))) }
                    break
                }
            }
            if !placeless.isEmpty {
                for g in groups.indices where groups[g].type == .agency && !groups[g].members.isEmpty && isAcronymGroup(groups[g], raw) {
                    let key = raw[groups[g].members[0]].key
                    if let p = placeless.first(where: { $0.initials == key && $0.group != g && !groups[$0.group].members.isEmpty }) {
                        join(g, into: p.group, &groups)
                    }
                }
            }
        }
        // "Hyderabad" typed a place beside "Hyderabad FC": in a sports story the club's bare name,
        // never after a locative, is the club.
        guard !changed.isEmpty, doc.sportsWordCount >= 3 else { return }
        for g in groups.indices where groups[g].type == .place && !groups[g].members.isEmpty {
            let first = raw[groups[g].members[0]]
            guard first.tokenCount == 1, let c = changed.first(where: { $0.key == first.key && !groups[$0.group].members.isEmpty }) else { continue }
            var locative = false
            for i in groups[g].members where raw[i].afterLocative || raw[i].key != first.key {
                locative = true
                break
            }
            if !locative { join(g, into: c.group, &groups) }
        }
    }

    /// "wells fargo & co." → "wells fargo", "jamshedpur fc" → "jamshedpur", "saginaw co. health
    /// department" → "saginaw county health department".
    static func variantKey(_ key: String) -> String {
        guard mayHaveVariant(key) else { return key }
        var words = key.spaceSeparatedWords()
        var changed = false
        while words.count > 2, EntityRecognizer.legalForms.contains(words[words.count - 1]),
            words[words.count - 2] == "&" || words[words.count - 2] == "and"
        {
            words.removeLast(2)
            changed = true
        }
        if words.count > 1, clubSuffixes.contains(words[words.count - 1]) {
            words.removeLast()
            changed = true
        }
        for k in words.indices where k > 0 && k + 1 < words.count && words[k] == "co." {
            words[k] = "county"
            changed = true
        }
        return changed ? words.joined(separator: " ") : key
    }

    /// Whether `variantKey` may change the key, read off its bytes: an "&" or " and " before a
    /// last word, a club's suffix, "co." inside (most keys have none of them, and no words are built).
    static func mayHaveVariant(_ key: String) -> Bool {
        let b = key.utf8.span
        guard b.count >= 4 else { return false }
        var spaces = 0
        for i in b.indices {
            if b[i] == 38 { return true }
            if b[i] == 32 {
                spaces += 1
                // " co. " inside, " and co." at the end.
                if i + 4 < b.count, b[i + 1] == 99, b[i + 2] == 111, b[i + 3] == 46, b[i + 4] == 32 { return true }
                if i + 4 < b.count, b[i + 1] == 97, b[i + 2] == 110, b[i + 3] == 100, b[i + 4] == 32 { return true }
            }
        }
        guard spaces > 0 else { return false }
        // " fc", " afc", " f.c.", " cf", " sc" at the end.
        let n = b.count
        if b[n - 3] == 32, (b[n - 2] == 102 && b[n - 1] == 99) || (b[n - 2] == 99 && b[n - 1] == 102) || (b[n - 2] == 115 && b[n - 1] == 99) {
            return true
        }
        if b[n - 4] == 32, b[n - 3] == 97, b[n - 2] == 102, b[n - 1] == 99 { return true }
        return n >= 5 && b[n - 5] == 32 && b[n - 4] == 102 && b[n - 3] == 46 && b[n - 2] == 99 && b[n - 1] == 46
    }

    /// The key without a leading place ("u.k. prudential regulation authority" → "prudential
    /// regulation authority"); nil when the first word is no listed place.
    static func withoutLeadingPlace(_ key: String, _ lexicon: Lexicon) -> String? {
        guard let first = key.firstSpaceSeparatedWord(requiringAnother: true) else { return nil }
        let placeFlags: WordFlags = [.city, .state]
        let isPlace = first == "u.k." || first == "u.s." || first == "uk" || first == "us"
            || !(lexicon.interned.flags(of: first)?.isDisjoint(with: placeFlags) ?? true)
        guard isPlace else { return nil }
        return String(key.utf8.dropFirst(first.utf8.count + 1))
    }

    /// A group written only as one capitalised acronym ("PRA", "CDC").
    private func isAcronymGroup(_ group: Group, _ raw: [RawMention]) -> Bool {
        for i in group.members {
            guard raw[i].tokenCount == 1, raw[i].end - raw[i].start <= 6, isAcronymMention(raw[i]) else { return false }
        }
        return true
    }

    /// One word of two to six capital letters.
    private func isAcronymMention(_ m: RawMention) -> Bool {
        let name = m.name.utf8
        return m.tokenCount == 1 && name.count >= 2 && name.count <= 6 && name.allSatisfy { $0 >= 65 && $0 <= 90 }
    }

    /// "the State Government", "Local Governments": every mention is a tier word and "Government(s)".
    private func isGovernmentTier(_ group: Group, _ raw: [RawMention]) -> Bool {
        for i in group.members {
            // Most keys end in no tier word nor "government(s)": ruled out on the bytes first, read
            // through the array (the mention bound to a local first was a retain and a release).
            guard !raw[i].isCanonical, raw[i].tokenCount <= 2,
                raw[i].key.hasBytesSuffix("government") || raw[i].key.hasBytesSuffix("governments")
            else { return false }
            let m = raw[i]
            if m.tokenCount == 1 {
                // "LocalGovernment" run together by the page.
                guard m.key == "localgovernment" || m.key == "localgovernments" else { return false }
                continue
            }
            guard let last = m.key.lastSpaceSeparatedWord(where: { _ in true }), EntityMerger.governmentWords.contains(last), let first = m.key.firstSpaceSeparatedWord(requiringAnother: true),
                EntityMerger.tierWords.contains(first)
            else { return false }
        }
        return true
    }

    /// Moves group `from`'s mentions into group `into`, keeping text order.
    private func join(_ from: Int, into: Int, _ groups: inout [Group]) {
        guard from != into else { return }
        groups[into].members += groups[from].members
        groups[into].members.sort()
        groups[from].members = []
    }
}

extension EntityRecognizer {
    /// "Texas A&M", "Florida A&M University": a one-letter function word's capital glued to the
    /// ampersand and to a capital after it, after a capitalised name word, is inside the name
    /// ("AT&T" opening a run stays cut, as round twenty-eight found).
    func isGluedLetterAfterName(_ k: Int) -> Bool {
        let tokenList = doc.tokens
        let tokens = tokenList.span
        guard k >= 2, k + 1 < tokens.count, tokens[k - 1].end - tokens[k - 1].start == 1,
            tokens[k - 1].end == tokens[k].start, tokens[k].end == tokens[k + 1].start,
            tokens[k - 2].kind == .word, tokens[k - 2].isCapitalized, !tokens[k - 2].flags.contains(.nonName),
            tokens[k - 2].sentence == tokens[k].sentence
        else { return false }
        return true
    }
}
