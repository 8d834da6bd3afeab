/// Speed round forty-nine: a mention's descriptor and alias lists held as optionals.
///
/// Most mentions have neither (about 24,700 `RawMention`s a corpus round, a few hundred with
/// either list). Held as `[String]` defaulting to `[]`, each list was the runtime's shared
/// empty-array object, and every release of it took `swift_release`'s slow path (the object is
/// immortal, which only the slow path tests: about 40 instructions): two at each mention's
/// deinit, and a retain and a release more wherever the merger read a list in place to find it
/// empty. An optional that is nil when the list is empty costs a null test instead. The lists
/// keep their old names as computed properties, so writers and tests read as before; the
/// merger's hot readers test or bind the optionals directly.
extension RawMention {
    /// The role words around the mention; empty when it has none.
    var descriptors: [String] {
        get { descriptorList49 ?? [] }
        set { descriptorList49 = newValue.isEmpty ? nil : newValue }
    }

    /// Extra aliases the mention brings; empty when it has none.
    var aliases: [String] {
        get { aliasList49 ?? [] }
        set { aliasList49 = newValue.isEmpty ? nil : newValue }
    }

    /// `!descriptors.isEmpty`, with no array retained and released to learn it.
    var hasDescriptors49: Bool { descriptorList49 != nil }
}

extension EntityRecognizer {
    /// Whether `h` is the hash of a key `policies13At` acts on ("constitution", "executive",
    /// "increase", "guidelines", "laws", "statute", "statutes", "file", "project", "ban",
    /// "department", "departmental"): its branches, tested before anything else.
    ///
    /// `findLegislationShapes` calls `policies13At` on every token its cue mask passes (about
    /// 19,500 a corpus round), and most of those are the mask's false positives, which fall
    /// through every branch. The function bound the document's token array first, a retain and
    /// a release each call (about 40 instructions, more than the branches): the hash, read in
    /// place, now turns those away before the array is bound (speed round forty-nine).
    @inline(__always) static func isPolicies13Hash49(_ h: Int) -> Bool {
        h == constitutionHash13 || h == executiveHash13 || h == increaseHash13 || h == guidelinesHash13 || h == lawsHash13
            || h == statuteHash13 || h == statutesHash13 || h == fileHash13 || h == projectHash13 || h == banHash13
            || h == departmentHash13 || h == departmentalHash13
    }
}

extension EntityRecognizer {
    /// Whether a token strictly inside `lo..<hi` holds an ASCII hyphen after its first byte
    /// (`TokenHyphens40.insideText`, noted by the tokenizer).
    ///
    /// `splitInteriorAdjective` looks for such a hyphen ("Abu Dhabi-owned", a place before a
    /// participle) and finds nothing without one; it bound the document's token and byte arrays
    /// first, two retains and two releases (about 80 instructions) on each of some 14,000 runs
    /// a corpus round, most with no hyphen at all. `takeOrganisationBounds` asks this first, on
    /// the tokens it already holds (speed round forty-nine).
    static func hasInteriorHyphen49(_ tokens: Span<Token>, _ lo: Int, _ hi: Int) -> Bool {
        var k = lo + 1
        while k < hi - 1 {
            if tokens[k].hyphens.contains(.insideText) { return true }
            k += 1
        }
        return false
    }
}

extension EntityRecognizer {
    /// Byte `k` of the text, read in place: `takeShapes17` reads a few bytes of the run it is
    /// given (about 14,000 runs a corpus round) and bound the document's byte array to read
    /// them, a retain and a release a run (speed round forty-nine).
    @inline(__always) func textByte49(_ k: Int) -> UInt8 { input.doc.bytes[k] }
}
