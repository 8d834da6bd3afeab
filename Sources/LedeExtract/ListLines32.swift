/// Speed round thirty-two: the word lists are cut into lines and fields on their bytes.
///
/// `split(separator: "\n")` and `split(separator: "|")` on a `String` walk grapheme clusters:
/// about a third of the lists' one-off load (the server's start-up) went to finding their line
/// breaks. A byte split gives the same pieces wherever the separator is a character of its own,
/// which the grapheme rules decide from its neighbours:
/// - a line feed always ends a character and starts one, except after a carriage return
///   ("\r\n" is one character, which the character split never cut);
/// - "|" starts a character unless it follows a prepended mark, and ends one unless a combining
///   mark, joiner or spacing mark follows: all of them non-ASCII, so a "|" between ASCII bytes
///   (or at a line's ends) is a character; a line with any other falls back to the old split;
/// - a line is a comment when its first character is "#": its first byte, when the next byte is
///   ASCII or there is none (else the character test decides).
extension String {
    /// The lines of a word-list file that are neither empty nor comments, as
    /// `split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }` gives them.
    func wordListLines() -> [Substring] {
        var lines: [Substring] = []
        let view = utf8
        let bytes = view.span
        var start = 0
        for i in 0...bytes.count where i == bytes.count || (bytes[i] == 10 && (i == 0 || bytes[i - 1] != 13)) {
            if i > start {
                let line = self[view.index(view.startIndex, offsetBy: start)..<view.index(view.startIndex, offsetBy: i)]
                var comment = false
                if bytes[start] == 35 {
                    comment = i == start + 1 || bytes[start + 1] < 0x80 || line.hasPrefix("#")
                }
                if !comment { lines.append(line) }
            }
            start = i + 1
        }
        return lines
    }
}

extension Substring {
    /// `split(separator: "|")`, cut on the bytes when every "|" stands between ASCII bytes.
    func listFields() -> [Substring] {
        let view = utf8
        let bytes = view.span
        var cuts: [Int] = []
        for i in bytes.indices where bytes[i] == 124 {
            guard (i == 0 || bytes[i - 1] < 0x80), (i + 1 == bytes.count || bytes[i + 1] < 0x80) else {
                return split(separator: "|")
            }
            cuts.append(i)
        }
        var fields: [Substring] = []
        fields.reserveCapacity(cuts.count + 1)
        var start = 0
        cuts.append(bytes.count)
        for cut in cuts {
            // Empty fields are dropped, as `split` drops them.
            if cut > start {
                fields.append(self[view.index(view.startIndex, offsetBy: start)..<view.index(view.startIndex, offsetBy: cut)])
            }
            start = cut + 1
        }
        return fields
    }
}
