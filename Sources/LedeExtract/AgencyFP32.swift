/// Agency false-positive round thirty-two (agencyfp32, twenty-first session): a date written as a
/// capitalised run is no body.
///
/// - **A date's words typed a body** (`date-runs.txt`): a weekday's short form in title case,
///   alone or with its period ("Lusaka ~ Thur, 24 Sept 2020", "told reporters on Mon."), or a
///   season word before a month ("a tranche by Early December", "in Late March"). The run was
///   kept as an unknown capitalised name and typed an agency; gold never lists a date as an
///   entity. The agency mention is dropped. Acronyms in capitals ("FRI", "WED") are not read:
///   the second letter must be lower case.
/// - **A wire's instrument code** ("Starbucks (SBUX.O)", "Astra International (ASII.JK)",
///   "inflation rose to 22% NGCPIY=ECI"): a code in capitals written right before an exchange's
///   suffix in brackets or an "=" and a source code was typed a body by its capitals. The README
///   of the dev set: a ticker gives no entity. The agency mention is dropped.
extension EntityRecognizer {
    /// `date-runs.txt` by tag.
    static let dateRuns32: (weekdays: Set<String>, seasons: Set<String>, months: Set<String>) = {
        let lists = Lexicon.shared.dateRuns32
        return (lists["weekday"] ?? [], lists["season"] ?? [], lists["month"] ?? [])
    }()

    /// The pass (see the file's comment).
    mutating func dropDateRuns32() {
        let bytes = doc.bytes
        var drop: [Int] = []
        for m in mentions.indices where mentions[m].type == .agency {
            // The fields read in place: binding the mention retained and released it each time.
            let start = mentions[m].start, end = mentions[m].end
            // "the CM wrote", "Ann Lee, J.S.C.": a title's acronym, whatever its tokens
            // (`AgencyFP38.swift`), read in this loop so the mentions are walked once.
            if end - start <= 6, EntityRecognizer.isTitleAcronym38(bytes, start, end) {
                drop.append(m)
                continue
            }
            guard mentions[m].tokenCount <= 2 else { continue }
            // "(SBUX.O)", "NGCPIY=ECI": an instrument code before its suffix.
            if end < bytes.count, bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: "="), EntityRecognizer.isInstrumentCode32(bytes, start, end) {
                drop.append(m)
                continue
            }
            // Title case first ("Thur", "Early"): most agencies are acronyms or longer names.
            guard end - start >= 3, end - start <= 16, EntityRecognizer.isTitleCaseStart32(bytes, start) else { continue }
            // The list's first letters before any string is built: weekdays "M", "T", "W", "F";
            // seasons "E", "L", "M".
            let first = bytes[start]
            if end - start <= 6 {
                guard first == UInt8(ascii: "M") || first == UInt8(ascii: "T") || first == UInt8(ascii: "W") || first == UInt8(ascii: "F") else { continue }
                // "Thur", "Mon.": a weekday's short form, its period dropped before the look-up.
                let last = bytes[end - 1] == UInt8(ascii: ".") ? end - 1 : end
                guard last - start >= 3, last - start <= 5 else { continue }
                if EntityRecognizer.dateRuns32.weekdays.contains(Lexicon.key(Document.text(bytes, start, last))) { drop.append(m) }
            } else if mentions[m].tokenCount == 2 {
                // "Early December": a season word and a month (a space after three to five letters).
                guard first == UInt8(ascii: "E") || first == UInt8(ascii: "L") || first == UInt8(ascii: "M"),
                    bytes[start + 3] == UInt8(ascii: " ") || bytes[start + 4] == UInt8(ascii: " ") || bytes[start + 5] == UInt8(ascii: " "),
                    let i = doc.tokenIndex(of: mentions[m]), i + 1 < doc.tokens.count else { continue }
                let word = doc.tokens[i], second = doc.tokens[i + 1]
                guard second.end == end, word.end - word.start <= 5,
                    EntityRecognizer.dateRuns32.seasons.contains(Lexicon.key(Document.text(bytes, word.start, word.end))),
                    EntityRecognizer.dateRuns32.months.contains(Lexicon.key(Document.text(bytes, second.start, second.end)))
                else { continue }
                drop.append(m)
            }
        }
        for n in drop.reversed() { mentions.remove(at: n) }
    }

    /// `start..<end` is two to eight capitals or digits opening with a capital, and the bytes after
    /// it are an exchange's suffix closing a bracket opened right before it (".O)", ".JK)") or an
    /// "=" and one to four capitals ending the word ("=ECI").
    static func isInstrumentCode32(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 2, end - start <= 8, bytes[start] &- 65 < 26 else { return false }
        for k in start..<end where !(bytes[k] &- 65 < 26 || bytes[k] &- 48 < 10) { return false }
        var k = end + 1, letters = 0
        while k < bytes.count, bytes[k] &- 65 < 26, letters < 5 {
            k += 1
            letters += 1
        }
        guard letters >= 1 else { return false }
        if bytes[end] == UInt8(ascii: ".") {
            return letters <= 2 && start > 0 && bytes[start - 1] == UInt8(ascii: "(") && k < bytes.count && bytes[k] == UInt8(ascii: ")")
        }
        return letters <= 4 && (k == bytes.count || !(bytes[k] &- 97 < 26 || bytes[k] &- 48 < 10))
    }

    /// An upper-case ASCII letter followed by a lower-case one at `start`.
    static func isTitleCaseStart32(_ bytes: [UInt8], _ start: Int) -> Bool {
        bytes[start] &- 65 < 26 && bytes[start + 1] &- 97 < 26
    }
}
