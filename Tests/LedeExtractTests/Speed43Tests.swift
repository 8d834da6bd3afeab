import Testing

@testable import LedeExtract

/// Speed round forty-three (`Speed43.swift`): more filter literals and key hashes, the tense
/// cues' and business words' flags, and the word-set filters kept in `SharedLexicon`.
@Suite struct Speed43Tests {
    /// Each literal is its set's own filter, so a clear bit proves a word absent from the set.
    @Test func filterLiteralsAreTheSetsBits() {
        let rows: [(String, UInt64, WordSet)] = [
            ("questionWho", Bits43.questionWho, EntityRecognizer.questionWho),
            ("likeAs", Bits43.likeAs, EntityRecognizer.likeAs),
            ("listGlue", Bits43.listGlue, EntityRecognizer.listGlue),
            ("seatLastWords", Bits43.seatLastWords, EntityRecognizer.seatLastWords),
            ("fundMissionHeads", Bits43.fundMissionHeads, EntityRecognizer.fundMissionHeads),
            ("forKey", Bits43.forKey, EntityRecognizer.forKey),
            ("houseKey", Bits43.houseKey, EntityRecognizer.houseKey),
            ("ofKey", Bits43.ofKey, EntityRecognizer.ofKey),
            ("pictureAgencies", Bits43.pictureAgencies, EntityRecognizer.pictureAgencies),
            ("speakerDays", Bits43.speakerDays, TimelineBuilder.speakerDays),
            ("stormWords", Bits43.stormWords, EntityRecognizer.stormWords),
            ("officeTitleWords34", Bits43.officeTitleWords34, EntityRecognizer.officeTitleWords34),
            ("chamberWords", Bits43.chamberWords, EntityRecognizer.chamberWords),
            ("weekdayWords", Bits43.weekdayWords, EntityRecognizer.weekdayWords),
            ("numberWords", Bits43.numberWords, WordSet(TemporalTagger.numberWords.keys)),
            ("portfolioOpeners52", Bits43.portfolioOpeners52, EntityRecognizer.portfolioOpeners52),
            ("portfolioJoints52", Bits43.portfolioJoints52, EntityRecognizer.portfolioJoints52),
            ("lastWords54", Bits43.lastWords54, EntityRecognizer.lastWords54),
        ]
        for (name, literal, set) in rows {
            #expect(literal == set.bits, "\(name)")
        }
        let shared = SharedLexicon(Lexicon.shared)
        #expect(shared.postNominalBits75 == EntityRecognizer.postNominals75.bits)
        #expect(shared.nationBits16 == EntityRecognizer.nationAdjectives16.keys.bits)
    }

    /// The connectors' hash literals are their keys' hashes; the longest legal form's length is its list's.
    @Test func hashLiteralsAreTheKeys() {
        #expect(Bits43.andHash == StringTable<Bool>.hash("and"))
        #expect(Bits43.ampersandHash == StringTable<Bool>.hash("&"))
        #expect(EntityMerger.longestLegalForm == EntityRecognizer.legalFormList.map(\.utf8.count).max())
    }

    /// Every tense cue word carries the flag, which counts as a speed gate only (so such a word
    /// stays unlisted to the typer's features), and `cue(_:)` behind the flag answers as the
    /// table does on every token of invented text: cue words, curly and straight apostrophes,
    /// possessives, abbreviations, capitals and numbers.
    @Test func tenseCueFlagGatesTheTable() {
        let table = TemporalTagger.cueWords
        #expect(table.keys.count > 150)
        for key in table.keys {
            #expect(Lexicon.shared.interned.flags(of: key)?.contains(.tenseCue43) == true, "\(key)")
        }
        #expect(WordFlags.speedGates41.contains(.tenseCue43))
        let text = "Officials said the Dorrow vote was expected Friday, but it won\u{2019}t happen until they\u{2019}ll meet; "
            + "the council\u{2019}s chair isn't sure. The board's review, postponed Sat. at 4 p.m., will resume next week "
            + "as they've planned: WAS IT SET? We'd said it could. I think 12 members voted and 3 were absent, it's due to open."
        let doc = Document(text: text, lexicon: Lexicon.shared)
        let tagger = TemporalTagger(tokens: doc.tokens, anchor: nil, bytes: doc.bytes)
        var cued = 0
        for i in doc.tokens.indices {
            let expected = table.value(doc.tokens[i].key, hash: doc.tokens[i].keyHash) ?? []
            #expect(tagger.cue(i) == expected, "\(doc.tokens[i].key)")
            if !expected.isEmpty { cued += 1 }
        }
        #expect(cued >= 20)
    }

    /// Every business word carries `.business43` (a speed gate only), so a token whose key is in
    /// `EntityMerger.businessWordsNear` always carries it, and an article's flag union has it.
    @Test func businessFlagGatesTheSet() {
        for word in EntityMerger.businessWordsNear.words {
            #expect(Lexicon.shared.interned.flags(of: word)?.contains(.business43) == true, "\(word)")
        }
        #expect(WordFlags.speedGates41.contains(.business43))
        let doc = Document(
            text: "Dorrow Ltd bought a stake in Tessaro Inc. and Velk Co. shares; its chief executive said the bid for Marr's subsidiary "
                + "failed, and the company's owners acquired nothing.",
            lexicon: Lexicon.shared)
        var hits = 0
        for i in doc.tokens.indices where EntityMerger.businessWordsNear.contains(doc.tokens, at: i) {
            #expect(doc.tokens[i].flags.contains(.business43), "\(doc.tokens[i].key)")
            hits += 1
        }
        #expect(hits >= 3)
        #expect(doc.flagUnion.contains(.business43))
    }
}
