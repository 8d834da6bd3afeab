/// Typer round twelve (eleventh session of 2026-12-01, typer12): features that tell apart the
/// shapes the ninth session's retrain confused. Trained on the real articles, the model learnt that
/// a rules' organisation which is a lone unlisted name is mostly a place or nothing, and retyped
/// teams ("Houston Astros": a listed city, then a plural), companies and invented rows with it.
/// These features give the perceptron the evidence the rules' own vocabularies hold about each
/// group: a game story, a city-led plural, the prepositions before every mention (place: "in",
/// "near", "from"; an actor: "by", "with", "against"), a place noun after the name ("X district"),
/// a whole name in the small-towns gazetteer (`towns.txt`, weak place evidence) and a capital
/// inside one word ("BridgeDetroit": a company's shape). Only closed word sets and shapes: the
/// weights still name no article text. Called last in `typingFeatures`, so every older feature
/// is summed in its old order (the shipped weights give the new ones nothing).
extension EntityMerger {
    /// Lower-case words before a mention that place it.
    static let placePrepositions12: WordSet = [
        "in", "near", "at", "from", "outside", "around", "across", "into", "towards", "toward", "throughout", "inside",
    ]
    /// Lower-case words before a mention that make it an actor or an owner.
    static let actorPrepositions12: WordSet = ["by", "with", "against", "for", "versus", "v", "vs", "beat", "beats"]
    /// Lower-case nouns after a name that make it a place ("the Kibera area", "Daraa province").
    static let placeNouns12: WordSet = [
        "district", "districts", "village", "villages", "area", "areas", "town", "towns", "city", "county", "neighbourhood",
        "neighborhood", "suburb", "suburbs", "region", "province", "township", "borough", "municipality", "island", "valley",
        "state", "community", "camp", "settlement", "parish", "quarter", "estate",
    ]

    func shapeFeatures12<F: TypingFeatureCollector>(_ group: Group, _ raw: [RawMention], into f: inout F) {
        let tokens = doc.tokens.span
        func add(_ t: TypingFeature) { f.add(t.rawValue) }
        var afterPlace = false, afterActor = false, placeNounAfter = false
        for i in group.members.prefix(EntityMerger.mentionsRead) {
            guard let t = doc.tokenIndex(of: raw[i]) else { continue }
            if t > 0, tokens[t - 1].kind == .word, !tokens[t - 1].isCapitalized {
                if EntityMerger.placePrepositions12.contains(doc.tokens, at: t - 1) { afterPlace = true }
                if EntityMerger.actorPrepositions12.contains(doc.tokens, at: t - 1) { afterActor = true }
            }
            let hi = t + raw[i].tokenCount
            if hi < tokens.count, tokens[hi].kind == .word, !tokens[hi].isCapitalized,
                EntityMerger.placeNouns12.contains(doc.tokens, at: hi)
            {
                placeNounAfter = true
            }
        }
        if afterPlace { add(.anyAfterPlacePreposition) }
        if afterActor { add(.anyAfterActorPreposition) }
        if placeNounAfter { add(.placeNounAfter) }
        let sports = doc.sportsWordCount >= 3
        if sports { add(.sportsStory) }
        let first = group.members[0]
        guard let lo = doc.tokenIndex(of: raw[first]) else { return }
        let hi = lo + raw[first].tokenCount
        guard hi <= tokens.count else { return }
        let lastPlural = tokens[hi - 1].key.hasBytesSuffix("s") && tokens[hi - 1].flags.isDisjoint(with: [.orgHead, .placeHead])
        // "Houston Astros", "Indiana Pacers": a listed place, then a plural no head list holds.
        if hi - lo == 2, !tokens[lo].flags.isDisjoint(with: [.city, .state, .known]), lastPlural { add(.placeLedPlural) }
        if sports, lastPlural { add(.pluralInSportsStory) }
        if raw[first].tokenCount <= 3, lexicon.towns.contains(raw[first].key) { add(.wholeNameTown) }
        for k in lo..<hi where tokens[k].kind == .word && !tokens[k].isAllCaps && hasInnerCapital(tokens[k]) {
            add(.innerCapital)
            break
        }
    }

    /// A capital after the first letter of a word ("BridgeDetroit", "PayPal"; not "McDonald").
    private func hasInnerCapital(_ token: Token) -> Bool {
        guard token.end - token.start >= 4 else { return false }
        var upper = 0
        for b in (token.start + 1)..<token.end where doc.bytes[b] >= 65 && doc.bytes[b] <= 90 { upper += 1 }
        guard upper > 0 else { return false }
        let b0 = doc.bytes[token.start], b1 = doc.bytes[token.start + 1]
        // "McDonald", "MacLeod", "O'Brien"-like prefixes are names, not companies.
        if b0 == 77, b1 == 99, upper == 1 { return false }
        if b0 == 77, b1 == 97, token.end - token.start > 3, doc.bytes[token.start + 2] == 99, upper == 1 { return false }
        return true
    }
}
