import LedeExtract

/// The units a client can ask offsets in. The API default is code points (what
/// Python, JavaScript's `Array.from`, displaCy and most NLP tools index by).
package enum OffsetUnit: String, Sendable, CaseIterable {
    case codepoint, utf8, utf16
}

/// Converts offsets in one text between UTF-8 bytes, Unicode code points and UTF-16
/// code units. Built once per conversion batch (cold path or an explicit
/// `?offsets=` request): two arrays indexed by code point.
package struct OffsetMap {
    // utf8Starts[i] / utf16Starts[i]: where code point i starts; one extra entry for the end.
    private let utf8Starts: [Int32]
    private let utf16Starts: [Int32]

    package init(_ text: String) {
        var utf8: [Int32] = []
        var utf16: [Int32] = []
        let estimate = text.utf8.count + 1
        utf8.reserveCapacity(estimate)
        utf16.reserveCapacity(estimate)
        var u8: Int32 = 0
        var u16: Int32 = 0
        for scalar in text.unicodeScalars {
            utf8.append(u8)
            utf16.append(u16)
            u8 += Int32(UTF8.width(scalar))
            u16 += Int32(UTF16.width(scalar))
        }
        utf8.append(u8)
        utf16.append(u16)
        utf8Starts = utf8
        utf16Starts = utf16
    }

    /// The code point that contains UTF-8 byte `offset` (an offset inside a
    /// multi-byte sequence rounds down to the sequence's start).
    package func codepoint(fromUTF8 offset: Int) -> Int {
        var low = 0
        var high = utf8Starts.count - 1
        guard offset < Int(utf8Starts[high]) else { return high }
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(utf8Starts[mid]) <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Converts a code point offset to `unit`.
    package func offset(fromCodepoint index: Int, to unit: OffsetUnit) -> Int {
        let clamped = max(0, min(index, utf8Starts.count - 1))
        switch unit {
        case .codepoint: return clamped
        case .utf8: return Int(utf8Starts[clamped])
        case .utf16: return Int(utf16Starts[clamped])
        }
    }
}

/// UTF-8 byte offsets to code points only: what the loader converts every extraction
/// with. One pass over the bytes, no UTF-16 table, and no table at all for ASCII text;
/// the same answers as `OffsetMap.codepoint(fromUTF8:)`.
package struct CodepointMap {
    /// Where each code point starts, plus the end; nil when the text is ASCII (equal offsets).
    private let starts: [Int32]?
    private let byteCount: Int

    package init(_ text: String) {
        var starts: [Int32]?
        var offset: Int32 = 0
        for byte in text.utf8 {
            if starts == nil, byte >= 0x80 {
                // First non-ASCII byte: every earlier byte started a code point.
                var table: [Int32] = []
                table.reserveCapacity(text.utf8.count + 1)
                table.append(contentsOf: 0..<offset)
                starts = table
            }
            if starts != nil, byte & 0xC0 != 0x80 { starts?.append(offset) }
            offset += 1
        }
        starts?.append(offset)
        self.starts = starts
        byteCount = Int(offset)
    }

    /// The code point that contains UTF-8 byte `offset` (inside a multi-byte sequence:
    /// the sequence's start).
    package func codepoint(fromUTF8 offset: Int) -> Int {
        guard let starts else { return max(0, min(offset, byteCount)) }
        var low = 0
        var high = starts.count - 1
        guard offset < Int(starts[high]) else { return high }
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(starts[mid]) <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}

extension Extraction {
    /// The same extraction with every offset passed through `convert`.
    package func mappingOffsets(_ convert: (Int) -> Int) -> Extraction {
        func range(_ r: TextRange) -> TextRange { TextRange(start: convert(r.start), end: convert(r.end)) }
        var copy = self
        copy.paragraphs = paragraphs.map(range)
        copy.sentences = sentences.map(range)
        copy.boilerplate = boilerplate.map { Boilerplate(range: range($0.range), kind: $0.kind) }
        copy.entities = entities.map { entity in
            var entity = entity
            entity.mentions = entity.mentions.map {
                Mention(start: convert($0.start), end: convert($0.end), text: $0.text, sentence: $0.sentence)
            }
            return entity
        }
        copy.events = events.map { event in
            var event = event
            event.expressionRange = range(event.expressionRange)
            event.textRange = range(event.textRange)
            return event
        }
        return copy
    }
}
