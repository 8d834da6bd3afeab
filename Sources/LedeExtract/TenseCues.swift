/// What a word says about tense, from one look-up (the cue lists below, merged).
struct CueWord: OptionSet, Sendable {
    let rawValue: UInt16
    static let future = CueWord(rawValue: 1 << 0)
    static let modal = CueWord(rawValue: 1 << 1)
    static let prospective = CueWord(rawValue: 1 << 2)
    static let notPast = CueWord(rawValue: 1 << 3)
    static let present = CueWord(rawValue: 1 << 4)
    static let determiner = CueWord(rawValue: 1 << 5)
    static let pronoun = CueWord(rawValue: 1 << 6)
    static let adverb = CueWord(rawValue: 1 << 7)
    static let past = CueWord(rawValue: 1 << 8)
    /// "was", "were", "been": before a future cue, a plan made in the past.
    static let pastAuxiliary = CueWord(rawValue: 1 << 9)
    /// "to", "not", "n't": a bare verb after one takes no present tense of its own.
    static let verbBlocker = CueWord(rawValue: 1 << 10)
    static let set = CueWord(rawValue: 1 << 11)
    static let presentPlural = CueWord(rawValue: 1 << 12)
    /// "to", "will", "did", a modal: the verb after one is bare ("to hit"), whatever its form.
    static let bareAfter = CueWord(rawValue: 1 << 14)
    static let pluralSubject = CueWord(rawValue: 1 << 13)
    /// "is", "are", "was", "were", "be", "been", "'s": before "due to", a schedule.
    static let beForm = CueWord(rawValue: 1 << 15)

}

/// The words whose tense, aspect or role the tense of a date is read from (`TemporalTense.swift`).
extension TemporalTagger {
    static let futureCues = [
        "will", "shall", "'ll", "scheduled", "expected", "expects", "plans", "planned", "due", "upcoming",
        "starting", "until", "begins", "takes", "take", "slated", "going", "next", "later", "coming",
        "aims", "intends", "deadline", "hopes", "supposed",
        // Round eleven: "won't go into effect in August" ("won" alone is a past form).
        "won't", "won\u{2019}t",
    ]
    static let modalCues = [
        "would", "could", "may", "might", "must", "should", "can",
        // Round eleven: the negated forms are single tokens.
        "wouldn't", "couldn't", "can't", "shouldn't", "wouldn\u{2019}t", "couldn\u{2019}t", "can\u{2019}t", "shouldn\u{2019}t",
    ]
    /// Past verbs whose infinitive looks ahead: "urged parents to vaccinate … before June".
    static let prospectiveVerbs = [
        "urged", "asked", "planned", "agreed", "voted", "decided", "promised", "pledged", "vowed", "hoped", "wanted",
        "sought", "aimed", "intended", "expected", "scheduled", "told", "called", "ordered", "directed", "moved",
    ]
    /// Words ending in "-ed" that are no past tense.
    static let notPast = [
        "need", "needs", "feed", "seed", "speed", "bleed", "breed", "proceed", "succeed", "exceed", "indeed", "heed",
        "greed", "weed", "embed", "shed", "bed", "red", "bred", "hundred", "sacred", "naked", "wicked", "kindred",
        "based", "related", "limited", "united", "interested", "concerned", "involved", "supposed", "used",
    ]
    static let presentCues = [
        "is", "are", "says", "remains",
        // Present-tense verbs of schedules and forecasts: "rain arrives late Wednesday", "the
        // exhibit runs through Friday", "the team hosts Ohio State on Saturday".
        "arrives", "opens", "closes", "reopens", "meets", "plays", "hosts", "faces", "visits", "returns", "continues",
        "resumes", "lasts", "runs", "wraps", "heads", "travels", "airs", "debuts", "kicks", "reports", "releases",
        // Round nine: "the trial starts Monday", "the council votes Tuesday", "the storm moves
        // in Wednesday", "the law expires Friday".
        "starts", "ends", "expires", "holds", "hears", "votes", "decides", "considers", "launches", "unveils", "convenes",
        "reconvenes", "concludes", "testifies", "appears", "premieres", "celebrates", "welcomes", "comes", "goes",
        "moves", "brings", "sees", "hits", "marks",
    ]
    /// The same verbs' plural forms: a cue only after a plural subject ("companies report
    /// results Thursday", "they meet Saturday"), not after "will now face".
    static let presentPlural = [
        "report", "release", "open", "meet", "play", "host", "face", "visit", "return", "resume",
        // Round eleven: "changes come into effect from Saturday".
        "come",
    ]
    /// Past verbs that move a date ahead: "rescheduled the trial for October 19", "pushing
    /// back the start to Nov. 1" name a day after the act, not before it.
    static let postponing: WordSet = [
        "postponed", "postpone", "postpones", "delayed", "delay", "delays", "rescheduled", "reschedule", "pushed",
        "pushing", "moved", "extended", "adjourned", "deferred", "bumped", "continued",
    ]
    /// Nouns a date names a past event with: "the Sept. 11 attacks", "the Jan. 6 riot".
    static let historicNouns: WordSet = [
        "attack", "attacks", "riot", "riots", "insurrection", "shooting", "shootings", "bombing", "bombings", "massacre",
        "hijackers", "hijackings", "conspirator", "conspirators", "terror", "tragedy", "uprising", "coup", "raid",
        "commission", "anniversary",
    ]
    /// Words before a noun: "in a report Tuesday", "the plays Saturday" hold no verb.
    static let determiners = [
        "a", "an", "the", "its", "their", "his", "her", "our", "new", "latest", "first", "last", "next", "quarterly",
        "annual", "weekly", "daily",
    ]
    /// Subject pronouns: a word in "-s" right after one is a present-tense verb ("before it winds up").
    static let subjectPronouns = ["it", "he", "she", "this", "that", "which", "who"]
    /// Words between an auxiliary and its participle: "was not held", "has already been".
    static let adverbsBeforeParticiple = ["not", "n't", "also", "already", "still", "being"]
    static let pastIrregular = [
        "said", "told", "was", "were", "had", "did", "began", "won", "lost", "took", "made", "came", "went", "struck",
        "beat", "hit", "drew", "met", "gave", "saw", "left", "brought", "held", "found", "wrote", "sent", "spoke", "ran",
        "fell", "rose", "sold", "bought", "paid", "led", "shot", "built", "chose", "became", "knew", "thought", "felt",
        "kept", "got", "ago", "last", "earlier", "previously", "former", "since", "grew", "threw", "flew", "stole",
        "sought", "taught", "caught", "fought", "broke", "spent", "meant", "lent", "heard", "stood", "sat",
        "overturned", "upheld", "swore", "quit", "laid", "fled", "slid", "sank", "drove", "rode", "froze", "wore", "tore",
        "forgot", "hid", "shook", "dealt", "dug", "hung", "spun", "stuck", "swung", "withdrew", "overtook", "undertook",
        "oversaw", "withheld", "arose", "ate", "drank", "underwent", "overcame", "rang", "sang", "swam", "bore", "bit",
        "blew", "bled", "bred", "clung", "crept", "fed", "forbade", "forgave", "froze", "knelt", "leapt", "lent",
        "mistook", "rebuilt", "resold", "retook", "rewrote", "shrank", "slept", "sped", "spat", "stank", "strode",
        "strove", "stung", "swept", "woke", "wove", "wrung",
    ]

    static let cueWords: StringTable<CueWord> = {
        var table = StringTable<CueWord>()
        func mark(_ words: [String], _ bit: CueWord) {
            for w in words { table[w] = (table[w] ?? []).union(bit) }
        }
        mark(futureCues, .future)
        mark(modalCues, .modal)
        mark(prospectiveVerbs, .prospective)
        mark(notPast, .notPast)
        mark(presentCues, .present)
        mark(determiners, .determiner)
        mark(subjectPronouns, .pronoun)
        mark(adverbsBeforeParticiple, .adverb)
        mark(pastIrregular, .past)
        mark(["was", "were", "been"], .pastAuxiliary)
        mark(["to", "not", "n't"], .verbBlocker)
        mark(["set"], .set)
        mark(presentPlural, .presentPlural)
        mark(["to", "will", "shall", "did", "does", "do", "not", "n't"] + modalCues, .bareAfter)
        mark(["they", "we", "you", "i"], .pluralSubject)
        mark(["is", "are", "was", "were", "be", "been", "'s", "\u{2019}s", "being"], .beForm)
        return table
    }()

    /// The cue bits of a token, with the hash the tokenizer stored. Only a token flagged
    /// `.tenseCue43` (or a possessive "'s", whose token has no flags) can hold a listed key:
    /// the others are answered without the table (`Speed43.swift`).
    @inline(__always) func cue(_ index: Int) -> CueWord {
        let view = tokens.span
        guard view[index].flags.contains(.tenseCue43) || view[index].kind == .possessive else { return [] }
        return TemporalTagger.cueWords.value(view[index].key, hash: view[index].keyHash) ?? []
    }
}
