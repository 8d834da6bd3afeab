/// Rule-based extraction of entities and a timeline from English news text.
/// Immutable and `Sendable`: build one (the word lists load once per process) and share it
/// across threads.
package final class Extractor: Sendable {
    let lexicon: Lexicon
    /// The same lists behind one reference, for the stages that keep them: storing the struct
    /// copies it (some thirty buffers retained, then released) for every article.
    let shared: SharedLexicon

    package init() {
        lexicon = Lexicon.shared
        shared = SharedLexicon(lexicon)
    }

    /// Why the word lists could not be loaded (every path tried), or nil when they were.
    /// Without them extraction runs on capitalisation alone; a command should stop and print this.
    package static var resourceError: ResourceLocator.NotFound? { Lexicon.loadError }

    /// Extracts from `text`; relative and partial dates resolve against `published`.
    package func extract(text: String, published: PartialDate?) -> Extraction {
        let doc = Document(text: text, lexicon: lexicon)
        var recognizer = EntityRecognizer(doc: doc, shared: shared)
        let raw = recognizer.run()
        let entities = EntityMerger(doc: doc, shared: shared).merge(raw)
        let events = TimelineBuilder(doc: doc, published: published, entities: entities).events()
        return Extraction(
            paragraphs: doc.paragraphs, sentences: doc.sentences, boilerplate: doc.boilerplate, entities: entities,
            events: events)
    }
}

/// The word lists held by reference: a stage stores this instead of a copy of the struct.
final class SharedLexicon: Sendable {
    let lexicon: Lexicon
    init(_ lexicon: Lexicon) { self.lexicon = lexicon }
}
