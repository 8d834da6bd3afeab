import Testing

@testable import LedeExtract

/// The row types of the rule tables that each extraction round adds (`ContextRuleTests`,
/// `Entities…RuleTests`, `Policy…RuleTests`): one sentence written for the test and what it
/// must yield, checked the same way in every table.
enum RuleRows {
    /// The publication date every rule row is extracted against.
    static let published = PartialDate(year: 2025, month: 3, day: 14)
}

/// A sentence and the type one named entity must get (nil: no entity of that name at all).
struct EntityRuleRow: Sendable, CustomTestStringConvertible {
    var text: String
    var name: String
    var type: EntityType?
    var testDescription: String { "\(name) in “\(text.prefix(40))…”" }

    func check(sourceLocation: SourceLocation = #_sourceLocation) {
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let found = x.entities.first { $0.name == name }
        #expect(found?.type == type, "\(x.entities.map { "\($0.type.rawValue) \($0.name)" })", sourceLocation: sourceLocation)
    }
}

/// A sentence and the policy it must yield by name or alias (nil: no policy at all).
struct PolicyRuleRow: Sendable, CustomTestStringConvertible {
    var text: String
    var policy: String?
    var testDescription: String { "\(policy ?? "no policy") in “\(text.prefix(40))…”" }

    func check(sourceLocation: SourceLocation = #_sourceLocation) {
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let policies = x.entities.filter { $0.type == .policy }
        if let policy {
            #expect(policies.contains { $0.name == policy || $0.aliases.contains(policy) }, "\(policies.map(\.name))", sourceLocation: sourceLocation)
        } else {
            #expect(policies.isEmpty, "\(policies.map(\.name))", sourceLocation: sourceLocation)
        }
    }
}

/// A sentence, its publication date and the value one temporal expression must get (nil: no
/// event). Each date table checks "no event" in its own way, so the check stays in the tables.
struct DateRuleRow: Sendable, CustomTestStringConvertible {
    var sentence: String
    var published: String
    var expression: String
    var value: String?
    var granularity: DateGranularity? = nil
    var start: String? = nil
    var end: String? = nil
    var testDescription: String { "\(expression) @\(published)" }
}
