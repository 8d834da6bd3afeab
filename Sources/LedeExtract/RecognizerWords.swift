/// The word sets the recogniser reads context with: connectors, heads of sites and streets,
/// cues of games, titles and credits, and one-word sets looked up by a token's stored hash.
extension EntityRecognizer {
    static let connectors: WordSet = [
        "of", "and", "for", "from", "on", "to", "the", "in", "against", "&", "de", "la", "del", "van", "von", "der", "du",
        "da", "y",
        // Tagalog "of" inside Philippine names: "Bangko Sentral ng Pilipinas", "… ng Bayan Act" (entities36).
        "ng",
        // Irish "of the" inside names: "Bord na Móna", "Conradh na Gaeilge" (fixes17).
        "na",
    ]
    static let companySuffixes: WordSet = [
        "co.", "inc.", "corp.", "llc", "ltd.", "company", "corporation", "incorporated", "plc", "group", "holdings",
    ]
    /// Legal forms that end a company's name. They take no complement ("Neste Oil Oyj to Sandvik
    /// AB", "Safaricom PLC to Vodacom" are two companies, unlike "Committee to Protect Journalists"),
    /// and the merger drops one to match a company's short name ("Research in Motion Ltd." and
    /// "Research in Motion"). One list for both since 2026-11-30; they had drifted apart.
    static let legalFormList = [
        "inc.", "inc", "corp.", "corp", "co.", "llc", "l.l.c.", "ltd.", "ltd", "plc", "limited", "gmbh", "ag", "ab",
        "n.v.", "s.a.", "pty", "oyj", "bhd", "berhad", "sdn", "tbk", "pte", "pvt",
    ]
    static let legalForms = WordSet(legalFormList)
    /// Lower-case particles inside personal names: "Ursula von der Leyen".
    static let nameParticles: WordSet = ["von", "van", "der", "den", "de", "la", "le", "du", "da", "dos", "del", "bin", "al", "ibn", "binti", "bint"]
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
    /// `nameSuffixes` with "jr" and "sr" written without a period ("Tom Elrod Jr"): what ends a
    /// person's name, and what the merger skips to find the surname a later "Elrod" joins.
    static let generationalSuffixes: WordSet = ["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"]
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
        "community", "electorate", "constituency", "riding", "seat", "communities", "towns", "villages", "suburbs",
        "regency", "regencies", "subdistrict", "sub-district", "districts", "counties", "provinces", "hamlet",
        "area",
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
    /// Street words that end a street's name even after a given name ("Jane Street"); not "court",
    /// "place" or "way", which end names of bodies and firms too.
    static let streetEnds: WordSet = [
        "street", "st.", "road", "rd.", "avenue", "ave.", "boulevard", "blvd.", "lane", "drive", "crescent", "terrace", "parkway",
    ]
    /// The eight points of the compass as one word, closed or hyphenated: a bearing ("40km
    /// north-east of X", `PlaceDistances.swift`) or a heading ("drove north to X", `PlaceCues39.swift`).
    static let compassPoints = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
        "south-east", "south-west",
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
        "defeat", "thumped", "thrashed",
    ]
    /// The cues that make even a name off the word lists a team: "victory over Stanford" (not "to").
    static let strongOpponentCues: WordSet = [
        "beat", "beats", "beating", "defeated", "defeating", "versus", "vs.", "vs", "over", "edged", "routed", "against",
        "rivals",
    ]
    /// Verbs between a team and its score: "Scotland lost 1-0", "Spain won 3-1" (round fifteen).
    static let resultVerbs: WordSet = ["won", "lost", "beat", "drew", "defeat", "defeated", "trail", "trailed", "led", "lead", "leads"]
    /// Words that make a sentence about a game.
    static let gameWords: WordSet = [
        "season", "opener", "game", "match", "playoff", "playoffs", "championship", "inning", "innings", "victory",
        "touchdown", "touchdowns", "quarterback",
    ]
    static let speechVerbs: WordSet = [
        "said", "says", "told", "added", "wrote", "asked", "argued", "noted", "explained", "stated", "testified",
    ]
    /// Last words of a site's section labels ("Top Stories", "TBS Report", "Local Politics").
    static let sectionWords: WordSet = [
        "stories", "report", "politics", "business", "sports", "opinion", "world", "entertainment", "lifestyle", "health",
        "technology", "tech", "science", "weather", "video", "videos", "photos", "podcasts", "newsletters", "headlines",
        "updates", "nation", "economy", "markets", "crime", "education",
    ]
}
