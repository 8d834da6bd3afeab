/// Rule-based extraction of entities and a timeline from English news text.
/// Contract stub: the extraction issue fills it in. Immutable and `Sendable`: build one
/// (it loads the word lists once) and share it across threads.
package final class Extractor: Sendable {
    package init() {}

    /// Extracts from `text`; relative and partial dates resolve against `published`.
    package func extract(text: String, published: PartialDate?) -> Extraction {
        Extraction()
    }
}
