/// Initials of a name's words, for acronyms that join their expansions ("DPD" and "Detroit
/// Police Department"): moved out of `EntityMerger.swift` to keep that file readable in one sitting.
extension EntityMerger {
    /// Small words an acronym skips.
    static let connectors: WordSet = ["of", "and", "the", "for", "&", "on", "to", "from", "in", "against"]

    /// "detroit police department" → "dpd" (first bytes of ASCII letters; words of the
    /// already-folded key, so no upper case).
    func initials(_ words: [String]) -> String {
        // ASCII initials on the stack: an `[UInt8]` grown from empty reallocates at 1, 2 and 4
        // bytes. A word opening with a non-ASCII byte takes the general loop below.
        var buffer = InlineArray<32, UInt8>(repeating: 0)
        var n = 0
        for word in words where !EntityMerger.connectors.contains(word) {
            guard let c = word.utf8.first else { continue }
            if c >= 97 && c <= 122 {
                guard n < 32 else { return generalInitials(words) }
                buffer[n] = c
                n += 1
            } else if c >= 0x80 {
                return generalInitials(words)
            }
        }
        guard n >= 2 else { return "\u{0}" }
        guard let text = try? UTF8Span(validating: buffer.span.extracting(0..<n)) else { return generalInitials(words) }
        return String(copying: text)
    }

    /// `initials(key.spaceSeparatedWords())` read off the key's bytes: only a word short enough
    /// to be a connector becomes a string (to look it up); no array of the words.
    func initials(ofKey key: String) -> String {
        let bytes = key.utf8.span
        var buffer = InlineArray<32, UInt8>(repeating: 0)
        var n = 0, start = 0
        let connectors = EntityMerger.connectors
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 32 {
            defer { start = i + 1 }
            guard i > start else { continue }
            if i - start <= EntityMerger.longestConnector, EntityMerger.isConnector(bytes, start, i, connectors) { continue }
            let c = bytes[start]
            if c >= 97 && c <= 122 {
                guard n < 32 else { return generalInitials(key.spaceSeparatedWords()) }
                buffer[n] = c
                n += 1
            } else if c >= 0x80 {
                return generalInitials(key.spaceSeparatedWords())
            }
        }
        guard n >= 2 else { return "\u{0}" }
        guard let text = try? UTF8Span(validating: buffer.span.extracting(0..<n)) else { return generalInitials(key.spaceSeparatedWords()) }
        return String(copying: text)
    }

    /// `connectors.contains(word)` for the word at `start..<end` of `bytes`: the word becomes a
    /// `String` only when some connector has its hash (most short words are no connector, and
    /// making each a string cost about 250 instructions; speed round nineteen).
    static func isConnector(_ bytes: Span<UInt8>, _ start: Int, _ end: Int, _ connectors: WordSet) -> Bool {
        // `StringTable.hash` of the word's bytes.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in start..<end { h = (h ^ UInt64(bytes[i])) &* 0x0000_0100_0000_01b3 }
        guard connectors.mayContain(hash: Int(truncatingIfNeeded: h ^ (h >> 32))) else { return false }
        guard let word = try? UTF8Span(validating: bytes.extracting(start..<end)) else { return false }
        return connectors.contains(String(copying: word))
    }

    /// The longest connector's length in bytes ("against").
    static let longestConnector = 7

    private func generalInitials(_ words: [String]) -> String {
        var out: [UInt8] = []
        for word in words where !EntityMerger.connectors.contains(word) {
            guard let c = word.utf8.first else { continue }
            if c >= 97 && c <= 122 {
                out.append(c)
            } else if c >= 0x80, let scalar = word.unicodeScalars.first, scalar.properties.isAlphabetic {
                out.append(contentsOf: String(scalar).utf8)
            }
        }
        return out.count >= 2 ? String(decoding: out, as: UTF8.self) : "\u{0}"
    }
}
