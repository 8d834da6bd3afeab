/// A mention found in the text before mentions are merged into entities.
///
/// A class: mentions are built once, then only read while merging, and copying a struct of
/// this many strings and arrays cost more than the merging itself.
final class RawMention {
    var type: EntityType
    /// Grouping key: mentions with the same type and key are one entity.
    var key: String { didSet { keyIsFoldedName = false } }
    /// The name this mention suggests for its entity.
    var name: String {
        didSet {
            keyIsFoldedName = false
            nameIsText = false
        }
    }
    /// `key` is `Lexicon.key(name)` (set where the mention is built that way; cleared when
    /// either changes): the merger then takes it as its entity name's key unchecked.
    var keyIsFoldedName = false
    /// `name` is the text at `start..<end` (set where the mention is built from it; cleared when
    /// the name or either offset changes): the merger takes it as the mention's surface text
    /// without building it again.
    var nameIsText = false
    /// The surface text is no form of the name: "10" in "Sections 4 and 10" is "Section 10"
    /// (`Policy12Sections.swift`), and gives the entity no alias.
    var textIsNoForm = false
    /// "new" was put before the name and the bare name kept as an alias (`Policies29.swift`): a
    /// described policy's entity takes that alias too.
    var hasNewAlias29 = false
    var start: Int { didSet { nameIsText = false } }
    var end: Int { didSet { nameIsText = false } }
    var sentence: Int
    var tokenCount: Int
    /// The token the mention started at when it was made or last looked up: a hint that
    /// `Document.tokenIndex(of:)` checks against `start` before it searches (`TokenHints39.swift`).
    var firstTokenHint = -1
    /// The name comes from a word list: prefer it as the canonical name.
    var isCanonical = false
    /// A lone capitalised word of unknown kind: kept only if it links to a fuller mention.
    var isWeak = false
    /// The mention opens its sentence, so its capital letter says nothing.
    var isSentenceInitial = false
    /// Follows "in", "near", "outside"…: a lone unknown word there is most often a place.
    var afterLocative = false
    /// Words around it say it is a place ("the state of X", "the X district").
    var inPlaceContext = false
    /// A speech verb follows ("Southwest said"): places do not speak, organisations do.
    var beforeSpeechVerb = false
    /// The role words around the mention ("Public Information Director"), nil when there are
    /// none: read and written as `descriptors` (`Speed49.swift`, which says why it is optional).
    var descriptorList49: [String]? = nil
    /// An acronym given in parentheses right after the mention ("(DPD)").
    var acronym: String?
    /// Extra aliases the mention brings ("Safe Drinking Water Act" for "... Act of 1974"), nil
    /// when there are none: read and written as `aliases` (`Speed49.swift`).
    var aliasList49: [String]? = nil
    /// Described policies merge by the family of their head noun.
    var policyFamily: String?
    /// Which default rule typed it (`TypingRule`), read by the learned typing stage.
    var rule: UInt8 = 0
    /// In a headline or another title-case line, where capitals say little.
    var inTitleCaseLine = false

    init(type: EntityType, key: String, name: String, start: Int, end: Int, sentence: Int, tokenCount: Int) {
        self.type = type
        self.key = key
        self.name = name
        self.start = start
        self.end = end
        self.sentence = sentence
        self.tokenCount = tokenCount
    }

    /// `Lexicon.key(name)` for an entity named after one of `mentions`: that mention's key when
    /// it is already the fold of the name (building a key costs about 580 instructions).
    /// `members` are indexes into `raw`.
    static func key(ofName name: String, in members: GroupMembers, _ raw: [RawMention]) -> String {
        guard let i = members.first(where: { raw[$0].name == name }) else { return Lexicon.key(name) }
        let source = raw[i]
        return source.keyIsFoldedName ? source.key : Lexicon.key(name, likely: source.key)
    }

    /// A mention of the same thing at another place: "(DPD)" after "Detroit Police Department".
    func alias(name: String, start: Int, end: Int, tokenCount: Int) -> RawMention {
        let alias = RawMention(type: type, key: key, name: name, start: start, end: end, sentence: sentence, tokenCount: tokenCount)
        alias.isWeak = isWeak
        alias.isSentenceInitial = isSentenceInitial
        alias.afterLocative = afterLocative
        alias.inPlaceContext = inPlaceContext
        alias.policyFamily = policyFamily
        alias.rule = rule
        alias.inTitleCaseLine = inTitleCaseLine
        return alias
    }

    /// Re-cuts the mention to the text `start..<end` of `bytes`, `tokenCount` tokens long: its
    /// name is that text and its key the name folded (the passes that move a run's bounds:
    /// rounds thirty-seven and forty).
    func recut(start: Int, end: Int, tokenCount: Int, bytes: [UInt8]) {
        self.start = start
        self.end = end
        self.tokenCount = tokenCount
        name = Document.text(bytes, start, end)
        key = Lexicon.key(name)
        keyIsFoldedName = true
        nameIsText = true
    }

    /// Retypes the mention a place that a cue or a list showed (the place passes of rounds
    /// thirty-two and thirty-five): no longer weak, in a place context, typed as if listed.
    func becomeCuedPlace() {
        type = .place
        isWeak = false
        inPlaceContext = true
        rule = TypingRule.listedOrCued
    }

    /// Typed by default only: an organisation by the fallback run or a lone weak word, or a
    /// person by shape alone. The place passes may retype only such mentions.
    var isDefaultTyped: Bool {
        if type == .agency { return rule == TypingRule.fallbackRun || isWeak }
        return type == .person && rule == TypingRule.shapePerson
    }
}

extension Token {
    /// The key without an abbreviation's final period ("gov." → "gov").
    var bare: Substring { isAbbreviation ? key.droppingLastCharacter : Substring(key) }
}

extension String {
    /// `dropLast()`, without its walk over grapheme breaks (600–900 instructions a key) when the
    /// last two bytes are ASCII: no rule joins two ASCII scalars into one character but CR LF,
    /// so the last character is then the last byte (speed round twenty-five).
    var droppingLastCharacter: Substring {
        let bytes = utf8.span
        let n = bytes.count
        guard n >= 2, bytes[n - 1] < 0x80, bytes[n - 2] < 0x80, !(bytes[n - 2] == 13 && bytes[n - 1] == 10) else {
            return dropLast()
        }
        return self[..<utf8.index(before: utf8.endIndex)]
    }
}

/// Slug of a name: lower-case ASCII letters and digits joined by single hyphens.
func slug(_ name: String) -> String { slug(key: Lexicon.key(name)) }

/// `slug(_:)` of a name already folded by `Lexicon.key`. Built on bytes: appending
/// characters to a `String` one at a time cost more than all the merging.
func slug(key: String) -> String { slugAndHash(key: key).id }

/// `slug(key:)` and the slug's `StringTable.hash`, hashed as its bytes are written (speed round
/// fifty-two): `UsedIDs.take(_:hash:)` then hashes nothing, where it read the new id's bytes again.
func slugAndHash(key: String) -> (id: String, hash: Int) {
    let bytes = key.utf8.span
    let count = bytes.count
    guard count <= Lexicon.foldLimit else { return slug(longKey: key) }
    // One pass over the key, writing the hyphenated copy on the stack as it goes: a one-word
    // key of ASCII letters and digits is its own slug (no new string); words of them between
    // single spaces, most names, are the key with hyphens for spaces (appending byte by byte
    // to an array cost more than the merging). Anything else takes the general loop below.
    if count > 0, bytes[0] != 32, bytes[count - 1] != 32 {
        var buffer = InlineArray<64, UInt8>(repeating: 0)
        var simple = true, spaces = false
        var previous: UInt8 = 0
        var h = FNV1a.seed
        for i in bytes.indices {
            let b = bytes[i]
            var out = b
            if b &- 97 >= 26, b &- 48 >= 10 {
                guard b == 32, previous != 32 else {
                    simple = false
                    break
                }
                out = 45
                spaces = true
            }
            buffer[i] = out
            h = FNV1a.step(h, out)
            previous = b
        }
        if simple {
            guard spaces else { return (key, FNV1a.finish(h)) }
            if let slug = try? UTF8Span(validating: buffer.span.extracting(0..<count)) { return (String(copying: slug), FNV1a.finish(h)) }
        }
    }
    // The general loop, also on the stack (speed round forty-one: it appended to an array,
    // about 2,600 instructions a key). No byte writes more than two, so 128 bytes hold the slug
    // of any key of up to 64.
    var stack = StackSlugBytes()
    writeSlug(bytes, into: &stack)
    guard stack.length > 0 else { return ("entity", StringTable<Bool>.hash("entity")) }
    let written = stack.buffer.span.extracting(0..<stack.length)
    // ASCII letters, digits and hyphens: validation cannot fail.
    if let slug = try? UTF8Span(validating: written) {
        return (String(copying: slug), FNV1a.finish(FNV1a.run(FNV1a.seed, written, written.indices)))
    }
    return slug(longKey: key)
}

/// `slug(key:)` of a key longer than `Lexicon.foldLimit`, built in an array.
private func slug(longKey key: String) -> (id: String, hash: Int) {
    var out: [UInt8] = []
    out.reserveCapacity(key.utf8.count + 2)
    writeSlug(key.utf8.span, into: &out)
    let id = out.isEmpty ? "entity" : String(decoding: out, as: UTF8.self)
    return (id, StringTable<Bool>.hash(id))
}

/// Where `writeSlug` writes: the stack for a key of up to `Lexicon.foldLimit` bytes, an array
/// past it. One loop for both (generic, so specialised: no witness call a byte).
private protocol SlugBytes {
    var length: Int { get }
    mutating func append(_ byte: UInt8)
}

private struct StackSlugBytes: SlugBytes {
    var buffer = InlineArray<128, UInt8>(repeating: 0)
    var length = 0
    @inline(__always) mutating func append(_ byte: UInt8) {
        buffer[length] = byte
        length &+= 1
    }
}

extension Array: SlugBytes where Element == UInt8 {
    fileprivate var length: Int { count }
}

/// Lower-case ASCII letters and digits of a folded key, runs of anything else one hyphen (none
/// at either end), "§" written "s" as its own word, an ASCII apostrophe dropped ("o'brien" → "obrien").
@inline(__always)
private func writeSlug<Out: SlugBytes>(_ bytes: Span<UInt8>, into out: inout Out) {
    var pendingHyphen = false
    var previous: UInt8 = 0
    for i in bytes.indices {
        let b = bytes[i]
        if b &- 97 < 26 || b &- 48 < 10 {
            if pendingHyphen, out.length > 0 { out.append(45) }
            pendingHyphen = false
            out.append(b)
        } else if b == 0xA7, previous == 0xC2 {  // "§" is C2 A7
            if out.length > 0 { out.append(45) }
            out.append(115)
            pendingHyphen = true
        } else if b != 39, b != 0xC2 {
            // 0xC2 waits for the byte after it to say whether it is "§".
            pendingHyphen = true
        }
        previous = b
    }
}

extension String {
    /// The words between single spaces, split on bytes (`split(separator: " ")` on a `String`
    /// walks grapheme clusters, which costs more than the merging it serves).
    /// Each word is copied straight from a `Span` of the string's bytes (a copy of them into
    /// an `[UInt8]` first cost a heap buffer of its own).
    func spaceSeparatedWords() -> [String] {
        var words: [String] = []
        words.reserveCapacity(4)
        let bytes = utf8.span
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 32 {
            // Cutting valid UTF-8 at spaces leaves valid UTF-8: validation cannot fail.
            if i > start, let word = try? UTF8Span(validating: bytes.extracting(start..<i)) {
                words.append(String(copying: word))
            }
            start = i + 1
        }
        return words
    }

    /// The last of `spaceSeparatedWords()` that `accept` takes, with no array and no string
    /// for the words after it (the merger reads a name's last word or its surname).
    func lastSpaceSeparatedWord(where accept: (String) -> Bool) -> String? {
        let bytes = utf8.span
        var end = bytes.count, i = bytes.count
        while true {
            if i == 0 || bytes[i - 1] == 32 {
                if end > i, let word = try? UTF8Span(validating: bytes.extracting(i..<end)) {
                    let word = String(copying: word)
                    if accept(word) { return word }
                }
                if i == 0 { return nil }
                end = i - 1
            }
            i -= 1
        }
    }

    /// How many words `spaceSeparatedWords()` gives, counted on bytes.
    func spaceSeparatedWordCount() -> Int {
        let bytes = utf8.span
        var count = 0, inWord = false
        for i in bytes.indices {
            if bytes[i] == 32 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// The first of `spaceSeparatedWords()`; with `another`, only when a second word follows.
    func firstSpaceSeparatedWord(requiringAnother another: Bool = false) -> String? {
        guard let range = firstSpaceSeparatedWordRange47(requiringAnother: another),
            let word = try? UTF8Span(validating: utf8.span.extracting(range))
        else { return nil }
        return String(copying: word)
    }
}

extension String {
    /// `hasPrefix` on UTF-8 bytes, for the same reason as `hasBytesSuffix`.
    func hasBytesPrefix(_ prefix: String) -> Bool {
        let bytes = utf8.span, head = prefix.utf8.span
        guard head.count <= bytes.count else { return false }
        for j in head.indices where bytes[j] != head[j] { return false }
        return true
    }

    /// `hasSuffix` on UTF-8 bytes: `String.hasSuffix` compares grapheme clusters backwards,
    /// which costs more than the rule it serves; keys are already normalised.
    @inline(__always)
    func hasBytesSuffix(_ suffix: String) -> Bool {
        let bytes = utf8.span, tail = suffix.utf8.span
        guard tail.count <= bytes.count else { return false }
        let offset = bytes.count - tail.count
        for j in tail.indices where bytes[offset + j] != tail[j] { return false }
        return true
    }

    /// Whether the string holds an ASCII hyphen, read through a `Span` (iterating
    /// `String.UTF8View` is slower). The recogniser and the merger each had a copy.
    var hasHyphenByte: Bool {
        let bytes = utf8.span
        for i in bytes.indices where bytes[i] == 45 { return true }
        return false
    }
}
