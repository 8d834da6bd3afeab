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
            let mention = mentions[m]
            if mention.type == .agency {
                // "sea of …": the key's second word is "of", before any token search.
                guard mention.tokenCount >= 3, EntityRecognizer.secondWordIsOf31(mention.key),
                    let i = doc.tokenIndex(of: mention), isFeatureOfName31(i, i + mention.tokenCount)
                else { continue }
                mention.becomeCuedPlace()
            } else if mention.type == .place {
                // The last word in lower case ("station"), read from the bytes before any token search.
                guard EntityRecognizer.lastWordIsLower31(bytes, mention.start, mention.end),
                    let i = doc.tokenIndex(of: mention), i > 0
                else { continue }
                let j = i + mention.tokenCount - 1
                let tokens = doc.tokens
                guard tokens[i - 1].kind == .word, !tokens[j].isCapitalized, tokens[j].kind == .word,
                    tokens[i - 1].sentence == tokens[i].sentence,
                    EntityRecognizer.kindDeterminers31.contains(tokens, at: i - 1)
                else { continue }
                if let known = knownName(i..<j), known.kind == .place {
                    mention.recut(start: tokens[i].start, end: tokens[j - 1].end, tokenCount: j - i, bytes: bytes)
                } else {
                    drop.append(m)
                }
            }
        }
        for n in drop.reversed() { mentions.remove(at: n) }
    }

    /// Whether a key's second word is "of" ("sea of japan").
    static func secondWordIsOf31(_ key: String) -> Bool {
        var utf8 = key.utf8.makeIterator()
        while let b = utf8.next() {
            if b == 32 { return utf8.next() == 111 && utf8.next() == 102 && utf8.next() == 32 }
        }
        return false
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
