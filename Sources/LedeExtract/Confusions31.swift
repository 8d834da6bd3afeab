/// Confusion round thirty-one (confusions31, twenty-first session): agency ↔ place confusions
/// and place false positives. See `docs/extraction-history.md`, "confusions31".
///
/// **A sea, gulf, strait, cape or island named head first before "of"** ("the Sea of Japan",
/// "the Gulf of Guinea", "the Island of Montreal"): the run reads as a body's "<Head> of <Place>"
/// ("Bank of Japan") and was typed an organisation by default, or dropped by the learned typer.
/// A run typed an organisation whose first word is in `feature-heads.txt`, whose second is "of"
/// and whose other words hold no body's head ("Bay of Plenty Regional Council" stays a body) is
/// that place.
///
/// **A kind of site after an indefinite determiner** ("contact any Garda station", "detained at a
/// Garda station in the city"): "<Name> <lower-case site noun>" names one site only when a
/// definite word or nothing stands before it ("Paltan police station"); after a determiner of
/// `kind-determiners.txt` it is any site of that kind. Such a place mention gives the name
/// before the noun when that is a listed place ("an Iowa jail" → Iowa), nothing otherwise.
extension EntityRecognizer {
    static let featureHeads31 = WordSet(Lexicon.shared.featureHeads31)
    static let kindDeterminers31 = WordSet(Lexicon.shared.kindDeterminers31)

    mutating func applyConfusions31() {
        let count = mentions.count
        guard count > 0 else { return }
        let bytes = doc.bytes
        var drop: [Int] = []
        for m in 0..<count where mentions[m].tokenCount >= 2 && !mentions[m].isCanonical {
            // The fields are read in place (a mention bound to a local is retained and released).
            if mentions[m].type == .agency {
                // "Sea of …": the text's second word is "of", read from its bytes before any token search.
                guard mentions[m].tokenCount >= 3, EntityRecognizer.secondWordIsOf31(bytes, mentions[m].start, mentions[m].end),
                    let i = doc.tokenIndex(of: mentions[m]), isFeatureOfName31(i, i + mentions[m].tokenCount)
                else { continue }
                mentions[m].becomeCuedPlace()
            } else if mentions[m].type == .place {
                // The last word in lower case ("station"), read from the bytes before any token search.
                guard EntityRecognizer.lastWordIsLower31(bytes, mentions[m].start, mentions[m].end),
                    let i = doc.tokenIndex(of: mentions[m]), i > 0
                else { continue }
                let j = i + mentions[m].tokenCount - 1
                let tokens = doc.tokens
                guard tokens[i - 1].kind == .word, !tokens[j].isCapitalized, tokens[j].kind == .word,
                    tokens[i - 1].sentence == tokens[i].sentence,
                    EntityRecognizer.kindDeterminers31.contains(tokens, at: i - 1)
                else { continue }
                if let known = knownName(i..<j), known.kind == .place {
                    mentions[m].recut(start: tokens[i].start, end: tokens[j - 1].end, tokenCount: j - i, bytes: bytes)
                } else {
                    drop.append(m)
                }
            }
        }
        for n in drop.reversed() { mentions.remove(at: n) }
    }

    /// Whether the second word of the text `start..<end` is "of" ("Sea of Japan").
    static func secondWordIsOf31(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var k = start
        while k < end, bytes[k] != 32 { k += 1 }
        return k + 3 < end && bytes[k + 1] == 111 && bytes[k + 2] == 102 && bytes[k + 3] == 32
    }

    /// Whether the last word of the text `start..<end` opens with a lower-case ASCII letter.
    static func lastWordIsLower31(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var k = end - 1
        while k > start, bytes[k - 1] != 32 { k -= 1 }
        return k > start && bytes[k] >= 97 && bytes[k] <= 122
    }

    /// The run `lo..<hi` is "<feature head> of [the] <Name …>" with no body's head in it.
    func isFeatureOfName31(_ lo: Int, _ hi: Int) -> Bool {
        let view = doc.tokens.span
        guard hi - lo >= 3, hi <= view.count, view[lo].isCapitalized, !view[lo].isAllCaps, view[lo + 1].key == "of",
            EntityRecognizer.featureHeads31.contains(doc.tokens, at: lo)
        else { return false }
        var k = lo + 2
        if view[k].key == "the" { k += 1 }
        guard k < hi else { return false }
        while k < hi {
            let t = view[k]
            if t.flags.contains(.orgHead) { return false }
            if t.kind == .word, !t.isCapitalized { return false }
            k += 1
        }
        return true
    }
}

/// **The names of a list after a plural place noun and "of"** ("residents of Alder, Brock and
/// Cowan", "the ports of Mongla and Payra", "within the limits of A, B and C"): rounds
/// thirty-five and thirty-nine read one name right after "residents of" or "areas of"; the later
/// members of the list, and lists after nouns they lack ("ports", "villages", "limits"), stayed
/// organisations by default. A lone unlisted name typed by default that stands in such a list
/// (walking back over members of capitalised words and commas, "and" or "or", to "of" and a noun
/// of `list-place-nouns.txt`) is a place.
extension EntityRecognizer {
    static let listPlaceNouns31 = WordSet(Lexicon.shared.listPlaceNouns31)

    mutating func applyListPlaces31() {
        let count = mentions.count
        guard count > 0 else { return }
        let bytes = doc.bytes
        for m in 0..<count {
            guard mentions[m].type == .agency, mentions[m].tokenCount <= 3, !mentions[m].isCanonical, mentions[m].isDefaultTyped,
                EntityRecognizer.followsListWord31(bytes, mentions[m].start),
                let i = doc.tokenIndex(of: mentions[m]), isListPlaceMember31(i, i + mentions[m].tokenCount)
            else { continue }
            mentions[m].becomeCuedPlace()
        }
    }

    /// Whether the text before byte `start` ends in "of ", ", ", "and " or "or ": the only words a
    /// list member follows (a byte test before any token search).
    static func followsListWord31(_ bytes: [UInt8], _ start: Int) -> Bool {
        guard start >= 3, bytes[start - 1] == 32 else { return false }
        let a = bytes[start - 2], b = bytes[start - 3]
        if a == 44 { return true }
        if a == 102 { return b == 111 && (start < 4 || bytes[start - 4] == 32) }
        if a == 114 { return b == 111 && (start < 4 || bytes[start - 4] == 32) }
        if a == 100 { return start >= 5 && b == 110 && bytes[start - 4] == 97 && bytes[start - 5] == 32 }
        return false
    }

    /// Whether the run `lo..<hi` (unlisted capitalised words) is a member of a list that "<noun> of"
    /// opens, the walk back kept to one sentence and 40 tokens.
    func isListPlaceMember31(_ lo: Int, _ hi: Int) -> Bool {
        let view = doc.tokens.span
        guard lo >= 2, hi <= view.count else { return false }
        for k in lo..<hi {
            let flags = view[k].flags
            guard view[k].kind == .word, view[k].isCapitalized, !view[k].isAllCaps,
                flags.isDisjoint(with: [.known, .title, .titleWord, .orgHead, .nonName, .policyHead])
            else { return false }
        }
        let sentence = view[lo].sentence
        var k = lo - 1
        while k >= 1, lo - k <= 40, view[k].sentence == sentence {
            let key = view[k].key
            if view[k].kind == .word, key == "of" {
                return EntityRecognizer.listPlaceNouns31.contains(doc.tokens, at: k - 1)
            }
            // A separator, then a member of capitalised words before it.
            guard key == "," || key == "and" || key == "or" else { return false }
            k -= 1
            if k >= 1, view[k].key == "," { k -= 1 }
            var member = 0
            while k >= 1, view[k].sentence == sentence, view[k].kind == .word, view[k].isCapitalized {
                member += 1
                k -= 1
            }
            guard member > 0, member <= 4 else { return false }
        }
        return false
    }
}
