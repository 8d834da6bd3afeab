/// Fiscal years: "fiscal 2025", "FY2024", "FY25", "fiscal year 2025", "the 2024-25 fiscal year".
/// A fiscal year is named for the calendar year it ends in (the US federal year, most
/// companies, India's "FY25", Britain's and Canada's "2024-25"), and which month it ends in
/// depends on who keeps it. Its value is that year ("2025", granularity year), and its interval
/// covers every twelve-month year ending at a quarter's end of it: 1 April of the year before
/// to 31 December (a year ending in March, June, September or December).
extension ResolvedDate {
    static func fiscalYear(_ year: Int) -> ResolvedDate {
        ResolvedDate(label: .year(year), granularity: .year, start: CivilDate(year - 1, 4, 1), end: CivilDate(year, 12, 31))
    }
}

extension TemporalTagger {
    /// Whether the words just before token `i` call a year fiscal: "fiscal 2025", "fiscal year
    /// 2025", "financial year 2025", "FY 2025".
    func fiscalBefore(_ i: Int, _ range: Range<Int>) -> Bool {
        // Hashes first: most years follow none of these words.
        if isWord(i - 1, TemporalTagger.fiscalHash, "fiscal") || isWord(i - 1, TemporalTagger.fyHash, "fy") { return true }
        return isWord(i - 1, TemporalTagger.yearHash, "year")
            && (isWord(i - 2, TemporalTagger.fiscalHash, "fiscal") || isWord(i - 2, TemporalTagger.financialHash, "financial"))
    }

    /// Whether "fiscal year" or "financial year" follows token `i`.
    func fiscalAfter(_ i: Int, _ range: Range<Int>) -> Bool {
        (isWord(i + 1, TemporalTagger.fiscalHash, "fiscal") || isWord(i + 1, TemporalTagger.financialHash, "financial"))
            && isWord(i + 2, TemporalTagger.yearHash, "year")
    }

    static let fiscalHash = -6602922638142201413  // StringTable<Bool>.hash("fiscal"), a literal: no `swift_once` a read
    static let financialHash = -6376828899135594246  // StringTable<Bool>.hash("financial"), a literal: no `swift_once` a read
    static let fyHash = 619318649292451559  // StringTable<Bool>.hash("fy"), a literal: no `swift_once` a read

    /// Whether token `i` is `word`, whose hash is `hash`.
    @inline(__always) private func isWord(_ i: Int, _ hash: Int, _ word: String) -> Bool {
        i >= 0 && i < tokens.count && tokens.span[i].keyHash == hash && tokens.span[i].key == word
    }

    /// The end year of "2024-25" or "2024/2025" written from token `i` (year `y`), when the
    /// second number is the next year.
    func splitYearEnd(_ y: Int, at i: Int, _ range: Range<Int>) -> Int? {
        guard range.contains(i + 2), tokens[i + 1].start == tokens[i].end, tokens[i + 1].kind == .punct,
            tokens.span[i + 1].key == "-" || tokens.span[i + 1].key == "/",
            tokens[i + 2].kind == .number, let n = Int(tokens.span[i + 2].key)
        else { return nil }
        let count = tokens.span[i + 2].key.utf8.count
        if count == 2, n == (y + 1) % 100 { return y + 1 }
        if count == 4, n == y + 1 { return y + 1 }
        return nil
    }

    /// A year token `i` read as a fiscal year, when its words say so: "fiscal 2025", "the
    /// 2023 fiscal year", "the 2024-25 fiscal year", "fiscal 2024-25". Nil otherwise.
    func fiscalYear(_ y: Int, at i: Int, range: Range<Int>) -> Match? {
        if let end = splitYearEnd(y, at: i, range) {
            guard fiscalBefore(i, range) || fiscalAfter(i + 2, range) else { return nil }
            return Match(first: i, last: i + 2, date: .fiscalYear(end))
        }
        guard fiscalBefore(i, range) || fiscalAfter(i, range) else { return nil }
        return Match(first: i, last: i, date: .fiscalYear(y))
    }

    /// "FY2025", "FY25", "FY2024-25" (one token, "fy" and digits, with an optional "-25").
    func fyToken(at i: Int, range: Range<Int>) -> Match? {
        let k = tokens.span[i].key
        guard k.utf8.count >= 4, k.hasBytesPrefix("fy") else { return nil }
        var digits = Substring(k).dropFirst(2)
        var end: Int?
        if let dash = digits.utf8.firstIndex(of: 45) {
            end = Int(digits[digits.index(after: dash)...])
            digits = digits[..<dash]
        }
        guard digits.utf8.count == 2 || digits.utf8.count == 4, let n = Int(digits) else { return nil }
        let y = digits.utf8.count == 2 ? 2000 + n : n
        if let end, end == (y + 1) % 100 || end == y + 1 { return Match(first: i, last: i, date: .fiscalYear(y + 1)) }
        // A following "-25" split off as its own tokens.
        if let e = splitYearEnd(y, at: i, range) { return Match(first: i, last: i + 2, date: .fiscalYear(e)) }
        return Match(first: i, last: i, date: .fiscalYear(y))
    }

    /// "FY 2025", "FY 25".
    func fyWord(at i: Int, range: Range<Int>) -> Match? {
        guard range.contains(i + 1), tokens[i + 1].kind == .number, let n = Int(tokens.span[i + 1].key) else { return nil }
        let count = tokens.span[i + 1].key.utf8.count
        guard count == 2 || count == 4 else { return nil }
        let y = count == 2 ? 2000 + n : n
        if let e = splitYearEnd(y, at: i + 1, range) { return Match(first: i, last: i + 3, date: .fiscalYear(e)) }
        return Match(first: i, last: i + 1, date: .fiscalYear(y))
    }

    /// "2024-25" or "2024-2025" written as one token, in fiscal words: "the 2024-25 fiscal
    /// year", "fiscal 2024-25".
    func fiscalSpanToken(at i: Int, range: Range<Int>) -> Match? {
        let k = tokens.span[i].key
        let count = k.utf8.count
        guard count == 7 || count == 9, let dash = k.utf8.firstIndex(of: 45), k.utf8.distance(from: k.utf8.startIndex, to: dash) == 4,
            let y = Int(k[..<dash]), let n = Int(k[k.utf8.index(after: dash)...]), y >= 1900, y <= 2200,
            count == 7 ? n == (y + 1) % 100 : n == y + 1,
            fiscalBefore(i, range) || fiscalAfter(i, range)
        else { return nil }
        return Match(first: i, last: i, date: .fiscalYear(y + 1))
    }
}
