/// Places round seventy-four (place74, fourteenth session of 2026-12-02).
///
/// - **a city described before "city of"**: "the eastern Turkish city of Van on Sunday", "China's
///   eastern city of Shanghai on Tuesday", "the garrison city of Rawalpindi", "the Peruvian city of
///   Tumbes". `applyBodiesOfPlaces45` makes "the city of X" acting ("the city of Dallas utilizes",
///   "The city of X said") the city's government, reading "on", a verb in "-ed" and the like after
///   the name as its act. A city named with a word of description between its determiner and
///   "city" (an adjective, a demonym, a noun, or a possessive) is the place being described, never
///   the body acting: the gold of every learning set makes these the bare place (final27, final29,
///   final49, final59), where the rules made "city of Shanghai" an organisation.
/// - **places named like a person or a word, behind a cue**: "burglaries in Carlisle", "a news
///   conference in Scarborough", "the one I have in Napier", "in Kerry", "Vanuatu's capital Port
///   Vila". The generated lists leave out towns whose names are surnames, given names or words
///   (and `towns.txt` the same), so these were dropped as lone common words or typed a body.
///   `cued-places.txt` (`scripts/gen-cued-places`: towns of 15,000 or more in the countries of
///   the English-language press, the UK's local areas, Ireland's counties and the capitals no list
///   holds) names them; a default-typed mention whose whole name is one becomes a place only right
///   after a lower-case "in", "across", "outside", "near", "around" or "capital" (a comma may
///   follow "capital"), when no capitalised word goes on the name and no person of the article is
///   named with it ("Ms Carlisle", "Jo Napier": then "in Napier" may be about her).
/// - **a site named after a person**: "Jasper National Park", "Tony Aguirre Community Center",
///   "streets in Victoria Harbour". A run opening with a given name and closing with a place head
///   that is also a surname ("Park", "Center", "Harbour", "Hill") is a person by the span rules
///   ("Jenny Hill", "David Frank Hill"); it is a place when a common word that is no name stands
///   inside it ("National", "Community": no one is named so), or when a lower-case "in" stands
///   right before it and no possessive follows (people are seldom "in" a person).
extension Lexicon {
    /// Fills `cuedPlaces74` from the lines of `cued-places.txt` (name|country), skipping names a
    /// list already holds.
    mutating func loadCuedPlaces74(_ lines: [Substring]) {
        cuedPlaces74 = StringTable<Bool>(minimumCapacity: lines.count + lines.count / 4 + 1)
        for line in lines {
            guard let name = line.listFields().first else { continue }
            let key = Lexicon.key(String(name))
            if known[key] == nil { cuedPlaces74[key] = true }
        }
    }
}

extension EntityRecognizer {
    /// Lower-case words right before a name that put it on a map for `applyCuedPlaces74`.
    static let placeCues74: WordSet = ["in", "across", "outside", "near", "around", "capital"]
    /// The last letters of those cues: a word before the name ending otherwise rules it out
    /// before the table's hash and the token search.
    static let placeCueLetters74 = Document.letters26("nrsedl")

    /// The pass (see the file's comment): default-typed mentions whose name is a cued place.
    mutating func applyCuedPlaces74() {
        let table = lexicon.cuedPlaces74
        guard table.count > 0 else { return }
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let n = view.count
        let bytes = doc.bytes
        let cueLetters = EntityRecognizer.placeCueLetters74
        for m in mentions.indices {
            guard mentions.isDefaultTyped(m), !mentions[m].isCanonical, mentions[m].acronym == nil, mentions[m].tokenCount <= 3,
                !mentions[m].beforeSpeechVerb, Document.mayEndPrevious26(bytes, before: mentions[m].start, letters: cueLetters),
                table.contains(mentions[m].key),
                let i = mentionTokenIndex51(viewTokens, m), i >= 1, !view[i].isAllCaps
            else { continue }
            let j = i + mentions[m].tokenCount - 1
            // The name ends here: no capitalised word goes on it ("in Carlisle Street").
            if j + 1 < n, view[j + 1].kind == .word, view[j + 1].isCapitalized, view[j + 1].sentence == view[j].sentence { continue }
            var k = i - 1
            // "the capital, Honiara".
            if view[k].kind == .punct, bytes[view[k].start] == 44, k >= 1, view[k - 1].kind == .word, view[k - 1].key == "capital" { k -= 1 }
            guard view[k].kind == .word, !view[k].isCapitalized, view[k].sentence == view[i].sentence,
                EntityRecognizer.placeCues74.contains(viewTokens, at: k), !isPersonWord74(mentions[m].key, except: m)
            else { continue }
            mentions[m].becomeCuedPlace()
        }
    }

    /// Whether a person mention other than `m` holds `key` as one of its words.
    private func isPersonWord74(_ key: String, except m: Int) -> Bool {
        for p in mentions.indices where p != m && mentions[p].type == .person && mentions[p].tokenCount >= 2 {
            for word in mentions[p].key.split(separator: " ") where word == key[...] { return true }
        }
        return false
    }
    /// Whether the lower-case "city" at token `open` ("… city of X") has a word of description
    /// before it: a possessive ("China's eastern city of"), or a word that is no determiner or
    /// function word ("eastern", "garrison", "Peruvian"). "the city of X", "The city of X" and a
    /// "city" opening its sentence keep the body's reading.
    func isDescribedCity74(_ open: Int) -> Bool {
        guard open >= 1 else { return false }
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard view[open].kind == .word, !view[open].isCapitalized else { return false }
        let k = open - 1
        guard view[k].sentence == view[open].sentence else { return false }
        if view[k].kind == .possessive { return true }
        guard view[k].kind == .word else { return false }
        return !EntityRecognizer.functionWords.contains(doc.tokens, at: k)
    }

    /// The pass (see the file's comment): persons by shape that are sites named after a person.
    mutating func retypeSitesNamedAfterPersons74() {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let n = view.count
        for m in mentions.indices where mentions[m].type == .person && mentions[m].tokenCount >= 2 {
            // The given-name branch of `classify` types these without a default rule's mark.
            guard !mentions[m].isCanonical, mentions[m].acronym == nil, let i = doc.tokenIndex(of: mentions[m]),
                i == 0 || !isTitle(i - 1)
            else { continue }
            let j = i + mentions[m].tokenCount - 1
            guard j < n, view[j].kind == .word, view[j].isCapitalized, !view[j].isAllCaps, view[j].flags.contains(.placeHead),
                view[i].flags.contains(.givenName)
            else { continue }
            var inner = false
            for k in (i + 1)..<j where view[k].kind == .word {
                let flags = view[k].flags
                if flags.contains(.common), flags.isDisjoint(with: [.givenName, .surname, .known, .title]) { inner = true; break }
            }
            if !inner {
                guard i >= 1, view[i - 1].kind == .word, !view[i - 1].isCapitalized, view[i - 1].key == "in",
                    view[i - 1].sentence == view[i].sentence, j + 1 >= n || view[j + 1].kind != .possessive
                else { continue }
            }
            mentions[m].becomeCuedPlace()
        }
    }
}
