/// Entities round twenty-nine (entities29): places in local news outside the US, where a lone
/// town, river or block off the GeoNames lists was typed an organisation by default and a
/// "Mount …" in a list a person. Read from `classifySingle` and `classify`.
extension EntityRecognizer {
    /// Lower-case nouns after a lone name that make it a place, beyond `placeNouns`: South Asian
    /// divisions ("Boipariguda block", "Velerupadu mandal", "Campierganj tehsil") and water works
    /// and rivers named by their head in lower case ("Kolab reservoir", "the Rapti river").
    static let placeNounsAfterLone: WordSet = [
        "block", "blocks", "tehsil", "tehsils", "mandal", "mandals", "taluk", "taluka", "panchayat", "reservoir",
        "river", "dam", "barrage", "lake",
    ]
    /// Lower-case nouns before a lone name that make it a river: "the river Godavari".
    static let riverNouns: WordSet = ["river", "rivers"]
    /// "Mount" and its short form open a mountain's or a suburb's name.
    static let mountWords: WordSet = ["mount", "mt."]

    /// "Boipariguda block", "the river Rapti": a lone unlisted name before a lower-case division
    /// or water noun, or after a lower-case "river", is a place. Not a word in capitals, a listed
    /// name or a head word ("Tata dam" stays with its company only when a list says so).
    func isLoneNameByPlaceWord(_ i: Int) -> Bool {
        let tokens = doc.tokens
        let t = tokens[i]
        guard !t.isAllCaps, t.flags.isDisjoint(with: [.givenName, .surname, .common, .known, .orgHead, .title, .nonName])
        else { return false }
        if i + 1 < tokens.count, !tokens[i + 1].isCapitalized, tokens[i + 1].sentence == t.sentence,
            EntityRecognizer.placeNounsAfterLone.contains(tokens, at: i + 1)
        {
            return true
        }
        return i > 0 && !tokens[i - 1].isCapitalized && EntityRecognizer.riverNouns.contains(tokens, at: i - 1)
    }

    /// "Mount Cole, Mount Lonarch and Raglan", "the suburb of Mount Eden": "Mount" and one
    /// name-shaped word, not at a sentence's start ("Mount" is a verb in a headline) and not after
    /// a capitalised word (a longer name), is a place, in a list as after a preposition.
    func isMountName(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        return hi - lo == 2 && lo > 0 && !tokens[lo].isAllCaps && EntityRecognizer.mountWords.contains(tokens, at: lo)
            && !tokens[lo - 1].isCapitalized && tokens[lo - 1].sentence == tokens[lo].sentence
            && isNameShaped(tokens[lo + 1]) && !isHead(.orgHead, tokens[lo + 1])
    }
}
