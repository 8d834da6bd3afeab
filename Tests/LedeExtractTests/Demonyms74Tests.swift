import Testing

@testable import LedeExtract

/// Demonym round seventy-four (`Demonyms74.swift`): an entity whose longest name is a listed
/// place's name with a resident suffix is dropped. Every sentence here is written for the test;
/// rows with no type say the name is no entity, and the rows marked "guard" must keep holding.
@Suite struct Demonyms74Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // Residents of a listed state, city or country, of one word or two.
        Row(text: "Thousands of Oklahomans lined up to vote early on Tuesday.", name: "Oklahomans", type: nil),
        Row(text: "Many Sydneysiders stayed indoors as the storm crossed the coast on Friday.", name: "Sydneysiders", type: nil),
        Row(text: "Remittances from Nepalis working abroad rose by a fifth last year, the bank said.", name: "Nepalis", type: nil),
        Row(text: "Fewer Minnesotans bought fishing licences this spring, the agency said.", name: "Minnesotans", type: nil),
        Row(text: "Sierra Leoneans queued for hours at the polling stations on Saturday.", name: "Sierra Leoneans", type: nil),
        // The longest name decides: an adjective that opens a body's name is that body.
        Row(text: "Every Central American government sent a delegate to the summit.\n\n"
                + "The Central American Parliament will meet again in May.", name: "Central American Parliament", type: .agency),  // guard
        // A person whose surname ends like a resident noun, and a listed place: kept.
        Row(text: "Maria Jordan, a nurse, said the ward was short of staff.", name: "Maria Jordan", type: .person),  // guard
        Row(text: "The storm reached Oklahoma on Monday night.", name: "Oklahoma", type: .place),  // guard
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// The guard above holds because of the longest name: the adjective is the body's first mention.
    @Test func adjectiveOpeningABodyIsThatBody() {
        let text = "Every Central American government sent a delegate to the summit.\n\n"
            + "The Central American Parliament will meet again in May."
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let body = x.entities.first { $0.name == "Central American Parliament" }
        #expect(body?.mentions.first?.text == "Central American", "\(x.entities.map { "\($0.name) \($0.mentions.map(\.text))" })")
    }

    @Test func residentNouns() {
        let merger = EntityMerger(doc: Document(text: "x", lexicon: Lexicon.shared), lexicon: Lexicon.shared)
        for word in ["oklahomans", "new yorkers", "sydneysiders", "nepalis", "texans", "floridians", "londoners", "sri lankan", "mexican"] {
            #expect(merger.isResidentNoun74(word), "\(word)")
        }
        // Listed places themselves, words whose stem names no place, and stems too short.
        for word in ["texas", "oklahoma", "teachers", "veterans", "workers", "jordan", "morgan"] {
            #expect(!merger.isResidentNoun74(word), "\(word)")
        }
    }
}
