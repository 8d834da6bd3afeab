/// Entities round forty-six (entities46, things typed as organisations): names that are no body
/// but a thing a body makes or a code a market or a report uses. Model numbers and codes of
/// letters and digits ("PSLV-C43", "GSAT-7A", "EF-2", "FY25", "PN17"), tickers written against
/// an exchange's code or after a dot ("OTCPK:MBNKF", ".SPX"), the "S&P" of an index and its
/// number, a car named after its make ("a Toyota Corolla", "the silver VW Passat") and a
/// disease named with "Virus" are none of the four types. A pass over the finished mentions
/// (never inside `processSpan`); it reads lone organisations and two-word ones only.
extension EntityRecognizer {
    /// Car makes whose lone name after "a", "his" or a colour is the car, not the company
    /// (`car-makes.txt`).
    static let carMakes46 = WordSet(Lexicon.shared.carMakes)
    /// Words before a make that make it one car: an article, a possessive pronoun, a colour.
    static let carDeterminers46: WordSet = [
        "a", "an", "the", "his", "her", "their", "my", "our", "your", "its", "silver", "white", "black", "red", "blue",
        "grey", "gray", "green", "gold", "maroon", "dark", "stolen", "parked",
    ]
    /// Colours and "stolen": before a make they name the car whatever follows.
    static let carDescriptions46: WordSet = [
        "silver", "white", "black", "red", "blue", "grey", "gray", "green", "gold", "maroon", "dark", "stolen", "parked",
    ]

    /// Drops the organisations this round counts as things. Reads fields in place; keeps no
    /// mention reference across steps.
    mutating func dropThingsTypedAgency46() {
        let count = mentions.count
        guard count > 0 else { return }
        var drop: [Int] = []
        let tokens = doc.tokens
        var transitArticle: Bool? = nil
        var craftKeys: [String] = []
        var lineAcronyms: [(acronym: String, lineKey: String)] = []
        for m in 0..<count where mentions[m].type == .agency && mentions[m].tokenCount <= 3 {
            guard let i = doc.tokenIndex(of: mentions[m]), i < tokens.count else { continue }
            // "his Toyota", "a Toyota Corolla": a listed company's make is the car here.
            if mentions[m].tokenCount == 1, isCarMake46(i) {
                drop.append(m)
                continue
            }
            if mentions[m].isCanonical { continue }
            // "R&D", "the S&P 500": three tokens, letters joined by an ampersand.
            if mentions[m].tokenCount == 3, tokens[i + 1].key == "&" {
                if EntityRecognizer.ampersandTerms46.contains(mentions[m].key) || mentions[m].key == "s&p" && isIndexAfter46(i + 3) {
                    drop.append(m)
                }
                continue
            }
            if mentions[m].tokenCount >= 2 {
                // "the Circle Line", "the North-South Line (NSL)" in an article about trains: a
                // metro line is a route, a place like a road (final12's decision 25).
                let j = i + mentions[m].tokenCount - 1
                if j < tokens.count, tokens[j].key == "line", tokens[j].isCapitalized,
                    !EntityRecognizer.lineOperators46.contains(tokens, at: j - 1)
                {
                    if transitArticle == nil { transitArticle = isTransitArticle46() }
                    if transitArticle == true {
                        mentions[m].type = .place
                        // "the Circle Line (CCL)", later "on the CCL": the abbreviation is the line's.
                        if let acronym = mentions[m].acronym { lineAcronyms.append((acronym.lowercased(), mentions[m].key)) }
                    }
                }
                if mentions[m].tokenCount == 3 { continue }
            }
            if mentions[m].tokenCount == 2 {
                // "West Nile Virus" cut to "Nile Virus": a virus is a disease, no body.
                if i + 1 < tokens.count, tokens[i + 1].key == "virus" { drop.append(m); continue }
                // "a silver VW Passat": a make and a model.
                if EntityRecognizer.carMakes46.contains(tokens, at: i), i + 1 < tokens.count, tokens[i + 1].isCapitalized,
                    !tokens[i + 1].flags.contains(.orgHead), i > 0, EntityRecognizer.carDeterminers46.contains(tokens, at: i - 1)
                {
                    drop.append(m)
                }
                continue
            }
            if tokens[i].flags.contains(.known) { continue }
            // "the satellite HysIS", "the rocket Ariane": a craft's name after its kind.
            if i > 0, !tokens[i - 1].isCapitalized, EntityRecognizer.craftNouns46.contains(tokens, at: i - 1) {
                drop.append(m)
                craftKeys.append(mentions[m].key)
                continue
            }
            if isCodeShape46(start: tokens[i].start, end: tokens[i].end) || isAttachedTicker46(i) {
                drop.append(m)
            }
        }
        if !lineAcronyms.isEmpty {
            // The line's key too: the merger joins acronyms to organisations only.
            for m in 0..<count where mentions[m].type == .agency && mentions[m].tokenCount == 1 {
                guard let line = lineAcronyms.first(where: { $0.acronym == mentions[m].key }) else { continue }
                mentions[m].type = .place
                mentions[m].key = line.lineKey
            }
        }
        // The craft's other lone mentions ("HysIS will map crops") go with it.
        if !craftKeys.isEmpty {
            for m in 0..<count where mentions[m].type == .agency && mentions[m].tokenCount == 1 && craftKeys.contains(mentions[m].key) {
                if !drop.contains(m) { drop.append(m) }
            }
            drop.sort()
        }
        for n in drop.reversed() { mentions.remove(at: n) }
    }

    /// "PSLV-C43", "GSAT-7A", "EF-2", "FY25", "PN17": capitals, digits and hyphens only, at
    /// least one digit, opening with a capital and ending in a digit or one capital after a
    /// digit. "G7" and "G20" (groups of states) keep their type.
    func isCodeShape46(start: Int, end: Int) -> Bool {
        guard end - start >= 2, end - start <= 12 else { return false }
        let bytes = doc.bytes
        guard bytes[start] >= 65, bytes[start] <= 90 else { return false }
        var digits = 0
        var letters = 0
        for k in start..<end {
            let b = bytes[k]
            if b >= 48 && b <= 57 { digits += 1 } else if b >= 65 && b <= 90 { letters += 1 } else if b != 45 { return false }
        }
        guard digits > 0 else { return false }
        let last = bytes[end - 1]
        let lastIsDigit = last >= 48 && last <= 57
        let beforeLast = bytes[end - 2]
        guard lastIsDigit || beforeLast >= 48 && beforeLast <= 57 else { return false }
        // "G7", "G20": a lone "G" and digits.
        if letters == 1, bytes[start] == 71 { return false }
        return true
    }

    /// "OTCPK:MBNKF", "index .SPX": a ticker written against an exchange's code with no space,
    /// or after a dot that follows a space.
    func isAttachedTicker46(_ i: Int) -> Bool {
        let start = doc.tokens[i].start
        guard doc.tokens[i].isAllCaps, start >= 2 else { return false }
        let bytes = doc.bytes
        let before = bytes[start - 1]
        if before == 58 {
            let b = bytes[start - 2]
            return b >= 65 && b <= 90
        }
        if before == 46 {
            let b = bytes[start - 2]
            return b == 32 || b == 40 || b == 10
        }
        return false
    }

    /// "the S&P 500", "S&P/ASX 200", "S&P futures": after "S&P", the index, not the rating agency.
    func isIndexAfter46(_ k: Int) -> Bool {
        let tokens = doc.tokens
        guard k < tokens.count else { return false }
        return tokens[k].kind == .number || tokens[k].key == "/" || tokens[k].key == "futures" || tokens[k].key == "index"
    }

    /// Terms of business copy written as two capitals and an ampersand (research and
    /// development, mergers and acquisitions, questions and answers, profit and loss).
    static let ampersandTerms46: Set<String> = ["r&d", "m&a", "q&a", "p&l"]

    /// "a Toyota Corolla", "his Mazda after the crash", "a silver BMW": a make after an article,
    /// a possessive or a colour, followed by a model's capitalised name, punctuation or a
    /// preposition (not by a lower-case noun: "a Toyota spokesman" is the company's).
    func isCarMake46(_ i: Int) -> Bool {
        let tokens = doc.tokens
        guard i > 0, EntityRecognizer.carMakes46.contains(tokens, at: i),
            EntityRecognizer.carDeterminers46.contains(tokens, at: i - 1)
        else { return false }
        // A colour, "stolen", or a person's possessive ("His Toyota struck the van"): the car.
        if EntityRecognizer.carDescriptions46.contains(tokens, at: i - 1) || EntityRecognizer.personPossessives46.contains(tokens, at: i - 1) {
            return true
        }
        // "the man in the Toyota drove off", "the driver of the Mazda": a car one sits in.
        if i >= 2, EntityRecognizer.insideWords46.contains(tokens, at: i - 2) { return true }
        if i >= 3, tokens[i - 2].key == "of", EntityRecognizer.carOccupants46.contains(tokens, at: i - 3) { return true }
        guard i + 1 < tokens.count, tokens[i + 1].sentence == tokens[i].sentence else { return true }
        if tokens[i + 1].kind == .punct { return tokens[i + 1].key != "'s" }
        if tokens[i + 1].isCapitalized { return !tokens[i + 1].flags.contains(.orgHead) }
        return EntityRecognizer.carPrepositions46.contains(tokens, at: i + 1) || tokens[i + 1].kind == .number
    }

    /// Kinds of craft whose name follows them ("the satellite HysIS", "the rocket PSLV-C43").
    static let craftNouns46: WordSet = [
        "satellite", "satellites", "rocket", "rockets", "spacecraft", "probe", "lander", "rover", "missile", "missiles",
    ]
    /// Words before "Line" that make it a company's or a unit's name ("Norwegian Cruise Line").
    static let lineOperators46: WordSet = ["cruise", "cruises", "shipping", "ferry", "ferries", "bus", "air", "help", "hot", "phone", "party", "front"]
    /// Words of an article about trains: two of them make a capitalised "X Line" a metro line.
    static let transitWords46: WordSet = [
        "train", "trains", "station", "stations", "rail", "railway", "metro", "subway", "transit", "tram", "trams",
        "commuters", "mrt", "lrt", "platform", "platforms",
    ]

    /// Whether the article holds two or more words of trains. Read once, and only for an "X Line".
    func isTransitArticle46() -> Bool {
        let tokens = doc.tokens
        let words = EntityRecognizer.transitWords46
        var seen = 0
        for k in tokens.indices where tokens[k].kind == .word && words.contains(tokens, at: k) {
            seen += 1
            if seen >= 2 { return true }
        }
        return false
    }

    static let personPossessives46: WordSet = ["his", "her", "their", "my", "our", "your"]
    static let insideWords46: WordSet = ["in", "inside", "into"]
    static let carOccupants46: WordSet = ["driver", "drivers", "passenger", "passengers", "occupants", "owner", "boot", "bonnet", "trunk", "hood"]
    static let carPrepositions46: WordSet = ["after", "before", "into", "when", "with", "at", "on", "near", "that"]
}
