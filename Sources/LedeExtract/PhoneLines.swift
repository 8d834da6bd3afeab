/// Entities round thirty-seven (entities37): a telephone line named with capitals and given with
/// its number ("the Garda Confidential Line on 1800 …", "the Crime Tips Hotline at 555-…") is a
/// service, no body: the body that runs it is named on its own where the text names it. A pass
/// over the finished mentions (never inside `processSpan`); it reads only organisations whose
/// last word is "Line", "Hotline" or "Helpline".
extension EntityRecognizer {
    /// Last words of a named telephone line.
    static let phoneLineHeads37: WordSet = ["line", "hotline", "helpline"]

    /// The pass (see the file's comment).
    mutating func dropPhoneLines() {
        let count = mentions.count
        guard count > 0 else { return }
        var drop: [Int] = []
        for m in 0..<count where mentions[m].type == .agency && mentions[m].tokenCount >= 2 && !mentions[m].isCanonical {
            // "line", "hotline", "helpline": the key's last bytes before any token search.
            guard mentions[m].key.hasBytesSuffix("line"), let i = doc.tokenIndex(of: mentions[m]) else { continue }
            let j = i + mentions[m].tokenCount - 1
            guard j + 1 < doc.tokens.count, EntityRecognizer.phoneLineHeads37.contains(doc.tokens, at: j) else { continue }
            // The number right after the name, or after "on" or "at".
            var k = j + 1
            if doc.tokens[k].kind == .word, doc.tokens[k].key == "on" || doc.tokens[k].key == "at", k + 1 < doc.tokens.count { k += 1 }
            let first = doc.bytes[doc.tokens[k].start]
            // "(555) 010-…" opens a number; "the Circle Line (CCL)" an abbreviation (entities46).
            let bracketedNumber = first == 40 && k + 1 < doc.tokens.count && doc.tokens[k + 1].startsWithDigit
            if doc.tokens[k].sentence == doc.tokens[j].sentence, (first >= 48 && first <= 57) || bracketedNumber { drop.append(m) }
        }
        for n in drop.reversed() { mentions.remove(at: n) }
    }
}
