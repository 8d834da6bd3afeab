/// The tense that decides which year a month or weekday without a year falls in.
extension TemporalTagger {
    /// A participle after an auxiliary takes the auxiliary's tense: "will be held" is future,
    /// "is scheduled" present, "was held" and "has been held" past.
    private func passiveTense(_ index: Int, _ bits: CueWord, _ range: Range<Int>) -> Tense? {
        let k = tokens.span[index].key
        guard index > range.lowerBound, k.hasBytesSuffix("ed") || bits.contains(.past) || k.hasBytesSuffix("en") else { return nil }
        var aux = index - 1
        // "was not held", "will be completely closed": an adverb between them.
        // The adverbs by stored hash, not a probe of the cue table (speed44).
        if isAdverbBeforeParticiple44(aux) || (tokens[aux].kind == .word && tokens.span[aux].key.hasBytesSuffix("ly")), aux > range.lowerBound {
            aux -= 1
        }
        // By hash: a `switch` over the nine strings compared the key with each case in turn
        // (about 32,000 calls a corpus round, most of them after no auxiliary at all). The
        // stored hash picks the one word to compare, not a probe of a table (speed44).
        switch auxiliary44(aux) {
        case .bare?:
            guard aux > range.lowerBound else { return nil }
            let before = cue(aux - 1)
            if before.contains(.future) { return .future }
            return before.contains(.modal) ? .modal : nil
        case .present?: return .present
        case .past?: return .past
        case nil: return nil
        }
    }

    /// What an auxiliary before a participle says of its tense: "be" defers to the word before it.
    enum Auxiliary { case bare, present, past }

    /// The auxiliaries `passiveTense` reads.
    /// `auxiliary44` answers by hash; `Speed44Tests` checks it against this table.
    static let auxiliaries: StringTable<Auxiliary> = [
        "be": .bare, "been": .past, "is": .present, "are": .present, "was": .past, "were": .past, "has": .past,
        "have": .past, "had": .past,
    ]

    /// The tense for a date at `first…last`: "rescheduled … for October 19" after a past verb of
    /// postponing is ahead of that act (modal), otherwise `tense`.
    func dateTense(_ first: Int, _ last: Int, _ range: Range<Int>) -> Tense {
        // "for the first time since February": a date after "since" is behind publication,
        // whatever the clause's verb (round eleven).
        if first > range.lowerBound, tokens.span[first - 1].key == "since" { return .past }
        let tense = tense(first, last, range)
        guard tense == .past || tense == .unknown, first > range.lowerBound else { return tense }
        switch tokens.span[first - 1].key {
        case "to", "for", "until", "till":
            for i in range where TemporalTagger.postponing.contains(tokens[i]) { return .modal }
            return tense
        default: return tense
        }
    }

    /// The tense of the verb nearest to the expression in its sentence. An infinitive in
    /// between ("urged parents to vaccinate … in June") detaches the expression from that
    /// verb's tense: then it is unknown and the nearest date wins. A comma between the
    /// expression and a verb counts as four more words: "who was arrested Saturday, is
    /// expected" takes "arrested", while "On Monday, the council voted" still reaches "voted".
    func tense(_ first: Int, _ last: Int, _ range: Range<Int>, reach: Int = TemporalTagger.reach) -> Tense {
        // The side after the expression wins only when strictly nearer: it need not be read further.
        let before = cue(from: first, step: -1, range, reach: reach)
        // "Starting Tuesday, crews began …": "starting" right before the day opens a span and
        // says nothing of its tense; the clause's verb does (round eleven).
        if let before, before.index == first - 1, opensSpan(before.index),
            let after = cue(from: last, step: 1, range, reach: reach)
        {
            return after.tense
        }
        let after = cue(from: last, step: 1, range, reach: (before?.distance ?? TemporalTagger.reach + 1) - 1)
        // "storms that pushed across the east on Tuesday are set to subside": the expression
        // closes a relative clause, whose own verb dates it; the main verb after it does not.
        if let before, let after, before.tense != after.tense,
            inRelativeClause(before.index, range) || reducedRelative(before, range)
        {
            return before.tense
        }
        // "… in February, the mayor said": an attribution after a comma dates the saying, not
        // the clause before it, whose own verb ("plans to apply") wins.
        if let before, let after, attributionAfterComma(last, after.index, range) || reportedAfterComma(last, after.index, range) {
            return before.tense
        }
        // "won't go into effect in August after a judge blocked it": a clause opened by a
        // subordinating word after the date has its own verb (round eleven).
        if let before, let after, subordinateClause(between: last, after.index) { return before.tense }
        return after?.tense ?? before?.tense ?? .unknown
    }

    /// Whether a past participle right after a noun opens a reduced relative clause:
    /// "protesters arrested on Saturday will be arraigned", "the man charged Friday faces".
    /// The participle is no main verb when the main verb follows the expression.
    private func reducedRelative(_ cue: (distance: Int, tense: Tense, index: Int), _ range: Range<Int>) -> Bool {
        let verb = cue.index
        guard cue.tense == .past, cue.distance <= 2, verb > range.lowerBound, tokens.span[verb].key.hasBytesSuffix("ed"),
            tokens[verb - 1].kind == .word
        else { return false }
        // "now being launched in March": a passive main verb, not a noun's participle.
        let prior = tokens.span[verb - 1].key
        if prior == "being" || prior == "been" || prior == "be" || prior == "get" || prior == "got" { return false }
        // A noun before it: no auxiliary, pronoun, determiner or verb ("were arrested", "they arrested").
        return self.cue(verb - 1).isDisjoint(with: [
            .past, .present, .presentPlural, .future, .modal, .pastAuxiliary, .pronoun, .pluralSubject, .determiner, .bareAfter,
            .verbBlocker,
        ])
    }

    /// Whether the verb at `verb` belongs to a relative clause opened a few words before it:
    /// "storms that pushed", "the storm that slammed … and continued".
    private func inRelativeClause(_ verb: Int, _ range: Range<Int>) -> Bool {
        var j = verb - 1
        while j > range.lowerBound, j >= verb - 12 {
            defer { j -= 1 }
            if lineBreak(after: j) { return false }
            if tokens[j].kind == .punct {
                if tokens.span[j].keyHash == TemporalTagger.commaHash, opensRelativeClause(j + 1, range) { continue }
                return false
            }
            if opensRelativeClause(j, range) { return true }
        }
        return false
    }

    /// Words that open a clause of its own: "after a judge blocked it", "because rain fell"
    /// ("when" is left out: "on 6 February when he was there" dates the day itself).
    static let subordinators: WordSet = ["after", "because", "while", "although", "though", "once", "unless"]

    /// Whether a subordinating word stands after `last` and before the cue at `verb`.
    private func subordinateClause(between last: Int, _ verb: Int) -> Bool {
        var j = last + 1
        while j < verb {
            if tokens[j].kind == .word, TemporalTagger.subordinators.contains(tokens[j]) { return true }
            j += 1
        }
        return false
    }

    /// "starting", "beginning" at `index`: words that open a span before a date.
    private func opensSpan(_ index: Int) -> Bool {
        let k = tokens.span[index].key
        return k == "starting" || k == "beginning"
    }

    static let reach = 14
    /// Prepositions before which an "-ing" cue ("starting", "going", "coming") is a gerund.
    static let gerundPrepositions: WordSet = [
        "since", "after", "before", "by", "of", "for", "in", "on", "while", "when", "without", "upon", "about",
    ]
    /// How far back a weekday with no cue near it looks for its sentence's verb.
    static let wideReach = 40
    private static let commaCost = 4
    static let commaHash = -5808621745893922553  // StringTable<Bool>.hash(","), a literal: no `swift_once` a read
    static let setHash = -9062501279970260678  // StringTable<Bool>.hash("set"), a literal: no `swift_once` a read
    static let quoteHash = -5808623944917181527  // StringTable<Bool>.hash("\""), a literal: no `swift_once` a read
    static let thatHash = 2696721519288974051  // StringTable<Bool>.hash("that"), a literal: no `swift_once` a read
    static let dashHash = -5808622845405550892  // StringTable<Bool>.hash("-"), a literal: no `swift_once` a read
    static let toHash = 632818453054683555  // StringTable<Bool>.hash("to"), a literal: no `swift_once` a read

    /// A dash between clauses: an em or en dash, or a hyphen with a space on one side (not
    /// the hyphen of "2020-2022").
    private func isDash(_ index: Int) -> Bool {
        let start = tokens[index].start
        guard tokens.span[index].key == "-", start < bytes.count else { return false }
        if bytes[start] == 0xE2 { return true }
        return (start > 0 && bytes[start - 1] == 32) || (tokens[index].end < bytes.count && bytes[tokens[index].end] == 32)
    }

    /// The nearest tense cue on one side of the expression, within `reach` words.
    private func cue(from origin: Int, step: Int, _ range: Range<Int>, reach: Int) -> (distance: Int, tense: Tense, index: Int)? {
        var sawInfinitive = false
        // "games now needing to be squeezed in across February": an infinitive after an "-ing"
        // word looks ahead of any past verb further back (round eleven).
        var aheadInfinitive = false
        var index = origin + step
        var distance = 1
        // Read once per walk: each read of a `static let` in the loop is a `swift_once` call.
        let commaHash = TemporalTagger.commaHash, quoteHash = TemporalTagger.quoteHash
        let dashHash = TemporalTagger.dashHash, thatHash = TemporalTagger.thatHash, toHash = TemporalTagger.toHash
        while range.contains(index), distance <= reach {
            defer {
                index += step
                distance += 1
            }
            if lineBreak(after: step < 0 ? index : index - 1) { break }
            // Fields read in place: copying a `Token` out would retain its key.
            if tokens[index].kind == .punct {
                if tokens.span[index].keyHash == commaHash { distance += TemporalTagger.commaCost }
                if tokens.span[index].keyHash == quoteHash { break }
                // "drop to $2.19 on Monday—the lowest price since 2004": an aside after a dash
                // has its own verb.
                if tokens.span[index].keyHash == dashHash, isDash(index) { break }
                continue
            }
            guard tokens[index].kind == .word else { continue }
            if tokens.span[index].keyHash == thatHash, tokens.span[index].key == "that" { break }
            if step < 0, tokens.span[index].keyHash == toHash, tokens.span[index].key == "to", index + 1 < range.upperBound,
                tokens[index + 1].kind == .word, !tokens[index + 1].isCapitalized, tokens.span[index + 1].key != "the"
            {
                sawInfinitive = true
                if index > range.lowerBound, tokens[index - 1].kind == .word, tokens.span[index - 1].key.hasBytesSuffix("ing") {
                    aheadInfinitive = true
                }
            }
            guard !tokens[index].isCapitalized || index == range.lowerBound else { continue }
            // A word with no listed cue and none of the endings `cueTense` reads has no tense:
            // most words of a walk, answered here without the call (speed44).
            let bits = cue(index)
            if bits.isEmpty, !mayEndLikeCue44(index) { continue }
            if let tense = cueTense(index, range, bits: bits, prospective: sawInfinitive && step < 0) {
                return (distance, aheadInfinitive && tense == .past ? .unknown : tense, index)
            }
        }
        return nil
    }

    /// Whether token `index` is a relative pronoun after a noun: "storms that", "the man who".
    private func opensRelativeClause(_ index: Int, _ range: Range<Int>) -> Bool {
        guard index > range.lowerBound, tokens[index].kind == .word,
            tokens[index - 1].kind == .word || tokens.span[index - 1].keyHash == TemporalTagger.commaHash
        else { return false }
        guard tokens.span[index].keyHash == TemporalTagger.thatHash && tokens.span[index].key == "that"
            || tokens.span[index].key == "which" || tokens.span[index].key == "who"
        else { return false }
        // "said that", "announced that": a clause reported, not a noun's relative clause.
        return cue(index - 1).isDisjoint(with: [.past, .present, .future, .modal, .prospective])
            && !tokens.span[index - 1].key.hasBytesSuffix("ed")
    }

    /// `bits` is `cue(index)`, read by the walk.
    private func cueTense(_ index: Int, _ range: Range<Int>, bits: CueWord, prospective infinitive: Bool) -> Tense? {
        let k = tokens.span[index].key
        // The word's length and last two bytes, read once: its suffix tests were most of the
        // work of this function, which runs on every lower-case word of a tense scan.
        let bytes = k.utf8.span
        let count = bytes.count
        let last: UInt8 = count > 0 ? bytes[count - 1] : 0, penultimate: UInt8 = count > 1 ? bytes[count - 2] : 0
        let endsED = penultimate == 101 && last == 100
        // No listed cue and none of the endings the tests below read ("-ll", "-ed", "-en",
        // "-s"): no cue, whatever the words around it. Most words of a walk end here.
        if bits.isEmpty, !endsED, last != 115, !(penultimate == 108 && last == 108), !(penultimate == 101 && last == 110) {
            return nil
        }
        // The word before matters to a few cues only: read it then.
        var before: CueWord { index > range.lowerBound ? cue(index - 1) : [] }
        if bits.contains(.future) || (penultimate == 108 && last == 108 && (k.hasBytesSuffix("'ll") || k.hasBytesSuffix("\u{2019}ll"))) {
            // "since starting talks on Wednesday", "after going to court": a gerund after a
            // preposition names an act, no schedule (round eleven).
            if last == 103, penultimate == 110, index > range.lowerBound, TemporalTagger.gerundPrepositions.contains(tokens, at: index - 1) {
                return nil
            }
            // "postponed due to rain": a cause, not a schedule ("is due to appear" is one).
            if k == "due", index + 1 < range.upperBound, tokens.span[index + 1].key == "to", !before.contains(.beForm) { return nil }
            // "a planned breakfast Sunday", "the scheduled vote": an adjective, no verb; so with an
            // "-ly" adverb between ("a regularly scheduled meeting": round eleven).
            if endsED, before.contains(.determiner) { return nil }
            if endsED, index - 2 >= range.lowerBound, tokens.span[index - 1].key.hasBytesSuffix("ly"), cue(index - 2).contains(.determiner) {
                return nil
            }
            // "his next door neighbor", "next to the school": a place, no tense.
            if k == "next", index + 1 < range.upperBound, tokens.span[index + 1].key == "door" || tokens.span[index + 1].key == "to" { return nil }
            // "is scheduled to appear Tuesday", "are expected Thursday": a schedule stated in the
            // present, which may be today ("was expected" is a past plan, below).
            if endsED, index > range.lowerBound, tokens.span[index - 1].key == "is" || tokens.span[index - 1].key == "are" {
                return .present
            }
            // The auxiliary, past an "-ly" adverb: "is currently scheduled" stays ahead,
            // "had originally scheduled" is a past plan (round eleven).
            let aux = endsED && index - 2 >= range.lowerBound && tokens.span[index - 1].key.hasBytesSuffix("ly") ? index - 2 : index - 1
            let auxiliary = aux == index - 1 ? before : cue(aux)
            // "was expected to reopen in late December", "were set for Monday": a plan made
            // in the past, ahead of that moment but not necessarily of publication; so is a
            // finite "-ed" plan ("had originally scheduled … for Oct. 6", "it planned to
            // announce on Monday": round eleven). After "be" or "will" it stays ahead.
            if endsED, auxiliary.isDisjoint(with: [.beForm, .bareAfter]) { return .modal }
            return auxiliary.contains(.pastAuxiliary) ? .modal : .future
        }
        if bits.contains(.modal) { return .modal }
        // "the plan was to resume on Monday", "they were to meet in June": a plan made in the
        // past, as "was supposed to".
        if bits.contains(.pastAuxiliary), index + 2 < range.upperBound, tokens.span[index + 1].key == "to",
            tokens[index + 2].kind == .word, !tokens[index + 2].isCapitalized, tokens.span[index + 2].key != "the", k != "been"
        {
            return .modal
        }
        // "set for Friday", "set to open": ahead; "the judge set a date": no cue.
        if bits.contains(.set) {
            let next = index + 1 < range.upperBound ? tokens.span[index + 1].key : ""
            guard next == "for" || next == "to" else { return nil }
            return before.contains(.pastAuxiliary) ? .modal : .future
        }
        // `passiveTense` wants a participle ("-ed", "-en" or a listed past form): most words
        // are spared the call.
        if endsED || (penultimate == 101 && last == 110) || bits.contains(.past), let voice = passiveTense(index, bits, range) {
            return voice
        }
        let prospective = infinitive && bits.contains(.prospective)
        // "is set to be made up on Saturday": a participle after a bare "be" has no tense of
        // its own (the verb before "be" dates it).
        if bits.contains(.past) || endsED, index > range.lowerBound, participleWithoutTense(index, range) {
            return nil
        }
        if bits.contains(.past) {
            // "expected to hit Wednesday", "will beat": a bare infinitive, not a past form.
            if before.contains(.bareAfter) { return nil }
            return prospective ? .unknown : .past
        }
        // "the event is to be held from May 12", "they are to meet Friday": a plan stated now
        // (round eleven; "was to" is a past plan, above). "who is to blame" is no plan.
        if bits.contains(.beForm), k == "is" || k == "are", index + 2 < range.upperBound, tokens.span[index + 1].key == "to",
            tokens[index + 2].kind == .word, !tokens[index + 2].isCapitalized, tokens.span[index + 2].key != "the",
            tokens.span[index + 2].key != "blame"
        {
            return .future
        }
        if bits.contains(.present) {
            // "in a report Tuesday" holds no verb; "will meet", "to open" take their tense from
            // the word before.
            return before.isDisjoint(with: [.determiner, .future, .modal, .verbBlocker]) && !afterCount(index, range) ? .present : nil
        }
        if bits.contains(.presentPlural), index > range.lowerBound {
            let subject = before
            // A plural noun, a plural pronoun or a name before it: "companies report", "they
            // meet", "Meta Platforms Inc. report".
            let plural = subject.contains(.pluralSubject)
                || (tokens[index - 1].kind == .word && (tokens[index - 1].isCapitalized || tokens.span[index - 1].key.hasBytesSuffix("s"))
                    && !subject.contains(.pronoun) && subject.isDisjoint(with: [.future, .modal, .past, .present, .verbBlocker, .determiner]))
            if plural { return .present }
        }
        // "in a sealed cover", "the injured driver": an "-ed" word after a determiner is an adjective.
        if count > 4, endsED, !bits.contains(.notPast), !before.contains(.determiner) { return prospective ? .unknown : .past }
        if count > 2, last == 115, penultimate != 115, before.contains(.pronoun) { return .present }
        return nil
    }
}
