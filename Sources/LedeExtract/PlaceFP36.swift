/// Place false-positive round thirty-six (placefp36, twenty-second session). See
/// `docs/extraction-history.md`, "placefp36".
///
/// **A place cut off before a guard's head** ("the Indian Coast Guard said", "a China Coast
/// Guard vessel"): "guard" is both a body's head and a person's title, and the run was cut before
/// it, leaving "<Place> Coast" a place. The round mended it here, after the fact; at the merge
/// with fixes35 and fixes39, which keep a closing "Guard" in the title split and in the
/// office-title pass where the cut was made, this pass's mend no longer changed any group's score
/// or test row, and the lead removed it (`docs/decisions-s22.md`).
///
/// **An initialism written with an inner lower-case letter** ("the BoE's Monetary Policy
/// Committee", "DfE figures", "the MoD said"): a short word opening and closing in capitals with
/// lower case between is an abbreviation of a body's name ("Bank of England"), never a place's
/// name, though it folds to a listed one ("Boe", a district of Nauru). Such a place mention goes.
///
/// **A country's short form before a dollar amount** ("refunded him the US $10,000", "put US
/// $590 million into the mine"): the capitals name the currency, not the country. A place
/// mention of two to four capitals and periods right before " $" and a digit goes.
extension EntityRecognizer {
    mutating func applyPlaceFP36() {
        guard !mentions.isEmpty else { return }
        let bytes = doc.bytes
        var drop: [Int] = []
        for m in mentions.indices where mentions[m].type == .place {
            let start = mentions[m].start, end = mentions[m].end
            if EntityRecognizer.isInnerLowerInitialism36(bytes, start, end) || EntityRecognizer.isCurrencyPrefix36(bytes, start, end) {
                drop.append(m)
            }
        }
        for n in drop.reversed() { mentions.remove(at: n) }
    }

    /// Whether the text `start..<end` is a country's short form in capitals ("US", "U.S.", "NZ")
    /// written before a dollar sign and an amount ("US $590 million"): the currency's name.
    static func isCurrencyPrefix36(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        let n = end - start
        guard n >= 2, n <= 4, end + 2 < bytes.count, bytes[end] == 32, bytes[end + 1] == 36,
            bytes[end + 2] >= 48, bytes[end + 2] <= 57
        else { return false }
        for k in start..<end where !(bytes[k] >= 65 && bytes[k] <= 90) && bytes[k] != 46 { return false }
        return true
    }

    /// Whether the text `start..<end` is a word of three or four ASCII letters that opens and
    /// closes with a capital and has a lower-case letter between ("BoE", "DfE", "MoD").
    static func isInnerLowerInitialism36(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        let n = end - start
        guard n == 3 || n == 4, end <= bytes.count else { return false }
        func upper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
        func lower(_ b: UInt8) -> Bool { b >= 97 && b <= 122 }
        guard upper(bytes[start]), upper(bytes[end - 1]) else { return false }
        var sawLower = false
        for k in (start + 1)..<(end - 1) {
            let b = bytes[k]
            guard upper(b) || lower(b) else { return false }
            if lower(b) { sawLower = true }
        }
        return sawLower
    }
}
