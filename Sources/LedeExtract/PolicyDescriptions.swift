/// Laws and proposals the text names only by what they do: "the Alabama law that prohibits
/// almost all abortions", "a measure that would raise the minimum wage", "a law banning …",
/// "the proposal to cut property taxes". A law word alone ("the law", "a bill that passed") names
/// nothing: only a clause with a verb of regulating makes it a description.
extension EntityRecognizer {
    /// Lower-case heads that name a law or a proposal when a regulating clause follows.
    static let lawHeads: WordSet = ["law", "laws", "bill", "measure", "legislation", "proposal", "statute"]
    /// Heads that take "to" and a regulating verb: "the proposal to cut …", "a bill to ban …".
    static let proposalHeads: WordSet = [
        "bill", "measure", "legislation", "proposal", "law", "laws", "ordinance", "policy", "rule", "regulation",
    ]
    /// Words after which a policy noun is a verb: "will mandate that …", "voted to ban …".
    static let verbMarkers: WordSet = ["to", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "not"]
    /// Verbs done to a policy, which come before its head without modifying it: "adopt
    /// policies that …", "implement rules requiring …".
    static let enactingVerbs: WordSet = [
        "adopt", "adopts", "adopting", "implement", "implements", "implementing", "enforce", "enforces", "enforcing",
        "draft", "drafts", "drafting", "pass", "passes", "passing", "approve", "approves", "approving", "issue", "issues",
        "issuing", "introduce", "introduces", "introducing", "sign", "signs", "signing", "repeal", "repeals", "propose",
        "proposes", "proposing", "announce", "announces", "announcing", "enact", "enacts", "enacting", "revise",
        "revises", "follow", "follows", "following", "violate", "violates", "violating", "support", "supports",
        "oppose", "opposes", "opposing", "challenge", "challenges", "challenging", "overturn", "overturns", "uphold",
        "upholds", "upholding", "strike", "strikes", "striking", "suspend", "suspends", "suspending", "lift", "lifts",
        "lifting", "impose", "imposes", "imposing", "create", "creates", "have", "has", "had",
    ]
    /// Verbs of regulating — what a law does to what it governs — in every form a clause uses.
    static let regulatingVerbs: WordSet = [
        "ban", "bans", "banning", "banned", "bar", "bars", "barring", "barred", "prohibit", "prohibits", "prohibiting",
        "prohibited", "forbid", "forbids", "forbidding", "forbade", "outlaw", "outlaws", "outlawing", "outlawed",
        "require", "requires", "requiring", "required", "mandate", "mandates", "mandating", "mandated", "allow", "allows",
        "allowing", "allowed", "permit", "permits", "permitting", "permitted", "let", "lets", "letting", "make", "makes",
        "making", "made", "criminalize", "criminalizes", "criminalizing", "criminalized", "criminalise", "criminalises",
        "criminalising", "criminalised", "legalize", "legalizes", "legalizing", "legalized", "legalise", "legalises",
        "legalising", "legalised", "limit", "limits", "limiting", "limited", "restrict", "restricts", "restricting",
        "restricted", "cap", "caps", "capping", "capped", "raise", "raises", "raising", "raised", "cut", "cuts", "cutting",
        "lower", "lowers", "lowering", "lowered", "impose", "imposes", "imposing", "imposed", "create", "creates",
        "creating", "created", "establish", "establishes", "establishing", "established", "expand", "expands",
        "expanding", "expanded", "end", "ends", "ending", "ended", "protect", "protects", "protecting", "protected",
        "shield", "shields", "shielding", "shielded", "grant", "grants", "granting", "granted", "give", "gives",
        "giving", "gave", "force", "forces", "forcing", "forced", "exempt", "exempts", "exempting", "exempted", "block",
        "blocks", "blocking", "blocked", "regulate", "regulates", "regulating", "regulated", "penalize", "penalizes",
        "penalizing", "penalized", "penalise", "penalises", "penalising", "penalised", "punish", "punishes",
        "punishing", "punished", "tax", "taxes", "taxing", "taxed", "fund", "funds", "funding", "funded", "repeal",
        "repeals", "repealing", "repealed", "abolish", "abolishes", "abolishing", "abolished", "stop", "stops",
        "stopping", "stopped", "prevent", "prevents", "preventing", "prevented", "strip", "strips", "stripping",
        "stripped", "set", "sets", "setting", "target", "targets", "targeting", "targeted", "compel", "compels",
        "compelling", "compelled", "oblige", "obliges", "obliging", "obliged", "extend", "extends", "extending",
        "extended", "phase", "phases", "phasing", "phased", "enable", "enables", "enabling", "enabled",
        "amend", "amends", "amending", "amended", "guarantee", "guarantees", "guaranteeing", "guaranteed", "demand",
        "demands", "demanding", "ensure", "ensures", "ensuring", "increase", "increases", "increasing",
        "reduce", "reduces", "reducing", "expand", "curb", "curbs", "curbing", "curbed",
        // Round policy7: what an order or law does to an earlier one.
        "undo", "undoes", "undoing", "undid", "revoke", "revokes", "revoking", "revoked", "rescind", "rescinds",
        "rescinding", "rescinded", "reverse", "reverses", "reversing", "reversed", "roll", "rolls", "rolling", "rolled",
        // Round policy9: an ordinance authorizing enforcers to …, an ordinance to rezone a lot.
        "authorize", "authorizes", "authorizing", "authorized", "authorise", "authorises", "authorising", "authorised",
        "empower", "empowers", "empowering", "empowered", "rezone", "rezones", "rezoning", "rezoned",
    ]
    /// Modals between "that" and its verb: "a measure that would raise …".
    static let clauseModals: WordSet = ["would", "will", "could", "can", "must", "may", "might", "should", "also"]
    /// Words that open the next clause: a description ends before them.
    static let clauseBreaks: WordSet = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must",
        "should", "while", "because", "although", "though", "whereas", "unless", "when", "but",
        "if", "so", "says", "said", "last", "yesterday", "today", "earlier", "later", "next", "late",
        // Verbs of what happened to the law, which open the main clause: "the proposal to cut
        // taxes failed in the Senate".
        "failed", "passed", "cleared", "stalled", "died", "took", "went", "became", "remained", "remains", "faces",
        "faced", "drew", "won", "lost", "sparked", "prompted", "received", "goes", "takes",
    ]

    /// The description of a law at head `i`, if a regulating clause follows it; returns whether
    /// one was added.
    mutating func describeLaw(at i: Int, family head: String = "law") -> Bool {
        let tokens = doc.tokens
        let sentence = tokens[i].sentence
        guard i + 2 < tokens.count, tokens[i + 1].sentence == sentence else { return false }
        // "amends Section 1452 of that law to cap …": "that law" refers back to a law named before (entities24).
        // ("said that laws banning …" opens a clause: only after a preposition.)
        if i > 1, tokens[i - 1].key == "that", head == "law", EntityRecognizer.referencePrepositions.contains(tokens[i - 2]) { return false }
        var verb = i + 1
        // "a bill seeking to empower …" (`Policy9Titles.swift`).
        if isPurposeLead(verb) { verb += 1 }
        if tokens[verb].key == "that" || tokens[verb].key == "which" {
            verb += 1
            while verb < tokens.count, verb - i < 5, EntityRecognizer.clauseModals.contains(tokens[verb]) { verb += 1 }
            guard verb < tokens.count, tokens[verb].kind == .word, !tokens[verb].isCapitalized,
                EntityRecognizer.regulatingVerbs.contains(tokens[verb])
            else { return false }
        } else if tokens[verb].key == "to", EntityRecognizer.proposalHeads.contains(tokens[i]) {
            verb += 1
            guard tokens[verb].kind == .word, !tokens[verb].isCapitalized, EntityRecognizer.regulatingVerbs.contains(tokens[verb])
            else { return false }
        } else {
            // "a law banning …": a participle of regulating right after the head.
            guard tokens[verb].kind == .word, !tokens[verb].isCapitalized, tokens[verb].key.hasBytesSuffix("ing"),
                EntityRecognizer.regulatingVerbs.contains(tokens[verb])
            else { return false }
        }
        // The clause runs to its punctuation, the next clause or a date, 18 words at most (`Policies74.swift`).
        var last = verb
        while last + 1 < tokens.count, tokens[last + 1].sentence == sentence, last - verb < EntityRecognizer.clauseWords74,
            tokens[last + 1].kind != .punct || tokens[last + 1].key == "%" || isListComma(last + 1),
            !EntityRecognizer.clauseBreaks.contains(tokens[last + 1]) || tokens[last].key == "who", !startsDate(last + 1),
            !opensConjoinedPredicate(last + 1)
        {
            // "the Idaho law banning … differs from the Montana law …": another head starts another policy.
            if tokens[last + 1].flags.contains(.policyHead), !tokens[last + 1].isCapitalized, last > verb, tokens[last].isCapitalized {
                while last > verb, tokens[last].isCapitalized { last -= 1 }
                break
            }
            last += 1
        }
        while last > verb, EntityRecognizer.functionWords.contains(tokens[last]) { last -= 1 }
        // "the Alabama law that …": the place the law belongs to is part of its name, and two
        // places' laws are two laws. A noun before the head says which law it is ("abortion law").
        var first = i
        var family = head
        // "California's law restricting …": a place's possessive names it the same way.
        if let place = placeBefore(i) ?? (i > 1 && tokens[i - 1].kind == .possessive ? placeBefore(i - 1) : nil) {
            first = place.lowerBound
            family = head + ":" + tokens[place.upperBound - 1].key
        } else if i > 0, tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalized, tokens[i - 1].sentence == sentence,
            !claimed[i - 1], !EntityRecognizer.functionWords.contains(tokens[i - 1]),
            !EntityRecognizer.compoundStops.contains(tokens[i - 1]), !EntityRecognizer.policyAdjectives.contains(tokens[i - 1]),
            !EntityRecognizer.anotherCues.contains(tokens[i - 1]), !EntityRecognizer.enactingVerbs.contains(tokens[i - 1]),
            !tokens[i - 1].key.hasBytesSuffix("ed")
        {
            first = i - 1
        }
        if (max(0, first - 2)..<first).contains(where: { EntityRecognizer.anotherCues.contains(tokens[$0]) })
            || opensAnotherDescription(first, family: family)
        {
            describedInstances[family, default: 0] += 1
        }
        // Names inside the clause ("firms like Netflix") and the place stay free for their own mentions.
        addDescribed(first: first, last: last, family: family, claimNames: false)
        return true
    }

    /// A comma inside a list ("instructional time, mealtimes and between classes"): lower-case
    /// words and then "and" or "or" within four tokens.
    func isListComma(_ j: Int) -> Bool {
        let tokens = doc.tokens
        guard tokens[j].key == "," else { return false }
        var k = j + 1
        while k < tokens.count, k - j <= 4, tokens[k].kind == .word {
            if tokens[k].key == "and" || tokens[k].key == "or" { return k > j + 1 }
            k += 1
        }
        return false
    }

    /// A known place written right before `i` ("Texas", "New York"): its token range.
    func placeBefore(_ i: Int) -> Range<Int>? {
        let tokens = doc.tokens
        guard i > 0, tokens[i - 1].isCapitalized, tokens[i - 1].sentence == tokens[i].sentence, !claimed[i - 1] else { return nil }
        for lo in stride(from: i - 1, through: max(0, i - 3), by: -1) {
            guard tokens[lo].isCapitalized, !claimed[lo] else { break }
            if let known = knownName(lo..<i), known.kind == .place { return lo..<i }
        }
        return nil
    }
}

/// A country's or state's constitution written in lower case: "the California constitution",
/// "the Australian constitution"; a place's agreement ("the Paris agreement"), a place only.
extension EntityRecognizer {
    mutating func addPlaceConstitution(_ i: Int, demonym: Bool = true) {
        let tokens = doc.tokens
        guard i > 0, tokens[i - 1].isCapitalized, tokens[i - 1].kind == .word, tokens[i - 1].sentence == tokens[i].sentence
        else { return }
        var first = i - 1
        if let place = placeBefore(i) {
            first = place.lowerBound
        } else {
            guard demonym else { return }
            // A demonym: "Australian", "Canadian", "Indian".
            let k = tokens[i - 1].key.utf8
            guard k.count >= 5, k.last == 0x6E, k.dropLast().last == 0x61, !claimed[i - 1] else { return }
        }
        let name = Document.text(doc.bytes, tokens[first].start, tokens[i].end)
        // A place's agreement, accord or deal is one ("the Paris deal" is the Paris Agreement).
        let key = demonym ? Lexicon.key(name) : Lexicon.key(Document.text(doc.bytes, tokens[first].start, tokens[i - 1].end) + " agreement")
        // The place keeps its own mention: only the head is claimed.
        let mention = RawMention(
            type: .policy, key: key, name: name, start: tokens[first].start, end: tokens[i].end,
            sentence: tokens[i].sentence, tokenCount: i - first + 1)
        mentions.append(mention)
        claimed[i] = true
    }
}

/// "Operation CeaseFire", "Operation Warp Speed": a programme named as an operation is a
/// policy, not an organisation.
extension EntityRecognizer {
    static let operationHash = 1407299412318455773  // StringTable<Bool>.hash("operation"), a literal: no `swift_once` a read
    static let openBracketHash = -5808617347847411109  // StringTable<Bool>.hash("("), a literal: no `swift_once` a read

    /// The last word of the capitalised name after "Operation" at `i` (at most four words), or
    /// nil when none follows.
    func namedOperationEnd(_ i: Int) -> Int? {
        let tokens = doc.tokens
        var end = i
        while end + 1 < tokens.count, end - i < 4, tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized,
            tokens[end + 1].sentence == tokens[i].sentence, !claimed[end + 1],
            !EntityRecognizer.functionWords.contains(tokens[end + 1]), !tokens[end + 1].flags.contains(.temporal)
        {
            end += 1
        }
        return end > i ? end : nil
    }
}

extension EntityRecognizer {
    /// "Regulation (EU) 2016/679", "Directive (EU) 2019/790": an EU act by its number, its
    /// bracket opening at `open`. Returns its last token, or nil.
    mutating func addEUAct(at open: Int) -> Int? {
        let tokens = doc.tokens
        guard open > 0, open + 3 < tokens.count, tokens[open - 1].isCapitalized, !claimed[open - 1],
            tokens[open - 1].key == "regulation" || tokens[open - 1].key == "directive",
            tokens[open + 1].isAllCaps, tokens[open + 2].key == ")", tokens[open + 3].kind == .number
        else { return nil }
        let last = joinedNumberEnd(open + 3)
        addPolicy(name: Document.text(doc.bytes, tokens[open - 1].start, tokens[last].end), tokens: (open - 1)...last)
        return last
    }

    /// The end of a number written with slashes and no spaces: "2016/679", "2019/790/EU".
    func joinedNumberEnd(_ j: Int) -> Int {
        let tokens = doc.tokens
        var end = j
        while end + 2 < tokens.count, tokens[end + 1].key == "/", tokens[end + 1].start == tokens[end].end,
            tokens[end + 2].start == tokens[end + 1].end, tokens[end + 2].kind == .number || tokens[end + 2].isAllCaps
        {
            end += 2
        }
        return end
    }
}

/// "Muslim Women (Protection of Rights on Marriage) Bill, 2017", "Safety of Rwanda (Asylum and
/// Immigration) Bill": a law's title with a bracketed part, usual in Britain and India, is one
/// name, not three.
extension EntityRecognizer {
    /// Adds the title whose bracket opens at `open`; returns its last token, or nil.
    mutating func addBracketedTitle(at open: Int) -> Int? {
        let tokens = doc.tokens
        // "… Content Act 2010 (Amendment) Bill": an act's year before the bracket (entities21).
        // ", 1993 (Amendment) Act": with a comma too (`PolicyEvidence.swift`).
        let yearSkip = yearBeforeBracket(open), yearBefore = yearSkip > 0
        guard open > 0, open + 3 < tokens.count, tokens[open].key == "(", tokens[open - 1].isCapitalized || yearBefore,
            tokens[open + 1].isCapitalized, !claimed[open - 1]
        else { return nil }
        let sentence = tokens[open].sentence
        var close = open + 1
        while close < tokens.count, close - open <= 8, tokens[close].key != ")", tokens[close].sentence == sentence { close += 1 }
        // "(RTS) Link Bill", "(Treatment and Rehabilitation) (Amendment) Bill" (`PolicyEvidence.swift`).
        guard close + 1 < tokens.count, close - open <= 8, tokens[close].key == ")", let head = bracketedTitleHead(after: close)
        else { return nil }
        // The name before the bracket: capitalised words and the connectors between them.
        var first = open - 1 - yearSkip
        while first > 0, tokens[first - 1].sentence == sentence, !claimed[first - 1],
            tokens[first - 1].isCapitalized || EntityRecognizer.connectors.contains(tokens[first - 1])
                // "People’s Bank of Nigeria Act (Repeal) Bill": a possessive inside the title (entities21).
                || (tokens[first - 1].kind == .possessive && first > 1 && tokens[first - 2].isCapitalized
                    && tokens[first - 2].flags.contains(.common) && !tokens[first - 2].flags.contains(.known))
        {
            first -= 1
        }
        while first < open - 1, !tokens[first].isCapitalized || EntityRecognizer.functionWords.contains(tokens[first]) { first += 1 }
        if let start = establishmentTitleStart(first: first, open: open) { first = start }
        var last = head
        // "Loan (State Development) Act (Repeal) Bill": a second bracketed part and head after the
        // act's title make the bill's (entities21).
        if let next = bracketedHeadEnd(after: last) { last = next }
        let short = Document.text(doc.bytes, tokens[first].start, tokens[last].end)
        // ", 2017": the year closes the title.
        if last + 2 < tokens.count, tokens[last + 1].key == ",", tokens[last + 2].kind == .number, tokens[last + 2].key.utf8.count == 4 {
            last += 2
        } else if let year = titleYear(after: last + 1) {
            // "… (RTS) Link Bill 2026", "… (SALA) of 1970" (`PolicyEvidence.swift`).
            last = year
        }
        addPolicy(name: Document.text(doc.bytes, tokens[first].start, tokens[last].end), tokens: first...last)
        // With or without its year, the title is one law.
        mentions[mentions.count - 1].key = Lexicon.key(short)
        if last > head { mentions[mentions.count - 1].aliases = [short] }
        // "Targeted Cash Transfer (TCT) Program": an acronym in the bracket (`PolicyNames.swift`).
        // "… Commission (HSC) (Winding Up) Bill": the acronym may be a body's (`PolicyTitleBodies.swift`).
        if close == open + 2, tokens[open + 1].isAllCaps, !addBodyBeforeTitleAcronym(first: first, open: open) {
            keyWithoutAcronym(mentions[mentions.count - 1], first: first, open: open, last: head)
        }
        return last
    }
}

extension EntityRecognizer {
    static let determiners: WordSet = ["the", "this", "that", "a", "an", "these", "those"]

    /// A capitalised policy word standing alone ("the Bill", "Bills were passed"), not a name
    /// ("Bill Evans", "the Online Safety Bill", "BILLS"); a given name ("Bill said") only after a
    /// determiner.
    func isLonePolicyWord(_ i: Int) -> Bool {
        let tokens = doc.tokens
        let t = tokens[i]
        // A listed policy ("the Constitution") is a name.
        guard !t.isAllCaps, t.kind == .word, !t.flags.contains(.known) else { return false }
        if i + 1 < tokens.count, tokens[i + 1].sentence == t.sentence,
            tokens[i + 1].isCapitalized || tokens[i + 1].startsWithDigit || tokens[i + 1].key == "("
                || tokens[i + 1].key == "of" || tokens[i + 1].kind == .number
        {
            return false
        }
        // "the Programme for Government": a head, "for" and its subject is a title (`Policies23.swift`).
        if isHeadForSubject23(i) { return false }
        let before = i > 0 && tokens[i - 1].sentence == t.sentence ? i - 1 : -1
        if before >= 0, tokens[before].isCapitalized || tokens[before].key == ")" { return false }
        // "Law said": a singular surname may be a person's; a plural ("Bills") is the laws.
        if t.flags.contains(.givenName) || (t.flags.contains(.surname) && !t.key.hasBytesSuffix("s")) {
            return before >= 0 && EntityRecognizer.determiners.contains(tokens[before])
        }
        return true
    }
}

/// Adding a described policy, and where its clause ends.
extension EntityRecognizer {
    /// A described policy from `first` to `last` in `family`; capitalised names inside stay free
    /// for their own mentions unless `claimNames`.
    mutating func addDescribed(first: Int, last: Int, family: String, name: String? = nil, claimNames: Bool = true) {
        let tokens = doc.tokens
        let name = name ?? Document.text(doc.bytes, tokens[first].start, tokens[last].end)
        let instance = describedInstances[family, default: 0]
        let mention = RawMention(
            type: .policy, key: instance == 0 ? "described:" + family : "described:\(family):\(instance)", name: name, start: tokens[first].start, end: tokens[last].end,
            sentence: tokens[first].sentence, tokenCount: last - first + 1)
        mention.policyFamily = family
        mentions.append(mention)
        // "… state Houses of Assembly to …": a connector inside a name stays with the name (`Policy9Titles.swift`).
        for k in first...last where claimNames || !tokens[k].isCapitalized && !isConnectorInsideName(k) { claimed[k] = true }
    }

    /// A date starts here: a month or weekday, or "in"/"on"/"since" before one or a year.
    func startsDate(_ j: Int) -> Bool {
        let tokens = doc.tokens
        if tokens[j].isCapitalized, tokens[j].flags.contains(.temporal) { return true }
        guard j + 1 < tokens.count, tokens[j].key == "in" || tokens[j].key == "on" || tokens[j].key == "since" else { return false }
        return (tokens[j + 1].isCapitalized && tokens[j + 1].flags.contains(.temporal))
            || (tokens[j + 1].kind == .number && tokens[j + 1].key.utf8.count == 4)
    }
}
