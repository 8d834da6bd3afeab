/// Agency false-positive round twenty-four (agencyfp24, twentieth session): names the rules typed
/// an agency that the gold of the learning sets makes a place or another body.
///
/// - **A place's short form written alone** (`place-abbreviations.txt`): "SA hit by strike
///   fever", "WA doctors call for an inquiry", "a native of Budaun district of UP", "To date KZN
///   has reported 23 cases", "a maize farmer in Bwari, FCT". A lone word in capitals was typed a
///   body by its shape; the listed short forms name a country, state or province. A one-word
///   agency mention (a run of up to three tokens for "T&T") written in capitals with no
///   capitalised word beside it on its line (a headline set in capitals; "Stats NZ said" cut to
///   "NZ") becomes the place: joined to the place's full name where the article writes it
///   ("KwaZulu-Natal … KZN"), else named as written. "Nestle SA", "SA Police Service", "NZ
///   Herald" are longer runs and are not read.
/// - **A building named "… House"**: "attacks on Jinnah House", "went to the Suvavou House",
///   "assets such as … Parliament House", "The Phoenix House courts building". A body's name of
///   two to four words ending in "House" is a chamber only after a place ("Ohio House", "Montana
///   House") or a chamber's word (`house-chambers.txt`: "Upper", "Lower", "White", "U.S."); other
///   capitalised words before "House" name a building, a place, unless the name acts right after
///   it ("Freedom House said", "X House's report").
/// - **A listed acronym spelled by another body the article names** (`joinSpelledAcronyms24`):
///   "South Korea's Fair Trade Commission … the FTC", "the State Examinations Commission … the
///   SEC", "the Nuclear Regulation Authority … the NRA" were read as the listed Federal Trade
///   Commission, Securities and Exchange Commission and National Rifle Association beside the
///   body written out.
/// - "Courts" before "of Justice" as "Court" is (`isCourtsHead24`, read by `mendBodyExtents64`).
extension EntityRecognizer {
    /// The listed short forms by their bytes packed in a word (all are four bytes or fewer, in
    /// capitals: "SA", "KZN", "B.C."), and the places each names: a linear search of a few
    /// integers, no string built for the many acronyms that are no place.
    static let placeAbbreviations24: (codes: [UInt32], places: [[String]]) = {
        var codes: [UInt32] = [], places: [[String]] = []
        for (key, names) in Lexicon.shared.placeAbbreviations24.sorted(by: { $0.key < $1.key }) {
            let upper = Array(key.utf8).map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 }
            guard upper.count <= 4 else { continue }
            codes.append(packed24(upper, 0, upper.count))
            places.append(names)
        }
        return (codes, places)
    }()

    /// Bytes `start..<end` (four or fewer) packed in a word, the first in the lowest byte.
    static func packed24(_ bytes: [UInt8], _ start: Int, _ end: Int) -> UInt32 {
        var code: UInt32 = 0
        for k in start..<end { code |= UInt32(bytes[k]) << (8 * UInt32(k - start)) }
        return code
    }
    static let houseChambers24 = WordSet(Lexicon.shared.houseChambers24)
    /// `StringTable.hash` of "house" and "courts" (the byte tests before the token reads).
    static let houseCourtsHashes24 = (house: StringTable<Bool>.hash("house"), courts: StringTable<Bool>.hash("courts"))

    /// The pass (see the file's comment).
    mutating func applyAgencyFP24() {
        let count = mentions.count
        guard count > 0 else { return }
        joinSpelledAcronyms24()
        let bytes = doc.bytes
        let houseHash = EntityRecognizer.houseCourtsHashes24.house
        var placeKeys: Set<String>? = nil
        for m in 0..<count where mentions[m].type == .agency && !mentions[m].isCanonical {
            let start = mentions[m].start, end = mentions[m].end
            if end - start <= 4, mentions[m].tokenCount <= 3 {
                let code = EntityRecognizer.packed24(bytes, start, end)
                guard let n = EntityRecognizer.placeAbbreviations24.codes.firstIndex(of: code),
                    EntityRecognizer.isCapitalsOnly24(bytes, start, end),
                    let i = doc.tokenIndex(of: mentions[m]), !namesBeside24(i, i + mentions[m].tokenCount - 1)
                else { continue }
                if placeKeys == nil { placeKeys = Set(mentions.lazy.filter { $0.type == .place }.map(\.key)) }
                mentions[m].becomeCuedPlace()
                let places = EntityRecognizer.placeAbbreviations24.places[n]
                if let full = places.first(where: { placeKeys?.contains(Lexicon.key($0)) == true }) {
                    mentions[m].name = full
                    mentions[m].key = Lexicon.key(full)
                    mentions[m].isCanonical = true
                }
                continue
            }
            // "House" in its last five bytes first: most mentions fail here.
            guard end - start >= 8, bytes[end - 1] == UInt8(ascii: "e"), bytes[end - 5] == UInt8(ascii: "H"), bytes[end - 4] == UInt8(ascii: "o"),
                bytes[end - 2] == UInt8(ascii: "s"), mentions[m].tokenCount >= 2, mentions[m].tokenCount <= 4, mentions[m].acronym == nil,
                let i = doc.tokenIndex(of: mentions[m])
            else { continue }
            let j = i + mentions[m].tokenCount - 1
            guard j < doc.tokens.count, doc.tokens[j].keyHash == houseHash, doc.tokens[j].key == "house", doc.tokens[j].isCapitalized,
                doc.tokens[j].end == end, isBuildingHouse24(i, j)
            else { continue }
            mentions[m].becomeCuedPlace()
        }
    }

    /// Listed acronyms the article spells with another body's name: "the Fair Trade Commission
    /// … the FTC" in a Korean story, where the list reads "FTC" as the Federal Trade Commission,
    /// "the State Examinations Commission (SEC)", "Japan's Nuclear Regulation Authority … the
    /// NRA". An acronym whose listed name the article never writes, and whose letters are the
    /// initials of one body's name it does write (capitalised words; "of", "and", "the", "for"
    /// skipped), names that body.
    mutating func joinSpelledAcronyms24() {
        let bytes = doc.bytes
        for m in mentions.indices where mentions[m].tokenCount == 1 && mentions[m].isCanonical && mentions[m].type == .agency {
            let start = mentions[m].start, end = mentions[m].end
            // Three letters or more: a two-letter one ("UN", "EU", "AP") is spelled by too many names ("UrduPoint News").
            guard end - start >= 3, end - start <= 6, EntityRecognizer.isCapitalsOnly24(bytes, start, end) else { continue }
            let letters = bytes[start..<end].filter { $0 != 46 }
            guard letters.count >= 3 else { continue }
            let listedKey = mentions[m].key
            let listedLength = listedKey.utf8.count
            var found: Int? = nil
            var skip = false
            for o in mentions.indices where o != m && mentions[o].tokenCount >= 2 {
                // The listed name written: the list is right.
                if mentions[o].key.utf8.count == listedLength, mentions[o].key == listedKey {
                    skip = true
                    break
                }
                // A policy's title spells it too ("the Extended Fund Facility (EFF) … the EFF", where
                // the list reads "EFF" as a party; `Policies29.swift`).
                guard mentions[o].type == .agency || mentions[o].type == .policy, mentions[o].tokenCount <= 8,
                    bytes[mentions[o].start] == letters[0],
                    spellsInitials24(o, letters)
                else { continue }
                if let f = found, mentions[f].key != mentions[o].key {
                    skip = true
                    break
                }
                found = o
            }
            guard !skip, let o = found else { continue }
            mentions[m].name = mentions[o].name
            mentions[m].key = mentions[o].key
            mentions[m].isCanonical = mentions[o].isCanonical
            mentions[m].type = mentions[o].type
        }
    }

    /// Whether the capital initials of mention `o`'s words ("of", "and", "the", "for" and marks
    /// skipped; any other lower-case word fails) are `letters`.
    private func spellsInitials24(_ o: Int, _ letters: [UInt8]) -> Bool {
        guard let i = doc.tokenIndex(of: mentions[o]) else { return false }
        let tokens = doc.tokens
        let bytes = doc.bytes
        var n = 0
        for k in i..<min(i + mentions[o].tokenCount, tokens.count) where tokens[k].kind == .word {
            let first = bytes[tokens[k].start]
            if first >= 65, first <= 90 {
                guard n < letters.count, letters[n] == first else { return false }
                n += 1
            } else if !EntityRecognizer.acronymSkips20.contains(tokens, at: k), tokens[k].key != "for" {
                return false
            }
        }
        return n == letters.count
    }

    /// Whether `start..<end` holds two or more letters, every letter upper case, and only
    /// letters, periods and "&" ("SA", "B.C.", "T&T").
    static func isCapitalsOnly24(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var letters = 0
        for k in start..<end {
            let b = bytes[k]
            if b >= 65 && b <= 90 {
                letters += 1
            } else if b != 46 && b != 38 {
                return false
            }
        }
        return letters >= 2
    }

    /// Whether a capitalised word stands right before token `i` (a function word aside: "The KP
    /// government") or right after token `j` (a title aside: "NT Deputy Commissioner …", "B.C.
    /// Premier David Eby") on the same line: a headline set in capitals ("PRICES GO UP"), or the
    /// short form inside a body's name the rules cut ("Stats NZ said", the sentence's first word
    /// trimmed).
    private func namesBeside24(_ i: Int, _ j: Int) -> Bool {
        let tokens = doc.tokens
        if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized, !lineBreakBefore(i),
            !EntityRecognizer.functionWords.contains(tokens, at: i - 1)
        {
            return true
        }
        if j + 1 < tokens.count, tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized, !lineBreakBefore(j + 1),
            !tokens[j + 1].flags.contains(.title)
        {
            return true
        }
        return false
    }

    /// Whether tokens `i..<j` before "House" (token `j`) name a building: capitalised words, no
    /// place (listed, a city or a state) and no chamber's word among them, and no act after it.
    private func isBuildingHouse24(_ i: Int, _ j: Int) -> Bool {
        let tokens = doc.tokens
        // "Government House Leader Joseph Schow" (a title), "100 Mile House" (a town).
        if j + 1 < tokens.count, tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized, !lineBreakBefore(j + 1) { return false }
        if i > 0, tokens[i - 1].kind == .number || tokens[i - 1].startsWithDigit { return false }
        for k in i..<j {
            guard tokens[k].kind == .word, tokens[k].isCapitalized, tokens[k].flags.isDisjoint(with: [.city, .state]),
                !EntityRecognizer.houseChambers24.contains(tokens, at: k),
                input.shared.known(tokens[k].key, hash: tokens[k].keyHash)?.kind != .place
            else { return false }
        }
        return !actsAfter40(j + 1)
    }

    /// "Courts" before "of Justice" as "Court" is (`mendBodyExtents64`): "the Criminal Courts of
    /// Justice", "the Royal Courts of Justice" are one name.
    func isCourtsHead24(_ k: Int) -> Bool {
        let tokens = doc.tokens
        return tokens[k].keyHash == EntityRecognizer.houseCourtsHashes24.courts && tokens[k].key == "courts"
    }
}
