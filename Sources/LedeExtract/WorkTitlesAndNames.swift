/// Entities round twenty (agency precision): capitalised runs that name a work rather than a
/// body, and personal names of three short words that the person shape missed.
extension EntityRecognizer {
    /// Lower-case nouns for a creative work: the capitalised run right after one ("the drama The
    /// Eight Mountains", "her debut novel Salt Roads") is the work's
    /// title, which the guidelines make no entity. Nouns that also name a person's trade
    /// ("comedian", "director") are not here: a name after those is the person.
    static let workNouns: WordSet = [
        "film", "films", "movie", "documentary", "drama", "comedy", "satire", "thriller", "sitcom", "biopic",
        "tearjerker", "musical", "opera", "novel", "memoir", "book", "album", "song", "poem",
        "painting", "podcast", "series", "miniseries", "franchise", "anthology", "soundtrack", "ballad", "cartoon",
    ]

    /// The run starts right after a work noun or after "the" that follows one. Not after a comma:
    /// "in the film, Smith plays a nurse" names the actor.
    func isWorkTitle(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        var k = lo - 1
        guard k >= 1 else { return false }
        // The trimmed "The" of "The Eight Mountains".
        if tokens[k].kind == .word, tokens[k].key == "the" { k -= 1 }
        guard k >= 0, tokens[k].kind == .word, !tokens[k].isCapitalized,
            EntityRecognizer.workNouns.contains(tokens, at: k)
        else { return false }
        // "the film's director Ana Reyes": a possessive or a title between them names a person, and
        // the run then does not start right after the noun; a given name opening a two-word run
        // ("the series Jane Campion directed") is the person's name.
        return !(hi - lo == 2 && tokens[lo].flags.contains(.givenName) && tokens[hi - 1].flags.contains(.surname))
    }

    /// "Wong Shu Qi", "Leong Mun Wait": a listed surname and two short capitalised words is a
    /// personal name in the Chinese order (surname first, a two-syllable given name written as two
    /// words), though the short words are often also English or pinyin words in the common list.
    func isSurnameAndTwoSyllables(_ lo: Int, count: Int) -> Bool {
        guard count == 3 else { return false }
        let tokens = doc.tokens
        guard tokens[lo].flags.contains(.surname), !tokens[lo].isAllCaps else { return false }
        let notNames: WordFlags = [.orgHead, .placeHead, .policyHead, .eventHead, .title, .titleWord, .known, .nonName]
        for k in (lo + 1)..<(lo + 3) {
            let n = tokens[k].key.utf8.count
            guard tokens[k].kind == .word, n >= 2, n <= 4, tokens[k].flags.isDisjoint(with: notNames),
                !EntityRecognizer.functionWords.contains(tokens[k].key)
            else { return false }
        }
        return true
    }
}

extension EntityRecognizer {
    static let memberHash = -8309803659357364006  // StringTable<Bool>.hash("member"), a literal: no `swift_once` a read
    static let membersHash = 8779086219401004279  // StringTable<Bool>.hash("members"), a literal: no `swift_once` a read

    /// "Member of Parliament for Kluang", "Opposition Members of Parliament": the Commonwealth
    /// title names no body. Returns where "Member(s)" starts, or nil; the words after "for" are
    /// the constituency, a place.
    func memberOfParliament(_ lo: Int, _ hi: Int) -> Int? {
        let tokens = doc.tokens
        guard hi - lo >= 3 else { return nil }
        // By hash first: two string compares per word were two calls each.
        let memberHash = EntityRecognizer.memberHash, membersHash = EntityRecognizer.membersHash
        for m in lo..<(hi - 2) where tokens.span[m].keyHash == memberHash && tokens.span[m].key == "member"
            || tokens.span[m].keyHash == membersHash && tokens.span[m].key == "members"
        {
            if tokens[m + 1].key == "of", tokens[m + 2].key == "parliament" { return m }
        }
        return nil
    }

    mutating func classifyMemberOfParliament(_ lo: Int, _ hi: Int, at m: Int) {
        let tokens = doc.tokens
        // "Kluang Member of Parliament": the words before the title are the seat, as before "MP".
        if m > lo {
            if isSeatName(lo, m) { addMention(.place, name: nil, range: lo..<m) } else { classify(tokens, lo..<m) }
        }
        let end = m + 3
        if end + 1 < hi, tokens[end].key == "for" {
            addMention(.place, name: nil, range: (end + 1)..<hi)
        }
    }
}

extension EntityRecognizer {
    /// A run before a member's title names a seat unless a word of it marks a body or the last
    /// word is a title or a common word ("the Labour MP", "Conservative MP").
    func isSeatName(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        for k in lo..<hi where tokens[k].isAllCaps || tokens[k].flags.contains(.orgHead) { return false }
        if let known = knownName(lo..<hi), known.kind != .place { return false }
        // "the Labour MP", "Conservative MP": a party word or a title before the member's title.
        return !tokens[hi - 1].flags.contains(.title) && !tokens[hi - 1].flags.contains(.nonName)
    }
}

extension EntityRecognizer {
    /// "Australia have found form", "England are favourites": British and Commonwealth English
    /// gives a team a plural verb, a country or a city the singular ("India has struggled"). Not
    /// after a coordination ("France and Italy were poor" is plural for the pair) and not for a
    /// place whose name is itself plural ("the Philippines are").
    func takesTeamPluralVerb(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard hi < tokens.count, tokens[hi].kind == .word, !tokens[hi].isCapitalized,
            EntityRecognizer.pluralBeVerbs.contains(tokens, at: hi),
            !tokens[hi - 1].key.hasBytesSuffix("s")
        else { return false }
        // The place must be the verb's subject: "the people of Ontario have", "a fire in Northern
        // California are" agree with the noun before the preposition.
        return lo == 0 || !EntityRecognizer.notSubjectBefore.contains(tokens, at: lo - 1)
    }

    static let pluralBeVerbs: WordSet = ["have", "are", "were"]
    static let notSubjectBefore: WordSet = [
        "and", ",", "or", "&", "the", "of", "in", "with", "near", "from", "to", "at", "for", "by", "on", "into", "across",
        "against", "around", "outside", "than", "like", "including", "between", "among", "over", "under", "about",
        "through", "throughout", "within", "beyond", "via", "toward", "towards",
    ]
}
