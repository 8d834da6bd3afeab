/// The lead's rules of the ninth session of 2026-11-30: natural features named head first and
/// counties named with "-shire". Both shapes are places in any English text, yet "Lake Tahoe",
/// "River Ouse" and "Yorkshire" fell to a default rule (an organisation, a person, or nothing)
/// unless a preposition came first ("in Lake Superior"). Read from `classify` and
/// `classifySingle`.
extension EntityRecognizer {
    /// Words that open a body of water's or a highland's name: "Lake Tahoe", "River Foss",
    /// "Loch Ness", "Lough Neagh", "Mount Kenya", "Cape Cod".
    static let headFirstPlaceWords: WordSet = ["lake", "river", "loch", "lough", "mount", "mt.", "cape"]

    /// "Boats left Lake Tahoe", "the River Thames flooded": a head-first word and one name-shaped
    /// word is a place wherever it stands, unless it speaks ("River Phoenix said") or a head word
    /// makes it a body ("Lake Council" has one; "Lake County" is a place either way).
    func isHeadFirstPlace(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard hi - lo == 2, !tokens[lo].isAllCaps, EntityRecognizer.headFirstPlaceWords.contains(tokens, at: lo),
            isNameShaped(tokens[lo + 1]), !isHead(.orgHead, tokens[lo + 1]), !tokens[lo + 1].flags.contains(.title)
        else { return false }
        if hi < tokens.count, tokens[hi].sentence == tokens[lo].sentence,
            EntityRecognizer.speechVerbs.contains(tokens, at: hi)
        {
            return false
        }
        return true
    }

    /// "Flooding hit Yorkshire", "across Aberdeenshire": a lone unlisted word ending in "shire"
    /// names a county (Britain's, and the places named after them). Listed words keep their lists'
    /// reading; a word in capitals may be a heading.
    func isShireName(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        guard !t.isAllCaps, !t.flags.contains(.known) else { return false }
        let key = t.key.utf8
        return key.count > 6 && key.suffix(5).elementsEqual("shire".utf8)
    }
}
