import Testing

@testable import LedeExtract

/// A company named with and without its legal form is one entity. Sentences written for the test.
@Suite struct MergerLegalFormTests {
    @Test(arguments: [
        ("Trelvan Data Systems Ltd. said profit fell. Trelvan Data Systems shares rose 2%.", "Trelvan Data Systems"),
        ("Orrin Steel Works said on Monday it would close a plant. Orrin Steel Works Inc. employs 900 people.", "Orrin Steel Works"),
        ("Shares of Velmar Holdings Plc (VLM) climbed 3.3 percent. Velmar Holdings said demand was strong.", "Velmar Holdings"),
        ("Velmar Paper Oyj cut its forecast. Velmar Paper Oyj shares fell after Velmar Paper said demand was weak.", "Velmar Paper"),
    ])
    func withAndWithoutLegalFormIsOneCompany(text: String, short: String) {
        let entities = Extractor().extract(text: text, published: PartialDate(iso: "2024-05-02")).entities
        let matching = entities.filter { $0.name.hasPrefix(short) || $0.aliases.contains(short) }
        #expect(matching.count == 1, "\(entities.map { "\($0.type) \($0.name) \($0.aliases)" })")
        #expect(matching.first?.type == .agency)
        // The parenthesised short name is a mention of it, not an entity of its own.
        #expect(!entities.contains { $0.name == "VLM" })
    }

    @Test func twoWordNameWithLegalFormStaysWhole() {
        let entities = Extractor().extract(text: "Kelso Corp. said sales rose. Kelso said it would hire.", published: PartialDate(iso: "2024-05-02")).entities
        #expect(entities.filter { $0.type == .agency }.map(\.name) == ["Kelso Corp."])
    }
}
