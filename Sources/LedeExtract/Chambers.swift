/// A chamber's name followed by a party word ("Senate Democrat", "House Republicans").
extension EntityRecognizer {
    /// Where the party word starts in a two-word run "Chamber Party", or nil. The chamber and
    /// the party are read apart: "the top Senate Democrat" names the Senate and a Democrat.
    func chamberPartySplit(_ tokens: [Token], _ first: Int) -> Int? {
        guard first + 1 < tokens.count, WordSet.mayHold(Bits43.chamberWords, tokens, at: first), EntityRecognizer.chamberWords.contains(tokens, at: first),
            EntityRecognizer.partyMemberWords.contains(tokens, at: first + 1)
        else { return nil }
        return first + 1
    }

    static let chamberWords: WordSet = ["senate", "house", "assembly", "congress"]
    static let partyMemberWords: WordSet = ["democrat", "democrats", "republican", "republicans"]
}
