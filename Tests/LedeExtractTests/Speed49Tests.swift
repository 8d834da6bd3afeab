import Testing

@testable import LedeExtract

/// Speed round forty-nine: a mention's descriptor and alias lists held as optionals, nil when
/// empty (`Speed49.swift`).
@Suite struct Speed49Tests {
    /// The lists read as arrays through `descriptors` and `aliases`; the stores are nil exactly
    /// when the lists are empty, whichever way they were written (appended, assigned, emptied).
    @Test func mentionListsAreNilWhenEmpty() {
        let mention = RawMention(type: .person, key: "ana dorr", name: "Ana Dorr", start: 0, end: 8, sentence: 0, tokenCount: 2)
        #expect(mention.descriptors.isEmpty && mention.aliases.isEmpty)
        #expect(mention.descriptorList49 == nil && mention.aliasList49 == nil && !mention.hasDescriptors49)
        mention.appendDescriptor("city clerk")
        mention.appendAlias("Dorr")
        #expect(mention.descriptors == ["city clerk"] && mention.aliases == ["Dorr"] && mention.hasDescriptors49)
        mention.aliases = mention.aliases.map { "Ms. " + $0 }
        #expect(mention.aliasList49 == ["Ms. Dorr"])
        mention.descriptors = []
        mention.aliases = []
        #expect(mention.descriptorList49 == nil && mention.aliasList49 == nil && !mention.hasDescriptors49)
        mention.descriptors = ["mayor", "ex-clerk"]
        #expect(mention.descriptorList49 == ["mayor", "ex-clerk"])
    }

    /// An entity's descriptors and aliases come out of the merger as before: invented rows with a
    /// role before a name, an acronym and a quoted nickname.
    @Test func entitiesKeepTheirFormsAndRoles() {
        let text = """
            City Treasurer Mara Quillon said on Monday the Tallow Valley Water Authority (TVWA) would \
            raise fees. Quillon said the TVWA board agreed. Joko “Jojo” Pradana, a council member, \
            disagreed. Jojo said the fees were too high.
            """
        let entities = Extractor().extract(text: text, published: nil).entities
        let quillon = entities.first { $0.name == "Mara Quillon" }
        #expect(quillon?.aliases.contains("Quillon") == true)
        #expect(quillon?.descriptors.isEmpty == false)
        let authority = entities.first { $0.name == "Tallow Valley Water Authority" }
        #expect(authority?.aliases.contains("TVWA") == true)
    }

    /// `isPolicies13Hash49` holds the hashes of exactly the keys `policies13At` branches on.
    @Test func policies13HashesAreItsKeys() {
        let keys = ["constitution", "executive", "increase", "guidelines", "laws", "statute", "statutes", "file", "project", "ban",
                    "department", "departmental"]
        for key in keys { #expect(EntityRecognizer.isPolicies13Hash49(StringTable<Bool>.hash(key)), "\(key)") }
        for key in ["order", "act", "law", "bill", "constitutional", "files", "banned", "the", "policy"] {
            #expect(!EntityRecognizer.isPolicies13Hash49(StringTable<Bool>.hash(key)), "\(key)")
        }
    }

    /// `hasInteriorHyphen49` is whether a token strictly inside the run has byte 45 after its
    /// first byte, on every run of invented rows with hyphens in every place.
    @Test func interiorHyphensMatchTheText() {
        let text = "The Abu Dhabi-owned Tallow Co. and Vell-sur-Mer Port Authority -- a state-run body - met X-Ray Ltd. on 3-2 terms."
        let doc = Document(text: text, lexicon: Lexicon.shared)
        let tokens = doc.tokens
        #expect(tokens.count > 12)
        for lo in 0..<tokens.count {
            for hi in (lo + 1)...tokens.count {
                var expected = false
                var k = lo + 1
                while k < hi - 1 {
                    if doc.bytes[(tokens[k].start + 1)..<tokens[k].end].contains(45) { expected = true }
                    k += 1
                }
                #expect(EntityRecognizer.hasInteriorHyphen49(tokens.span, lo, hi) == expected, "\(lo) \(hi)")
            }
        }
    }
}
