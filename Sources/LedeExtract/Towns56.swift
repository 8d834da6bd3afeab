/// Entities round fifty-six (entities56): a second-tier gazetteer for place recall. `cities.txt`
/// lists towns of 15,000 people or more (5,000 under a stricter filter), so a small town or a
/// village named once in local news ("Telluride", "Kapaa", "Steamboat Springs", "Dunkeld") had no
/// evidence but its capital and was typed an organisation or a person by default. `towns.txt`
/// (`scripts/gen-towns`: GeoNames places of 500 or more people in the United States and the
/// countries of the English-language press, names that are no common word, Census name or listed
/// name) holds them, and is read as weak evidence only: a mention the rules typed by default
/// alone (`isDefaultTyped`: an unlisted run or a lone weak word as an organisation, a name-shaped
/// run as a person), no list's, with no acronym, whose whole name is a listed town, becomes a
/// place, outside game stories (teams are named by their towns). A person by shape whose first word
/// is a listed given name or surname needs a preposition of place before it too ("Steamboat
/// Springs" needs none: "Springs" is a Census surname, but no person's name opens it);
/// a speech verb after any of them ("Dunkeld said") keeps the rules' type, and so does a name in
/// capitals or a title-case line. Never a title, a head word, a cue or a known name: those are
/// not default-typed. The table is never in the tokenizer's word flags, so it costs a look-up
/// only for the few default-typed mentions of an article.
extension Lexicon {
    /// Fills `towns` from the lines of `towns.txt` (name|variant…|country), skipping names a
    /// stronger list already holds.
    mutating func loadTowns56(_ lines: [Substring]) {
        towns = StringTable<Bool>(minimumCapacity: lines.count + lines.count / 4)
        for line in lines {
            for field in line.listFields().dropLast() {
                let key = Lexicon.key(String(field))
                if known[key] == nil { towns[key] = true }
            }
        }
    }
}

extension EntityRecognizer {
    /// Lower-case words before a name that place it ("in X", "near X", "the village of X").
    static let townPrepositions56: WordSet = [
        "in", "near", "at", "from", "of", "to", "outside", "around", "into", "towards", "toward", "between", "across",
    ]

    /// The pass (see the file's comment): default-typed mentions whose name is a listed town.
    mutating func applyTowns56() {
        let towns = lexicon.towns
        // A game story names its teams by their towns ("Tillamook beat Coquille").
        guard towns.count > 0, !isSportsArticle() else { return }
        for m in mentions.indices {
            guard mentions.isDefaultTyped(m), !mentions[m].isCanonical, mentions[m].acronym == nil, mentions[m].tokenCount <= 3,
                !mentions[m].beforeSpeechVerb, !mentions[m].inTitleCaseLine, !(mentions[m].isWeak && mentions[m].isSentenceInitial), towns.contains(mentions[m].key),
                let i = doc.tokenIndex(of: mentions[m]), !doc.tokens[i].isAllCaps
            else { continue }
            if mentions[m].type == .person, !doc.tokens[i].flags.isDisjoint(with: [.givenName, .surname]) {
                guard i >= 1, doc.tokens[i - 1].kind == .word, !doc.tokens[i - 1].isCapitalized,
                    EntityRecognizer.townPrepositions56.contains(doc.tokens, at: i - 1)
                else { continue }
            }
            mentions[m].becomeCuedPlace()
        }
    }
}
