/// Policies the text describes rather than names: "a policy that forbids officers from …",
/// "hands-off policy", "department rules", "a ban on …". Split out of `Policies.swift` (2026-11-30).
extension EntityRecognizer {
    /// Words that end the object of "a ban on …": prepositions, clauses, time.
    private static let banObjectStops: WordSet = [
        "in", "at", "by", "for", "from", "to", "into", "that", "which", "until", "after", "before", "since", "during", "while",
        "would", "will", "was", "is", "has", "as", "if", "but", "unless", "because", "with", "within", "under",
        "were", "are", "have", "had", "last", "yesterday", "today", "earlier", "later", "next",
    ]
    /// Verbs after "that" which describe a policy's status, not what it does: "a policy that was …".
    private static let statusVerbs: WordSet = [
        "was", "is", "were", "are", "has", "had", "have", "remains",
        // What happens to a policy, not what it does: "a ban that takes effect on …".
        "takes", "took", "goes", "went", "comes", "came", "becomes", "became",
    ]
    /// "a policy adopted by …": participles between a policy and the clause describing it.
    static let adoptionParticiples: WordSet = ["adopted", "approved", "passed", "issued", "enacted", "introduced", "announced"]
    /// Adjectives that say nothing about which policy it is ("a new policy that …").
    static let policyAdjectives: WordSet = ["new", "current", "existing", "proposed", "same", "old", "longstanding", "controversial"]
    /// Words that introduce a second policy of a kind already described: "a separate rule".
    static let anotherCues: WordSet = ["separate", "another", "second", "different", "other", "additional"]
    static let describedHeads: StringTable<String> = [
        "policy": "policy", "policies": "policy", "rule": "policy", "rules": "policy", "directive": "policy",
        "regulation": "policy", "ordinance": "ordinance", "mandate": "mandate", "ban": "ban", "order": "order",
        "law": "law", "laws": "law", "bill": "law", "measure": "law", "legislation": "law", "proposal": "law", "statute": "law",
        "moratorium": "moratorium", "tariff": "tariff", "tariffs": "tariff", "amendment": "amendment",
    ]
    /// Families named by their object: "a ban on …", "a moratorium on …", "tariffs on …".
    static let objectFamilies: WordSet = ["ban", "moratorium", "tariff"]

    /// Policies the text describes: "a policy that forbids officers from …", "hands-off policy",
    /// "department rules".
    mutating func findDescribedPolicies() {
        let tokens = doc.tokens
        // The rare flag before `claimed`: a walk that reads one array, not two (speed round twenty-seven).
        // The policy heads in order (`RecognizerInput.policyHeads41`), each tested as the walk over
        // every token tested it.
        let heads = input.policyHeads41
        for i in heads where !claimed[i] && !tokens[i].isCapitalized {
            guard let family = EntityRecognizer.describedHeads.value(tokens[i].key, hash: tokens[i].keyHash) else {
                if tokens[i].key == "constitution" {
                    addPlaceConstitution(i)
                } else if EntityRecognizer.treatyHeads.contains(tokens[i]), !addTreatyWithParties(i) {
                    addPlaceConstitution(i, demonym: false)
                }
                continue
            }
            // "the law will mandate that …", "voted to ban": after a modal or "to" the word is a verb.
            if i > 0, EntityRecognizer.verbMarkers.contains(tokens[i - 1]) { continue }
            if family == "amendment", addActAmendmentBill(at: i) || addSponsoredAmendment(i) { continue }
            // "the Alabama law that prohibits …": a law word names a policy only with its clause.
            if family == "law" {
                // "anti-terrorism legislation" (`LegislationNames.swift`).
                if addAntiLaw(at: i) { continue }
                // "the amnesty law", "state law requires …" (`Policies74.swift`).
                if !describeLaw(at: i) { addSubjectLaw74(at: i) }
                continue
            }
            // Only an executive order is a policy; a court's order is a ruling.
            if family == "order", i == 0 || tokens[i - 1].key != "executive" { continue }
            let sentence = tokens[i].sentence
            var first = i
            // Hyphenated modifiers name the policy: "zero-tolerance policy".
            // The byte test first: `contains("-")` walks the key's characters (about 1,100
            // instructions a word), and a word without the byte has no hyphen.
            while first > 0, tokens[first - 1].kind == .word, tokens[first - 1].key.hasHyphenByte, tokens[first - 1].key.contains("-"),
                !tokens[first - 1].isCapitalized, tokens[first - 1].sentence == sentence
            {
                first -= 1
            }
            if first < i {
                addDescribed(first: first, last: i, family: family)
                continue
            }
            // "a ban on single-use plastic bags": the ban is named by its object.
            // "the Act's ban on …" is a provision of that law, not a policy of its own.
            // "a ban on Ukrainian grain", "tariffs against Chinese steel": a nation's adjective may
            // open the object, and a tariff's may follow "against" (`Fixes17.swift`).
            if EntityRecognizer.objectFamilies.contains(family), i + 2 < tokens.count,
                tokens[i + 1].key == "on" || family == "tariff" && tokens[i + 1].key == "against", tokens[i + 2].kind == .word,
                !tokens[i + 2].isCapitalized || isNationAdjectiveObject17(i + 2, family: family, after: i + 1),
                tokens[i + 2].sentence == sentence,
                !(i >= 2 && tokens[i - 1].kind == .possessive && tokens[i - 2].flags.contains(.policyHead))
            {
                var last = i + 2
                while last + 1 < tokens.count, last - i < 8, tokens[last + 1].kind == .word, tokens[last + 1].sentence == sentence,
                    !EntityRecognizer.banObjectStops.contains(tokens[last + 1]), !startsDate(last + 1),
                    !endsObject25(last + 1)  // "the tariffs on barley can be lifted" (`Policies25.swift`)
                {
                    last += 1
                }
                last = trimmedObjectEnd(last, floor: i + 2)
                // "a ban on smoking in public places": where or for whom it applies (`Policies25.swift`).
                if let scope = policyScopeEnd25(after: last) { last = scope }
                // "a Texas ban on …": the place is part of its name, and two places' bans are two.
                if let place = placeBefore(i) {
                    addDescribed(first: place.lowerBound, last: last, family: family + ":" + tokens[place.upperBound - 1].key,
                                 claimNames: false)
                } else {
                    addDescribed(first: i, last: last, family: family)
                }
                continue
            }
            if i > 0, tokens[i - 1].key == "department" || tokens[i - 1].key == "departmental", family == "policy" {
                addDescribed(first: i - 1, last: i, family: family)
                continue
            }
            // "a rule requiring airlines to refund fares": a participle of regulating says what it does.
            if i + 1 < tokens.count, tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalized,
                tokens[i + 1].key.hasBytesSuffix("ing"), EntityRecognizer.regulatingVerbs.contains(tokens[i + 1]),
                describeLaw(at: i, family: family)
            {
                continue
            }
            // "an ordinance to amend Chapter 22", "a policy to limit overtime".
            if i + 2 < tokens.count, tokens[i + 1].key == "to" || isPurposeLead(i + 1), describeLaw(at: i, family: family) { continue }
            // "policy that forbids …" up to the end of the clause; "a policy adopted by the
            // agency last year that bars …" skips the participle phrase.
            var that = i + 1
            if that < tokens.count, EntityRecognizer.adoptionParticiples.contains(tokens[that]) {
                while that < tokens.count, that - i <= 10, tokens[that].sentence == sentence, tokens[that].kind != .punct,
                    tokens[that].key != "that"
                {
                    that += 1
                }
            }
            guard that + 1 < tokens.count, tokens[that].key == "that" || tokens[that].key == "which",
                tokens[that + 1].kind == .word, !tokens[that + 1].isCapitalized, tokens[that].sentence == sentence,
                !EntityRecognizer.statusVerbs.contains(tokens[that + 1])
            else { continue }
            var last = that + 1
            // "a 5% preference": a percent sign belongs to the clause. A date ends it ("… status
            // in November 2016"): the date is an event of its own, not part of the name.
            while last + 1 < tokens.count, tokens[last + 1].sentence == sentence,
                tokens[last + 1].kind != .punct || tokens[last + 1].key == "%", last - that < 13, !startsDate(last + 1)
            {
                last += 1
            }
            // "a separate procurement rule that …": another policy of the same family.
            if (max(0, i - 2)..<i).contains(where: { EntityRecognizer.anotherCues.contains(tokens[$0]) }) {
                describedInstances[family, default: 0] += 1
            }
            // "a hiring policy that …": a noun before the head says which policy it is.
            if i > 0, tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalized, tokens[i - 1].sentence == sentence,
                !EntityRecognizer.functionWords.contains(tokens[i - 1]), !EntityRecognizer.anotherCues.contains(tokens[i - 1]),
                !EntityRecognizer.policyAdjectives.contains(tokens[i - 1]), !claimed[i - 1],
                !EntityRecognizer.enactingVerbs.contains(tokens[i - 1]), !tokens[i - 1].key.hasBytesSuffix("ed"),
                !EntityRecognizer.ruleVerbs19.contains(tokens[i - 1])  // "for breaching rules which …" (`Fixes19.swift`)
            {
                first = i - 1
            }
            if that > i + 1 {
                // The mention is the head ("hiring policy"); the name joins it to its clause,
                // and the participle phrase between stays free for its own names and dates.
                let name = Document.text(doc.bytes, tokens[first].start, tokens[i].end) + " " + Document.text(doc.bytes, tokens[that].start, tokens[last].end)
                addDescribed(first: first, last: i, family: family, name: name)
                for k in that...last { claimed[k] = true }
            } else {
                addDescribed(first: first, last: last, family: family)
            }
            // "OSHA's rule that …" ("the … Administration's (OSHA's) rule") is "the OSHA rule"
            // later: one key for both.
            let owner = first >= 1 && tokens[first - 1].key == ")" ? first - 2 : first - 1
            if owner >= 1, tokens[owner].kind == .possessive, tokens[owner - 1].isAllCaps, tokens[owner - 1].kind == .word,
                let heads = EntityRecognizer.compoundHeads.value(tokens[i].key, hash: tokens[i].keyHash)
            {
                let m = mentions[mentions.count - 1]
                m.key = "compound:" + tokens[owner - 1].key + ":" + heads
                m.policyFamily = nil
            }
        }
    }
}
