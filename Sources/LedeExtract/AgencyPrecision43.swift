/// Entities round forty-three (entities43, agency precision on ordinary news): capitalised
/// generic plurals of bodies ("Relevant Government Ministries", "the Boards of Directors",
/// "both Houses of Parliament") name a class of bodies, no one body the guidelines list; nor does
/// the "Cabinet" of a role's title ("the Cabinet Secretary"). A pass over the finished mentions
/// (never inside `processSpan`); it searches the tokens of organisations of two to five words
/// and of a lone "Cabinet" only.
extension EntityRecognizer {
    /// Plurals of a body's head that name a kind of body, not one body. Heads that name one body
    /// in the plural ("Services", "Industries", "Holdings", "Ministries" of a church, "Reports"
    /// of a magazine) are left out.
    static let genericBodyPlurals43: WordSet = [
        "departments", "boards", "governments", "councils", "committees", "commissions", "authorities",
        "agencies", "assemblies", "houses", "offices", "bureaus", "bureaux", "tribunals", "legislatures",
        "parliaments", "senates", "cabinets", "municipalities", "directorates", "ministries",
    ]

    /// Roles a capitalised "Cabinet" opens ("Cabinet Secretary", "Cabinet Ministers"): in the
    /// counted gold no article with one holds "Cabinet" as an organisation.
    static let cabinetRoles43: WordSet = ["secretary", "secretaries", "minister", "ministers"]

    /// A body whose every word is a common or function word (no unlisted word, no acronym; a
    /// listed body only after "of") and whose last word is a generic plural, or which opens with
    /// one and "of" ("Boards of Directors", "Houses of Parliament"), is dropped. "Baastona
    /// Divisional Police Commands" (an unlisted word) and "Centers for Disease Control" ("for")
    /// stay. In the same walk, a title left before a body's name ("Director Kenya Meteorological
    /// Department": `titleSplit` leaves the run whole when a given name opens a body's name) is
    /// cut off.
    mutating func dropGenericPluralBodies43() {
        let count = mentions.count
        guard count > 0 else { return }
        var drop: [Int] = []
        for m in 0..<count where mentions[m].type == .agency && mentions[m].tokenCount <= 5 && mentions[m].acronym == nil {
            if mentions[m].tokenCount == 1 {
                // "the Cabinet Secretary": the body's word of a role's title names no body.
                if mentions[m].key == "cabinet", let i = doc.tokenIndex(of: mentions[m]), i + 1 < doc.tokens.count,
                    doc.tokens[i + 1].isCapitalized, EntityRecognizer.cabinetRoles43.contains(doc.tokens, at: i + 1)
                {
                    drop.append(m)
                }
                continue
            }
            guard !mentions[m].isCanonical else { continue }
            guard let i = doc.tokenIndex(of: mentions[m]) else { continue }
            let j = i + mentions[m].tokenCount - 1
            guard j < doc.tokens.count else { continue }
            if j - i >= 2, doc.tokens[i].flags.contains(.title), doc.tokens[i + 1].isCapitalized,
                doc.tokens[i + 1].flags.contains(.givenName), endsInBodyHead((i + 1)..<(j + 1))
            {
                mentions[m].recut(start: doc.tokens[i + 1].start, end: mentions[m].end, tokenCount: j - i, bytes: doc.bytes)
                continue
            }
            // The key's bytes before any word set: most bodies end in a singular head.
            guard mentions[m].key.hasBytesSuffix("s") || EntityRecognizer.firstWordEndsInS43(mentions[m].key) else { continue }
            let lastPlural = EntityRecognizer.genericBodyPlurals43.contains(doc.tokens, at: j)
            let firstPlural = EntityRecognizer.genericBodyPlurals43.contains(doc.tokens, at: i) && doc.tokens[i + 1].key == "of"
            guard lastPlural || firstPlural, isGenericRun43(i, j, listedAfterOf: firstPlural) else { continue }
            drop.append(m)
        }
        for n in drop.reversed() { mentions.remove(at: n) }
    }

    /// "boards of directors": the byte before the key's first space is an "s".
    /// Read through a `Span`: `utf8.firstIndex(of:)` took about 250 instructions a key. Static:
    /// as a method, its call with a key of `mentions` copied the whole recogniser (a retain and a
    /// release of each of its arrays, speed round twenty-eight).
    private static func firstWordEndsInS43(_ key: String) -> Bool {
        let bytes = key.utf8.span
        var space = 0
        while space < bytes.count, bytes[space] != 32 { space += 1 }
        guard space < bytes.count, space > 0 else { return false }
        return bytes[space - 1] == 115
    }

    /// Every token from `i` to `j` a common word or a function word: no acronym or unlisted
    /// word, and no listed name except after "of" in "Houses of Parliament".
    private func isGenericRun43(_ i: Int, _ j: Int, listedAfterOf: Bool) -> Bool {
        for k in i...j {
            let flags = doc.tokens[k].flags
            guard doc.tokens[k].kind == .word, !doc.tokens[k].isAllCaps, !flags.contains(.known) || listedAfterOf && k > i + 1
            else { return false }
            if flags.contains(.common) || EntityRecognizer.functionWords.contains(doc.tokens, at: k) { continue }
            return false
        }
        return true
    }

    /// "the Director Kenya Meteorological Department": a run of two or more words after a title
    /// whose last word is a body's head (no surname: "Officer Tom Bank" keeps its person) is a
    /// body's name, though a given name ("Kenya") opens it. Read by `titleSplit`.
    func endsInBodyHead(_ rest: Range<Int>) -> Bool {
        guard rest.count >= 2 else { return false }
        let flags = doc.tokens[rest.upperBound - 1].flags
        return flags.contains(.orgHead) && !flags.contains(.surname) && !flags.contains(.givenName)
    }
}

extension EntityMerger {
    /// "along the Causeway" after "the Johor Causeway" (a site `FacilitySites.swift` made a
    /// place): a lone site head is that place, not a body of its own. Before, the lone word joined
    /// the full name while both were organisations; once the full name is a place the merger's
    /// short-name links (organisations only) no longer reach it. Read over the groups only.
    @inline(never)
    func joinSiteHeadsToPlaces43(_ groups: inout [Group], _ raw: [RawMention]) {
        // The lone head may be typed a place already (a site head alone, since the lead's
        // merge of round seventeen): it joins the full name all the same.
        for g in groups.indices where (groups[g].type == .agency || groups[g].type == .place) && !groups[g].members.isEmpty {
            let first = groups[g].members[0]
            guard raw[first].tokenCount == 1, !raw[first].isCanonical, EntityRecognizer.siteOnlyHeads40.contains(raw[first].key),
                groups[g].members.allSatisfy({ raw[$0].tokenCount == 1 })
            else { continue }
            let head = raw[first].key
            // The place group whose full name ends in the head, if exactly one does.
            var target: Int? = nil
            for p in groups.indices where groups[p].type == .place && !groups[p].members.isEmpty {
                let m = groups[p].members[0]
                guard raw[m].tokenCount >= 2, raw[m].key.lastSpaceSeparatedWord(where: { _ in true }) == head else { continue }
                if target != nil { target = nil; break }
                target = p
            }
            guard let p = target else { continue }
            groups[p].members += groups[g].members
            groups[p].members.sort()
            groups[g].members = []
        }
    }
}
