import Testing

@testable import LedeExtract

/// Speed round eighteen: the word interner's one-line slots must find exactly the words the
/// plain dictionary holds, by every path the tokenizer uses.
@Suite struct Speed18Tests {
    /// Keys of every shape the slots tell apart: one to eight bytes (short forms), eight bytes
    /// starting under "0" (no short form), nine and more (whole hash and bytes), non-ASCII.
    static let keys: [String] = [
        "a", "of", "the", "mich", "police", "congress", "12345678", "senators", "-aaaaaaa", "'twasnot",
        "parliament", "international", "café", "naïve", "são", "x-ray", "o'brien", "u.s.", "3.2",
    ]
    static let interner = WordInterner(keys.enumerated().map { (key: $0.element, value: WordFlags(rawValue: UInt32($0.offset + 1))) })

    /// Every key is found by `flags(of:)` with its own flags; near misses are not.
    @Test func flagsOfEveryKey() {
        for (n, key) in Speed18Tests.keys.enumerated() {
            #expect(Speed18Tests.interner.flags(of: key) == WordFlags(rawValue: UInt32(n + 1)), "\(key)")
        }
        for miss in ["", "b", "ofs", "th", "congres", "congresss", "12345679", "-aaaaaab", "parliamen", "parliaments", "cafe", "The"] {
            #expect(Speed18Tests.interner.flags(of: miss) == nil, "\(miss)")
        }
    }

    /// Found from the text's bytes, capitals folded, with and without the caller's short form:
    /// the word's index and flags, as the keys list has them.
    @Test func findFromBytes() {
        let texts = ["The", "OF", "Police", "CONGRESS", "Senators", "Parliament", "INTERNATIONAL", "12345678", "Mich"]
        for text in texts {
            let bytes = Array(text.utf8)
            let lower = text.lowercased()
            let expected = Speed18Tests.keys.firstIndex(of: lower)
            let fold = bytes.contains { $0 >= 65 && $0 <= 90 }
            let hash = StringTable<Bool>.hash(lower)
            let short = bytes.count <= 8 ? WordInterner.foldedShortForm(bytes.span, 0..<bytes.count, fold: fold) : 0
            let plain = Speed18Tests.interner.find(bytes.span, 0..<bytes.count, fold: fold, hash: hash)
            let given = Speed18Tests.interner.find(bytes.span, 0..<bytes.count, fold: fold, hash: hash, short: short)
            #expect(plain?.index == expected, "\(text)")
            #expect(given?.index == expected, "\(text)")
            #expect(plain?.flags == expected.map { WordFlags(rawValue: UInt32($0 + 1)) }, "\(text)")
        }
    }

    /// The shared lexicon's interner answers every listed key as a token does: a tokenized
    /// listed word carries its key's flags.
    @Test func tokensCarryTheirKeysFlags() {
        let lexicon = Lexicon.shared
        let doc = Document(text: "Police in Washington said the Senators of Congress met Parliament's International committee.", lexicon: lexicon)
        for token in doc.tokens where token.kind == .word && !token.isAbbreviation {
            #expect(token.flags == (lexicon.interned.flags(of: token.key) ?? []), "\(token.key)")
        }
    }
}
