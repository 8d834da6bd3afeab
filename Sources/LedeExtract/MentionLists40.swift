/// Speed round forty: a mention's descriptors and aliases grown with no call inside the
/// property's access.
///
/// `mention.descriptors.append(x)` is a modify access to a class property that may call the
/// array's growth path (`_consumeAndCreateNew`, opaque to the optimizer) inside it. One such
/// access anywhere in the module keeps every access to the property dynamically enforced:
/// each read of `raw[i].descriptors` or `raw[i].aliases` in the merger was a call to
/// `swift_beginAccess` (about 80,000 a corpus round, some 63 instructions each). Taking the
/// array out, growing it as a local and putting it back leaves only instantaneous accesses,
/// which whole-module optimisation then checks statically. Swapping an empty array in first
/// keeps the local array's buffer unique, so the append copies nothing.
extension RawMention {
    /// `descriptors.append(descriptor)`, the growth outside the property's access.
    func appendDescriptor(_ descriptor: String) {
        // The optional store of speed round forty-nine (`Speed49.swift`): nil when empty.
        var list = descriptorList49 ?? []
        descriptorList49 = nil
        list.append(descriptor)
        descriptorList49 = list
    }

    /// `aliases.append(alias)`, the growth outside the property's access.
    func appendAlias(_ alias: String) {
        var list = aliasList49 ?? []
        aliasList49 = nil
        list.append(alias)
        aliasList49 = list
    }
}
