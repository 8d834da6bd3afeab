/// Rule-based extraction of entities and a timeline from English news text.
/// Immutable and `Sendable`: build one (the word lists load once per process) and share it
/// across threads.
package final class Extractor: Sendable {
    let lexicon: Lexicon
    /// The same lists behind one reference, for the stages that keep them: storing the struct
    /// copies it (some thirty buffers retained, then released) for every article.
    let shared: SharedLexicon

    /// Whether the learned entity typing stage runs (`EntityTyper.swift`); off, entity types
    /// are the rules' alone. Off by default: on the seen articles' cross-validation it did not
    /// beat the rules (round seven in `docs/extraction-history.md`).
    let learnedTyping: Bool

    package init(learnedTyping: Bool = true) {
        lexicon = Lexicon.shared
        shared = SharedLexicon(lexicon)
        self.learnedTyping = learnedTyping
    }

    /// Why the learned typing stage is off (its weights file missing or invalid), or nil.
    package static var entityTyperError: String? { Lexicon.shared.typerError.map(\.description) }

    /// Why the word lists could not be loaded (every path tried), or nil when they were.
    /// Without them extraction runs on capitalisation alone; a command should stop and print this.
    package static var resourceError: ResourceLocator.NotFound? { Lexicon.loadError }

    /// Extracts from `text`; relative and partial dates resolve against `published`.
    package func extract(text: String, published: PartialDate?) -> Extraction {
        let doc = Document(text: text, lexicon: lexicon)
        var recognizer = EntityRecognizer(doc: doc, shared: shared)
        let raw = recognizer.run()
        var merger = EntityMerger(doc: doc, shared: shared)
        merger.learnedTyping = learnedTyping
        let entities = merger.merge(raw)
        let events = TimelineBuilder(doc: doc, published: published, entities: entities).events()
        return Extraction(
            paragraphs: doc.paragraphs, sentences: doc.sentences, boilerplate: doc.boilerplate, entities: entities,
            events: events)
    }
}

/// The word lists held by reference: a stage stores this instead of a copy of the struct.
final class SharedLexicon: Sendable {
    let lexicon: Lexicon
    /// Every known name's key hash (`KeyFilter`): most look-ups are of keys no list holds, and the
    /// known table is too large to stay in cache between them (speed round seventeen measured
    /// 40–65 ns a look-up, a cache miss each), while this bitmap is 16 KB.
    let knownFilter: KeyFilter
    /// The known names of several words by their words' key hashes (`KnownRuns40.swift`): most
    /// runs `knownName` asks about are ruled out before their joined keys are hashed.
    let knownRunFilter40: KnownRunFilter40
    /// The word-set filter (`WordSet.bits`) of `nation-adjectives.txt`'s keys: the gate of
    /// `mayOpenNationParty75` (`Agencies75.swift`), read with `WordSet.mayHold`.
    let nationBits16: UInt64
    /// The word-set filter of `post-nominals.txt` (`EntityRecognizer.postNominals75`): read by
    /// `endsWithPostNominal75` on every run before the set (a `swift_once` call a read).
    let postNominalBits75: UInt64

    init(_ lexicon: Lexicon) {
        self.lexicon = lexicon
        let keys = lexicon.known.keys
        knownFilter = KeyFilter(keys)
        knownRunFilter40 = KnownRunFilter40(keys)
        nationBits16 = WordSet(lexicon.nationAdjectives16.map { Lexicon.key($0) }).bits
        postNominalBits75 = WordSet(lexicon.postNominals75).bits
    }

    // The hot look-ups of the known names, as methods of this class: a caller that reads
    // `lexicon.known` through the class and calls the table's out-of-line look-up retains and
    // releases the table's two arrays around the call (four atomic operations); here `self` is
    // borrowed for the call and the table is read in place.

    /// `lexicon.known[key]`.
    func known(_ key: String) -> (kind: Lexicon.Kind, canonical: String)? {
        let hash = StringTable<Bool>.hash(key)
        guard knownFilter.mayContain(hash: hash) else { return nil }
        return lexicon.known.value(key, hash: hash)
    }

    /// `lexicon.known.value(key, hash:)`.
    func known(_ key: String, hash: Int) -> (kind: Lexicon.Kind, canonical: String)? {
        guard knownFilter.mayContain(hash: hash) else { return nil }
        return lexicon.known.value(key, hash: hash)
    }

    /// `lexicon.known.mayContain(hash:)`.
    func mayBeKnown(hash: Int) -> Bool { knownFilter.mayContain(hash: hash) && lexicon.known.mayContain(hash: hash) }

    /// `lexicon.has(flag, key)`, for closures and calls that would otherwise copy the whole
    /// `Lexicon` out of the recogniser's input (some thirty buffers retained, then released).
    func has(_ flag: WordFlags, _ key: String) -> Bool { lexicon.has(flag, key) }

    /// `lexicon.states[key]`.
    func state(_ key: String) -> String? { lexicon.states[key] }
}

extension Extractor {
    /// The rules' entities of `text` and, for every person, place and agency entity, the learned
    /// typing stage's features (by its first mention's byte offset): training data for
    /// `scripts/train-entity-typer`. The model changes nothing here.
    func extractTypingRows(text: String, published: PartialDate?) -> (entities: [Entity], rows: TypingFeatureSink) {
        let doc = Document(text: text, lexicon: lexicon)
        var recognizer = EntityRecognizer(doc: doc, shared: shared)
        let raw = recognizer.run()
        var merger = EntityMerger(doc: doc, shared: shared)
        let sink = TypingFeatureSink()
        merger.typingSink = sink
        return (merger.merge(raw), sink)
    }
}
