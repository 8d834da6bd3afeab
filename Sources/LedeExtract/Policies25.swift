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
                let closes = !t.isCapitalized
                    && (EntityRecognizer.functionWords.contains(t) || EntityRecognizer.clauseBreaks.contains(t)
                        || EntityRecognizer.objectModals25.contains(t) || t.key.hasBytesSuffix("ing"))
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
