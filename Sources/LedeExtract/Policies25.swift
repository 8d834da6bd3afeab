/// Policy round twenty-five (policies25, twentieth session): a described policy's extent.
///
/// - **where or for whom a ban, a mandate or a quarantine applies** (`policyScopeEnd25`): "the
///   ban on smoking in public places", "a ban on gender-affirming care for minors", "a mask
///   mandate for public areas", "the 14-day quarantine for visitors arriving after …". The
///   object walk stopped at the preposition (a ban cut short: an FN and an FP of one policy), and a
///   compound or a regime ended at its head. "in"/"for" and a bare lower-case noun phrase (no
///   determiner, number, date or capital; one to four words) that closes its phrase is the
///   policy's scope and part of its name. A word that opens an adverbial rather than a scope
///   ("in response", "for now", "in recent years"; `policy-scopes.txt`, `stop|`) gives none.
/// - **the object ends where the predicate begins** (`endsObject25`): "the tariffs on barley can
///   be lifted", "a ban on plastic bags and required stores to charge …" ran on into the verb
///   phrase. A modal (`policy-scopes.txt`, `modal|`) or "and" with a past-tense verb that takes
///   an object ends the object.
/// - **a title its years close keeps its opening adjective** (`isYearTitledRun25`, read by
///   `processSpan`): "the National Housing Strategy 2022–30" lost "National" (a word of
///   `nonnames.txt` trimmed because "Strategy" is no policy head); a run that round twenty-three's
///   year rule will take counts as ending with a head.
extension EntityRecognizer {
    static let objectModals25 = WordSet(Lexicon.shared.objectModals25)
    static let scopeStops25 = WordSet(Lexicon.shared.scopeStops25)
    /// The prepositions that open a scope.
    static let scopeOpeners25: WordSet = ["in", "for"]
    /// Compound and regime heads that take a scope: "a mask mandate for public areas".
    static let scopedHeads25: WordSet = ["mandate", "mandates", "quarantine"]

    /// The last token of a compound or regime at head `i` with its scope ("mask mandate for
    /// public areas"), or `i`.
    func scopedHeadEnd25(_ i: Int) -> Int {
        guard EntityRecognizer.scopedHeads25.contains(doc.tokens[i]) else { return i }
        return policyScopeEnd25(after: i) ?? i
    }

    /// The last token of a scope right after `last` ("in public places", "for minors"), or nil.
    func policyScopeEnd25(after last: Int) -> Int? {
        let tokens = doc.tokens
        let p = last + 1
        guard p + 1 < tokens.count, EntityRecognizer.scopeOpeners25.contains(tokens[p]), !tokens[p].isCapitalized,
            tokens[p].sentence == tokens[last].sentence
        else { return nil }
        let sentence = tokens[p].sentence
        var end = p
        var k = p + 1
        while k < tokens.count, k - p <= 4 {
            let t = tokens[k]
            guard t.kind == .word, !t.isCapitalized, t.sentence == sentence, !t.startsWithDigit, !claimed[k],
                !t.flags.contains(.temporal), !EntityRecognizer.functionWords.contains(t),
                !EntityRecognizer.scopeStops25.contains(t), !EntityRecognizer.objectModals25.contains(t),
                !EntityRecognizer.clauseBreaks.contains(t)
            else { break }
            // "for visitors arriving after …": a participle after the scope's noun opens a clause;
            // "for violating …" is no scope at all.
            if t.key.hasBytesSuffix("ing") || t.key.hasBytesSuffix("ly") { break }
            end = k
            k += 1
        }
        guard end > p else { return nil }
        // The scope closes its phrase: punctuation, the sentence's end, a function word or a
        // participle; not a capital, a number or a fifth noun.
        if k < tokens.count, tokens[k].sentence == sentence {
            let t = tokens[k]
            if t.kind == .word {
                // "in public places two years ago": a time expression closes it too.
                let closes = !t.isCapitalized
                    && (EntityRecognizer.functionWords.contains(t) || EntityRecognizer.clauseBreaks.contains(t)
                        || EntityRecognizer.objectModals25.contains(t) || t.key.hasBytesSuffix("ing")
                        || t.flags.contains(.temporal) || EntityRecognizer.smallNumbers.contains(t))
                if !closes { return nil }
            } else if t.kind != .punct {
                return nil
            }
        }
        return end
    }

    /// Whether the object walk of a ban or a tariff ends before token `k`: a modal ("the tariffs
    /// on barley can be lifted") or "and" with a past-tense verb taking an object ("a ban on
    /// plastic bags and required stores to charge …").
    func endsObject25(_ k: Int) -> Bool {
        let tokens = doc.tokens
        if EntityRecognizer.objectModals25.contains(tokens[k]) { return true }
        guard tokens[k].key == "and", k + 2 < tokens.count, k >= 1 else { return false }
        let verb = tokens[k + 1], next = tokens[k + 2]
        guard verb.kind == .word, !verb.isCapitalized, verb.key.hasBytesSuffix("ed"), !tokens[k - 1].key.hasBytesSuffix("ed"),
            verb.sentence == tokens[k].sentence, next.sentence == verb.sentence
        else { return false }
        // The verb takes an object: a determiner or pronoun, or a noun and "to" ("required stores to …").
        if next.kind == .word, !next.isCapitalized, EntityRecognizer.functionWords.contains(next) { return true }
        return k + 3 < tokens.count && next.kind == .word && !next.isCapitalized && tokens[k + 3].key == "to"
    }

    /// A run that round twenty-three's year rule takes ("the National Housing Strategy 2022–30"):
    /// its opening adjective stays, as before a head word.
    func isYearTitledRun25(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard hi < tokens.count, tokens[hi].kind == .number else { return false }
        return yearTitledPlanEnd23(lo, hi) != nil
    }
}

/// Policy round twenty-five: regimes and charters written in lower case.
///
/// - **load shedding** (`addLoadShedding25`, a cue of `findLegislationShapes`' walk): a
///   utility's scheduled power cuts, "load shedding will continue to be suspended", "Stage 4
///   load shedding will be implemented". Two lower-case words (the hyphenated "load-shedding" is
///   one token and stays none: the learning gold leaves it out); a stage before it names the
///   stage's regime ("Stage 3 load shedding", one policy a stage), and an article that names
///   stages gives its bare "load shedding" none (the gold lists the stages only).
/// - **"the constitution"** (`addTheConstitution25`, after round thirteen's possessive):
///   "scrapping the constitution", "copies of the constitution", "changes to the federal
///   constitution": a lower-case constitution after "the", with a tier word between or none,
///   is the country's; "the constitution of …" (a longer name) and "the constitution review
///   committee" give none.
extension EntityRecognizer {
    static let sheddingHash25 = 150183610911120109  // StringTable<Bool>.hash("shedding"), a literal: no `swift_once` a read
    /// Tier words between "the" and "constitution": "the federal constitution".
    static let constitutionTiers25: WordSet = ["federal", "national", "state", "provincial"]

    mutating func addLoadShedding25(at i: Int) {
        let tokens = doc.tokens
        guard i >= 1, tokens[i].key == "shedding", tokens[i].kind == .word, !tokens[i].isCapitalized, !claimed[i],
            tokens[i - 1].key == "load", !claimed[i - 1], tokens[i - 1].sentence == tokens[i].sentence
        else { return }
        if i >= 3, tokens[i - 2].kind == .number, tokens[i - 3].key == "stage", !claimed[i - 2], !claimed[i - 3],
            tokens[i - 3].sentence == tokens[i].sentence
        {
            addPolicy(name: Document.text(doc.bytes, tokens[i - 3].start, tokens[i].end), tokens: (i - 3)...i)
            return
        }
        // The article's stages are its regimes: a bare "load shedding" beside them is none.
        var k = 3
        while k < tokens.count {
            if tokens[k].key == "shedding", tokens[k - 1].key == "load", tokens[k - 2].kind == .number, tokens[k - 3].key == "stage" {
                return
            }
            k += 1
        }
        addPolicy(name: Document.text(doc.bytes, tokens[i - 1].start, tokens[i].end), tokens: (i - 1)...i)
    }

    /// "the constitution", "the federal constitution" at the head `i` (lower case), when no
    /// possessive made it one already.
    mutating func addTheConstitution25(_ i: Int) {
        let tokens = doc.tokens
        guard i >= 1, !claimed[i] else { return }
        var first = i
        if EntityRecognizer.constitutionTiers25.contains(tokens[i - 1]), !tokens[i - 1].isCapitalized, !claimed[i - 1] { first = i - 1 }
        guard first >= 1, tokens[first - 1].key == "the", tokens[first - 1].sentence == tokens[i].sentence else { return }
        // "the constitution of the Republic of …" names it longer; "the constitution review committee" is a body.
        if i + 1 < tokens.count, tokens[i + 1].sentence == tokens[i].sentence, tokens[i + 1].kind == .word,
            tokens[i + 1].key == "of" || !EntityRecognizer.functionWords.contains(tokens[i + 1])
                && !EntityRecognizer.clauseBreaks.contains(tokens[i + 1]) && !tokens[i + 1].key.hasBytesSuffix("ed")
        {
            return
        }
        addPolicy(name: Document.text(doc.bytes, tokens[first].start, tokens[i].end), tokens: first...i)
    }
}
