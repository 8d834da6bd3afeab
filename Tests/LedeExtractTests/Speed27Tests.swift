import Testing

@testable import LedeExtract

/// Speed round twenty-seven: the tokenizer notes the rare tokens whole-article walks look for
/// (`TokenNotes`), and the walks skip the rest. A note must be on exactly the tokens of its
/// shape, or a walk would miss one.
@Suite struct Speed27Tests {
    /// Invented texts and the keys of the tokens that carry each note, in order.
    @Test(arguments: [
        (
            "Crews closed Highway 1176 and Exit 53 near I-49; the 3.5 mile stretch reopened at 10:30.",
            ["1176", "53", "3.5", "10:30"], [String](), ["i-49"], [String](), [String]()
        ),
        (
            "Suburbs affected: Northgate, Elm Park and Westfield. Updates: 2 p.m. and 6 p.m.",
            ["2", "6"], [":", ":"], [String](), [":", ":"], [String]()
        ),
        (
            "The I-5, I-405 and I-10 corridors; not IS-95, In-N-Out, I-95x or I-2024 (six bytes).",
            [String](), [String](), ["i-5", "i-405", "i-10", "i-95x"], [String](), [String]()
        ),
        (
            "Route 66\u{2019}s 1,200 miles \u{2014} a \u{201C}Mother Road\u{201D} -- 2024: \"F-35\" jets \u{00AB}here\u{00BB} - there.",
            ["66", "1,200", "2024"], [":"], [String](), ["-", "\"", "\"", "-", ":", "\"", "\"", "\"", "\"", "-"], ["\"", "\"", "\"", "\"", "\"", "\""]
        ),
        ("No colons, quotes or interstates in this sentence; it's well-known.", [String](), [String](), [String](), [String](), [String]()),
    ])
    func notesMarkTheirShapes(text: String, numbers: [String], colons: [String], interstates: [String], marks: [String], quotes: [String]) {
        let doc = Document(text: text, lexicon: Lexicon.shared)
        func keys(_ note: TokenNotes) -> [String] { doc.tokens.filter { $0.notes.contains(note) }.map(\.key) }
        #expect(keys(.number) == numbers)
        #expect(keys(.colon) == colons)
        #expect(keys(.interstateShape) == interstates)
        #expect(keys(.quoteDashOrColon) == marks)
        #expect(keys(.quote) == quotes)
    }

    /// The notes against the shapes they stand for, token by token: a number note on every number
    /// token, a colon note on every ":"
    /// mark, an interstate note on every capital "I", hyphen, three-to-five-byte word, the mark
    /// notes on every mark keyed by a quote, "-" or ":", the citation note on every number, "(",
    /// "§" and capitalised word in capitals or flagged as a citation's word; nothing else noted.
    @Test(arguments: [
        "Highway 61 Revisited: I-80 east, I-5 south, 1.5 km; the 12:45 train; \u{FF1A} is not a colon.",
        "Interstate 95 and I\u{2011}95 and \u{201C}I-49\u{201D} (I-49) \u{2014} 2025: 10,000 people, No. 7 \u{2013} or \u{2212}3.",
        "Under \u{A7} 12(b) of Senate Bill 8 and HB1234, the Treaty (of Rome) and Sec. 3 \u{C9}mile Ordinance No. 4 \u{FF08}x\u{FF09}.",
        "Crews closed the N5 at Swinford, the M50, R445 and A1 roads and B1234; not N95a, NB5, n5, A12345 or N5.5 today.",
        "Gov. Lee\u{2019}s plan: 3 parts. U.S. Route 1: open. I-\nrest. I-9. \u{2018}Quoted\u{2019} \u{2010}x \u{2015} y -- z \u{2026}",
    ])
    func notesMatchShapes(text: String) {
        let doc = Document(text: text, lexicon: Lexicon.shared)
        let utf8 = Array(text.utf8)
        for t in doc.tokens {
            let bytes = Array(utf8[t.start..<t.end])
            #expect(t.notes.contains(.number) == (t.kind == .number), "\(t.key)")
            #expect(t.notes.contains(.colon) == (t.kind == .punct && bytes.first == 58), "\(t.key)")
            let interstate = t.kind == .word && (3...5).contains(bytes.count) && bytes[0] == 73 && bytes[1] == 45
            #expect(t.notes.contains(.interstateShape) == interstate, "\(t.key)")
            // Entities round fifty-one's lettered roads, read in the same walk (added at the merge).
            let letteredRoad = t.kind == .word && (2...5).contains(bytes.count) && bytes[0] &- 65 < 26 && bytes.dropFirst().allSatisfy { $0 &- 48 < 10 }
            #expect(t.notes.contains(.letteredRoadShape) == letteredRoad, "\(t.key)")
            let quote = t.kind == .punct && t.key == "\""
            #expect(t.notes.contains(.quote) == quote, "\(t.key)")
            #expect(t.notes.contains(.quoteDashOrColon) == (quote || t.kind == .punct && (t.key == "-" || t.key == ":")), "\(t.key)")
            let citationStart = t.kind == .number || t.kind == .punct && (t.key == "(" || t.key == "\u{A7}")
                || t.kind == .word && t.isCapitalized && (t.isAllCaps || !t.flags.isDisjoint(with: EntityRecognizer.citationGate))
            #expect(t.notes.contains(.citationStart) == citationStart, "\(t.key)")
        }
    }

    /// Every word `findCitations` may open a citation with carries `.citationWord`, and everyday
    /// capitalised words do not (the walk skips those).
    @Test func everyCitationGateWordCarriesTheFlag() {
        let interner = Lexicon.shared.interned
        for word in EntityRecognizer.citationGateWords where word.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
            #expect(interner.flags(of: word)?.contains(.citationWord) == true, "\(word)")
        }
        for word in ["mayor", "city", "council", "monday", "london", "police", "the"] {
            #expect(interner.flags(of: word)?.contains(.citationWord) != true, "\(word)")
        }
    }

    /// Invented texts and the keys of the capitalised words that pass `findCitations`' gate
    /// (the flag, capitals or a policy head after: "The" before "Treaty"), in order; "No." before
    /// a number passes no gate of its own.
    @Test(arguments: [
        ("Under Section 5 and Senate Bill 8, Measure B passed; the Mayor said so.", ["section", "senate", "bill", "measure"]),
        ("The Treaty of Lisbon and Executive Order 14159 followed Operation Warp Speed.", ["the", "treaty", "executive", "order", "operation"]),
        ("HB1234 and House Bill No. 8 went to Public Act 135 of 2024 in Sec. 3.", ["hb1234", "house", "bill", "public", "act", "sec."]),
        ("Residents of Springfield met on Tuesday with Police Chief Dana Ortiz.", [String]()),
    ])
    func citationGate(text: String, passing: [String]) {
        let doc = Document(text: text, lexicon: Lexicon.shared)
        let tokens = doc.tokens
        var found: [String] = []
        for i in tokens.indices where tokens[i].kind == .word && tokens[i].isCapitalized {
            let gate = tokens[i].isAllCaps || !tokens[i].flags.isDisjoint(with: EntityRecognizer.citationGate)
                || (i + 1 < tokens.count && tokens[i + 1].flags.contains(.policyHead))
            if gate { found.append(tokens[i].key) }
        }
        #expect(found == passing)
    }
}
