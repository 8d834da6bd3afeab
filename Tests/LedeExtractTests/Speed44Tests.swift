import Testing

@testable import LedeExtract

/// Speed round forty-four: the timeline's shortcuts (`Speed44.swift`) answer as the code they
/// spare, on invented text.
@Suite struct Speed44Tests {
    /// Invented sentences with numbers, dates, weekdays, stamps, hyphenated and capitalised words
    /// and line breaks.
    static let texts = [
        "The council met 3 times in 2024 and voted 12-3 on Monday, 15 April, to cut 2.5% from the 1,200-page plan.\n"
            + "Posted: June 27, 2022 at 4:04 pm\nOfficials said 30 days ago that 18 and 19 January were set; 05/03/2024 came later.",
        "FY2025 budgets rose in Q3, mid-2024 and late-March, as early-voting data from 2023-24 showed; "
            + "the 1990s boom ended 2 years later, and 7 of 10 firms will report on Thursday.",
        "Ana Dorr was not held in custody; she had already been moved before the 16th of March.\n\n"
            + "We’ll see, the MAYOR SAID, as crews SHELLED and moved the feds’ OPEN files on 4 July 2021 and on Dec. 3.",
    ]

    static func documents() -> [Document] { texts.map { Document(text: $0, lexicon: Lexicon.shared) } }

    static func tagger(_ doc: Document) -> TemporalTagger {
        TemporalTagger(tokens: doc.tokens, anchor: PartialDate(year: 2024, month: 5, day: 8), bytes: doc.bytes)
    }

    /// Every hash literal is its word's `StringTable` hash.
    @Test func hashLiteralsAreTheWords() {
        let rows: [(String, Int)] = [
            ("the", Words44.the), ("following", Words44.following), ("from", Words44.from), ("this", Words44.this),
            ("last", Words44.last), ("next", Words44.next), ("since", Words44.since), ("starting", Words44.starting),
            ("beginning", Words44.beginning), ("through", Words44.through), ("thru", Words44.thru), ("not", Words44.not),
            ("n't", Words44.nt), ("also", Words44.also), ("already", Words44.already), ("still", Words44.still),
            ("being", Words44.being), ("be", Words44.be), ("been", Words44.been), ("is", Words44.isWord), ("are", Words44.are),
            ("was", Words44.was), ("were", Words44.were), ("has", Words44.has), ("have", Words44.have), ("had", Words44.had),
            ("a", TemporalTagger.aHash44), ("an", TemporalTagger.anHash44), ("spring", Words44.spring),
            ("summer", Words44.summer), ("fall", Words44.fall), ("autumn", Words44.autumn), ("winter", Words44.winter),
        ]
        for (word, literal) in rows { #expect(literal == StringTable<Bool>.hash(word), "\(word)") }
        // The season hashes are the seasons table's words, all of them.
        #expect(TemporalTagger.seasons.keys.allSatisfy { Words44.isSeasonHash(StringTable<Bool>.hash($0)) })
        #expect(TemporalTagger.seasons.count == 5)
    }

    /// A number token the full match opens an expression at is one `numberMayStart44` lets through;
    /// so is a word `mayStart` turns away only when the match finds nothing there.
    @Test func gatesHideNoExpression() {
        var numbers = 0, opened = 0
        for doc in Self.documents() {
            let tagger = Self.tagger(doc)
            for range in doc.sentenceTokens {
                for i in range {
                    let found = tagger.match(at: i, range: range, qualifier: nil) != nil
                    if found { opened += 1 }
                    if doc.tokens[i].kind == .number {
                        numbers += 1
                        if found { #expect(tagger.numberMayStart44(i), "\(doc.tokens[i].key)") }
                    }
                    // The shapes of unlisted words ("FY2025", "Q3", "mid-2024"): capitalised or hyphenated.
                    if found, doc.tokens[i].kind == .word, doc.tokens[i].flags.isDisjoint(with: [.temporal, .holiday]),
                        !doc.tokens[i].startsWithDigit
                    {
                        #expect(tagger.mayStart(i), "\(doc.tokens[i].key)")
                    }
                }
            }
        }
        #expect(numbers >= 15)
        #expect(opened >= 12)
    }

    /// `numberMayStart44` turns away a plain count: "3 times", "2.5%", "7 of 10".
    @Test func plainCountsAreTurnedAway() {
        let doc = Document(text: "They met 3 times, cut 2.5% and kept 7 of 10 seats.", lexicon: Lexicon.shared)
        let tagger = Self.tagger(doc)
        for i in doc.tokens.indices where doc.tokens[i].kind == .number {
            #expect(!tagger.numberMayStart44(i), "\(doc.tokens[i].key)")
        }
    }

    /// The line-break test by the tokenizer's note answers as the scan of the gap's bytes.
    @Test func lineBreaksByNoteAreTheGapsNewlines() {
        var breaks = 0
        for doc in Self.documents() {
            let tagger = Self.tagger(doc)
            for a in doc.tokens.indices.dropLast() {
                let gap = doc.bytes[doc.tokens[a].end..<max(doc.tokens[a].end, doc.tokens[a + 1].start)]
                let scanned = gap.contains(10)
                #expect(tagger.lineBreak(after: a) == scanned, "\(doc.tokens[a].key)")
                if scanned { breaks += 1 }
            }
        }
        #expect(breaks >= 2)
    }

    /// "a", "an", the qualifier words, the adverbs and the auxiliaries by hash, as the lists say.
    @Test func wordsByHashAreTheListedWords() {
        let doc = Document(
            text: "A plan, an early start, the beginning and middle of midway, late or end, mid, was not also already still being "
                + "be been is are were has have had n't Mid-March lately ending",
            lexicon: Lexicon.shared)
        let tagger = Self.tagger(doc)
        let qualifiers: [String: DateQualifier] = [
            "early": .early, "beginning": .early, "start": .early, "mid": .mid, "middle": .mid, "midway": .mid, "late": .late,
            "end": .late,
        ]
        var adverbs = 0, auxiliaries = 0
        for i in doc.tokens.indices {
            let key = doc.tokens[i].key
            #expect(tagger.isAOrAn44(i) == (key == "a" || key == "an"), "\(key)")
            #expect(tagger.qualifier44(i) == qualifiers[key], "\(key)")
            let adverb = tagger.cue(i).contains(.adverb)
            #expect(tagger.isAdverbBeforeParticiple44(i) == adverb, "\(key)")
            if adverb { adverbs += 1 }
            let auxiliary = TemporalTagger.auxiliaries[key]
            #expect(tagger.auxiliary44(i) == auxiliary, "\(key)")
            if auxiliary != nil { auxiliaries += 1 }
        }
        #expect(adverbs >= 5)
        #expect(auxiliaries >= 9)
    }

    /// The tense walk's test of a word's ending on its text agrees with the key's last bytes
    /// wherever `cueTense` would read them: capitals, curly apostrophes, non-ASCII letters.
    @Test func endingsOnTheTextAreTheKeys() {
        let doc = Document(
            text: "We’ll see: crews SHELLED, MOVED and Opened the feds’ OPEN files; Zürich’s CAFÉS stayed open, "
                + "the İSTANBUL team’s LEVEL fell, ANA’S well-fed kids ran.",
            lexicon: Lexicon.shared)
        let tagger = Self.tagger(doc)
        var endings = 0
        for i in doc.tokens.indices where doc.tokens[i].kind == .word {
            let key = Array(doc.tokens[i].key.utf8)
            let last = key.last ?? 0, penultimate = key.count > 1 ? key[key.count - 2] : 0
            let keyEnds = last == 115 || (penultimate == 101 && (last == 100 || last == 110)) || (penultimate == 108 && last == 108)
            #expect(tagger.mayEndLikeCue44(i) == keyEnds, "\(doc.tokens[i].key)")
            if keyEnds { endings += 1 }
        }
        #expect(endings >= 8)
    }

    /// A year's strings from the table are the ones `description` and `value` write.
    @Test func yearTextsAreTheDescriptions() {
        for y in YearTexts44.first..<(YearTexts44.first + YearTexts44.count) {
            let d = ResolvedDate.year(y)
            #expect(YearTexts44.value(d) == d.value)
            #expect(YearTexts44.start(d.start) == d.start.description)
            #expect(YearTexts44.end(d.end) == d.end.description)
        }
        #expect(YearTexts44.value(.year(1949)) == nil)
        #expect(YearTexts44.start(CivilDate(2024, 1, 2)) == nil)
        #expect(YearTexts44.end(CivilDate(2024, 12, 30)) == nil)
        #expect(YearTexts44.value(.month(2024, 5)) == nil)
        #expect(YearTexts44.value(.year(2024, .early)) == "2024")
    }

    /// The year of a yearly day, from day numbers computed once, is the year the comparisons of
    /// dates gave, for every tense, around every publication day of a leap and a common year.
    @Test func yearOfAYearlyDayIsTheComparisonsYear() {
        func reference(_ tense: TemporalTagger.Tense, _ pub: CivilDate, _ historic: Bool, _ date: (Int) -> CivilDate) -> Int {
            let previous = date(pub.year) <= pub ? pub.year : pub.year - 1
            let following = date(pub.year) >= pub ? pub.year : pub.year + 1
            let back = pub.dayNumber - date(previous).dayNumber
            let ahead = date(following).dayNumber - pub.dayNumber
            switch tense {
            case .past: return back > TemporalTagger.farDays && ahead < TemporalTagger.nearDays && !historic ? following : previous
            case .future: return following
            case .modal: return ahead > TemporalTagger.farDays && back < TemporalTagger.nearDays ? previous : following
            case .present, .unknown: return back <= ahead ? previous : following
            }
        }
        let tenses: [TemporalTagger.Tense] = [.past, .present, .future, .modal, .unknown]
        for (pm, pd) in [(1, 1), (2, 29), (3, 1), (6, 15), (12, 31)] {
            for py in [2023, 2024] where pd <= PartialDate.daysIn(month: pm, year: py) {
                let pub = CivilDate(py, pm, pd)
                for m in 1...12 {
                    for d in [1, 15, 29, 31] {
                        let date = { (y: Int) in CivilDate(y, m, min(d, PartialDate.daysIn(month: m, year: y))) }
                        for tense in tenses {
                            for historic in [false, true] {
                                #expect(
                                    TemporalTagger.year(tense: tense, pub: pub, historic: historic, date: date)
                                        == reference(tense, pub, historic, date))
                            }
                        }
                    }
                }
            }
        }
    }

    /// Two dates of one clause share its text and its entities, as two walks made them.
    @Test func datesOfOneClauseShareItsTextAndEntities() {
        let x = Extractor().extract(
            text: "Ana Dorr said the Tarly Museum will close from Monday to Friday for repairs. The Vell Council met on Tuesday.",
            published: PartialDate(year: 2024, month: 5, day: 8))
        let monday = x.events.first { $0.expression == "Monday" }
        let friday = x.events.first { $0.expression == "Friday" }
        #expect(monday != nil && friday != nil)
        #expect(monday?.text == friday?.text)
        #expect(monday?.textRange == friday?.textRange)
        #expect(monday?.entities == friday?.entities)
        #expect(monday?.entities.isEmpty == false)
    }
}
