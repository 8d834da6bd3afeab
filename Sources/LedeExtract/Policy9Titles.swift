/// Policy round nine (policy9): shapes of policy names that ordinary news writes and the title
/// rules missed (counted on the learning sets `final10`–`final13` and the seen pool):
/// - a numbered amendment written with an ordinal: "the 14th Amendment", "the Constitution's 11th
///   Amendment" (the ordinal is no capitalised word, so the run was the lone head "Amendment");
/// - a national policy's title whose head is a noun after "Policy": "the National Policy Statement
///   on Urban Development", "the Policy Framework for Rural Roads" (the "on"/"for" title rule
///   wanted the policy head right before "on");
/// - two titles joined by "and" where the second has an inner "and" or an inner head: "the Housing
///   Supply Act and Building and Strata Statutes Amendment Act" (one false policy, two missed).
/// Each test runs where a scan already stops (a capitalised policy head in `findCitations` and in
/// `findNamedProgrammes`, a title's "and", a described law's clause): no pass of its own over the tokens.
extension EntityRecognizer {
    /// Nouns after a capitalised "Policy" that carry its title on to a subject: "National Policy
    /// Statement on …", "Policy Framework for …", "Policy Guidelines on …", "Policy Direction on …".
    static let policyTitleNouns: WordSet = ["statement", "framework", "guidelines", "direction"]

    /// "the 11th Amendment", "the 14th Amendment": whether the capitalised head at `head` is
    /// "Amendment" after an ordinal. Not inside a longer title ("the 19th Amendment Act"; "(123rd
    /// Amendment) Bill" is read by the bracketed-title rule first). Tested only at a capitalised
    /// policy head after a word that starts with a digit.
    func isOrdinalAmendment(_ head: Int) -> Bool {
        let tokens = doc.tokens
        let o = head - 1
        guard tokens[o].kind == .word, !claimed[o], tokens[head].sentence == tokens[o].sentence, tokens[head].key == "amendment",
            tokens[o].isOrdinal
        else { return false }
        return !(head + 1 < tokens.count && tokens[head + 1].isCapitalized && tokens[head + 1].flags.contains(.policyHead))
    }

    /// "National Policy Statement on Urban Development": at the capitalised head "Policy" at `i`,
    /// a title noun, then "on" or "for" and a capitalised subject; the title's range, or nil.
    func policyNounTitle(_ i: Int) -> ClosedRange<Int>? {
        let tokens = doc.tokens
        guard i + 3 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized, !tokens[i + 1].isAllCaps,
            tokens[i].key == "policy", EntityRecognizer.policyTitleNouns.contains(tokens[i + 1]),
            tokens[i + 2].key == "on" || tokens[i + 2].key == "for", !tokens[i + 2].isCapitalized,
            let end = subjectTitleEnd(i + 1)
        else { return nil }
        return titleStart(before: i)...end
    }

    /// The right side of "X Act and Y … Act" from `first` (the word after "and"): capitalised
    /// words, an inner "of" or "and" between capitalised words, and inner heads ("Amendment")
    /// followed by the closing head; the index of the closing capitalised head, or nil.
    func coordinatedTitleEnd(from first: Int, sentence: Int) -> Int? {
        let tokens = doc.tokens
        var j = first
        while j < tokens.count, j - first < 10 {
            guard tokens[j].kind == .word, tokens[j].sentence == sentence, !claimed[j] else { return nil }
            if tokens[j].isCapitalized {
                if tokens[j].flags.contains(.policyHead), !tokens[j].isAllCaps {
                    // "… Statutes Amendment Act": an inner head goes on to the closing one.
                    guard j + 1 < tokens.count, isInnerTitleHead(j, last: j + 1), tokens[j + 1].isCapitalized,
                        tokens[j + 1].kind == .word, tokens[j + 1].flags.contains(.policyHead)
                    else { return j }
                }
            } else if !(tokens[j].key == "and" || tokens[j].key == "of") || j == first || j + 1 >= tokens.count
                || !tokens[j - 1].isCapitalized || !tokens[j + 1].isCapitalized
            {
                return nil
            }
            j += 1
        }
        return nil
    }
}

extension EntityRecognizer {
    /// "an ordinance to rezone the lot on Pine Street and approved the budget": "and", a past
    /// tense and a determiner open the sentence's next predicate, which ends the description.
    func opensConjoinedPredicate(_ j: Int) -> Bool {
        let tokens = doc.tokens
        guard j + 2 < tokens.count, tokens[j].key == "and", tokens[j + 1].kind == .word, !tokens[j + 1].isCapitalized,
            tokens[j + 1].key.hasBytesSuffix("ed")
        else { return false }
        let k = tokens[j + 2].key
        return k == "the" || k == "a" || k == "an"
    }
}

extension EntityRecognizer {
    /// Participles of purpose between a law's head and its "to": "a bill seeking to empower …",
    /// "an ordinance aiming to curb …", "legislation designed to protect …".
    static let purposeLeads: WordSet = ["seeking", "aiming", "designed", "intended"]

    /// Whether the word at `j` is a participle of purpose with "to" after it.
    func isPurposeLead(_ j: Int) -> Bool {
        let tokens = doc.tokens
        return j + 2 < tokens.count && tokens[j].kind == .word && !tokens[j].isCapitalized && tokens[j + 1].key == "to"
            && tokens[j].sentence == tokens[j + 1].sentence && EntityRecognizer.purposeLeads.contains(tokens[j])
    }
}

extension EntityRecognizer {
    /// "an ordinance allowing …" and later "an ordinance to rezone …": in a family that merges by
    /// its head (every "ordinance …" one policy), a description opened by "a"/"an" after one of
    /// the same family is another policy, as after "a separate".
    func opensAnotherDescription(_ first: Int, family: String) -> Bool {
        let tokens = doc.tokens
        guard first > 0, tokens[first - 1].key == "a" || tokens[first - 1].key == "an",
            EntityRecognizer.headMergedFamilies.contains(family)
        else { return false }
        return mentions.indices.contains { mentions[$0].type == .policy && mentions[$0].policyFamily == family }
    }
}

extension EntityRecognizer {
    /// "of" or "for" between two capitalised words ("Houses of Assembly", "Bureau for Jobs"): a
    /// description that leaves names free leaves it free too, or the name is cut in two. Not
    /// "and", which joins two names in a list ("firms like Netflix and Hulu").
    func isConnectorInsideName(_ k: Int) -> Bool {
        let tokens = doc.tokens
        return k > 0 && k + 1 < tokens.count && tokens[k - 1].isCapitalized && tokens[k + 1].isCapitalized
            && tokens[k].kind == .word && (tokens[k].key == "of" || tokens[k].key == "for")
    }
}
