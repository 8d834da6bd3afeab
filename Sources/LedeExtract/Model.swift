// The extractor's output model. Every offset is a UTF-8 byte offset into the original
// text handed to `Extractor.extract` (half-open: `start..<end`); the store converts to
// code points or UTF-16 for API clients.

/// A date known to a year, a month or a day: an article's publication date may be
/// known only to the month.
package struct PartialDate: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    package var year: Int
    package var month: Int?
    package var day: Int?

    package init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or an ISO 8601 date-time (the date part).
    package init?(iso: String) {
        let datePart = iso.split(separator: "T", maxSplits: 1).first.map(String.init) ?? iso
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        year = y
        month = nil
        day = nil
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let d = Int(parts[2]), d >= 1, d <= PartialDate.daysIn(month: month!, year: y)
            else { return nil }
            day = d
        }
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    package var description: String {
        var text = String(year)
        if let month { text += "-" + PartialDate.pad(month) }
        if let day { text += "-" + PartialDate.pad(day) }
        return text
    }

    package static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}

package enum EntityType: String, Hashable, Sendable, Codable, CaseIterable {
    case person, place, agency, policy
}

/// One occurrence of an entity in the text.
package struct Mention: Hashable, Sendable, Codable {
    package var start: Int
    package var end: Int
    package var text: String
    /// Index into `Extraction.sentences`.
    package var sentence: Int

    package init(start: Int, end: Int, text: String, sentence: Int) {
        self.start = start
        self.end = end
        self.text = text
        self.sentence = sentence
    }
}

/// One real-world thing mentioned in an article.
package struct Entity: Hashable, Sendable, Codable {
    /// A stable slug, unique within the article, e.g. `detroit-police-department`.
    package var id: String
    package var type: EntityType
    package var name: String
    package var aliases: [String]
    /// From appositions and titles, e.g. "Public Information Director".
    package var descriptors: [String]
    /// 0...1; higher for entities mentioned early and often.
    package var salience: Double
    package var mentions: [Mention]

    package init(
        id: String, type: EntityType, name: String, aliases: [String] = [], descriptors: [String] = [],
        salience: Double = 0, mentions: [Mention] = []
    ) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.descriptors = descriptors
        self.salience = salience
        self.mentions = mentions
    }
}

package enum DateGranularity: String, Hashable, Sendable, Codable {
    case day, week, month, season, quarter, year, decade
}

package enum DateQualifier: String, Hashable, Sendable, Codable {
    case early, mid, late
}

/// A byte range into the text, half-open.
package struct TextRange: Hashable, Sendable, Codable {
    package var start: Int
    package var end: Int
    package init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A dated event, normalised against the publication date.
package struct TimelineEvent: Hashable, Sendable, Codable {
    /// The normalised value: `2025-01-20`, `2025-W05` (ISO week), `2025-01`, `2025-spring`, `2025-Q1`, `2025`, `2020s`.
    package var date: String
    package var granularity: DateGranularity
    package var qualifier: DateQualifier?
    /// The explicit interval the value covers, inclusive days: `2025-01-01` … `2025-01-31`.
    package var start: String
    package var end: String
    /// The temporal expression as written ("early February").
    package var expression: String
    package var expressionRange: TextRange
    /// The clause that carries the expression.
    package var text: String
    package var textRange: TextRange
    package var sentence: Int
    /// Ids of the article's entities mentioned in the clause.
    package var entities: [String]

    package init(
        date: String, granularity: DateGranularity, qualifier: DateQualifier?, start: String, end: String,
        expression: String, expressionRange: TextRange, text: String, textRange: TextRange, sentence: Int,
        entities: [String]
    ) {
        self.date = date
        self.granularity = granularity
        self.qualifier = qualifier
        self.start = start
        self.end = end
        self.expression = expression
        self.expressionRange = expressionRange
        self.text = text
        self.textRange = textRange
        self.sentence = sentence
        self.entities = entities
    }
}

/// A boilerplate line (site teaser, share prompt, photo credit): flagged, not deleted.
package struct Boilerplate: Hashable, Sendable, Codable {
    package var range: TextRange
    /// Why it was flagged, e.g. `teaser`, `share`, `credit`.
    package var kind: String
    package init(range: TextRange, kind: String) {
        self.range = range
        self.kind = kind
    }
}

/// Everything extracted from one article.
package struct Extraction: Hashable, Sendable, Codable {
    package var paragraphs: [TextRange]
    package var sentences: [TextRange]
    package var boilerplate: [Boilerplate]
    package var entities: [Entity]
    /// In date order (by `start`, then position in the text).
    package var events: [TimelineEvent]

    package init(
        paragraphs: [TextRange] = [], sentences: [TextRange] = [], boilerplate: [Boilerplate] = [],
        entities: [Entity] = [], events: [TimelineEvent] = []
    ) {
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.boilerplate = boilerplate
        self.entities = entities
        self.events = events
    }
}
