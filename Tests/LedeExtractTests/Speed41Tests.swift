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

    /// The key hashes written as literals (a `static let` computed at first use is a
    /// `swift_once` call on every read) are the hashes of their words.
    @Test func hashLiteralsMatchTheirWords() {
        let rows: [(String, Int)] = [
        ("day", TemporalTagger.dayHash),
        ("before", TemporalTagger.beforeHash),
        ("after", TemporalTagger.afterHash),
        ("/", TemporalTagger.slashHash),
        ("police", EntityRecognizer.policeHash40),
        ("fiscal", TemporalTagger.fiscalHash),
        ("financial", TemporalTagger.financialHash),
        ("fy", TemporalTagger.fyHash),
        ("assembly", EntityRecognizer.assemblyHash),
        ("lockdown", EntityRecognizer.lockdownHash),
        ("lockdowns", EntityRecognizer.lockdownsHash),
        ("quarantine", EntityRecognizer.quarantineHash),
        ("bill", EntityRecognizer.billHash),
        ("new", TemporalTagger.newHash),
        ("told", Document.toldHash50),
        ("has", Document.hasHash50),
        ("constitution", EntityRecognizer.constitutionHash13),
        ("executive", EntityRecognizer.executiveHash13),
        ("statute", EntityRecognizer.statuteHash13),
        ("statutes", EntityRecognizer.statutesHash13),
        ("increase", EntityRecognizer.increaseHash13),
        ("guidelines", EntityRecognizer.guidelinesHash13),
        ("laws", EntityRecognizer.lawsHash13),
        ("file", EntityRecognizer.fileHash13),
        ("order", EntityRecognizer.orderHash13),
        ("project", EntityRecognizer.projectHash13),
        ("ban", EntityRecognizer.banHash13),
        ("department", EntityRecognizer.departmentHash13),
        ("departmental", EntityRecognizer.departmentalHash13),
        ("tax", EntityRecognizer.taxHash71),
        ("budget", EntityRecognizer.budgetHash74),
        ("act", EntityRecognizer.actHash12),
        ("law", EntityRecognizer.lawHash12),
        ("code", EntityRecognizer.codeHash12),
        ("operation", EntityRecognizer.operationHash),
        ("(", EntityRecognizer.openBracketHash),
        ("year", TemporalTagger.yearHash),
        (",", TemporalTagger.commaHash),
        ("set", TemporalTagger.setHash),
        ("\"", TemporalTagger.quoteHash),
        ("that", TemporalTagger.thatHash),
        ("-", TemporalTagger.dashHash),
        ("to", TemporalTagger.toHash),
        (";", TimelineBuilder.semicolonHash),
        ("-", TimelineBuilder.hyphenHash),
        (":", TimelineBuilder.colonHash),
        ("weekend", TemporalTagger.weekendHash),
        ("overnight", TemporalTagger.overnightHash),
        ("member", EntityRecognizer.memberHash),
        ("members", EntityRecognizer.membersHash),
        ]
        for (word, hash) in rows { #expect(StringTable<Bool>.hash(word) == hash, "\(word)") }
    }

    /// Dates and values written from digits match the interpolations they replace, inside and
    /// outside the fixed widths.
    @Test func dateTextsMatchTheInterpolations() {
        for year in [-5, 0, 999, 1000, 1999, 2025, 9999, 10000] {
            for n in [-3, 0, 1, 9, 10, 12, 53, 99, 100, 123] {
                let d = CivilDate(year, n, n)
                #expect(d.description == "\(year)-\(CivilDate.pad(n))-\(CivilDate.pad(n))", "\(year) \(n)")
                #expect(ResolvedDate(label: .week(year: year, week: n), granularity: .week, start: d, end: d).value
                    == "\(year)-W\(CivilDate.pad(n))")
                #expect(ResolvedDate(label: .month(year: year, month: n), granularity: .month, start: d, end: d).value
                    == "\(year)-\(CivilDate.pad(n))")
                #expect(ResolvedDate(label: .quarter(year: year, quarter: n), granularity: .quarter, start: d, end: d).value
                    == "\(year)-Q\(n)")
            }
        }
    }

    /// A party tag ("R-Texas" keyed "r-texas") is still found with the hyphen note first.
    @Test func partyTagsReadTheHyphenNote() {
        let doc = Document(text: "Sen. Ana Dorr, R-Texas, and Rep. Tom Vell (D-Ohio) met Ian Roe, I-Maine, in Tarly.", lexicon: Lexicon.shared)
        let recognizer = EntityRecognizer(doc: doc, lexicon: Lexicon.shared)
        var tags: [String] = []
        for i in doc.tokens.indices where recognizer.isPartyTag(at: i) { tags.append(doc.tokens[i].key) }
        #expect(tags == ["r-texas", "d-ohio", "i-maine"])
        for i in doc.tokens.indices { #expect(recognizer.isPartyTag(at: i) == recognizer.isPartyTag(doc.tokens[i])) }
    }

    /// The article's flag union is every token's flags together, and each of `cues64`'s words
    /// carries `.cue64`, so an article without the flag has none of the words.
    @Test func flagUnionGatesTheCueWalk() {
        for word in EntityRecognizer.cueWords64 {
            #expect(Lexicon.shared.interned.flags(of: word)?.contains(.cue64) == true, "\(word)")
        }
        // "police", the title cues and "republic" gate their walks the same way.
        #expect(Lexicon.shared.interned.flags(of: "police")?.contains(.police40) == true)
        #expect(Lexicon.shared.interned.flags(of: "republic")?.contains(.republic59) == true)
        for word in EntityRecognizer.titleCueWords41 {
            #expect(Lexicon.shared.interned.flags(of: word)?.contains(.titleCue41) == true, "\(word)")
        }
        #expect(Document(text: "An order titled \"Vell Roads\" and the Republic of Tarly.", lexicon: Lexicon.shared)
            .flagUnion.isSuperset(of: [.titleCue41, .republic59]))
        #expect(Document(text: "The police station on Vell Road.", lexicon: Lexicon.shared).flagUnion.contains(.police40))
        let texts = [
            "Typhoon Vell struck Tarly Province as the Dow fell and Treasury yields rose, TV crews said.",
            "The council met on Tuesday in Vell to talk about roads and schools.",
            "A storm of protest met the plan; the Standard & Poor's index barely moved.",
        ]
        for text in texts {
            let doc = Document(text: text, lexicon: Lexicon.shared)
            var union: WordFlags = []
            for token in doc.tokens { union.formUnion(token.flags) }
            #expect(doc.flagUnion == union)
            // The walk's answer without the gate, from the words themselves.
            var storm = false, region = false, market = false
            for token in doc.tokens where token.isCapitalized && EntityRecognizer.cueWords64.contains(token.key) {
                if EntityRecognizer.stormWords64.contains(token.key) {
                    storm = true
                } else if EntityRecognizer.regionHeads64.contains(token.key) {
                    region = true
                } else {
                    market = true
                }
            }
            let cues = EntityRecognizer(doc: doc, lexicon: Lexicon.shared).cues64()
            #expect(cues.storm == storm && cues.region == region && cues.market == market, "\(text)")
        }
        #expect(!Document(text: texts[1], lexicon: Lexicon.shared).flagUnion.contains(.cue64))
    }

    /// The policy heads the three policy walks visit are every token flagged `.policyHead`, in order.
    @Test func policyHeadsAreTheFlaggedTokens() {
        let text = "The Vell Act and the new tax law passed; an executive order on the plan, a policy and Bill 12 followed."
        let doc = Document(text: text, lexicon: Lexicon.shared)
        let recognizer = EntityRecognizer(doc: doc, lexicon: Lexicon.shared)
        let expected = doc.tokens.indices.filter { doc.tokens[$0].flags.contains(.policyHead) }
        #expect(expected.count >= 4)
        #expect(recognizer.input.policyHeads41 == expected)
        // The citation walk's stops: every token its first test passes, in order.
        let count = doc.tokens.count
        let stops = doc.tokens.indices.filter {
            doc.tokens[$0].notes.contains(.citationStart) || ($0 + 1 < count && doc.tokens[$0 + 1].flags.contains(.policyHead))
        }
        #expect(recognizer.input.citationCandidates41 == stops)
    }
}
