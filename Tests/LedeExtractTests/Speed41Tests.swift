import Testing

@testable import LedeExtract

/// Speed round forty-one: the mention test read in place (`Speed41.swift`), the slug written on
/// the stack (`slug(key:)`) and the tokenizer's answer for common non-ASCII scalars
/// (`Chars.isNonASCIILetter`).
@Suite struct Speed41Tests {
    /// The slug as the general loop wrote it before the round (every key went through it once
    /// the short path gave up).
    static func referenceSlug(_ key: String) -> String {
        var out: [UInt8] = []
        var pendingHyphen = false
        var previous: UInt8 = 0
        for b in key.utf8 {
            if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) {
                if pendingHyphen, !out.isEmpty { out.append(45) }
                pendingHyphen = false
                out.append(b)
            } else if b == 0xA7, previous == 0xC2 {
                if !out.isEmpty { out.append(45) }
                out.append(115)
                pendingHyphen = true
            } else if b != 39, b != 0xC2 {
                pendingHyphen = true
            }
            previous = b
        }
        return out.isEmpty ? "entity" : String(decoding: out, as: UTF8.self)
    }

    /// Invented keys of every shape: plain words, single and doubled spaces, marks, apostrophes,
    /// "§", non-ASCII letters, empty and blank keys, and keys around the 64-byte limit.
    static let keys: [String] = {
        var keys = [
            "", " ", "  ", "tarly", "vell port", "vell  port", " vell port", "vell port ", "o'brien", "o’brien",
            "u.s. dept. of roads", "anglo-french pact", "§ 1325", "8 u.s.c. § 1325", "a§5", "§§§", "zürich west",
            "section 287(g)", "mcl 750.529a", "--", "'", "a'b c", "x,y;z", "2024 budget", "st. jude's hospital",
        ]
        let word = "abcdefghij"
        for n in 60...70 { keys.append(String(repeating: "a", count: n)) }
        for n in 5...8 { keys.append(Array(repeating: word, count: n).joined(separator: " ")) }
        for n in 20...24 { keys.append(String(repeating: "a§", count: n)) }
        for n in 28...34 { keys.append(String(repeating: "a ", count: n)) }
        for n in 60...66 { keys.append(String(repeating: "b", count: n - 2) + "§") }
        return keys
    }()

    @Test func slugMatchesTheGeneralLoop() {
        for key in Speed41Tests.keys {
            #expect(slug(key: key) == Speed41Tests.referenceSlug(key), "\(key)")
        }
    }

    /// The two ranges answered without the tables agree with them on every scalar.
    @Test func letterRangesMatchTheTables() {
        for c in UInt32(0x80)..<0x3000 {
            guard let scalar = Unicode.Scalar(c) else { continue }
            #expect(Chars.isNonASCIILetter(c) == scalar.properties.isAlphabetic, "U+\(String(c, radix: 16))")
        }
    }

    /// `mentions.isDefaultTyped(m)` is `mentions[m].isDefaultTyped` for every type, rule and
    /// weak flag.
    @Test func defaultTypedReadInPlace() {
        var mentions: [RawMention] = []
        for type in EntityType.allCases {
            for rule in UInt8(0)...5 {
                for weak in [false, true] {
                    let mention = RawMention(type: type, key: "vell", name: "Vell", start: 0, end: 4, sentence: 0, tokenCount: 1)
                    mention.rule = rule
                    mention.isWeak = weak
                    mentions.append(mention)
                }
            }
        }
        #expect(mentions.contains { $0.isDefaultTyped } && mentions.contains { !$0.isDefaultTyped })
        for m in mentions.indices { #expect(mentions.isDefaultTyped(m) == mentions[m].isDefaultTyped) }
    }
}
