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
