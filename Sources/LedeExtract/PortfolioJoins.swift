/// Entities round thirty-seven (entities37): a body whose portfolio names two subjects joined by
/// "and" ("the U.S. Department of Health and Human Services", "the Department of Fire and
/// Emergency Services", "the College of Education and Public Health"). The span rules cut such a
/// run at "and" when the second subject ends in a body's head word ("Services", "Health"), and
/// left two false organisations where there is one. A pass over the finished mentions (never
/// inside `processSpan`): it reads only organisation mentions followed by "and", so most
/// articles pay one type test per mention.
///
/// The first part must be a body's head, "of" and one to three capitalised subject words; the
/// second one to three capitalised words, every one a common word (a subject, not a name:
/// "Human Services", "Public Health"), and no listed name.
extension EntityRecognizer {
    /// The pass (see the file's comment).
    mutating func joinPortfolioSubjects() {
        let count = mentions.count
        guard count > 1 else { return }
        var drop: [Int] = []
        for m in 0..<(count - 1) where mentions[m].type == .agency && mentions[m].tokenCount >= 3 {
            let next = m + 1
            guard mentions[next].type == .agency, !mentions[next].isCanonical, mentions[next].tokenCount <= 3,
                let i = doc.tokenIndex(of: mentions[m])
            else { continue }
            let j = i + mentions[m].tokenCount - 1
            guard j + 2 < doc.tokens.count, doc.tokens[j + 1].key == "and", doc.tokens[j + 2].start == mentions[next].start,
                isPortfolioBody(i, j)
            else { continue }
            let k = j + 2 + mentions[next].tokenCount - 1
            guard k < doc.tokens.count, (j + 2...k).allSatisfy({ isSubjectWord($0) }) else { continue }
            let mention = mentions[m]
            mention.recut(start: mention.start, end: doc.tokens[k].end, tokenCount: k - i + 1, bytes: doc.bytes)
            if mentions[next].acronym != nil { mention.acronym = mentions[next].acronym }
            drop.append(next)
        }
        for n in drop.reversed() { mentions.remove(at: n) }
    }

    /// Tokens `i...j` end in a body's head, "of" and one to three capitalised subject words
    /// ("Department of Fire", "U.S. Department of Health").
    private func isPortfolioBody(_ i: Int, _ j: Int) -> Bool {
        var k = j
        while k > i, k >= j - 2, isSubjectWord(k) {
            if doc.tokens[k - 1].key == "of" {
                return k - 2 >= i && doc.tokens[k - 2].flags.contains(.orgHead)
            }
            k -= 1
        }
        return false
    }

    /// A capitalised common word that names no one thing ("Health", "Human", "Services").
    private func isSubjectWord(_ k: Int) -> Bool {
        let t = doc.tokens[k]
        return t.kind == .word && t.isCapitalized && !t.isAllCaps && t.flags.contains(.common) && !t.flags.contains(.known)
    }
}
