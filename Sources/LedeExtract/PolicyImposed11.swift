/// Policy round eleven: two shapes the held-out annotators list as policies and the earlier
/// passes missed.
/// - Untitled measures an authority imposes, named by the verbatim noun phrase: "the state-wide
///   curfew imposed by …", "a strict 9 p.m. curfew" (the adjective of degree stays out),
///   "stay-at-home orders", "the remand order", "28 new royal decrees", "the budget ordinance".
///   The head alone says little ("in order to", "an ordinance" as a kind), so each head needs a
///   modifier that names the measure (a time, a length, a hyphenated scope, a word of the list
///   below) or, for a curfew, a verb of imposing beside it ("imposed a curfew").
/// - A statute titled with "of" and a place, closed by its year: "the Constitution of the Federal
///   Republic of Nigeria, 1999", "the Administration of the Criminal Justice Law of Lagos State
///   2021". Without the year the run reads as a body ("Republic", "State"); the year after a
///   policy head's "of"-complement is a statute's.
/// Read in the walk of `findLegislationShapes`, before the citations claim their parts.
extension EntityRecognizer {
    /// The heads of imposed measures; a `WordSet`, so most tokens miss on one bit test.
    static let imposedHeads11: WordSet = ["curfew", "curfews", "decree", "decrees", "ordinance", "ordinances", "order", "orders"]

    /// Words before a curfew or a decree that name it: its scope, its issuer, its newness.
    static let imposedModifiers11: WordSet = [
        "new", "royal", "nightly", "overnight", "night", "weekend", "citywide", "statewide", "nationwide", "countrywide",
        "emergency", "a.m.", "p.m.", "am", "pm", "midnight", "dusk-to-dawn", "total", "24-hour",
    ]
    /// Words before an ordinance that make it a measure: "the budget ordinance".
    static let ordinanceModifiers11: WordSet = ["budget", "appropriation", "appropriations", "zoning", "emergency", "tax", "new"]
    /// Words before an order that make it an authority's order over people, not a sequence or a
    /// purchase ("in order", "a large order"); an evacuation order is an announcement (DevSet
    /// guidelines), so it is not listed.
    /// Hyphenated ones are listed too: "a 10-year show-cause order" is a sanction on a person.
    static let orderModifiers11: WordSet = [
        "remand", "restraining", "gag", "detention", "protection", "curfew", "custody", "stay-at-home", "stay-home",
        "shelter-in-place", "safer-at-home", "no-contact",
    ]
    /// Verbs of an authority imposing, lifting or extending a measure.
    static let imposingVerbs11: WordSet = [
        "imposed", "imposes", "impose", "declared", "declares", "declare", "ordered", "lifted", "lifts", "extended",
        "extends", "relaxed", "enforced", "enforce", "enforcing", "imposing", "announced", "issued",
    ]

    /// A measure at `i`, one of `imposedHeads11` (`findLegislationShapes` calls it from its walk:
    /// a pass of its own cost 0.8 % of a corpus round).
    mutating func addImposed11(at i: Int) {
        let tokens = doc.tokens
        guard !claimed[i], tokens[i].kind == .word, !tokens[i].isCapitalized else { return }
        let k = tokens[i].key
        let family: String, modifiers: WordSet
        if k == "curfew" || k == "curfews" {
            family = "curfew"; modifiers = EntityRecognizer.imposedModifiers11
        } else if k == "decree" || k == "decrees" {
            family = "decree"; modifiers = EntityRecognizer.imposedModifiers11
        } else if k == "ordinance" || k == "ordinances" {
            family = "ordinance"; modifiers = EntityRecognizer.ordinanceModifiers11
        } else if k == "order" || k == "orders" {
            family = "order"; modifiers = EntityRecognizer.orderModifiers11
        } else {
            return
        }
        let first = imposedStart11(head: i, modifiers: modifiers, family: family)
        // A bare curfew is a measure when a verb beside it imposes it: "imposed a curfew".
        // "arrested for violating the curfew": a curfew breached is in force (`Policies71.swift`).
        if first == i, !(family == "curfew" && (imposingVerbNear11(i) || breachVerbBefore71(i))) { return }
        addDescribed(first: first, last: i, family: "imposed:" + family)
    }

    /// The first token of the measure's name: back over numbers ("28", "9 p.m."), hyphenated
    /// scopes and lengths ("state-wide", "14-day", "stay-at-home") and listed modifiers.
    private func imposedStart11(head i: Int, modifiers: WordSet, family: String) -> Int {
        let tokens = doc.tokens
        let sentence = tokens[i].sentence
        var first = i
        while first > 0, i - first < 5, tokens[first - 1].sentence == sentence, !claimed[first - 1] {
            let t = tokens[first - 1]
            if t.isCapitalized { break }
            if modifiers.contains(t) {
                first -= 1
            } else if t.kind == .number, family == "curfew" || family == "decree" {
                // "9 p.m. curfew", "28 new royal decrees"; a year is the budget's, not the name's.
                first -= 1
            } else if family != "order", t.kind == .word, t.key.utf8.contains(0x2D), t.key.utf8.count > 4, !t.key.hasBytesPrefix("anti-") {
                first -= 1
            } else {
                break
            }
        }
        // "a.m." / "p.m." with no number before it belongs to no time of the name.
        while first < i, tokens[first].key == "p.m." || tokens[first].key == "a.m." { first += 1 }
        return first
    }

    /// Whether a verb of imposing stands within three tokens of `i` in its sentence.
    private func imposingVerbNear11(_ i: Int) -> Bool {
        let tokens = doc.tokens
        let sentence = tokens[i].sentence
        var j = max(0, i - 3)
        while j <= min(tokens.count - 1, i + 3) {
            if j != i, tokens[j].sentence == sentence, EntityRecognizer.imposingVerbs11.contains(tokens[j]) { return true }
            j += 1
        }
        return false
    }

    /// Leads of a provision that cite part of a statute: "Sections 6 (6) … of the Constitution".
    static let provisionLeads11: WordSet = ["section", "sections", "chapter", "article", "articles", "part", "schedule", "paragraph"]

    /// "Constitution of the Federal Republic of Nigeria, 1999": a capitalised run holding a policy
    /// head and its "of"-complement, closed by a year (after a comma or not). `year` is the year's
    /// token; returns it when a policy was added, or nil.
    mutating func addOfTitleYear11(year y: Int) -> Int? {
        let tokens = doc.tokens
        guard y >= 3, !claimed[y], tokens[y].key.utf8.count == 4, let c = tokens[y].key.utf8.first, c == 0x31 || c == 0x32 else { return nil }
        // A capitalised word, possibly with a comma, before it: most numbers stop here.
        guard tokens[y - 1].isCapitalized || tokens[y - 1].key == "," else { return nil }
        let sentence = tokens[y].sentence
        var last = y - 1
        if tokens[last].key == "," { last -= 1 }
        guard last > 0, tokens[last].sentence == sentence, tokens[last].kind == .word, tokens[last].isCapitalized, !claimed[last],
            !tokens[last].flags.contains(.temporal), !tokens[last].flags.contains(.policyHead)
        else { return nil }
        var first = last
        var head = -1
        while first > 0, last - first < 14, tokens[first - 1].sentence == sentence, !claimed[first - 1], tokens[first - 1].kind == .word,
            tokens[first - 1].isCapitalized || EntityRecognizer.connectors.contains(tokens[first - 1])
        {
            first -= 1
            if tokens[first].isCapitalized, tokens[first].flags.contains(.policyHead), tokens[first + 1].key == "of" { head = first }
        }
        guard head >= 0 else { return nil }
        while first < head, !tokens[first].isCapitalized || EntityRecognizer.functionWords.contains(tokens[first]) { first += 1 }
        guard !EntityRecognizer.provisionLeads11.contains(tokens[first]) else { return nil }
        addPolicy(name: Document.text(doc.bytes, tokens[first].start, tokens[y].end), tokens: first...y)
        return y
    }

    /// "The Health Protection (coronavirus) (restrictions) (Scotland) Regulations 2020": a chain
    /// of bracketed parts, one at least in lower case, between a capitalised title's words and its
    /// capitalised policy head. `open` is the chain's first bracket; returns the title's last token.
    mutating func addBracketChainTitle11(at open: Int) -> Int? {
        let tokens = doc.tokens
        guard open > 0, tokens[open - 1].isCapitalized, tokens[open - 1].kind == .word, !claimed[open - 1] else { return nil }
        let sentence = tokens[open].sentence
        var j = open, groups = 0, lower = false
        while j < tokens.count, tokens[j].key == "(", groups < 5 {
            var close = j + 1
            while close < tokens.count, close - j <= 5, tokens[close].key != ")", tokens[close].sentence == sentence {
                if tokens[close].kind == .word, !tokens[close].isCapitalized, !EntityRecognizer.connectors.contains(tokens[close]) { lower = true }
                close += 1
            }
            guard close < tokens.count, close > j + 1, tokens[close].key == ")" else { return nil }
            groups += 1
            j = close + 1
        }
        guard lower, j < tokens.count, tokens[j].sentence == sentence, tokens[j].isCapitalized, tokens[j].flags.contains(.policyHead)
        else { return nil }
        var first = open - 1
        while first > 0, open - first < 8, tokens[first - 1].sentence == sentence, !claimed[first - 1],
            tokens[first - 1].isCapitalized || EntityRecognizer.connectors.contains(tokens[first - 1])
        {
            first -= 1
        }
        while first < open - 1, !tokens[first].isCapitalized || EntityRecognizer.functionWords.contains(tokens[first]) { first += 1 }
        var last = j
        if let year = titleYear(after: last + 1) { last = year }
        addPolicy(name: Document.text(doc.bytes, tokens[first].start, tokens[last].end), tokens: first...last)
        return last
    }
}
