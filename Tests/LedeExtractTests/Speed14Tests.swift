import Testing

@testable import LedeExtract

/// Speed round fourteen: the merger, the entity builder and the timeline read mentions and
/// entities in place by index instead of binding copies (each copy of an object or a string was
/// an atomic retain and release). These tests hold what those readers compute.
@Suite struct Speed14Tests {
    /// `EntityForms` (the builder's aliases, once a closure over captured arrays): the name, a
    /// form seen before and a form whose key is the name's or one seen before add nothing; the
    /// rest keep their first order.
    @Test func entityFormsKeepTheFirstOfEachForm() {
        var forms = EntityForms()
        let considered: [(form: String, key: String?)] = [
            ("Harbour Transit Board", nil), ("HTB", nil), ("HTB", nil), ("harbour transit board", nil),
            ("Harbour Transit Bd.", "harbour transit bd."), ("Harbour Transit Bd", "harbour transit bd."), ("the Board", nil),
        ]
        for c in considered { forms.consider(c.form, key: c.key, name: "Harbour Transit Board", nameKey: "harbour transit board") }
        #expect(forms.takeAliases() == ["HTB", "Harbour Transit Bd.", "the Board"])
    }

    /// Our own sentences with several entities per clause, repeated names, an acronym and a law.
    static let texts = [
        "On Monday, Mayor Lena Brandt met the Harbour Transit Board (HTB) in Oakridge. Brandt said the HTB would vote on Friday.",
        "The Quarry Act was passed in 2019 by the Northfield Council; Councillor Amos Reyes said on Tuesday that Reyes and the council agreed.",
        "Talia Moreno joined Velocor Technologies in March 2021. Moreno left Velocor in January, and Velocor Technologies hired Ben Ostrow last week.",
    ]

    /// An event's entity ids are the ids of the entities with a mention inside its clause, in the
    /// order of those mentions, each once (the timeline now keeps entity indexes, not ids).
    @Test(arguments: texts) func eventEntitiesAreTheClauseMentions(text: String) {
        let x = Extractor().extract(text: text, published: PartialDate(iso: "2025-03-12"))
        #expect(!x.events.isEmpty, "no event in “\(text)”")
        var mentions: [(start: Int, end: Int, id: String)] = []
        for entity in x.entities {
            for m in entity.mentions { mentions.append((m.start, m.end, entity.id)) }
        }
        mentions.sort { $0.start < $1.start }
        for event in x.events {
            var expected: [String] = []
            for m in mentions where m.start >= event.textRange.start && m.start <= event.textRange.end && m.end <= event.textRange.end
                && !expected.contains(m.id)
            {
                expected.append(m.id)
            }
            #expect(event.entities == expected, "\(event.text)")
        }
    }

    /// Joins the merger makes while reading mentions by index: a surname to its full name, an
    /// acronym in parentheses to its expansion, a short company name to the full one.
    @Test(arguments: [
        (texts[0], "Lena Brandt", 2, nil),
        (texts[0], "Harbour Transit Board", 3, "HTB"),
        (texts[2], "Talia Moreno", 2, nil),
        (texts[2], "Velocor Technologies", 3, "Velocor"),
    ] as [(String, String, Int, String?)])
    func mergerJoinsShortForms(text: String, name: String, mentions: Int, alias: String?) throws {
        let x = Extractor().extract(text: text, published: PartialDate(iso: "2025-03-12"))
        let entity = try #require(x.entities.first { $0.name == name }, "\(x.entities.map(\.name))")
        #expect(entity.mentions.count == mentions, "\(entity.mentions.map(\.text))")
        if let alias { #expect(entity.aliases.contains(alias) || entity.mentions.contains { $0.text == alias }, "\(entity.aliases)") }
        // Mentions come out in text order, each slicing the text exactly.
        #expect(entity.mentions.map(\.start) == entity.mentions.map(\.start).sorted())
        for m in entity.mentions {
            #expect(String(decoding: Array(text.utf8)[m.start..<m.end], as: UTF8.self) == m.text)
        }
    }
}
