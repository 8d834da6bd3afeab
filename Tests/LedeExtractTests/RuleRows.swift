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
/// event). `DateNormalisationTests` looks its event up in its own way; the rule rounds' tables
/// share `check`.
struct DateRuleRow: Sendable, CustomTestStringConvertible {
    var sentence: String
    var published: String
    var expression: String
    var value: String?
    var granularity: DateGranularity? = nil
    var start: String? = nil
    var end: String? = nil
    var testDescription: String { "\(expression) @\(published)" }

    /// What a row with no value forbids: an event written exactly as the expression (round nine's
    /// table), or any event whose text contains it (later rounds).
    enum Absence { case exact, containing }

    /// The event written exactly as the expression first (a pair's two days overlap in their
    /// text), else one overlapping it, must have the row's value, granularity and interval.
    func check(absence: Absence, sourceLocation: SourceLocation = #_sourceLocation) {
        let extraction = Extractor().extract(text: sentence, published: PartialDate(iso: published))
        let event = extraction.events.first { $0.expression == expression }
            ?? extraction.events.first { $0.expression.contains(expression) || expression.contains($0.expression) }
        guard let value else {
            let forbidden = extraction.events.filter { absence == .exact ? $0.expression == expression : $0.expression.contains(expression) }
            #expect(forbidden.isEmpty, "unexpected event for \(expression)", sourceLocation: sourceLocation)
            return
        }
        guard let event else {
            Issue.record("no event for \(expression); got \(extraction.events.map(\.expression))", sourceLocation: sourceLocation)
            return
        }
        #expect(event.date == value, "\(extraction.events.map { "\($0.expression) \($0.date)" })", sourceLocation: sourceLocation)
        if let granularity { #expect(event.granularity == granularity, sourceLocation: sourceLocation) }
        if let start { #expect(event.start == start, sourceLocation: sourceLocation) }
        if let end { #expect(event.end == end, sourceLocation: sourceLocation) }
    }
}
