/// Entities round fifty-two (entities52): lists of places that an area noun opens from further
/// away than round forty-four reads (`PlaceLists44.swift`), whose unlisted members were typed
/// organisations one by one (a false organisation and a missed place each):
///
/// - the noun is the subject and a clause stands between it and the verb ("Communities invaded
///   by the bandits include A, B and C", "villages affected so far are A and B");
/// - a member carries lower-case words before it ("old and new Dalomo") or an abbreviation with
///   its expansion in brackets after it ("KDH (Kanan Devan Hills) and Kunji").
///
/// A pass over the finished mentions after round forty-four's: it reads organisations and
/// persons that follow ", " or "and" only, and walks back at most a dozen members.
extension EntityRecognizer {
    /// Verbs that open a list after their subject ("Communities … include A, B").
    static let listVerbs52: WordSet = ["include", "includes", "included", "are", "were"]

    /// The pass (see the file's comment).
    mutating func applyPlaceLists52() {
        let count = mentions.count
        guard count > 0 else { return }
        var found: [Int] = []
        for m in 0..<count where mentions[m].type == .agency || mentions[m].type == .person {
            guard !mentions[m].isCanonical, mentions[m].tokenCount <= 4, let lo = doc.tokenIndex(of: mentions[m]), lo >= 3 else { continue }
            let hi = lo + mentions[m].tokenCount
            guard hi <= doc.tokens.count else { continue }
            // After a separator, a list verb or a lower-case word ("and new Dalomo").
            guard doc.tokens[lo - 1].key == "," || doc.tokens[lo - 1].kind == .word && !doc.tokens[lo - 1].isCapitalized else { continue }
            if isSubjectListMember52(lo, hi) { found.append(m) }
        }
        for m in found { mentions[m].becomeCuedPlace() }
    }

    /// "old and new Dalomo": up to three lower-case words (no list verb) between a separator and
    /// a member are passed over; `k` is the token before the member.
    private func skipLowerCaseBefore52(_ k: Int) -> Int {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        var w = k
        while w >= 1, k - w < 3, view[w].kind == .word, !view[w].isCapitalized, !EntityRecognizer.listVerbs52.contains(doc.tokens, at: w) {
            w -= 1
        }
        return w < k && isComma(w) && view[w].sentence == view[k].sentence ? w : k
    }

    /// Whether `lo..<hi` is a member of a list that a plural place noun, a few lower-case words
    /// and a list verb open (see the file's comment).
    private func isSubjectListMember52(_ lo: Int, _ hi: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let sentence = view[lo].sentence
        for j in lo..<hi where !view[j].isNameLike || view[j].flags.contains(.title) { return false }
        var k = skipLowerCaseBefore52(lo - 1)
        var members = 0
        while members < 12, k >= 1, view[k].sentence == sentence, isComma(k) || view[k].key == "and" || view[k].key == "or" {
            var j = k - 1
            while j >= 0, view[j].sentence == sentence, isComma(j) || view[j].key == "and" || view[j].key == "or" { j -= 1 }
            // "KDH (Kanan Devan Hills)": the bracket goes with the member before it.
            if j >= 2, view[j].kind == .punct, view[j].key == ")" {
                var open = j - 1
                while open > 0, j - open < 8, view[open].key != "(" { open -= 1 }
                guard view[open].key == "(" else { return false }
                j = open - 1
            }
            var first = j
            while first >= 0, view[first].sentence == sentence, view[first].isNameLike, j - first < 4 { first -= 1 }
            if first == j { break }
            k = skipLowerCaseBefore52(first)
            members += 1
        }
        // The verb, then up to six lower-case words back to the noun ("Communities invaded by
        // the bandits include"); "are"/"were" only right after the noun ("The villages are").
        guard k >= 1, view[k].sentence == sentence, view[k].kind == .word, !view[k].isCapitalized,
            EntityRecognizer.listVerbs52.contains(doc.tokens, at: k)
        else { return false }
        let copula = view[k].key == "are" || view[k].key == "were"
        var n = k - 1
        while n >= 0, k - n <= (copula ? 1 : 6), view[n].sentence == sentence, view[n].kind == .word {
            if view[n].isCapitalized {
                // The noun opening the sentence is written with a capital ("Communities invaded …").
                return isPluralPlaceNoun32(n) && (n == 0 || view[n - 1].sentence != sentence)
            }
            if isPluralPlaceNoun32(n) { return true }
            n -= 1
        }
        return false
    }
}
