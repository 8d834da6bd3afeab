import Testing

@testable import LedeExtract

/// Speed round forty-two: the word sets' filters written as literals (`Speed42.swift`).
@Suite struct Speed42Tests {
    /// Each literal is its set's own filter, so a clear bit proves a word absent from the set.
    @Test func filterLiteralsAreTheSetsBits() {
        let rows: [(String, UInt64, WordSet)] = [
            ("marketIndexNouns", Bits42.marketIndexNouns, EntityRecognizer.marketIndexNouns),
            ("indexNames", Bits42.indexNames, EntityRecognizer.indexNames),
            ("stationHeads50", Bits42.stationHeads50, Document.stationHeads50),
            ("outletHeads", Bits42.outletHeads, EntityRecognizer.outletHeads),
            ("mastheadHeads50", Bits42.mastheadHeads50, Document.mastheadHeads50),
            ("reportVerbs50", Bits42.reportVerbs50, Document.reportVerbs50),
            ("staffNouns50", Bits42.staffNouns50, Document.staffNouns50),
            ("prepositions", Bits42.prepositions, EntityMerger.prepositions),
            ("whoKey", Bits42.whoKey, EntityMerger.whoKey),
            ("whichKey", Bits42.whichKey, EntityMerger.whichKey),
            ("organisationPossessions", Bits42.organisationPossessions, EntityMerger.organisationPossessions),
            ("ofOrIn", Bits42.ofOrIn, EntityMerger.ofOrIn),
            ("employerPrepositions", Bits42.employerPrepositions, EntityMerger.employerPrepositions),
            ("buyVerbs", Bits42.buyVerbs, EntityMerger.buyVerbs),
            ("ofKey", Bits42.ofKey, EntityMerger.ofKey),
            ("monthWords", Bits42.monthWords, EntityRecognizer.monthWords),
            ("leagueKey", Bits42.leagueKey, EntityRecognizer.leagueKey),
            ("indexNouns", Bits42.indexNouns, EntityRecognizer.indexNouns),
            ("industrialKey", Bits42.industrialKey, EntityRecognizer.industrialKey),
            ("productEnds", Bits42.productEnds, EntityRecognizer.productEnds),
            ("indexWords", Bits42.indexWords, EntityRecognizer.indexWords),
            ("nameParticles", Bits42.nameParticles, EntityRecognizer.nameParticles),
            ("policeKey40", Bits42.policeKey40, EntityRecognizer.policeKey40),
            ("facilityLastWords40", Bits42.facilityLastWords40, EntityRecognizer.facilityLastWords40),
            ("hospitalHeads", Bits42.hospitalHeads, EntityRecognizer.hospitalHeads),
            ("speechVerbs", Bits42.speechVerbs, EntityRecognizer.speechVerbs),
            ("pradhanKey", Bits42.pradhanKey, EntityRecognizer.pradhanKey),
            ("internationalNameLastWords", Bits42.internationalNameLastWords, EntityRecognizer.internationalNameLastWords),
            ("functionWords", Bits42.functionWords, EntityRecognizer.functionWords),
        ]
        for (name, literal, set) in rows {
            #expect(literal == set.bits, "\(name)")
        }
        // `productStart`'s first clause asks these two inside `productEnds`' filter.
        #expect(EntityRecognizer.productWords.bits | EntityRecognizer.productPairLastWords.bits == Bits42.productEnds)
    }

    /// The counted units' hashes, literals, are their words'.
    @Test func countedUnitHashesAreTheWords() {
        let hashes = TemporalTagger.countedUnitHashes
        #expect(hashes.ago == StringTable<Bool>.hash("ago"))
        #expect(hashes.later == StringTable<Bool>.hash("later"))
        #expect(hashes.earlier == StringTable<Bool>.hash("earlier"))
    }

    /// `mayHold` is false only where `contains` is: checked on every token of invented text.
    @Test func mayHoldNeverHidesAWord() {
        let doc = Document(
            text: "The FTSE 100 index rose 2% as Coast FM reported, who said the Tarly Times reporter spoke with Vell Radio and Ana van der Berg "
                + "in March; shares of Roe Ltd and the Champions League industrial average fell, the acquisition of Dorr said.",
            lexicon: Lexicon.shared)
        let sets: [(UInt64, WordSet)] = [
            (Bits42.marketIndexNouns, EntityRecognizer.marketIndexNouns), (Bits42.indexNames, EntityRecognizer.indexNames),
            (Bits42.stationHeads50, Document.stationHeads50), (Bits42.outletHeads, EntityRecognizer.outletHeads),
            (Bits42.reportVerbs50, Document.reportVerbs50), (Bits42.staffNouns50, Document.staffNouns50),
            (Bits42.whoKey, EntityMerger.whoKey), (Bits42.ofOrIn, EntityMerger.ofOrIn), (Bits42.monthWords, EntityRecognizer.monthWords),
            (Bits42.leagueKey, EntityRecognizer.leagueKey), (Bits42.indexNouns, EntityRecognizer.indexNouns),
            (Bits42.industrialKey, EntityRecognizer.industrialKey), (Bits42.indexWords, EntityRecognizer.indexWords),
            (Bits42.nameParticles, EntityRecognizer.nameParticles),
        ]
        var hits = 0
        for i in doc.tokens.indices {
            for (bits, set) in sets where set.contains(doc.tokens, at: i) {
                #expect(WordSet.mayHold(bits, doc.tokens, at: i), "\(doc.tokens[i].key)")
                hits += 1
            }
        }
        #expect(hits >= 12)
    }
}
