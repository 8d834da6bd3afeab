/// Entities round thirty-nine (entities39): lone unlisted names typed organisations by default
/// (a weak word or the fallback run) that a preposition or a list puts on a map. Counted on the
/// seen pool plus final10/11 before it was written: after lower-case "at", an unlisted lone name
/// was a gold place 21 times and an organisation once; after a travel word and "to"/"from" 12
/// times a place and never a body; the later members of a list after "in"/"at"/"near" 17 times a
/// place and never a body. "to X", "from X" and "between X and Y" alone are no cue (bodies and
/// persons take them as often as places) and are not read.
///
/// A pass over the finished mentions after `applyPlaceCues35` (never inside `processSpan`); it
/// reads only lone default-typed unlisted mentions, so most articles pay one type test per
/// mention. A mention it retypes is a place; the merger puts the article's other weak mentions
/// of the name in that place's group.
///
/// - **"at X"**: "trucks stopped at X", "the barrage at X" — not after a word of work or trade
///   ("works at X", "a stint at X", "analysts at X", "a meteorologist at X", any title), not
///   before "'s", not in a sports story (teams play "at" each other);
/// - **"parts of X"**, "a portion of X", "areas of X";
/// - **a journey**: "the road to X", "flights from X", "drove to X", "fled from X", "west to X",
///   "down to X";
/// - **a list after a place**: "in Kibra, Lavington and Kawangware" — every later member of a
///   list that "in", "at" or "near" opens is a place when the first member is one (listed, cued,
///   or a lone name after a plain locative), and every member is a place or a lone default-typed
///   name;
/// - **lists of waters and grounds**: "tributaries", "rivulets", "stadiums", "stadia" open or close
///   a list of places as round thirty-two's plural place nouns do ("its tributaries A and B").
extension EntityRecognizer {
    /// Nouns before "of" whose complement is a stretch of land ("parts of X").
    static let areaOfNouns39: WordSet = ["parts", "portion", "areas"]
    /// Words of a journey before "to", "from", "towards" or "into": what follows is where it ends or starts.
    static let journeyWords39 = WordSet([
        "road", "roads", "route", "routes", "highway", "motorway", "flight", "flights", "train", "trains", "bus", "buses",
        "ferry", "ferries", "journey", "trip", "trek", "drove", "drive", "driving", "driven", "travelled", "traveled",
        "travelling", "traveling", "flew", "flown", "flying", "walked", "sailed", "marched", "hiked", "cycled", "fled",
        "fleeing", "evacuated", "commuted", "headed", "heading", "down",
    ] + compassPoints)
    /// Words before "at" or "in" that put work, study or trade at a body ("works at X", "a stake
    /// in X"): the name after them is no place.
    static let workWords39: WordSet = [
        "work", "works", "worked", "working", "job", "jobs", "stint", "career", "staff", "employee", "employees",
        "colleague", "colleagues", "role", "internship", "tenure", "analyst", "analysts", "executive", "executives",
        "economist", "economists", "strategist", "strategists", "researcher", "researchers", "engineer", "engineers",
        "scientist", "scientists", "professor", "lecturer", "student", "students", "studied", "studies", "study",
        "manager", "managers", "director", "directors", "official", "officials", "spokesperson", "spokesman",
        "spokeswoman", "partner", "partners", "founder", "boss", "chief", "head", "growth", "sales", "shares", "stake",
        "stakes", "invested", "invest", "investing", "investment", "investments", "investor", "investors", "interest",
        "holding", "holdings", "story", "deal", "strike", "layoffs", "cuts", "changes", "trading", "listed",
    ]
    /// Plural nouns of waters and grounds that open or close a list of places (read by round
    /// thirty-two's list rule, `isPluralPlaceNoun32`): "its tributaries A and B", "rivulets like
    /// A and B", "the A and B stadiums".
    static let waterAndGroundNouns39: WordSet = ["tributaries", "rivulets", "stadiums", "stadia"]

    /// The pass (see the file's comment).
    mutating func applyPlaceCues39() {
        let count = mentions.count
        guard count > 0 else { return }
        let sports = isSportsArticle()
        for m in 0..<count {
            // The fields are read in place (no mention bound to a local: speed round twenty-one).
            guard mentions[m].type == .agency, mentions[m].tokenCount == 1, !mentions[m].isCanonical,
                mentions.isDefaultTyped(m), let i = doc.tokenIndex(of: mentions[m]), isUnlistedPlaceName35(i)
            else { continue }
            if hasPlaceCue39(i, sports: sports) || listHeadIsPlace39(i) { mentions[m].becomeCuedPlace() }
        }
    }

    /// A lower-case word token at `j` in `sentence`.
    private func isLowerWord39(_ j: Int, _ sentence: Int) -> Bool {
        j >= 0 && j < doc.tokens.count && doc.tokens[j].sentence == sentence && doc.tokens[j].kind == .word
            && !doc.tokens[j].isCapitalized
    }

    /// Whether the word at `k` puts work or trade at what follows ("analysts at", "a stake in"):
    /// a title, a title word or one of `workWords39`.
    private func isWorkWord39(_ k: Int) -> Bool {
        guard k >= 0, doc.tokens[k].kind == .word else { return false }
        if !doc.tokens[k].flags.isDisjoint(with: [.title, .titleWord]) || EntityRecognizer.workWords39.contains(doc.tokens, at: k) {
            return true
        }
        // A trade by its suffix: "a meteorologist at X", "chemists at X", "a forecaster at X".
        let key = doc.tokens[k].key
        return key.hasSuffix("ist") || key.hasSuffix("ists") || key == "forecaster" || key == "forecasters"
    }

    /// "at X", "parts of X", "the road to X" right before the lone name at token `i`.
    private func hasPlaceCue39(_ i: Int, sports: Bool) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let sentence = view[i].sentence
        guard isLowerWord39(i - 1, sentence) else { return false }
        let before = view[i - 1].key
        if before == "at" {
            // "X's office", "at X's 18": the name owns something there, a body or a team as often as a town.
            let end = view[i].end
            if end < doc.bytes.count, doc.bytes[end] == 39 { return false }
            if end + 2 < doc.bytes.count, doc.bytes[end] == 0xE2, doc.bytes[end + 1] == 0x80, doc.bytes[end + 2] == 0x99 { return false }
            return !sports && !isWorkWord39(i - 2)
        }
        if before == "of", i >= 2, view[i - 2].sentence == sentence, EntityRecognizer.areaOfNouns39.contains(doc.tokens, at: i - 2) {
            return true
        }
        if before == "to" || before == "from" || before == "towards" || before == "into" {
            var k = i - 2
            // "drove from Zorvak to Belmira": the start of a journey this pass placed a moment ago
            // (round thirty-five's "from X to Y" ran before it and saw a body there).
            if before == "to", i >= 3, isLowerWord39(i - 3, sentence), view[i - 3].key == "from", view[i - 2].isCapitalized,
                placeOrLoneMember39(i - 2, i - 2) == true
            {
                return true
            }
            if k >= 0, view[k].kind == .word, view[k].key == "back" { k -= 1 }
            return isLowerWord39(k, sentence) && EntityRecognizer.journeyWords39.contains(doc.tokens, at: k)
        }
        return false
    }

    /// Whether the lone name at token `i` is a later member of a list that "in", "at" or "near"
    /// opens and whose first member is a place ("in Kibra, Lavington and Kawangware").
    private func listHeadIsPlace39(_ i: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let n = view.count
        let sentence = view[i].sentence
        // A later member: after "and"/"or", or after a comma with the list going on behind it
        // ("in Kisumu, Jo Roe said" is an apposition, not a list).
        guard i >= 2, view[i - 1].sentence == sentence else { return false }
        let afterJoiner = view[i - 1].kind == .word && (view[i - 1].key == "and" || view[i - 1].key == "or")
        if !afterJoiner {
            guard isComma(i - 1), i + 1 < n, view[i + 1].sentence == sentence,
                isComma(i + 1) || view[i + 1].kind == .word && (view[i + 1].key == "and" || view[i + 1].key == "or")
            else { return false }
        }
        // Walk back over the members: separators, then a run of capitalised words that is a mention.
        var k = i - 1
        var members = 0
        while members < 12 {
            // The separators before the member after them: ",", "and", ", and".
            var separated = false
            while k >= 0, view[k].sentence == sentence, isComma(k) || view[k].kind == .word && (view[k].key == "and" || view[k].key == "or") {
                k -= 1
                separated = true
            }
            guard separated, k >= 0, view[k].sentence == sentence, view[k].kind == .word, view[k].isCapitalized else { return false }
            var first = k
            while first - 1 >= 0, view[first - 1].sentence == sentence, view[first - 1].kind == .word, view[first - 1].isCapitalized, i - first < 40 {
                first -= 1
            }
            guard let member = placeOrLoneMember39(first, k) else { return false }
            members += 1
            // The word before the member opens the list: "in", "at", "near".
            let opener = first - 1
            if isLowerWord39(opener, sentence), (EntityRecognizer.locatives.contains(doc.tokens, at: opener) || doc.tokens[opener].key == "at") {
                if member { return true }
                // A lone default-typed first member: a place by its opener, unless work or trade
                // stands before it ("stakes in A, B and C").
                return !isWorkWord39(opener - 1) && !(isSportsArticle() && view[opener].key == "at")
            }
            k = first - 1
        }
        return false
    }

    /// For the capitalised run `first...last`: true when a place mention covers it exactly,
    /// false when a lone default-typed unlisted name is there, nil for anything else (a body
    /// by its name, a person), which ends the list.
    private func placeOrLoneMember39(_ first: Int, _ last: Int) -> Bool? {
        let start = doc.tokens[first].start, end = doc.tokens[last].end
        for p in mentions.indices where mentions[p].start == start {
            guard mentions[p].end == end else { return nil }
            if mentions[p].type == .place { return true }
            if mentions[p].type == .agency, first == last, mentions.isDefaultTyped(p), !mentions[p].isCanonical, isUnlistedPlaceName35(first) {
                return false
            }
            return nil
        }
        return nil
    }
}
