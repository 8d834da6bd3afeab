/// Finds entity mentions: the dateline, policies, then capitalised spans classified by word
/// lists and context.
struct EntityRecognizer {
    let doc: Document
    let lexicon: Lexicon
    var claimed: [Bool]
    var mentions: [RawMention] = []
    /// Described policies of each family that the text has introduced as separate ones.
    var describedInstances: [String: Int] = [:]
    /// Token index where each sentence's first word is, to tell sentence capitals from names.
    var sentenceInitial: SentenceStarts
    /// Capitalised common words of title-case lines ("Mayor Accepts City Council Budget"): read as
    /// lower case. Empty when the text has no such line.
    var demoted: [Bool] = []
    /// Sentences found to be title-case lines (empty when there is none).
    var titleCaseSentences: [Int] = []
    /// Keys of words written capitalised somewhere other than a sentence's start.

    static let connectors: WordSet = [
        "of", "and", "for", "from", "on", "to", "the", "in", "against", "&", "de", "la", "del", "van", "von", "der", "du",
        "da", "y",
    ]
    static let companySuffixes: WordSet = [
        "co.", "inc.", "corp.", "llc", "ltd.", "company", "corporation", "incorporated", "plc", "group", "holdings",
    ]
    /// Lower-case particles inside personal names: "Ursula von der Leyen".
    static let nameParticles: WordSet = ["von", "van", "der", "den", "de", "la", "le", "du", "da", "dos", "del", "bin", "al", "ibn"]
    static let functionWords: WordSet = [
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "when", "while", "after", "before", "as", "for",
        "with", "from", "by", "to", "of", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
        "your", "he", "she", "it", "they", "we", "i", "you", "under", "since", "during", "according", "so", "then",
        "now", "also", "however", "meanwhile", "because", "although", "though", "where", "what", "why", "how", "who",
        "which", "there", "here", "all", "some", "many", "more", "most", "each", "every", "no", "not", "do", "does",
        "did", "yes", "both", "either", "neither", "until", "despite", "without", "within", "about", "over", "like",
    ]
    // Not "in": "Bayfair Center in San Leandro" is a place and its town.
    static let complementConnectors: WordSet = ["for", "on", "against", "to"]
    static let namedPlanNouns: WordSet = ["plan", "program", "programme", "initiative", "proposal", "ordinance"]
    static let locatives: WordSet = ["in", "near", "outside", "across", "throughout", "around"]
    static let thirdPersonVerbs: WordSet = [
        "says", "tells", "adds", "notes", "wants", "thinks", "believes", "hopes", "plans", "is", "was", "has", "does",
        "argues", "writes", "insists", "warns", "expects", "remains", "faces", "leads", "runs", "lives", "works", "sees",
        "knows", "gets", "makes", "takes", "gives", "needs", "calls", "asks", "seems", "becomes", "helps", "joins",
    ]
    static let nameSuffixes: WordSet = ["jr.", "sr.", "ii", "iii", "iv"]
    /// Last words of a building or site: named after "at", "in", "outside" … it is a place
    /// ("a hub at Trafford General Hospital"), elsewhere the institution (an agency).
    static let siteHeads: WordSet = [
        "hospital", "school", "church", "cathedral", "chapel", "basilica", "mosque", "synagogue", "temple", "clinic",
        "center", "centre", "library", "abbey", "facility", "jail", "prison", "motel", "hotel", "inn", "courthouse", "theater",
        "theatre",
    ]
    /// Seats of government named like institutions: "at the White House", "in the Capitol" is the building.
    static let seatsOfGovernment: Set<String> = [
        "white house", "capitol", "pentagon", "kremlin", "statehouse", "state capitol", "parliament house", "state house",
    ]
    static let seatLastWords: WordSet = ["house", "capitol", "pentagon", "kremlin", "statehouse"]
    /// Prepositions that name a site: "at", "inside", "outside", "near".
    static let sitePrepositions: WordSet = ["at", "inside", "outside", "near", "in"]
    /// "Dallas-based", "Nigerian-born": the place before the hyphen, with the suffix's length.
    static let placeAdjectiveSuffixes: [String] = ["-based", "-born", "-headquartered", "-area"]
    /// Lower-case nouns that say a name next to them is a place: "the state of X", "X district".
    static let placeNouns: WordSet = [
        "state", "province", "district", "village", "town", "city", "region", "county", "shrine", "valley", "island",
        "municipality", "prefecture", "suburb", "neighborhood", "neighbourhood", "township", "capital", "hometown",
        "community", "electorate", "constituency", "riding",
    ]
    /// Lower-case nouns after a run of several names that make it a place: "the New Bell neighborhood".
    static let placeNounsAfterRun: WordSet = [
        "neighborhood", "neighbourhood", "district", "village", "township", "suburb", "province", "region",
    ]
    /// Lower-case nouns right before a lone name that make it a place: "his hometown Garoua".
    static let placeNounsBefore: WordSet = ["hometown", "village", "town", "city", "capital", "suburb"]
    /// Kin before a lone given name make it a person: "his wife Maggie", "their son, Paul".
    static let kinNouns: WordSet = [
        "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "mom", "dad", "grandson",
        "granddaughter", "grandmother", "grandfather", "partner", "girlfriend", "boyfriend", "fiancee", "fiance", "nephew",
        "niece", "cousin", "uncle", "aunt", "widow", "stepson", "stepdaughter",
    ]
    /// Nouns after a possessive that only a person has: "Tchiroma's hometown".
    static let personalNouns: WordSet = ["hometown", "birthday", "funeral", "widow", "widower", "childhood", "bedside"]
    /// Lower-case nouns for a company right before or after its name: "company Saint-Gobain",
    /// "Danaher, an industrial … company".
    static let companyNouns: WordSet = [
        "company", "firm", "maker", "manufacturer", "retailer", "group", "bank", "lender", "insurer", "carrier", "airline",
        "chain", "startup", "conglomerate", "supplier", "giant", "brand", "distributor", "insurance",
    ]
    /// Prepositions before "the" that put a name off the lists in a building: "inside the Camp Nou".
    static let buildingPrepositions: WordSet = ["at", "inside", "outside", "near"]
    // One-word sets: a look-up by the token's stored hash is cheaper than comparing its key to a literal.
    static let theKey: WordSet = ["the"]
    static let ofKey: WordSet = ["of"]
    static let indefiniteArticles: WordSet = ["a", "an"]
    /// Wire and picture agencies that close a photo caption's credit.
    static let pictureAgencies: WordSet = ["reuters", "ap", "afp", "images", "epa", "upi", "xinhua"]
    /// Road words that take a number: "Interstate 5", "Highway 101".
    static let numberedRoads: WordSet = ["interstate", "highway", "route", "hwy.", "i"]
    /// Prefixes of compound demonyms: "Franco-German", "Sino-American".
    static let demonymPrefixes: WordSet = [
        "franco", "sino", "anglo", "russo", "indo", "afro", "euro", "austro", "greco", "italo", "hispano", "luso", "judeo",
        "german", "french", "british", "american", "us", "u.s.", "israeli", "arab", "irish", "turkish", "chinese", "japanese",
        "korean", "soviet", "mexican", "canadian", "european", "asian", "african", "latin",
    ]
    static let portfolioConnectors: WordSet = ["of", "for"]
    /// Last words of a street address, after which a comma and a name give the town.
    static let streetHeads: WordSet = [
        "street", "st.", "road", "rd.", "avenue", "ave.", "boulevard", "blvd.", "lane", "drive", "dr.", "way", "place", "court",
        "crescent", "close", "terrace", "parkway", "highway",
    ]
    static let compassWords: WordSet = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest",
        "southeast", "southwest", "central", "upper", "lower",
    ]
    /// Bodies a lone capitalised word names by itself: "the state Legislature", "the Cabinet".
    static let uniqueBodies: WordSet = ["legislature", "assembly", "cabinet", "parliament", "congress", "senate"]
    /// Verbs whose object is a building: "to close Bach Elementary School".
    static let buildingVerbs: WordSet = [
        "close", "closes", "closed", "closing", "reopen", "reopens", "reopened", "reopening", "renovate", "renovated",
        "renovating", "demolish", "demolished", "demolishing", "evacuate", "evacuated", "evacuating", "build", "built",
        "building", "rebuild", "rebuilt", "consolidate", "shutter", "shuttered",
    ]
    static let smallNumbers: WordSet = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "several"]
    /// Words opening a parenthesised wire credit: "(Reporting by …; Editing by …)".
    static let creditWords: WordSet = ["reporting", "writing", "editing", "additional", "compiled", "photo", "photos", "file"]
    /// Last words of an outlet's name: a byline's second line ("The Detroit News").
    static let outletHeads: WordSet = [
        "news", "times", "post", "press", "journal", "tribune", "herald", "gazette", "daily", "chronicle", "observer",
        "examiner", "inquirer", "dispatch", "sentinel", "telegraph", "register", "star", "globe", "bee", "record",
    ]
    /// Words before a team named after its place: "beating Washington", "against New Mexico".
    static let opponentCues: WordSet = [
        "beat", "beats", "beating", "defeated", "defeating", "against", "versus", "vs.", "vs", "to", "over", "edged", "routed",
        "rivals", "hosts", "hosted", "visits", "visiting",
    ]
    /// The cues that make even a name off the word lists a team: "victory over Stanford" (not "to").
    static let strongOpponentCues: WordSet = [
        "beat", "beats", "beating", "defeated", "defeating", "versus", "vs.", "vs", "over", "edged", "routed", "against",
        "rivals",
    ]
    /// Words that make a sentence about a game.
    static let gameWords: WordSet = [
        "season", "opener", "game", "match", "playoff", "playoffs", "championship", "inning", "innings", "victory",
        "touchdown", "touchdowns", "quarterback",
    ]
    static let speechVerbs: WordSet = [
        "said", "says", "told", "added", "wrote", "asked", "argued", "noted", "explained", "stated", "testified",
    ]

    init(doc: Document, lexicon: Lexicon) {
        self.doc = doc
        self.lexicon = lexicon
        claimed = Array(repeating: false, count: doc.tokens.count)
        sentenceInitial = SentenceStarts(count: doc.tokens.count)
        for range in doc.sentenceTokens {
            var i = range.lowerBound
            while i < range.upperBound, doc.tokens[i].kind == .punct { i += 1 }
            sentenceInitial.insert(i)
        }
        findTitleCaseLines()
        for i in doc.tokens.indices.dropFirst() where doc.tokens[i].isCapitalized && doc.tokens[i - 1].kind == .punct {
            let previous = doc.tokens[i - 1].key
            if previous == "\"" || previous == "-" || previous == ":" { sentenceInitial.insert(i) }
        }
    }

    /// A headline or a shouted line ("Mayor Accepts City Council Budget", "PLEASE TURN OFF YOUR CAPS
    /// LOCK"): four or more words, at least 70% of them capitalised, no closing period. Its common
    /// words (not heads, titles or listed names) are read as lower case.
    mutating func findTitleCaseLines() {
        let tokens = doc.tokens
        let keep: WordFlags = [.orgHead, .placeHead, .policyHead, .eventHead, .title, .titleWord, .known, .givenName, .surname,
                               .city, .state]
        for range in doc.sentenceTokens where range.count >= 4 && tokens[range.upperBound - 1].key != "." {
            var words = 0, capitals = 0
            for i in range where tokens[i].kind == .word {
                words += 1
                if tokens[i].isCapitalized { capitals += 1 }
            }
            guard words >= 4, capitals * 10 >= words * 7 else { continue }
            titleCaseSentences.append(tokens[range.lowerBound].sentence)
            for i in range where tokens[i].kind == .word && tokens[i].isCapitalized && tokens[i].flags.contains(.common)
                && tokens[i].flags.isDisjoint(with: keep)
            {
                if demoted.isEmpty { demoted = Array(repeating: false, count: tokens.count) }
                demoted[i] = true
            }
        }
    }

    func isDemoted(_ i: Int) -> Bool { !demoted.isEmpty && demoted[i] }

    /// Whether token `i` lies in a headline or shouted line: there a run of capitals needs
    /// positive evidence (a listed name, a head word, a given name) to be a name.
    func inTitleCaseLine(_ i: Int) -> Bool { !titleCaseSentences.isEmpty && titleCaseSentences.contains(doc.tokens[i].sentence) }

    /// Whether the word is written capitalised somewhere other than a sentence's start: then
    /// its capital at a sentence's start is a name's. Asked rarely, so it scans.
    func isCapitalizedMidSentence(_ key: String) -> Bool {
        // The stored key hashes rule out almost every token before anything else is read.
        let hash = StringTable<Bool>.hash(key)
        return doc.tokens.indices.contains { i in
            doc.tokens[i].keyHash == hash && doc.tokens[i].isCapitalized && !doc.tokens[i].isAllCaps
                && !sentenceInitial.contains(i) && doc.tokens[i].key == key
        }
    }

    mutating func run() -> [RawMention] {
        findDateline()
        claimPictureCaptions()
        claimBylines()
        findCitations()
        findTitledPolicies()
        findDescribedPolicies()
        findSpans()
        return mentions
    }

    // MARK: Dateline

    /// "DETROIT, Mich. (Michigan News Source) –": a city in capitals, a state, a source, a dash.
    /// A headline may come first: the dateline opens one of the first three sentences.
    mutating func findDateline() {
        for range in doc.sentenceTokens.prefix(3) where datelineAt(range) { return }
    }

    mutating func datelineAt(_ range: Range<Int>) -> Bool {
        let tokens = doc.tokens
        var i = range.lowerBound
        var cityEnd = i
        while cityEnd < range.upperBound, tokens[cityEnd].isAllCaps || (tokens[cityEnd].isCapitalized && cityEnd > i && tokens[cityEnd].isAllCaps) {
            cityEnd += 1
        }
        guard cityEnd > i, cityEnd - i <= 4 else { return false }
        var j = cityEnd
        var stateRange: Range<Int>?
        if j < range.upperBound, tokens[j].key == "," {
            var k = j + 1
            while k < range.upperBound, tokens[k].isCapitalized, k - j <= 3 { k += 1 }
            if k > j + 1 { stateRange = (j + 1)..<k; j = k }
        }
        var sourceRange: Range<Int>?
        if j < range.upperBound, tokens[j].key == "(" {
            var k = j + 1
            while k < range.upperBound, tokens[k].key != ")", k - j < 8 { k += 1 }
            guard k < range.upperBound, tokens[k].key == ")", k > j + 1 else { return false }
            sourceRange = (j + 1)..<k
            j = k + 1
        }
        guard j < range.upperBound, tokens[j].key == "-" else { return false }
        let cityKey = tokens[i..<cityEnd].map(\.key).joined(separator: " ")
        let cityName = lexicon.known[cityKey]?.canonical ?? titleCased(i..<cityEnd)
        addMention(.place, name: cityName, range: i..<cityEnd, canonical: true, takesAcronym: false)
        if let stateRange {
            let key = tokens[stateRange].map(\.key).joined(separator: " ")
            if let state = lexicon.states[key] {
                addMention(.place, name: state, range: stateRange, canonical: true, takesAcronym: false)
            } else if let known = lexicon.known[key] {
                addMention(.place, name: known.canonical, range: stateRange, canonical: true, takesAcronym: false)
            }
        }
        if let sourceRange {
            let key = tokens[sourceRange].map(\.key).joined(separator: " ")
            let name = lexicon.known[key]?.canonical ?? doc.text(tokens[sourceRange.lowerBound].start, tokens[sourceRange.upperBound - 1].end)
            addMention(.agency, name: name, range: sourceRange, canonical: lexicon.known[key] != nil)
        }
        for k in i...j { claimed[k] = true }
        i = j + 1
        if i < range.upperBound { sentenceInitial.insert(i) }
        return true
    }

    func titleCased(_ range: Range<Int>) -> String {
        doc.tokens[range].map { token in
            let text = doc.text(token.start, token.end)
            return text.prefix(1) + text.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    // MARK: Spans

    func startsSpan(_ i: Int) -> Bool {
        // Read in place: this runs on every token, and a copy would retain the key.
        if doc.tokens[i].kind != .word { return false }
        if doc.tokens[i].isCapitalized { return true }
        // "4th Precinct", "67th District Court"
        // `startsWithDigit` first: it is a stored field, and `isOrdinal` copies the token out.
        return doc.tokens[i].startsWithDigit && doc.tokens[i].isOrdinal && i + 1 < doc.tokens.count
            && doc.tokens[i + 1].isNameLike
    }

    mutating func findSpans() {
        let tokens = doc.tokens
        var i = 0
        while i < tokens.count {
            guard !claimed[i], startsSpan(i) else { i += 1; continue }
            // "@PramilaJayapal", "#waleg": handles and hashtags name accounts, not things.
            if i > 0, tokens[i - 1].kind == .punct, doc.bytes[tokens[i - 1].start] == 64 || doc.bytes[tokens[i - 1].start] == 35,
                tokens[i - 1].end == tokens[i].start
            {
                i += 1
                continue
            }
            if i > 0, tokens[i - 1].kind == .punct, let after = skipCredit(at: i) {
                i = after
                continue
            }
            if isDemoted(i) {
                i += 1
                continue
            }
            var end = i + 1
            while end < tokens.count, !claimed[end], tokens[end].sentence == tokens[i].sentence {
                // Fields are read in place: copying a `Token` out of the array retains its key,
                // and most runs end at punctuation or a number.
                if tokens[end].kind == .punct || tokens[end].kind == .number {
                    // "Housing & Residence Life": an ampersand between words stays in the run ("S&P" is
                    // letters, not words).
                    guard tokens[end].kind == .punct, doc.bytes[tokens[end].start] == 38, end + 1 < tokens.count,
                        tokens[end + 1].isNameLike, tokens[end + 1].sentence == tokens[i].sentence,
                        tokens[end + 1].end - tokens[end + 1].start > 1, tokens[end - 1].end - tokens[end - 1].start > 1
                    else { break }
                    end += 1
                    continue
                }
                // A line break ends a name: a headline or a caption line runs into the next line.
                if lineBreakBefore(end) { break }
                if (tokens[end].isNameLike && !isDemoted(end))
                    || (isElidedParticle(end) && end > i && tokens[end - 1].isCapitalized)
                    || (tokens[end].startsWithDigit && tokens[end].isOrdinal && end + 1 < tokens.count && tokens[end + 1].isNameLike)
                {
                    end += 1
                    // "Teamsters Local 332": a union local keeps its number.
                    if tokens[end - 1].key == "local", end < tokens.count, tokens[end].kind == .number { end += 1 }
                } else if let after = particleChainEnd(end), after < tokens.count, tokens[after].isNameLike,
                    tokens[after].sentence == tokens[i].sentence
                {
                    end = after
                } else if tokens[end].key == "for", end + 2 < tokens.count, tokens[end + 1].key == "the", tokens[end + 2].isNameLike,
                    tokens[end - 1].flags.contains(.orgHead), !claimed[end + 2]
                {
                    end += 2
                } else if tokens[end].kind == .word, EntityRecognizer.connectors.contains(tokens[end]), end + 1 < tokens.count,
                    // "… Civic Center on Monday": a weekday or month after a connector is a date.
                    !claimed[end + 1], !tokens[end + 1].flags.contains(.temporal),
                    tokens[end + 1].isNameLike || (tokens[end].key == "of" && tokens[end + 1].key == "the"
                        && end + 2 < tokens.count && tokens[end + 2].isNameLike)
                {
                    end += tokens[end].key == "of" && tokens[end + 1].key == "the" ? 2 : 1
                } else if tokens[end].kind == .possessive, end + 1 < tokens.count, tokens[end + 1].isNameLike,
                    tokens[end + 1].flags.contains(.orgHead) || possessiveInsideName(end)
                {
                    end += 1
                } else {
                    break
                }
            }
            processSpan(i..<end, depth: 0)
            i = end
        }
    }

    /// Wire photo captions name their subjects and the photographer: "… near Santa Barbara,
    /// California. Mike Eliason/County Fire Department/Handout via REUTERS", "…PalaceImage: AP".
    /// A paragraph that ends in such a credit contributes no names. Looks only at each
    /// paragraph's last tokens (found by binary search), so it costs nothing per token.
    mutating func claimPictureCaptions() {
        let tokens = doc.tokens
        guard !tokens.isEmpty else { return }
        for paragraph in doc.paragraphs {
            // The last token that ends inside the paragraph.
            var lo = 0, hi = tokens.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if tokens[mid].end <= paragraph.end { lo = mid + 1 } else { hi = mid }
            }
            var last = lo - 1
            while last >= 0, tokens[last].kind == .punct, tokens[last].start >= paragraph.start { last -= 1 }
            guard last >= 2, tokens[last].start >= paragraph.start, tokens[last].isAllCaps || tokens[last].key == "images",
                EntityRecognizer.pictureAgencies.contains(tokens[last])
            else { continue }
            let before = tokens[last - 1].key
            let credit = before == "via" || before == "/" || before == "getty"
                || (before == ":" && tokens[last - 2].key.hasBytesSuffix("image"))
            guard credit else { continue }
            var k = last
            while k >= 0, tokens[k].start >= paragraph.start {
                claimed[k] = true
                k -= 1
            }
        }
    }

    /// A byline without "By": the author's name on one line and the outlet's on the next, near
    /// the top ("George Hunter" / "The Detroit News"). Both lines name the writer, not the story.
    mutating func claimBylines() {
        let tokens = doc.tokens
        var first = 0
        for range in doc.sentenceTokens.prefix(6) {
            defer { first = range.upperBound }
            guard range.lowerBound >= first, range.count >= 4, range.count <= 9 else { continue }
            // The outlet's line: the sentence's last word is an outlet head, after a line break.
            let last = range.upperBound - 1
            guard tokens[last].kind == .word, tokens[last].isCapitalized, EntityRecognizer.outletHeads.contains(tokens[last]),
                tokens[range.lowerBound].flags.contains(.givenName)
            else { continue }
            var breakAt = range.lowerBound + 1
            while breakAt < last, !lineBreakBefore(breakAt) { breakAt += 1 }
            guard breakAt < last, breakAt - range.lowerBound <= 3,
                (range.lowerBound..<range.upperBound).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized })
            else { continue }
            for k in range { claimed[k] = true }
        }
    }

    /// "d'Estaing", "l'Aquila": an elided particle before a capital inside a name.
    func isElidedParticle(_ i: Int) -> Bool {
        // Fields read in place: this is asked after most runs of capitals.
        guard doc.tokens[i].kind == .word, !doc.tokens[i].isCapitalized else { return false }
        let s = doc.tokens[i].start, e = doc.tokens[i].end
        guard e - s >= 3, doc.bytes[s] == 100 || doc.bytes[s] == 108 else { return false }  // d, l
        if doc.bytes[s + 1] == 39 { return doc.bytes[s + 2] >= 65 && doc.bytes[s + 2] <= 90 }
        // A curly apostrophe is three bytes.
        return e - s >= 5 && doc.bytes[s + 1] == 0xE2 && doc.bytes[s + 2] == 0x80 && doc.bytes[s + 3] == 0x99
            && doc.bytes[s + 4] >= 65 && doc.bytes[s + 4] <= 90
    }

    /// "“Mad Max Beyond Thunderdome,”", "“We Don't Need Another Hero”": a run inside a short
    /// quotation whose words are mostly capitalised is the title of a work, not a name.
    func insideQuotedTitle(_ span: Range<Int>) -> Bool {
        let tokens = doc.tokens
        // Back to the nearest punctuation, which must be the opening quote.
        var open = span.lowerBound - 1
        while open >= 0, span.lowerBound - open <= 8, tokens[open].kind != .punct { open -= 1 }
        guard open >= 0, isQuote(open) else { return false }
        // On to the closing quote, past at most one mark before it ("…Thunderdome,”").
        var close = span.upperBound
        while close < tokens.count, close - span.upperBound <= 8, tokens[close].kind != .punct { close += 1 }
        if close + 1 < tokens.count, !isQuote(close), isQuote(close + 1) { close += 1 }
        guard close < tokens.count, isQuote(close), close - open <= 14 else { return false }
        var words = 0, capitals = 0
        for k in (open + 1)..<close where tokens[k].kind == .word {
            words += 1
            if tokens[k].isCapitalized { capitals += 1 }
        }
        return words >= 2 && capitals * 10 >= words * 6
    }

    /// A straight or curly double quotation mark.
    func isQuote(_ i: Int) -> Bool {
        guard doc.tokens[i].kind == .punct else { return false }
        let b = doc.bytes[doc.tokens[i].start]
        if b == 34 { return true }
        return b == 0xE2 && doc.tokens[i].end - doc.tokens[i].start == 3 && doc.bytes[doc.tokens[i].start + 2] >= 0x9C
            && doc.bytes[doc.tokens[i].start + 2] <= 0x9D && doc.bytes[doc.tokens[i].start + 1] == 0x80
    }

    /// "Democratic-controlled": the listed name before the hyphen ("Democratic" → the party) is a
    /// mention of its own; an unlisted one ("Trump-backed") names nothing here.
    mutating func addCompoundPrefix(_ i: Int) {
        let key = doc.tokens[i].key
        guard let dash = key.utf8.firstIndex(of: 45) else { return }
        let prefix = String(key[..<dash])
        guard let known = lexicon.known[prefix] else { return }
        addMention(known.kind == .place ? .place : known.kind == .agency ? .agency : .policy, name: known.canonical,
                   range: i..<(i + 1), canonical: true)
    }

    /// "Fast-growing", "Once-prominent": a capital, then lower case after the hyphen and no other capital.
    func isCompoundAdjective(_ i: Int) -> Bool {
        let s = doc.tokens[i].start, e = doc.tokens[i].end
        var k = s + 1, sawHyphen = false
        while k < e {
            let b = doc.bytes[k]
            if b == 45 {
                sawHyphen = true
            } else if b >= 65 && b <= 90 {
                return false
            } else if b >= 0x80 {
                return false
            }
            k += 1
        }
        // "Dallas-based" names a place (see `addPlaceAdjective`).
        return sawHyphen && !EntityRecognizer.placeAdjectiveSuffixes.contains(where: { doc.tokens[i].key.hasBytesSuffix($0) })
    }

    /// Whether token `i` is a comma (read from the text's byte: no look-up).
    func isComma(_ i: Int) -> Bool { doc.tokens[i].kind == .punct && doc.bytes[doc.tokens[i].start] == 44 }

    /// Whether token `i`'s text has a hyphen, read from the text's bytes (no string access).
    func tokenHasHyphen(_ i: Int) -> Bool {
        var b = doc.tokens[i].start + 1
        let e = doc.tokens[i].end
        while b < e {
            if doc.bytes[b] == 45 { return true }
            b += 1
        }
        return false
    }

    /// Whether a key has a hyphen (read through a `Span`: iterating `String.UTF8View` is slower).
    func hasHyphen(_ key: String) -> Bool {
        let bytes = key.utf8.span
        for i in bytes.indices where bytes[i] == 45 { return true }
        return false
    }

    /// Whether a line break lies between token `i` and the one before it.
    func lineBreakBefore(_ i: Int) -> Bool {
        var b = doc.tokens[i - 1].end
        let e = doc.tokens[i].start
        while b < e {
            if doc.bytes[b] == 10 { return true }
            b += 1
        }
        return false
    }

    /// "(Reporting by …; Editing by …)" inside a content line names the wire's staff, not the
    /// story's people; "(CNN, ABC NEWS, FAMILY PHOTOS, WIS)" lists a caption's picture sources.
    /// Asked only where a run of capitals opens right after "(": the index after the credit's ")"
    /// when the parenthesis is one, its tokens claimed.
    mutating func skipCredit(at i: Int) -> Int? {
        let tokens = doc.tokens
        guard i > 0, tokens[i - 1].kind == .punct, doc.bytes[tokens[i - 1].start] == 40 else { return nil }
        var k = i, commas = 0, words = 0, capitals = 0
        while k < tokens.count, k - i < 40, !(tokens[k].kind == .punct && doc.bytes[tokens[k].start] == 41) {
            if isComma(k) { commas += 1 }
            if tokens[k].kind == .word {
                words += 1
                if tokens[k].isAllCaps { capitals += 1 }
            }
            k += 1
        }
        let sourceList = commas >= 3 && capitals * 10 >= words * 6
        guard sourceList || EntityRecognizer.creditWords.contains(tokens[i]) else { return nil }
        for j in i..<k { claimed[j] = true }
        return k
    }

    /// "Domino's Pizza Inc.", "People's National Congress Party": a possessive inside a name
    /// that ends in a company suffix or "Party" within four words, after a word that names
    /// no place or person ("Michigan's Department of …" and "Trump's Republican Party" stay apart).
    func possessiveInsideName(_ p: Int) -> Bool {
        let tokens = doc.tokens
        guard p > 0, !tokens[p - 1].flags.contains(.givenName), !tokens[p - 1].flags.contains(.known),
            !tokens[p - 1].flags.contains(.city), !tokens[p - 1].flags.contains(.state)
        else { return false }
        var k = p + 1
        while k < tokens.count, k - p <= 4, tokens[k].isNameLike {
            if EntityRecognizer.companySuffixes.contains(tokens[k]) || tokens[k].key == "party" {
                return knownName((p + 1)..<(k + 1)) == nil
            }
            k += 1
        }
        return false
    }

    /// The "and" between two titled names, when the run before it is a title and a name and the
    /// run after it holds a title too.
    func titledPairSplit(_ span: Range<Int>) -> Int? {
        let tokens = doc.tokens
        guard span.count >= 5 else { return nil }
        for k in (span.lowerBound + 2)..<(span.upperBound - 2) where tokens[k].kind == .word && tokens[k].key == "and" {
            guard (span.lowerBound..<k).contains(where: { isTitle($0) && $0 + 1 < k && tokens[$0 + 1].flags.contains(.givenName) }),
                ((k + 1)..<span.upperBound).contains(where: { isTitle($0) })
            else { continue }
            return k
        }
        return nil
    }

    /// A title, a connector and its portfolio, then two or three name words opening with a given
    /// name: where the title starts and where the name starts.
    func portfolioTitleSplit(_ span: Range<Int>) -> (titleStart: Int, nameStart: Int)? {
        let tokens = doc.tokens
        guard span.count >= 5 else { return nil }
        var t = span.lowerBound
        while t < span.upperBound, !tokens[t].flags.contains(.title) { t += 1 }
        guard t + 2 < span.upperBound, span[(t + 1)...].contains(where: { isConnector($0) }) else { return nil }
        for n in [2, 3] where span.upperBound - n > t + 2 {
            let name = (span.upperBound - n)..<span.upperBound
            guard tokens[name.lowerBound].flags.contains(.givenName), isConnector(name.lowerBound - 1) == false,
                name.allSatisfy({ tokens[$0].isCapitalized && !tokens[$0].isAllCaps && !isHead(.orgHead, tokens[$0])
                    && !isHead(.placeHead, tokens[$0]) && !isTitle($0) })
            else { continue }
            var start = t
            while start > span.lowerBound, isTitle(start - 1) || tokens[start - 1].flags.contains(.titleWord) { start -= 1 }
            return (start, name.lowerBound)
        }
        return nil
    }

    /// "Rand Paul of Kentucky", "Sen. Ron Johnson of Wisconsin": a name without a head word and
    /// the state or country it represents are two mentions. Returns the index of the "of".
    func personOfPlaceSplit(_ span: Range<Int>) -> Int? {
        let tokens = doc.tokens
        guard span.count >= 3 else { return nil }
        for k in (span.lowerBound + 1)..<(span.upperBound - 1) where EntityRecognizer.ofKey.contains(tokens[k]) {
            let left = span.lowerBound..<k
            let right = (k + 1)..<span.upperBound
            let knownPlace = knownName(right)?.kind == .place
            // "Dr. Scott Lindquist of the Washington State Department of Health": a titled or
            // given-named person of an organisation with a head word.
            if left.count >= 2, k + 2 < span.upperBound, EntityRecognizer.theKey.contains(tokens[k + 1]),
                isHead(.orgHead, tokens[span.upperBound - 1]) || (k + 2..<span.upperBound).contains(where: { isHead(.orgHead, tokens[$0]) }),
                isTitle(span.lowerBound) || tokens[span.lowerBound].flags.contains(.givenName),
                left.contains(where: { tokens[$0].flags.contains(.givenName) }),
                !left.contains(where: { !isTitle($0) && (isHead(.orgHead, tokens[$0]) || isHead(.placeHead, tokens[$0])) })
            {
                return k
            }
            // "Cepheid of Sunnyvale, Calif.": one unlisted word of a place; "Wayne Lapierre of
            // Millinocket": a person of one unlisted word.
            if left.count == 1 {
                guard knownPlace || followedByRegion(span.upperBound), !tokens[k - 1].flags.contains(.common),
                    !tokens[k - 1].flags.contains(.known), tokens[k - 1].isCapitalized, !tokens[k - 1].isAllCaps
                else { return nil }
                return k
            }
            let townOfPerson = right.count == 1 && tokens[span.lowerBound].flags.contains(.givenName)
                && !tokens[k + 1].flags.contains(.common) && !tokens[k + 1].isAllCaps
            guard knownPlace || townOfPerson, !isTitle(k - 1),
                !tokens[left].contains(where: { !$0.flags.isDisjoint(with: [.orgHead, .placeHead, .policyHead]) }),
                tokens[k - 1].isCapitalized, !tokens[k - 1].isAllCaps,
                tokens[k - 1].flags.contains(.surname) || !tokens[k - 1].flags.contains(.common),
                // A person's name opens with a title or a name word: "Crime Stoppers of Michigan" stays whole.
                isTitle(span.lowerBound)
                    || !tokens[span.lowerBound].flags.isDisjoint(with: [.givenName, .surname])
                    || !tokens[span.lowerBound].flags.contains(.common)
            else { return nil }
            return k
        }
        return nil
    }

    /// The index after a run of name particles starting at `i`, if there is one.
    func particleChainEnd(_ i: Int) -> Int? {
        var k = i
        while k < doc.tokens.count, !doc.tokens[k].isCapitalized, EntityRecognizer.nameParticles.contains(doc.tokens[k]), k - i < 3 {
            k += 1
        }
        return k > i ? k : nil
    }

    /// Particles between capitalised words of a short run that opens with a given name.
    func isNameParticle(_ k: Int, in span: Range<Int>) -> Bool {
        EntityRecognizer.nameParticles.contains(doc.tokens[k]) && span.count <= 6
            && doc.tokens[span.lowerBound].flags.contains(.givenName)
    }

    func isConnector(_ i: Int) -> Bool {
        // Stored fields first: `isOrdinal` would copy the token out of the array.
        guard doc.tokens[i].kind == .word, !doc.tokens[i].isCapitalized else { return false }
        return !(doc.tokens[i].startsWithDigit && doc.tokens[i].isOrdinal)
    }

    func isHead(_ flag: WordFlags, _ t: Token) -> Bool { t.flags.contains(flag) }

    func isTitle(_ i: Int) -> Bool { doc.tokens[i].flags.contains(.title) }

    func isKnownWord(_ t: Token) -> Bool {
        return !t.flags.isDisjoint(with: [.known, .givenName, .city, .state])
    }

    /// Trims, splits and classifies one run of capitalised words.
    mutating func processSpan(_ span: Range<Int>, depth: Int) {
        guard !span.isEmpty, depth < 6 else { return }
        let tokens = doc.tokens
        var lo = span.lowerBound, hi = span.upperBound
        while lo < hi, isConnector(lo) || tokens[lo].kind == .possessive || EntityRecognizer.functionWords.contains(String(tokens[lo].bare)) && lexicon.known[tokens[lo].key] == nil {
            lo += 1
        }
        while hi > lo, isConnector(hi - 1) && !isElidedParticle(hi - 1) || tokens[hi - 1].kind == .possessive { hi -= 1 }
        guard lo < hi else { return }
        // "Fast-growing Northern California …", "the Democratic-controlled House": a hyphenated
        // adjective opening a run; its capitalised part names something only if it is listed.
        if hi - lo > 1, tokenHasHyphen(lo), isCompoundAdjective(lo) {
            addCompoundPrefix(lo)
            processSpan((lo + 1)..<hi, depth: depth + 1)
            return
        }
        // "San Jose-based company", "Shares of the Dallas-based carrier": the capitalised words
        // before "-based" name a place; the rest of the run is processed on its own.
        if hi - lo > 1, tokenHasHyphen(hi - 1),
            let suffix = EntityRecognizer.placeAdjectiveSuffixes.first(where: { tokens[hi - 1].key.hasBytesSuffix($0) })
        {
            var start = hi - 1
            while start > lo, tokens[start - 1].isCapitalized, !isConnector(start - 1), !sentenceInitial.contains(start - 1) { start -= 1 }
            let end = tokens[hi - 1].end - suffix.utf8.count
            if end > tokens[hi - 1].start {
                let name = doc.text(tokens[start].start, end)
                let key = Lexicon.key(name)
                let mention = RawMention(type: .place, key: key, name: lexicon.known[key]?.canonical ?? name, start: tokens[start].start,
                                         end: end, sentence: tokens[start].sentence, tokenCount: hi - start)
                mention.isCanonical = lexicon.known[key] != nil
                push(mention, range: start..<hi)
                if start > lo { processSpan(lo..<start, depth: depth + 1) }
                return
            }
        }
        if lo > 0, hi - lo > 1, insideQuotedTitle(lo..<hi), knownName(lo..<hi) == nil {
            return
        }
        if hi - lo <= 2, !tokens[hi - 1].flags.isDisjoint(with: [.orgHead, .placeHead, .known]),
            EntityRecognizer.seatLastWords.contains(tokens[hi - 1]), isSite(lo),
            EntityRecognizer.seatsOfGovernment.contains(tokens[lo..<hi].map(\.key).joined(separator: " "))
        {
            addMention(.place, name: knownName(lo..<hi)?.canonical, range: lo..<hi, canonical: knownName(lo..<hi) != nil)
            return
        }
        if hi - lo > 1, let known = knownName(lo..<hi) {
            // "against New Mexico" in a game story is the team.
            if known.kind == .place, isOpponent(lo) || isScoreLineTeam(lo, hi) || followedByRecord(hi) {
                addMention(.agency, name: known.canonical, range: lo..<hi)
                return
            }
            addMention(known.kind == .place ? .place : known.kind == .agency ? .agency : .policy, name: known.canonical,
                       range: lo..<hi, canonical: true)
            return
        }
        // Party-state tags ("R-S.D.", "D-Grand Rapids") name no place of their own.
        if isPartyTag(tokens[lo]), lo > 0, tokens[lo - 1].key == "," { return }
        // "Anthony Albanese MP": a title in capitals after a name is no part of it.
        if hi - lo > 1, tokens[hi - 1].isAllCaps, isTitle(hi - 1) || tokens[hi - 1].flags.contains(.nonEntityAcronym),
            tokens[hi - 2].isCapitalized, !tokens[hi - 2].isAllCaps
        {
            processSpan(lo..<(hi - 1), depth: depth + 1)
            return
        }
        // "Houston-based EOG Resources": the place adjective is a mention of its own.
        if hi - lo > 1, hasHyphen(doc.tokens[lo].key), addPlaceAdjective(lo) {
            processSpan((lo + 1)..<hi, depth: depth + 1)
            return
        }
        // "PRIME MINISTER", "Governor-General": a run of titles alone names nobody.
        // A plain loop: closures here capture the recogniser, and this runs on every run.
        var titles = 0, others = 0
        for k in lo..<hi {
            if tokens[k].flags.contains(.known) || !(tokens[k].flags.contains(.title) || tokens[k].flags.contains(.titleWord)) {
                others += 1
                break
            }
            if tokens[k].flags.contains(.title) { titles += 1 }
        }
        if titles > 0, others == 0 { return }
        // "North East Delhi", "West Texas": compass words before a listed place are part of its name.
        // Flags first: a word-set look-up copies the token out of the array.
        if hi - lo > 1, tokens[lo].flags.contains(.nonName), EntityRecognizer.compassWords.contains(tokens[lo]) {
            var k = lo + 1
            while k < hi - 1, EntityRecognizer.compassWords.contains(tokens[k]) { k += 1 }
            if knownName(lo..<hi) == nil, knownName(k..<hi)?.kind == .place {
                addMention(.place, name: nil, range: lo..<hi)
                return
            }
        }
        // "Vice President for Academic Affairs David Pershing", "Secretary of State Ann Ruiz": a
        // title with its portfolio, then a person's name that opens with a given name.
        // "Prime Minister Ann Ruiz and Ontario Premier Tom Ng": two titled people joined by "and".
        if let k = titledPairSplit(lo..<hi) {
            processSpan(lo..<k, depth: depth + 1)
            processSpan((k + 1)..<hi, depth: depth + 1)
            return
        }
        // "Minister of Infrastructure and Communities", "Secretary of State": a role without a
        // name names nobody (a place after "of" is still a place: "Mayor of London").
        var roleEnd = lo
        while roleEnd < hi, isTitle(roleEnd) || tokens[roleEnd].flags.contains(.titleWord) { roleEnd += 1 }
        if roleEnd > lo, (lo..<roleEnd).contains(where: { isTitle($0) }), hi - roleEnd >= 2,
            EntityRecognizer.portfolioConnectors.contains(tokens[roleEnd]),
            !((roleEnd + 1)..<hi).contains(where: { tokens[$0].flags.contains(.givenName) })
        {
            if knownName((roleEnd + 1)..<hi)?.kind == .place { processSpan((roleEnd + 1)..<hi, depth: depth + 1) }
            return
        }
        if let split = portfolioTitleSplit(lo..<hi) {
            processSpan(lo..<split.titleStart, depth: depth + 1)
            let descriptor = doc.text(tokens[split.titleStart].start, tokens[split.nameStart - 1].end)
            addPerson(split.nameStart..<hi, descriptor: descriptor)
            return
        }
        if let k = personOfPlaceSplit(lo..<hi) {
            processSpan(lo..<k, depth: depth + 1)
            // "Wayne Lapierre of Millinocket": the town a person is from, off the lists too.
            if k + 2 < hi, EntityRecognizer.theKey.contains(tokens[k + 1]) {
                processSpan((k + 2)..<hi, depth: depth + 1)
            } else if k + 2 == hi, knownName((k + 1)..<hi) == nil, !tokens[k + 1].flags.contains(.common) {
                addMention(.place, name: nil, range: (k + 1)..<hi)
            } else {
                processSpan((k + 1)..<hi, depth: depth + 1)
            }
            return
        }
        // A title inside the span splits it: "DPD Public Information Director Vic Pratt".
        if let split = titleSplit(lo..<hi) {
            processSpan(lo..<split.descriptorStart, depth: depth + 1)
            if split.nameStart < hi {
                let descriptor = doc.text(tokens[split.descriptorStart].start, tokens[split.nameStart - 1].end)
                addPerson(split.nameStart..<hi, descriptor: descriptor)
            }
            return
        }
        // "the Department of Energy and Outlier Media": two names, each with its own head.
        for k in (lo + 1)..<max(lo + 1, hi - 1) where tokens[k].key == "and" || tokens[k].key == "&" {
            let left = lo..<k
            let leftHasHead = isHead(.orgHead, tokens[k - 1]) || isHead(.placeHead, tokens[k - 1])
                || left.contains { isHead(.orgHead, tokens[$0]) && $0 + 1 < k && tokens[$0 + 1].key == "of" }
                || knownName(left) != nil
            // "Bureau of Industry and Security (BIS)": the "and" joins the complement of "of"
            // unless the right part has a head of its own.
            let right = (k + 1)..<hi
            let rightHasHead = isHead(.orgHead, tokens[hi - 1]) || isHead(.placeHead, tokens[hi - 1]) || knownName(right) != nil
            if leftHasHead, rightHasHead, !followedByAcronym(hi), knownName(lo..<hi) == nil, tokens[k].key == "and" {
                processSpan(left, depth: depth + 1)
                processSpan((k + 1)..<hi, depth: depth + 1)
                return
            }
        }
        // Connectors other than "of" belong only to names with a head: "Immigration and Nationality Act".
        // An acronym in parentheses vouches for the whole run: "Bureau of Industry and Security (BIS)".
        if !isHead(.orgHead, tokens[hi - 1]) && !isHead(.policyHead, tokens[hi - 1])
            && knownName(lo..<hi) == nil && !followedByAcronym(hi)
        {
            // "Housing & Residence Life": an ampersand stays inside a name (two names with heads split above).
            for k in lo..<hi where isConnector(k) && tokens[k].key != "of" && tokens[k].key != "the" && tokens[k].key != "&"
                && !isNameParticle(k, in: lo..<hi) && !isElidedParticle(k)
                // "Committee on Infractions", "Center for Auto Safety": a head word takes a complement.
                && !(EntityRecognizer.complementConnectors.contains(tokens[k]) && k > lo && isHead(.orgHead, tokens[k - 1]))
                // "Department of Health and Social Care": "and" inside the complement of "Head of".
                && !(tokens[k].key == "and" && (lo..<k).contains { isHead(.orgHead, tokens[$0]) && tokens[$0 + 1].key == "of" })
            {
                processSpan(lo..<k, depth: depth + 1)
                processSpan((k + 1)..<hi, depth: depth + 1)
                return
            }
        }
        // Sentence capitals and lone adjectives: "Investigators", "American" (but "American Water
        // Works Association" and "First Amendment" keep theirs: a head word ends the name).
        let endsWithHead = hi - lo > 1
            && (isHead(.orgHead, tokens[hi - 1]) || isHead(.policyHead, tokens[hi - 1])
                || isHead(.placeHead, tokens[hi - 1])
                || (lo..<(hi - 1)).contains { isHead(.orgHead, tokens[$0]) && tokens[$0 + 1].key == "of" })
        while lo < hi {
            let t = tokens[lo]
            // "Shares of Amazon.com Inc.": a connector left behind a trimmed word goes too.
            if isConnector(lo) || t.kind == .possessive {
                lo += 1
                continue
            }
            if hi - lo > 1, knownName(lo..<hi) != nil { break }
            if t.flags.contains(.nonName) && !t.flags.contains(.known) && !endsWithHead
                && !(hi - lo >= 2 && (lo + 2...hi).contains(where: { knownName(lo..<$0) != nil }))
            {
                lo += 1
                continue
            }
            if sentenceInitial.contains(lo), !t.isAllCaps, t.flags.contains(.common), !isKnownWord(t),
                !isTitle(lo), !isCapitalizedMidSentence(t.key), !(endsWithHead && hi - lo == 2),
                !(hi - lo > 1 && t.flags.contains(.surname)), !namedEarlier(t.key),
                knownName(lo..<hi) == nil,
                // "Doctors Without Borders": a capitalised function word marks a title-cased name.
                !(lo + 1..<hi).contains(where: { tokens[$0].isCapitalized && EntityRecognizer.functionWords.contains(tokens[$0]) })
            {
                lo += 1
                continue
            }
            break
        }
        guard lo < hi else { return }
        if let known = knownName(lo..<hi) {
            if known.kind == .place, isOpponent(lo) || isScoreLineTeam(lo, hi) || followedByRecord(hi) {
                addMention(.agency, name: known.canonical, range: lo..<hi)
                return
            }
            // "Boston said": a town that speaks and is a surname too is a person.
            if hi - lo == 1, known.kind == .place, tokens[lo].flags.contains(.city), tokens[lo].flags.contains(.surname),
                !tokens[lo].flags.contains(.state), hi < tokens.count, EntityRecognizer.speechVerbs.contains(tokens[hi]),
                !lexicon.countries.contains(tokens[lo].key)
            {
                addPerson(lo..<hi, descriptor: nil)
                return
            }
            var name = known.canonical
            // "Washington, D.C.": a city that the region after the comma names in full.
            if known.kind == .place, hi + 1 < tokens.count, isComma(hi), let region = knownName(hi + 1..<hi + 2),
                region.kind == .place, region.canonical.hasPrefix(known.canonical + ",")
            {
                name = region.canonical
            }
            addMention(known.kind == .place ? .place : known.kind == .agency ? .agency : .policy, name: name,
                       range: lo..<hi, canonical: true)
            return
        }
        classify(lo..<hi)
    }

    func titleSplit(_ span: Range<Int>) -> (descriptorStart: Int, nameStart: Int)? {
        let tokens = doc.tokens
        for k in span where isTitle(k) {
            var nameStart = k + 1
            // "Attorney General", "Police Chief": take the whole title.
            while nameStart < span.upperBound, isTitle(nameStart) { nameStart += 1 }
            let rest = nameStart..<span.upperBound
            if !rest.isEmpty {
                guard rest.count <= 5,
                    tokens[rest.lowerBound].flags.contains(.givenName)
                        || !rest.contains(where: { isHead(.orgHead, tokens[$0]) || isHead(.placeHead, tokens[$0]) || isHead(.policyHead, tokens[$0]) }),
                    !rest.contains(where: { isConnector($0) && !EntityRecognizer.nameParticles.contains(tokens[$0]) }),
                    // "Mayor Bell": a surname that is also a town's name is the surname after a title.
                    knownName(rest) == nil || (rest.count == 1 && tokens[rest.lowerBound].flags.contains(.surname)
                        && tokens[rest.lowerBound].flags.contains(.city) && !tokens[rest.lowerBound].flags.contains(.state))
                else { continue }
            }
            var descriptorStart = k
            // "Wayne County Executive": a place head after a name stays with the name.
            while descriptorStart > span.lowerBound,
                isHead(.titleWord, tokens[descriptorStart - 1]) || isTitle(descriptorStart - 1),
                !(isHead(.placeHead, tokens[descriptorStart - 1]) && descriptorStart - 2 >= span.lowerBound
                    && !isHead(.titleWord, tokens[descriptorStart - 2]) && !isTitle(descriptorStart - 2))
            {
                descriptorStart -= 1
            }
            if rest.isEmpty, descriptorStart == span.lowerBound { return nil }
            return (descriptorStart, nameStart)
        }
        return nil
    }
}

/// Token indexes that open a sentence (or a quotation, or the text after a dateline).
struct SentenceStarts {
    private var flags: [Bool]
    init(count: Int) { flags = Array(repeating: false, count: count) }
    func contains(_ i: Int) -> Bool { i >= 0 && i < flags.count && flags[i] }
    mutating func insert(_ i: Int) { if i >= 0 && i < flags.count { flags[i] = true } }
}

extension String {
    func replacingDots() -> String {
        let bytes = utf8.span
        var hasDot = false
        for i in bytes.indices where bytes[i] == 46 {
            hasDot = true
            break
        }
        guard hasDot else { return self }
        return String(decoding: utf8.filter { $0 != 46 }, as: UTF8.self)
    }
}
