/// Entities round fifty-one (entities51): place recall on fresh text. Three classes of missed
/// place that many articles share, each read where an existing walk already stands (no new pass
/// over every token):
///
/// - **lettered road numbers**: "a crash on the N5 at Swinford", "the R512 road", "along the M4
///   near Reading": one road-class letter and one to four digits after "the", which a word of
///   travel or place precedes and a road word, a place preposition or punctuation follows. Irish,
///   British, South African, Australian and Kenyan roads are written so. Read from the token walk
///   of `NameExtents42.swift` (`bareNumberedHeads42`), which already stops at short words;
/// - **house-number addresses in title-case lines**: "Eastside Library: 4410 Cullen Boulevard",
///   a list of venues where most words are capitalised, so the headline rule read the street's
///   words as lower case and the street was lost. A number before and a street head after keep
///   them (`findTitleCaseLines`);
/// - **lower-case road heads**: "the Mai Mahiu-Narok road" (a given name opening a hyphenated
///   pair of places is no person's), "along Thornton road", "the Eastern bypass" (read from
///   `lowerHeadSiteEnd`).
///
/// - **a name in a place**: "with Neillsbrook in Randalstown", "the Kobadak in Satkhira", "Biri in
///   Munya LGA": a lone unlisted name the rules typed only by default, right before "in" or "near"
///   and a place mention, after a preposition, a list's comma or "and". A company or a team so
///   placed ("at Acme in Leeds") is mostly a listed or cued one, which the pass leaves alone.
///
/// A fifth class is a word-list change: regions named with their head ("Greater Toronto Area",
/// "Cameron Highlands", "Lake Victoria Basin", "Western Cape") in `place-heads.txt`.
extension EntityRecognizer {
    /// Lower-case words before "the" that travel or stand on a road ("on the N5", "closed the M50").
    static let roadOpeners51: WordSet = [
        "on", "along", "off", "onto", "near", "to", "from", "via", "at", "toward", "towards", "across", "joining", "closed",
        "blocked", "reopened", "travelling", "traveling", "exit", "exited", "left", "joined",
    ]
    /// Road words after a road's number: "the R512 road", "The M50 motorway" (then "the" alone,
    /// of either case, is enough before it).
    static let roadWords51: WordSet = [
        "road", "motorway", "dual", "carriageway", "bypass", "route", "highway", "northbound", "southbound", "eastbound",
        "westbound", "junction",
    ]
    /// Place prepositions after a road's number, before a capitalised place ("the N5 at Swinford").
    static let roadPlacePrepositions51: WordSet = [
        "at", "between", "near", "in", "from", "towards", "toward", "outside", "through", "past",
    ]
    /// Lower-case road heads after a capitalised name that a preposition of place opens ("along
    /// Thornton road"); "the" opens the rest of `lowerSiteHeads` too.
    static let lowerRoadHeads51: WordSet = ["road", "highway", "bypass"]
    static let roadPrepositions51: WordSet = ["along", "on", "off", "onto", "via", "down", "up"]

    /// Whether the word at `i` is a road's lettered number ("N5", "R512", "M50") where the words
    /// around it say road (see the file's comment). The caller has checked it is a capitalised word
    /// whose second byte is a digit (most short capitals are ruled out before the call).
    func isLetteredRoad51(_ i: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let s = view[i].start, e = view[i].end
        // The letter of A and B roads, motorways, national and regional roads.
        switch doc.bytes[s] {
        case 65, 66, 77, 78, 82: break  // A B M N R
        default: return false
        }
        guard e - s >= 2, e - s <= 5 else { return false }
        for b in (s + 1)..<e where doc.bytes[b] < 48 || doc.bytes[b] > 57 { return false }
        guard i >= 1, i + 1 < view.count, !claimed[i], EntityRecognizer.theKey.contains(doc.tokens, at: i - 1),
            view[i - 1].sentence == view[i].sentence
        else { return false }
        let next = view[i + 1]
        if next.kind == .word, !next.isCapitalized, EntityRecognizer.roadWords51.contains(doc.tokens, at: i + 1) { return true }
        // Otherwise a word of travel before "the" and a place or the clause's end after the number.
        guard i >= 2, !view[i - 1].isCapitalized, view[i - 2].kind == .word, !view[i - 2].isCapitalized,
            EntityRecognizer.roadOpeners51.contains(doc.tokens, at: i - 2)
        else { return false }
        // A comma or a full stop, not a decimal point: "the N172.7 million" is an amount in naira.
        if next.kind == .punct {
            let e = next.end
            return (doc.bytes[next.start] == 44 || doc.bytes[next.start] == 46) && (e >= doc.bytes.count || doc.bytes[e] &- 48 > 9)
        }
        return next.kind == .word && !next.isCapitalized && EntityRecognizer.roadPlacePrepositions51.contains(doc.tokens, at: i + 1)
            && i + 2 < view.count && view[i + 2].kind == .word && view[i + 2].isCapitalized && view[i + 2].sentence == view[i].sentence
    }

    /// Whether the capitalised word at `i` in a title-case line belongs to a street named after a
    /// house number ("4410 Cullen Boulevard", "12 Elm Road"): a number, at most three capitalised
    /// words, a street head, all on one line.
    func isHouseNumberStreetWord51(_ i: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let sentence = view[i].sentence
        var k = i
        while k > 0, i - k < 3, view[k - 1].kind == .word, view[k - 1].isCapitalized, view[k - 1].sentence == sentence { k -= 1 }
        guard k > 0, view[k - 1].kind == .number, view[k - 1].startsWithDigit, view[k - 1].sentence == sentence,
            view[k - 1].end + 1 == view[k].start
        else { return false }
        var j = i
        while j - k < 3 {
            if EntityRecognizer.streetEnds.contains(doc.tokens, at: j) { return j > k }
            guard j + 1 < view.count, view[j + 1].kind == .word, view[j + 1].isCapitalized, view[j + 1].sentence == sentence else {
                return false
            }
            j += 1
        }
        return false
    }

    /// Whether a lower-case road head after the name `lo..<hi` names a road even where
    /// `lowerHeadSiteEnd` would refuse it: a hyphenated pair of places whose first word is also a
    /// given name ("the Mai Mahiu-Narok road"), or a preposition of place instead of "the"
    /// ("along Thornton road"). The caller has checked the head and the sentence.
    func isLowerHeadRoad51(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard EntityRecognizer.lowerRoadHeads51.contains(tokens, at: hi), hi - lo <= 3 else { return false }
        let last = tokens[hi - 1]
        if last.flags.contains(.orgHead) || last.flags.contains(.policyHead) || last.flags.contains(.nonName) { return false }
        return tokens[lo - 1].key == "the" ? last.key.hasHyphenByte : EntityRecognizer.roadPrepositions51.contains(tokens, at: lo - 1)
    }

    /// Lower-case words before a name that a place may follow ("with X in Y", "on the X in Y").
    static let placedNameOpeners51: WordSet = [
        "at", "on", "with", "from", "to", "and", "in", "near", "between", "along", "the", "into", "of", "across", "outside",
        "around", "including", "attacked", "raided", "invaded", "reach", "reached", "visited",
    ]

    /// The pass for a name in a place (see the file's comment): walks the mentions; the bytes
    /// after each (" in " or " near ") rule out almost all before any token is sought.
    mutating func applyNamesInPlaces51() {
        let count = mentions.count
        guard count > 1 else { return }
        let bytes = doc.bytes
        for m in 0..<count - 1 {
            let type = mentions[m].type
            guard type == .agency || type == .person, mentions[m].tokenCount == 1, mentions.isDefaultTyped(m),
                !mentions[m].isCanonical, mentions[m].acronym == nil
            else { continue }
            let end = mentions[m].end
            guard end + 4 < bytes.count, bytes[end] == 32, (bytes[end + 1] == 105 && bytes[end + 2] == 110 && bytes[end + 3] == 32)
                || (bytes[end + 1] == 110 && bytes[end + 2] == 101 && bytes[end + 3] == 97)
            else { continue }
            guard let i = doc.tokenIndex(of: mentions[m]), isPlacedName51(i) else { continue }
            // The place after "in"/"near" (and perhaps "the"): the next mention, a place.
            var k = i + 2
            if k < doc.tokens.count, EntityRecognizer.theKey.contains(doc.tokens, at: k) { k += 1 }
            guard k < doc.tokens.count, doc.tokens[k].sentence == doc.tokens[i].sentence else { continue }
            let placeStart = doc.tokens[k].start
            var n = m + 1
            while n < count, mentions[n].start < placeStart { n += 1 }
            guard n < count, mentions[n].start == placeStart, mentions[n].type == .place else { continue }
            mentions[m].becomeCuedPlace()
        }
    }

    /// Whether the lone name at `i` is unlisted, capitalised in mid-sentence after a preposition, a
    /// list's comma or "and", and followed by "in" or "near".
    private func isPlacedName51(_ i: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard i >= 1, i + 2 < view.count, view[i].kind == .word, !view[i].isAllCaps,
            view[i].flags.isDisjoint(with: [.known, .givenName, .surname, .city, .state, .orgHead, .title, .common, .nonName]),
            view[i + 1].key == "in" || view[i + 1].key == "near", view[i - 1].sentence == view[i].sentence,
            // "against the Springboks in Wellington": a plural name is a team's.
            view[i].key.utf8.last != 115
        else { return false }
        if view[i - 1].kind == .punct { return isComma(i - 1) }
        return view[i - 1].kind == .word && !view[i - 1].isCapitalized && EntityRecognizer.placedNameOpeners51.contains(doc.tokens, at: i - 1)
    }
}
