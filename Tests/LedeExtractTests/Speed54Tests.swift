import Testing

@testable import LedeExtract

/// Speed round fifty-four: `WordFlags.contains` always inlined, two flag sets built once instead
/// of through array literals on each call, and the first tests of `isQuote`,
/// `isTimeZoneAfterClock` and `tokenHasHyphen` read at their call sites. No rule changed (the
/// corpus outputs were byte-identical); the gates are checked never to turn away a token their
/// callee takes, on invented text.
@Suite struct Speed54Tests {
    private func entities(_ text: String) -> [Entity] { Extractor().extract(text: text, published: nil).entities }

    /// The member `contains` answers as `OptionSet`'s: every bit of the member set.
    @Test func containsMatchesOptionSet() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt32 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt32(truncatingIfNeeded: state >> 29)
        }
        for _ in 0..<20_000 {
            let set = WordFlags(rawValue: next()), member = WordFlags(rawValue: next() & next())
            #expect(set.contains(member) == (set.intersection(member) == member))
        }
        #expect(WordFlags([.orgHead, .common]).contains(.orgHead))
        #expect(!WordFlags([.orgHead, .common]).contains([.orgHead, .surname]))
        #expect(WordFlags([.orgHead]).contains([]))
    }

    /// The two sets built once are the literals they replace.
    @Test func flagSetsAreTheLiterals() {
        #expect(WordFlags.endHeads54 == [.orgHead, .policyHead, .placeHead])
        #expect(EntityRecognizer.citationGate == [.citationWord, .policyHead])
    }

    /// On every token of an invented text with straight and curly quotes, dashes, commas and
    /// clock times: where a gate says no, its callee says no too.
    @Test func gatesNeverTurnAwayWhatTheCalleeTakes() {
        let text = """
            “Wind Over Harrow,” the new film, opens at 8 p.m. ET Friday; "Night Tide" follows at \
            9:30 PT. The Anglo-Varnish pact, the San Tero-based firm and the 'Blue Room' — \
            said Mira Quell — meet at noon EST. ‘Single’ and ”closing” marks, CST and GMT too.
            """
        let recognizer = EntityRecognizer(doc: Document(text: text, lexicon: Lexicon.shared), lexicon: Lexicon.shared)
        let tokens = recognizer.doc.tokens
        var quotes = 0, zones = 0, hyphens = 0
        for k in tokens.indices {
            let quote = recognizer.isQuote(k)
            if quote { quotes += 1 }
            if !recognizer.mayBeQuote54(tokens, k) { #expect(!quote, "token \(k) \(tokens[k].key)") }
            let zone = recognizer.isTimeZoneAfterClock(k)
            if zone { zones += 1 }
            if !tokens[k].isAllCaps { #expect(!zone, "token \(k) \(tokens[k].key)") }
            let hyphen = recognizer.tokenHasHyphen(k)
            if hyphen { hyphens += 1 }
            #expect(hyphen == tokens[k].hyphens.contains(.insideText))
        }
        #expect(quotes >= 6)
        #expect(zones >= 2)
        #expect(hyphens >= 2)
    }

    /// Runs through the changed call sites still come out as before: a time zone after a clock
    /// time is no part of the day, a "-based" place and a quoted title.
    @Test func namesUnchanged() {
        let zone = entities("The vote closes at 8 p.m. ET Friday, officials in Varnholt said.")
        #expect(!zone.contains { $0.name.hasPrefix("ET") })
        let based = entities("Shares of the San Tero-based carrier fell on Monday.")
        #expect(based.contains { $0.name == "San Tero" && $0.type == .place })
        let title = entities("Critics praised “Wind Over Harrow Tonight,” the new film by Dara Quell.")
        #expect(!title.contains { $0.name == "Wind Over Harrow Tonight" })
    }
}
