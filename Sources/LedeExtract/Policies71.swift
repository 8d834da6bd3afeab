/// Policy round seventy-one (twelfth session): four shapes of laws and levies the held-out
/// annotators list as policies and the earlier passes missed or cut wrong, found on final18–25
/// and final42–45 and checked on the other learning sets and the dev set.
/// - Bills cited in the plural after a chamber ("House Bills 128 and 606", "Senate Bills 42, 47
///   and 246") are one policy a bill, each named in the singular ("House Bill 128"), as a
///   citation of one bill is; the lone-word rule took "House Bills" for a body's plural.
/// - A tax named in lower case by what it taxes ("the state's gas tax", "a city income tax",
///   "the voter-approved half-cent sales tax") is a policy (final26's notes: "named funds and
///   taxes in lower case ... are policies"); the kinds of tax are a word list
///   (`Resources/tax-kinds.txt`), and a noun after "tax" makes it a modifier ("property tax
///   increase", "income tax revenues"), so only a tax closing its phrase is taken.
/// - A curfew named bare ("the curfew") is a measure when a verb beside it breaches it ("arrested
///   for violating the curfew"), as when one imposes it (`PolicyImposed11.swift`): a curfew that
///   can be broken is in force.
/// - "Operation" after a capitalised word of the same name is inside a body's name ("Punjab Police
///   Special Operation Cell", "Emergency Management Operation Centre", "Marketing Operation Region
///   III"), not the opening of a named operation ("Operation Legend"): the capitalised run keeps it.
extension EntityRecognizer {
    static let taxHash71 = 6257690217266748963  // StringTable<Bool>.hash("tax"), a literal: no `swift_once` a read

    /// What a tax is levied on (`Resources/tax-kinds.txt`, loaded with the other lists).
    static let taxKinds71 = WordSet(Lexicon.shared.taxKinds71)
    /// The level of government levying a tax, part of its name: "a city income tax".
    static let taxLevels71: WordSet = ["city", "state", "county", "federal", "provincial", "municipal", "local", "national"]
    /// Words after "tax" that end its phrase: punctuation aside, a clause or preposition opens.
    static let taxClosers71: WordSet = [
        "that", "which", "to", "of", "on", "and", "or", "in", "for", "is", "was", "would", "will", "has", "had", "by", "as",
        "at", "from", "with", "but", "until", "after", "since", "under", "dedicated", "imposed", "approved", "passed", "levied",
        "introduced",
    ]
    /// Copulas before "a … tax" that make it a predicate.
    static let copulas71: WordSet = ["is", "was", "are", "were", "be", "been", "becomes", "became"]
    /// Verbs of breaching a measure: a curfew someone violates is in force.
    static let breachVerbs71: WordSet = [
        "violating", "violated", "violate", "violates", "breaking", "broke", "breaching", "breached", "defying", "defied",
    ]

    /// A lower-case tax at `i` (its key hash is `taxHash71`), from `findLegislationShapes`' walk.
    mutating func addLowerTax71(at i: Int) {
        let tokens = doc.tokens
        guard i > 0, !claimed[i], tokens[i].kind == .word, tokens[i].key == "tax", !tokens[i].isCapitalized else { return }
        let sentence = tokens[i].sentence
        let kind = i - 1
        guard tokens[kind].sentence == sentence, tokens[kind].kind == .word, !tokens[kind].isCapitalized, !claimed[kind],
            EntityRecognizer.taxKinds71.contains(tokens[kind])
        else { return }
        // "property tax increase", "income tax rate": the tax modifies a noun after it.
        if i + 1 < tokens.count, tokens[i + 1].sentence == sentence, tokens[i + 1].kind == .word,
            !EntityRecognizer.taxClosers71.contains(tokens[i + 1])
        {
            return
        }
        var first = kind
        // Back over its level and hyphenated modifiers ("voter-approved half-cent"), but not a
        // rate ("8.9-per cent"), which makes the phrase an increase (`Policies13.swift`).
        while first > 0, kind - first < 3, tokens[first - 1].sentence == sentence, !claimed[first - 1], tokens[first - 1].kind == .word,
            !tokens[first - 1].isCapitalized
        {
            let t = tokens[first - 1]
            if EntityRecognizer.taxLevels71.contains(t) || t.key.utf8.contains(0x2D) && t.key.utf8.count > 4 && !t.key.hasBytesPrefix("per") {
                first -= 1
            } else {
                break
            }
        }
        // "SAVE is a state-wide penny sales tax": a predicate says what a named thing is.
        var j = first - 1
        while j > first - 4, j > 0, tokens[j].kind == .word, !tokens[j].isCapitalized, tokens[j].key != "a", tokens[j].key != "an" { j -= 1 }
        if j > 0, tokens[j].key == "a" || tokens[j].key == "an", EntityRecognizer.copulas71.contains(tokens[j - 1]) { return }
        addDescribed(first: first, last: i, family: "tax:" + tokens[kind].key)
    }

    /// "House Bills 128 and 606": a chamber, a capitalised plural "Bills" and numbers joined by
    /// commas and "and"; one policy a number, named "House Bill 128". Returns the last token read,
    /// or nil when the shape is not there.
    mutating func addPluralBills71(at i: Int) -> Int? {
        let tokens = doc.tokens
        guard i + 2 < tokens.count, tokens[i + 1].key == "bills", tokens[i + 1].isCapitalized, tokens[i + 2].kind == .number,
            tokens[i + 2].startsWithDigit, !claimed[i + 1]
        else { return nil }
        let sentence = tokens[i].sentence
        var numbers = [i + 2]
        var j = i + 2
        while j + 2 < tokens.count, tokens[j + 2].sentence == sentence, tokens[j + 1].key == "," || tokens[j + 1].key == "and",
            tokens[j + 2].kind == .number, tokens[j + 2].startsWithDigit
        {
            j += 2
            numbers.append(j)
        }
        // ", and 246": the serial comma.
        if j + 3 < tokens.count, tokens[j + 1].key == ",", tokens[j + 2].key == "and", tokens[j + 3].kind == .number,
            tokens[j + 3].startsWithDigit, tokens[j + 3].sentence == sentence
        {
            j += 3
            numbers.append(j)
        }
        let lead = Document.text(doc.bytes, tokens[i].start, tokens[i].end) + " Bill "
        for (n, k) in numbers.enumerated() {
            addPolicy(name: lead + Document.text(doc.bytes, tokens[k].start, tokens[k].end), tokens: (n == 0 ? i : k)...k)
            // "House Bills 128" and "606" are no forms of "House Bill 128" and "House Bill 606".
            mentions[mentions.count - 1].textIsNoForm = true
        }
        for k in i...j { claimed[k] = true }
        return j
    }

    /// Whether a verb breaching a measure stands within three tokens before `i` in its sentence.
    func breachVerbBefore71(_ i: Int) -> Bool {
        let tokens = doc.tokens
        let sentence = tokens[i].sentence
        var j = i - 1
        while j >= max(0, i - 3) {
            if tokens[j].sentence != sentence { return false }
            if EntityRecognizer.breachVerbs71.contains(tokens[j]) { return true }
            j -= 1
        }
        return false
    }

    /// Whether "Operation" at `i` follows a capitalised word of its name (not a function word such
    /// as a sentence's "The").
    func operationInsideName71(_ i: Int) -> Bool {
        let tokens = doc.tokens
        guard i > 0, tokens[i - 1].sentence == tokens[i].sentence, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized else { return false }
        return !EntityRecognizer.functionWords.contains(tokens[i - 1])
    }
}
