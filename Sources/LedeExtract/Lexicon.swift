import FoundationEssentials

/// The word lists the extractor classifies with, loaded once from the target's resource files.
///
/// Every key is a normalised lower-case form (see `Lexicon.key`), so look-ups never depend on
/// curly quotes or case.
struct Lexicon: Sendable {
    enum Kind: UInt8, Sendable { case place, agency, policy }

    /// Canonical names of known entities by every variant's key.
    var known = StringTable<(kind: Kind, canonical: String)>(minimumCapacity: 8192)
    /// Longest known name, in tokens, so the matcher knows how far to look.
    var knownMaxTokens = 1
    /// US state by any key (name, USPS, AP abbreviation) → full name.
    var states = StringTable<String>(minimumCapacity: 256)
    /// AP-style and USPS abbreviations only, which follow a city ("Flint, Mich.").
    var stateAbbreviations: Set<String> = []
    var cities: Set<String> = []
    var countries: Set<String> = []
    /// Country names kept after the flags are built (`countries` is dropped then): national teams (round twenty-two).
    var countryNames = WordSet([])
    var givenNames: Set<String> = []
    var surnames: Set<String> = []
    /// Frequent English words (lower case): a capitalised one opening a sentence is rarely a name.
    var commonWords: Set<String> = []
    var titles: Set<String> = []
    var titleWords: Set<String> = []
    var orgHeads: Set<String> = []
    var policyHeads: Set<String> = []
    var placeHeads: Set<String> = []
    var eventHeads: Set<String> = []
    var nonNames: Set<String> = []
    var nonEntityAcronyms: Set<String> = []
    /// Towns named by an everyday word (`everyday-towns.txt`), in file order.
    var everydayTowns: [String] = []
    /// Keys of listed companies' short forms that are English words ("oracle", "target"): an
    /// organisation only with company evidence in the article (`Companies49.swift`).
    var companiesNeedingEvidence: Set<String> = []
    /// Car makes (`car-makes.txt`), in file order.
    var carMakes: [String] = []
    /// Keys of small towns and villages no other list holds (`towns.txt`): weak evidence only,
    /// never a known name (`Towns56.swift`).
    var towns = StringTable<Bool>(minimumCapacity: 16)
    /// Keys of places named like a person or a word, and capitals no list holds (`cued-places.txt`):
    /// a place only behind a cue, never a known name (`Places74.swift`).
    var cuedPlaces74 = StringTable<Bool>(minimumCapacity: 16)
    /// Split forms of listed keys with an apostrophe ("cox 's bazar"; `ListedApostrophes72.swift`).
    var apostropheForms72 = StringTable<Bool>(minimumCapacity: 16)
    /// The words right before those forms' apostrophes ("cox", "john"): the gate of the look-up.
    var apostropheStems72 = WordSet([])
    /// Lower-case heads after a name, "words|kind[|demonym]" (`lower-heads.txt`, `LowerHeads57.swift`).
    var lowerHeads: [String] = []
    /// Field words that open a body's "<field> <place>" name (`field-bodies.txt`, `Agencies70.swift`).
    var fieldBodies70: [String] = []
    /// What a tax is levied on (`tax-kinds.txt`, `Policies71.swift`), by key.
    var taxKinds71: Set<String> = []
    /// Words before "law" or "legislation" that name a tier, a field or a law named before
    /// (`law-modifier-stops.txt`, `Policies74.swift`), by key.
    var lawModifierStops74: Set<String> = []
    /// Post-nominals after a person's name ("MCC", "TD", "Advocate") (`post-nominals.txt`, `Boundaries75.swift`), by key.
    var postNominals75: Set<String> = []
    /// Fields of government before a lower-case "ministry" (`ministry-fields.txt`, `Agencies74.swift`).
    var ministryFields74: [String] = []
    /// Words naming a body's unit before "of <body>" (`unit-words.txt`, `Agencies74.swift`), by key.
    var unitWords74: Set<String> = []
    /// Words closing a body's unit named by common words (`unit-closers.txt`, `Agencies33.swift`), by key.
    var unitClosers33: Set<String> = []
    /// Last words (one or two) of names that only name a site (`site-heads.txt`, `Facilities75.swift`).
    var siteHeads75: [String] = []
    /// Verbs that carry someone to a site before "to" (`carried-to.txt`, `Facilities75.swift`), by key.
    var carriedTo75: Set<String> = []
    /// Nation adjectives before a UK party's name (`nation-adjectives.txt`, `Agencies75.swift`), as written.
    var nationAdjectives16: [String] = []
    /// Heads of administrative regions (`region-heads.txt`, `Fixes16.swift`), by key.
    var regionHeads16: Set<String> = []
    /// Last words of a role written after its body (`role-heads.txt`, fixes17).
    var roleHeads17: Set<String> = []
    /// Words that make a town a side in a game story (`team-sides.txt`, `Teams19.swift`), by key:
    /// one or two words before the name, one word after it, a noun after its possessive.
    var teamSidesBefore19: Set<String> = []
    var teamSidesAfter19: Set<String> = []
    var teamSidesPossessed19: Set<String> = []
    /// Verbs done to rules that a compound policy's modifiers must not take in (`rule-verbs.txt`, fixes19).
    var ruleVerbs19: Set<String> = []
    /// Wires a bracketed credit list names beside the listed ones (`wire-names.txt`, fixes20).
    var wireNames20: Set<String> = []
    /// Words of a republication notice before an outlet (`notice-words.txt`, fixes20).
    var noticeWords20: Set<String> = []
    /// Nouns of persons spelling a role's acronym (`role-nouns.txt`, fixes20).
    var roleNouns20: Set<String> = []
    /// A place's short form written alone and the places it names (`place-abbreviations.txt`, agencyfp24).
    var placeAbbreviations24: [String: [String]] = [:]
    /// Words before "House" that make it a chamber, not a building (`house-chambers.txt`, agencyfp24).
    var houseChambers24: Set<String> = []
    /// `date-runs.txt` by tag: "weekday", "season", "month" (`AgencyFP32.swift`).
    var dateRuns32: [Substring: Set<String>] = [:]
    /// Offices and honours written as acronyms, as written (`title-acronyms.txt`, `AgencyFP38.swift`).
    var titleAcronyms38: [String] = []
    /// Last words of a title a year or a span of years closes (`plan-heads.txt`, policies23).
    var planHeads23: Set<String> = []
    /// The ones of them that name a policy alone before a year ("Agenda 2063").
    var planHeadsAlone23: Set<String> = []
    /// `named|` lines of `plan-heads.txt`: last words of a capitalised title that names a policy
    /// without a year ("the National Housing Strategy"; `Policies29.swift`).
    var planHeadsNamed29: Set<String> = []
    /// Modals that end a ban's or a tariff's object (`policy-scopes.txt`, policies25).
    var objectModals25: Set<String> = []
    /// Words after "in"/"for" that open an adverbial, not a policy's scope (`policy-scopes.txt`).
    var scopeStops25: Set<String> = []
    /// Words after "the" that say when or how a ban comes, not what it bans (`policy-scopes.txt`, policies34).
    var banStops34: Set<String> = []
    /// Bodies before a capitalised "Member" title, and the seats before them (`member-bodies.txt`, fixes22).
    var memberBodies22: Set<String> = []
    var memberSeats22: Set<String> = []
    var memberNoSeats22: Set<String> = []
    /// Lower-case nouns of a body right before its name, "the water regulator Ofwat" (`body-appositions.txt`, agencies26).
    var bodyAppositions26: Set<String> = []
    /// Words opening a sea's, gulf's or island's name before "of" (`feature-heads.txt`, confusions31).
    var featureHeads31: Set<String> = []
    /// Determiners that make "<Name> station" a kind of site (`kind-determiners.txt`, confusions31).
    var kindDeterminers31: Set<String> = []
    /// Plural place nouns before "of" and a list of names (`list-place-nouns.txt`, confusions31).
    var listPlaceNouns31: Set<String> = []
    /// Boilerplate line rules: `match` is prefix, contains or line; patterns are folded bytes.
    /// Every listed key with its flags, by bytes or by `String` (see `WordInterner`).
    var interned = WordInterner()
    var boilerplate: [(kind: String, match: BoilerplateMatch, pattern: [UInt8])] = []
    /// For each first byte of a folded line, the rules that can match it, in file order: the
    /// prefix rules starting with that byte and every other rule.
    var boilerplateByFirstByte: [[Int]] = Array(repeating: [], count: 256)

    /// The "contains" rules (up to 64, non-empty patterns) by ordinal, the ordinal of each rule
    /// (-1 for others), and for each byte the rules whose pattern starts with it, as bits: a
    /// short line is searched for all of them in one pass.
    var boilerplateContainsRules: [Int] = []
    var boilerplateContainsOrdinal: [Int] = []
    var boilerplateContainsByFirstByte: [UInt64] = Array(repeating: 0, count: 256)
    /// The same by a pattern's second byte (a one-byte pattern sets its bit for every byte):
    /// with the first, it leaves few candidates to compare (speed round nineteen).
    var boilerplateContainsBySecondByte: [UInt64] = Array(repeating: 0, count: 256)
    /// Each rule's second pattern byte (-1 under two bytes): `Document.foldedSecondByte37`.
    var boilerplateSecondBytes37: [Int] = []

    /// The learned typing stage's feature ids (built from `function-words.txt`) and its weights
    /// (`entity-typer.txt`; nil when missing or invalid, with the reason in `typerError`).
    var typingSpace = TypingFeatureSpace(functionWords: [])
    var typer: EntityTyperModel?
    var typerError: TyperLoadError?

    /// How a boilerplate rule's pattern applies to a line.
    enum BoilerplateMatch: Sendable { case prefix, contains, line }

    /// The lexicon of the shipped resource files, loaded on first use.
    static let shared: Lexicon = Lexicon.loadBundled()

    /// `key(_:)` of a `String`, scanned through a `Span` of its bytes (iterating
    /// `String.UTF8View` re-checks the string's form per byte); the result is the same.
    static func key(_ text: String) -> String {
        let bytes = text.utf8.span
        let count = bytes.count
        guard count <= foldLimit else { return key(long: text) }
        // One pass tests the bytes and folds them into a copy on the stack.
        var buffer = InlineArray<64, UInt8>(repeating: 0)
        // Branch-free: every byte is folded and copied, and whether any was upper case or not
        // ASCII is told once, after the loop.
        var upper: UInt8 = 0, high: UInt8 = 0
        for i in 0..<count {
            let b = bytes[i]
            let isUpper: UInt8 = b &- 65 < 26 ? 0x20 : 0
            upper |= isUpper
            high |= b
            buffer[i] = b | isUpper
        }
        if high >= 0x80 { return key(Substring(text)) }
        guard upper != 0 else { return text }
        guard let folded = try? UTF8Span(validating: buffer.span.extracting(0..<count)) else { return text.lowercased() }
        return String(copying: folded)
    }

    /// `key(text)`, taking `likely` when it is already that key (checked byte by byte, no new
    /// string): a merged entity's name is one of its mentions' names, whose key the recogniser
    /// built. Building a key costs about 580 instructions; the check about 5 a byte.
    static func key(_ text: String, likely: String?) -> String {
        guard let likely else { return key(text) }
        let bytes = text.utf8.span, folded = likely.utf8.span
        guard bytes.count == folded.count else { return key(text) }
        for i in 0..<bytes.count {
            let b = bytes[i]
            // Non-ASCII text folds more than case: build its key.
            guard b < 0x80, (b &- 65 < 26 ? b | 0x20 : b) == folded[i] else { return key(text) }
        }
        return likely
    }

    /// `key(_:)` of a text longer than `foldLimit`.
    private static func key(long text: String) -> String {
        let bytes = text.utf8.span
        var upper = false
        for i in bytes.indices {
            let b = bytes[i]
            if b >= 0x80 { return key(Substring(text)) }
            if b >= 65 && b <= 90 { upper = true }
        }
        return upper ? text.lowercased() : text
    }

    /// Longest text `folded` copies on the stack.
    static let foldLimit = 64

    /// ASCII `bytes` with upper case folded (and spaces made hyphens when `hyphens`), as a
    /// `String`; nil when longer than `foldLimit`. The copy lives in an `InlineArray`: an
    /// `[UInt8]` costs a heap buffer and a generic metadata look-up (about 650 instructions
    /// with its release), more than `String.lowercased()`, which this beats by half.
    static func folded(_ bytes: Span<UInt8>, hyphens: Bool) -> String? {
        let count = bytes.count
        guard count <= foldLimit else { return nil }
        var buffer = InlineArray<64, UInt8>(repeating: 0)
        for i in 0..<count {
            let b = bytes[i]
            buffer[i] = b &- 65 < 26 ? b | 0x20 : (hyphens && b == 32 ? 45 : b)
        }
        guard let text = try? UTF8Span(validating: buffer.span.extracting(0..<count)) else { return nil }
        return String(copying: text)
    }

    /// Lower case, curly apostrophes and dashes folded: the form every list is keyed by.
    static func key(_ text: some StringProtocol) -> String {
        var ascii = true, upper = false
        for b in text.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 65 && b <= 90 { upper = true }
        }
        if ascii {
            let copy = String(decoding: text.utf8, as: UTF8.self)
            return upper ? copy.lowercased() : copy
        }
        // UTF-8 bytes, not `String` appends (about 9,000 instructions a name that way): a
        // scalar lower case leaves alone is copied, only the others go through `lowercased()`.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x2018, 0x2019, 0x02BC: out.append(39)
            case 0x2010...0x2015, 0x2212: out.append(45)
            case 0x00A0: out.append(32)
            case 65...90: out.append(UInt8(scalar.value + 32))
            case 0..<128: out.append(UInt8(scalar.value))
            default:
                if scalar.properties.changesWhenLowercased {
                    out.append(contentsOf: String(scalar).lowercased().utf8)
                } else {
                    UTF8.encode(scalar) { out.append($0) }
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `key(_:)` of UTF-8 bytes, without building an intermediate string for ASCII words.
    static func key(bytes: ArraySlice<UInt8>) -> String {
        var ascii = true
        for b in bytes where b >= 0x80 {
            ascii = false
            break
        }
        guard ascii else { return key(String(decoding: bytes, as: UTF8.self)) }
        var hasUpper = false
        for b in bytes where b >= 65 && b <= 90 {
            hasUpper = true
            break
        }
        let copy = String(decoding: bytes, as: UTF8.self)
        return hasUpper ? copy.lowercased() : copy
    }

    /// ASCII lower case, curly apostrophes straightened, no-break spaces made spaces: the
    /// byte form boilerplate rules match on. Stops after `limit` input bytes.
    static func fold(_ bytes: ArraySlice<UInt8>, limit: Int) -> [UInt8] {
        // Most lines have no curly apostrophe or no-break space: copied whole, then folded in
        // place (appending byte by byte cost about 20 instructions a byte).
        var copy = Array(bytes.prefix(limit))
        var span = copy.mutableSpan
        var plain = true
        for i in span.indices {
            let b = span[i]
            if b &- 65 < 26 {
                span[i] = b | 0x20
            } else if b == 0xE2 || b == 0xC2 {
                plain = false
                break
            }
        }
        return plain ? copy : foldMarks(bytes, limit: limit)
    }

    /// The folded byte at `i` of `bytes` (the form `fold` writes) and how many input bytes it
    /// takes: an ASCII capital lower-cased, a curly apostrophe (three bytes) 39, a no-break space
    /// (two bytes) 32, any other byte itself. Every folding reader of boilerplate lines calls
    /// this, so the rules read one folding.
    @inline(__always) static func foldedByte(_ bytes: Span<UInt8>, at i: Int) -> (byte: UInt8, width: Int) {
        let b = bytes[i]
        if b >= 65 && b <= 90 { return (b | 0x20, 1) }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99 { return (39, 3) }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return (32, 2) }
        return (b, 1)
    }

    /// `fold` of a line with a byte that may open a curly apostrophe or a no-break space.
    private static func foldMarks(_ bytes: ArraySlice<UInt8>, limit: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(min(bytes.count, limit))
        let view = bytes.span
        let end = min(view.count, limit)
        var i = 0
        while i < end {
            let (b, width) = foldedByte(view, at: i)
            out.append(b)
            i += width
        }
        return out
    }

    /// Why the shared lexicon is empty, when `ResourceLocator` found no word lists.
    static let loadError: ResourceLocator.NotFound? = {
        if case .failure(let error) = ResourceLocator.locate() { return error }
        return nil
    }()

    /// Loads the word lists from the directory `ResourceLocator` finds. When none is found the
    /// lexicon is empty (extraction still runs, on shape alone) and `loadError` says why;
    /// commands check `Extractor.resourceError` first and report it.
    static func loadBundled() -> Lexicon {
        var lexicon = Lexicon()
        guard case .success(let directory) = ResourceLocator.locate() else { return lexicon }
        func lines(_ name: String) -> [Substring] {
            guard let data = try? Data(contentsOf: URL(filePath: directory + "/" + name + ".txt")) else { return [] }
            return String(decoding: data, as: UTF8.self).wordListLines()
        }
        lexicon.load(lines: lines)
        return lexicon
    }

    /// Fills the lists from a provider of resource lines (tests may pass their own).
    mutating func load(lines: (String) -> [Substring]) {
        func words(_ name: String) -> Set<String> {
            var set = Set<String>()
            for line in lines(name) {
                // A `String` copy takes `key`'s byte path (the generic one walked the `Substring`).
                for word in line.listFields() { set.insert(Lexicon.key(String(word))) }
            }
            return set
        }
        // Lines "tag|word" (team sides, plan heads, policy scopes, member bodies): the keyed
        // words grouped by their tag.
        func taggedWords(_ name: String) -> [Substring: Set<String>] {
            var byTag: [Substring: Set<String>] = [:]
            for line in lines(name) {
                let parts = line.split(separator: "|", maxSplits: 1)
                guard parts.count == 2 else { continue }
                byTag[parts[0], default: []].insert(Lexicon.key(String(parts[1])))
            }
            return byTag
        }
        // Ranks and member titles the title list lacked ("SP", "MK", "Sepoy"; person round 74).
        titles = words("titles").union(words("person-ranks"))
        titleWords = words("title-words")
        orgHeads = words("org-heads")
        policyHeads = words("policy-heads")
        placeHeads = words("place-heads")
        eventHeads = words("event-heads")
        nonNames = words("nonnames").union(words("demonyms"))
        nonEntityAcronyms = words("nonentity-acronyms")
        everydayTowns = lines("everyday-towns").map { Lexicon.key($0) }
        carMakes = lines("car-makes").map { Lexicon.key($0) }
        loadTowns56(lines("towns"))
        lowerHeads = lines("lower-heads").map(String.init)
        fieldBodies70 = lines("field-bodies").map(String.init)
        taxKinds71 = words("tax-kinds")
        lawModifierStops74 = words("law-modifier-stops")
        postNominals75 = words("post-nominals")
        ministryFields74 = lines("ministry-fields").map { Lexicon.key($0) }
        unitWords74 = words("unit-words")
        unitClosers33 = words("unit-closers")
        siteHeads75 = lines("site-heads").flatMap { $0.listFields().map { Lexicon.key(String($0)) } }
        carriedTo75 = words("carried-to")
        nationAdjectives16 = lines("nation-adjectives").map(String.init)
        regionHeads16 = words("region-heads")
        bodyAppositions26 = words("body-appositions")
        featureHeads31 = words("feature-heads")
        kindDeterminers31 = words("kind-determiners")
        listPlaceNouns31 = words("list-place-nouns")
        roleHeads17 = words("role-heads")
        let teamSides = taggedWords("team-sides")
        teamSidesBefore19 = teamSides["before"] ?? []
        teamSidesAfter19 = teamSides["after"] ?? []
        teamSidesPossessed19 = teamSides["possessed"] ?? []
        ruleVerbs19 = words("rule-verbs")
        wireNames20 = words("wire-names")
        noticeWords20 = words("notice-words")
        roleNouns20 = words("role-nouns")
        for line in lines("place-abbreviations") {
            let parts = line.listFields().map(String.init)
            guard parts.count >= 2 else { continue }
            placeAbbreviations24[Lexicon.key(parts[0])] = Array(parts.dropFirst())
        }
        houseChambers24 = words("house-chambers")
        dateRuns32 = taggedWords("date-runs")
        titleAcronyms38 = lines("title-acronyms").flatMap { $0.listFields().map(String.init) }
        let planHeads = taggedWords("plan-heads")
        planHeads23 = planHeads.values.reduce(into: []) { $0.formUnion($1) }
        planHeadsAlone23 = planHeads["alone"] ?? []
        planHeadsNamed29 = planHeads["named"] ?? []
        let policyScopes = taggedWords("policy-scopes")
        objectModals25 = policyScopes["modal"] ?? []
        scopeStops25 = policyScopes["stop"] ?? []
        banStops34 = policyScopes["ban"] ?? []
        let memberBodies = taggedWords("member-bodies")
        memberBodies22 = memberBodies["body"] ?? []
        memberSeats22 = memberBodies["seat"] ?? []
        memberNoSeats22 = memberBodies["none"] ?? []
        givenNames = words("given-names").union(words("world-given-names"))
        surnames = words("surnames")
        commonWords = words("common-words")
        for line in lines("boilerplate") {
            let parts = line.split(separator: "|", maxSplits: 2).map(String.init)
            let match: BoilerplateMatch? = parts.count == 3 ? ["prefix": .prefix, "contains": .contains, "line": .line][parts[1]] : nil
            if let match { boilerplate.append((parts[0], match, Lexicon.fold(Array(parts[2].utf8)[...], limit: Int.max))) }
        }
        for (index, rule) in boilerplate.enumerated() {
            boilerplateSecondBytes37.append(rule.pattern.count >= 2 ? Int(rule.pattern[1]) : -1)
            if rule.match == .contains, let first = rule.pattern.first, boilerplateContainsRules.count < 64 {
                boilerplateContainsByFirstByte[Int(first)] |= 1 << UInt64(boilerplateContainsRules.count)
                if rule.pattern.count >= 2 {
                    boilerplateContainsBySecondByte[Int(rule.pattern[1])] |= 1 << UInt64(boilerplateContainsRules.count)
                } else {
                    for b in 0..<256 { boilerplateContainsBySecondByte[b] |= 1 << UInt64(boilerplateContainsRules.count) }
                }
                boilerplateContainsOrdinal.append(boilerplateContainsRules.count)
                boilerplateContainsRules.append(index)
            } else {
                boilerplateContainsOrdinal.append(-1)
            }
            if rule.match == .prefix, let first = rule.pattern.first {
                boilerplateByFirstByte[Int(first)].append(index)
            } else {
                for b in 0..<256 { boilerplateByFirstByte[b].append(index) }
            }
        }
        for line in lines("states") {
            let parts = line.listFields().map(String.init)
            guard let name = parts.first else { continue }
            for variant in parts { states[Lexicon.key(variant)] = name }
            for variant in parts.dropFirst() where variant != name { stateAbbreviations.insert(Lexicon.key(variant)) }
            addKnown(name, variants: [], kind: .place)
        }
        for line in lines("countries") {
            let parts = line.listFields().map(String.init)
            // The last two fields are ISO codes: too ambiguous to match as words ("IN", "AT").
            let names = parts.dropLast(2)
            guard let name = names.first else { continue }
            for variant in names { countries.insert(Lexicon.key(variant)) }
            addKnown(name, variants: Array(names.dropFirst()), kind: .place)
        }
        countryNames = WordSet(countries)
        // A county's bare name that names its county town too ("Wexford") is the town (`Fixes16.swift`).
        let cityLines = lines("cities")
        let subdivisionLines = lines("subdivisions")
        let townVariants = Lexicon.countyTownVariants16(subdivisionLines, cities: cityLines)
        for line in subdivisionLines {
            // Provinces and states abroad: names…|ISO country code.
            let names = line.listFields().dropLast().map(String.init)
            guard let name = names.first else { continue }
            let variants = names.dropFirst().filter { !townVariants.contains(Lexicon.key($0)) }
            if known[Lexicon.key(name)] == nil { addKnown(name, variants: variants, kind: .place) }
        }
        // Regions by their English names ("Crete", "Catalonia"; `Regions75.swift`).
        let cuedRegions75 = loadRegions75(lines("regions"))
        for line in cityLines {
            guard let name = line.listFields().first else { continue }
            cities.insert(Lexicon.key(name))
            if known[Lexicon.key(name)] == nil { addKnown(String(name), variants: [], kind: .place) }
        }
        // Hand-kept lists, "name|variant|…" a line, override what the generated lists said.
        // `outlets.txt` holds news outlets, broadcasters and wire services (entities round fifty).
        for (file, kind) in [("places-extra", Kind.place), ("policies", .policy), ("agencies", .agency), ("outlets", .agency)] {
            for line in lines(file) {
                let parts = line.listFields().map(String.init)
                guard let name = parts.first else { continue }
                addKnown(name, variants: Array(parts.dropFirst()), kind: kind, override: true)
            }
        }
        // Listed companies (entities round forty-nine), last and without override: a place, body
        // or policy of the same name keeps its type. The generator left out short forms that are
        // names ("Ford") and marked those that are English words with "~" ("~Oracle"): such a
        // form stays an organisation only where the article shows a company (`Companies49.swift`).
        for line in lines("companies") {
            var parts: [String] = []
            for part in line.listFields() {
                guard part.hasPrefix("~") else { parts.append(String(part)); continue }
                let form = String(part.dropFirst())
                if known[Lexicon.key(form)] == nil { companiesNeedingEvidence.insert(Lexicon.key(form)) }
                parts.append(form)
            }
            guard let name = parts.first else { continue }
            addKnown(name, variants: Array(parts.dropFirst()), kind: .agency)
        }
        typingSpace = TypingFeatureSpace(functionWords: lines("function-words").flatMap { $0.listFields().map { Lexicon.key($0) } })
        let weights = lines("entity-typer")
        if weights.isEmpty {
            typerError = .missing
        } else {
            do throws(TyperLoadError) { typer = try EntityTyperModel(lines: weights, space: typingSpace) } catch { typerError = error }
        }
        loadCuedPlaces74(lines("cued-places") + cuedRegions75)
        addApostropheForms72()
        buildFlags()
    }

    mutating func addKnown(_ name: String, variants: [String], kind: Kind, override: Bool = false) {
        for variant in [name] + variants {
            let key = Lexicon.key(variant)
            if !override, known[key] != nil { continue }
            known[key] = (kind, name)
            knownMaxTokens = max(knownMaxTokens, variant.split(separator: " ").count + 2)
        }
    }
}
