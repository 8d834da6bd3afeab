/// Fixes round twenty-two (fixes22, twentieth session): shapes from the misses of the learning
/// group G14 (final101–105), each seen on two articles or more. See `docs/extraction-history.md`,
/// "Twentieth session".
///
/// **A body's capitalised "Member" title before a person** (`takeMemberTitle22`, read by
/// `processSpan`): "City Council Member Jo Lendis", "Council Member Ana Pirel", "District G
/// Council Member Jo Lendis", "Standing Committee Member Ana Pirel". The title list holds
/// "council member" in lower case and "Councilmember" as one word, but no token of the
/// capitalised pair is a title, so the whole run was read as one body ("City Council Member Jo
/// Lendis") or as nothing. A capitalised "Member" after a body's last word (`member-bodies.txt`,
/// `body|`) and before one to three capitalised words that open with a name is the person's
/// title: the words after it are the person, the words before it the body ("City Council"); a
/// seat of one number or letter before the body ("District G", "Ward 8": `seat|`) is a place
/// instead, a seat that names none ("At-Large": `none|`) nothing, and a body's last word alone
/// ("Council Member Ana Pirel") no body.
extension EntityRecognizer {
    /// `StringTable<Bool>.hash("member")`, a literal: no `swift_once` a read (`Fixes22Tests` checks it).
    static let memberHash22 = -8309803659357364006
    static let memberBodies22 = WordSet(Lexicon.shared.memberBodies22)
    static let memberSeats22 = WordSet(Lexicon.shared.memberSeats22)
    static let memberNoSeats22 = WordSet(Lexicon.shared.memberNoSeats22)

    /// See the file's comment. True when the run was taken.
    mutating func takeMemberTitle22(_ tokens: [Token], _ lo: Int, _ hi: Int, depth: Int) -> Bool {
        guard hi - lo >= 3 else { return false }
        // By hash first: almost no run holds "Member".
        let memberHash = EntityRecognizer.memberHash22
        let view = tokens.span
        var k = lo + 1
        while k < hi - 1, view[k].keyHash != memberHash { k += 1 }
        guard k < hi - 1, view[k].key == "member", tokens[k].isCapitalized, !tokens[k].isAllCaps,
            EntityRecognizer.memberBodies22.contains(tokens, at: k - 1), tokens[k - 1].isCapitalized
        else { return false }
        // The person: one to three capitalised words up to a connector or the run's end, no head
        // among them, the first a given name, a surname or no common word.
        var e = k + 1
        while e < hi, !isConnector(e), tokens[e].kind == .word, tokens[e].isCapitalized { e += 1 }
        let count = e - (k + 1)
        let first = tokens[k + 1].flags
        guard count >= 1, count <= 3, e == hi || isConnector(e),
            !first.isDisjoint(with: [.givenName, .surname]) || !first.contains(.common),
            !first.contains(.title), !first.contains(.nonName), !first.contains(.temporal),
            !((k + 1)..<e).contains(where: { !tokens[$0].flags.isDisjoint(with: [.orgHead, .placeHead, .policyHead]) })
        else { return false }
        // The body and its seat.
        let body = k - 1
        if body > lo {
            if EntityRecognizer.memberNoSeats22.contains(tokens, at: lo), body - lo <= 2 {
                // "At-Large Council Member", "At-Large 1 Council Member": no place, no body.
            } else if body - lo == 2, EntityRecognizer.memberSeats22.contains(tokens, at: lo), isSeatLabel22(lo + 1) {
                addMention(.place, name: nil, range: lo..<(lo + 2))
            } else {
                processSpan(tokens, lo..<k, depth: depth + 1)
            }
        }
        let descriptor = Document.text(doc.bytes, tokens[body].start, tokens[k].end)
        addPerson(tokens, (k + 1)..<e, descriptor: descriptor)
        if e < hi { processSpan(tokens, (e + 1)..<hi, depth: depth + 1) }
        return true
    }

    /// A seat's label: a number ("Ward 8") or one capital letter ("District G").
    private func isSeatLabel22(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        if t.kind == .number { return t.end - t.start <= 3 }
        return t.kind == .word && t.end - t.start == 1 && t.isCapitalized
    }
}

/// **An unlisted name's police, acting** (`isUnlistedPolice22`, read by `applyLowerHeads57`):
/// "Tarrow police arrested two men", "the Special Operations Team of Kelmora police arrested …",
/// "Tarrow police officers said": round forty-five took a place's police when it acts or a role
/// noun follows ("Leeds police say"), but a town no list holds ("Narayanguda", "Cyberabad") is
/// typed a body by default, so its police was left out and the town alone stood as a body. A
/// default-typed body of one or two capitalised words (no head, no acronym, not in capitals)
/// before a lower-case "police" that acts is the force, as a place's is.
extension EntityRecognizer {
    func isUnlistedPolice22(_ i: Int, _ head: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard view[head].key == "police", head - i >= 1, head - i <= 2 else { return false }
        for k in i..<head {
            guard view[k].kind == .word, view[k].isCapitalized, !view[k].isAllCaps,
                view[k].flags.isDisjoint(with: [.orgHead, .placeHead, .policyHead, .title, .titleWord, .nonName, .known])
            else { return false }
        }
        return true
    }
}

/// **An office named by its officer's title** (`takeOfficeOfTitle22`, read by `processSpan`):
/// "the Office of the Attorney General", "the Office of the President", "the Office of the Data
/// Protection Commissioner", "the Office of the Government Attorney". The run ends in a title
/// with no person after it, so the title split cut it there and kept "Office of the" (nothing)
/// or "Office of the Data Protection" (a body without its last word). "Office of the", then one
/// to four capitalised words ending in a title, no connector among them, is one body.
extension EntityRecognizer {
    /// `StringTable<Bool>.hash("office")`, a literal: no `swift_once` a read (`Fixes22Tests` checks it).
    static let officeHash22 = 5070520982139534438

    /// See the comment above. True when the run was taken.
    mutating func takeOfficeOfTitle22(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo >= 4, hi - lo <= 7, tokens.span[lo].key == "office",
            tokens[lo].isCapitalized, !tokens[lo].isAllCaps, tokens.span[lo + 1].key == "of", tokens.span[lo + 2].key == "the",
            isTitle(hi - 1)
        else { return false }
        for k in (lo + 3)..<hi {
            guard tokens[k].kind == .word, tokens[k].isCapitalized, !isConnector(k) else { return false }
        }
        addMention(.agency, name: nil, range: lo..<hi)
        return true
    }
}
