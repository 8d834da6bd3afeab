import Testing

@testable import LedeExtract

/// Speed round fifty-two: an entity's id is hashed as its slug is written (`slugAndHash`), and the
/// tokenizer's two hot loops read through a span whose bounds test is the loop's own. No rule
/// changed (the corpus outputs were byte-identical); these pin the slug's hash to the table's and
/// the tokenizer's words at the edges of a range.
@Suite struct Speed52Tests {
    /// The slug is `slug(key:)`'s, and its hash `StringTable.hash` of it, on every path: one word,
    /// words between spaces, marks and apostrophes, "§", non-ASCII letters, nothing to keep, and a
    /// key longer than the stack copy.
    @Test func slugHashIsTheTablesHash() {
        let keys = [
            "harwick", "corlan 14", "brenna salk", "talvern policy institute", "o'brien & sons", "a  b",
            " lead space", "trail space ", "§ 12 act", "são paulo", "---", "", "x",
            String(repeating: "orlith conference ", count: 5),
        ]
        for key in keys {
            let (id, hash) = slugAndHash(key: key)
            #expect(id == slug(key: key))
            #expect(hash == StringTable<Bool>.hash(id))
        }
        #expect(slug(key: "brenna salk") == "brenna-salk")
        #expect(slug(key: "harwick") == "harwick")
        #expect(slug(key: "---") == "entity")
    }

    /// Two entities whose names slug alike take distinct ids: the second probe of `UsedIDs` by
    /// the slug's own hash finds the first.
    @Test func slugClashesStillSuffix() {
        var used = UsedIDs(capacity: 2)
        let (id, hash) = slugAndHash(key: "marlo quennick")
        let first = used.take(id, hash: hash)
        let again = used.take(id, hash: hash)
        let byString = used.take("marlo-quennick")
        let suffixed = used.take("marlo-quennick-2")
        #expect(first && !again && !byString && suffixed)
        #expect(used.contains("marlo-quennick") && used.contains("marlo-quennick-2"))
    }

    /// Words cut by the end of the range, words of eight bytes and more, digits, capitals and a
    /// word that must take the full scan keep their keys and shapes.
    @Test func wordsAtTheEdgesOfARange() {
        let text = "NASA said Quennickton 2024 reports. U.S. data"
        let bytes = Array(text.utf8)
        let tokenizer = Tokenizer(bytes: bytes, lexicon: Lexicon.shared)
        var all: [Token] = []
        tokenizer.tokens(in: 0..<bytes.count, into: &all)
        #expect(all.map(\.key) == ["nasa", "said", "quennickton", "2024", "reports", ".", "u.s.", "data"])
        #expect(all[0].isAllCaps && all[2].isCapitalized && all[3].kind == .number)
        // A range ending inside "Quennickton": the word ends with the range.
        var cut: [Token] = []
        tokenizer.tokens(in: 5..<15, into: &cut)
        #expect(cut.map(\.key) == ["said", "quenn"])
        #expect(cut.map(\.end) == [9, 15])
    }
}
