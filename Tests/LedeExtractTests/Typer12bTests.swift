import Testing

@testable import LedeExtract

/// Typer round twelve, second part: a name of common words only that nothing but a default rule
/// typed as an organisation is dropped by the learned stage (`TypingBareNames12.swift`); a head
/// word, a title word first or "the" before a mention keeps the rules' organisation.
@Suite struct Typer12bTests {
    @Test(arguments: [
        ("The mayor sent Warm Wishes to the families on Sunday.", "Warm Wishes", nil),
        ("The choir later thanked Gentle Voices for the concert.", "Gentle Voices", nil),
        ("The report by the Clean Rivers Trust found that levels rose.", "Clean Rivers Trust", EntityType.agency),
        ("A spokesman for the Bright Horizons said the plan was sound.", "Bright Horizons", .agency),
    ] as [(String, String, EntityType?)]) func bareCommonNames(text: String, name: String, type: EntityType?) {
        let rules = Extractor(learnedTyping: false).extract(text: text, published: RuleRows.published)
        #expect(rules.entities.first { $0.name == name }?.type == .agency, "\(rules.entities.map { "\($0.type) \($0.name)" })")
        let model = Extractor(learnedTyping: true).extract(text: text, published: RuleRows.published)
        #expect(model.entities.first { $0.name == name }?.type == type, "\(model.entities.map { "\($0.type) \($0.name)" })")
    }
}
