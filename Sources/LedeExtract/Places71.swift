/// Places round seventy-one (place71, twelfth session of 2026-12-01).
///
/// - **a state's nickname**: "the Tar Heel State", "the Beehive State", "the Peach State". The
///   gold makes the nickname an alias of the state the article is about ("North Carolina", alias
///   "Tar Heel State"; final19, final25, final42); the rules kept it a place of its own, one false
///   place an article. A place "the X State" whose words before "State" no list knows as a place
///   is the US state named nearest before it (else first after it) in the article; an article
///   naming no US state keeps it as it was. Listed states abroad ("Lagos State", "Rivers State")
///   are listed names and never read here.
/// - lower-case site heads ("Al Noor mosque", "Gretna interchange", "Sungai Besi toll", "Tsuen
///   Wan line", "Popol Vuh elementary school") are rows of `lower-heads.txt` (`LowerHeads57.swift`).
extension EntityRecognizer {
    /// Gives every unlisted "the X State" place the key and name of the article's nearest US state.
    mutating func joinStateNicknames71() {
        let count = mentions.count
        guard count > 1 else { return }
        let bytes = doc.bytes
        var nicknames: [Int] = []
        for m in 0..<count where mentions[m].type == .place && mentions[m].tokenCount >= 2 && mentions[m].tokenCount <= 4 {
            // Every nickname ends in "State": its last byte rules out almost every place first.
            let end = mentions[m].end
            guard end >= 5, bytes[end - 1] == 101, bytes[end - 5] == 83, !mentions[m].isCanonical, isStateNickname71(m)
            else { continue }
            nicknames.append(m)
        }
        guard !nicknames.isEmpty else { return }
        for m in nicknames {
            var best: Int? = nil
            for s in 0..<count where s != m && mentions[s].type == .place && input.shared.state(mentions[s].key) != nil {
                if mentions[s].start < mentions[m].start {
                    best = s
                } else if best == nil {
                    best = s
                    break
                } else {
                    break
                }
            }
            guard let s = best else { continue }
            mentions[m].key = mentions[s].key
            mentions[m].name = mentions[s].name
        }
    }

    /// Whether place mention `m` is "the X State" with no listed place among its words before "State".
    private func isStateNickname71(_ m: Int) -> Bool {
        guard let i = doc.tokenIndex(of: mentions[m]), i >= 1 else { return false }
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let j = i + mentions[m].tokenCount - 1
        guard j < view.count, view[j].kind == .word, view[j].key == "state", view[j].isCapitalized, !view[j].isAllCaps,
            view[i - 1].kind == .word, view[i - 1].key == "the"
        else { return false }
        for k in i..<j {
            guard view[k].kind == .word, view[k].isCapitalized, !view[k].isAllCaps,
                view[k].flags.isDisjoint(with: [.state, .city, .known, .placeHead, .orgHead])
            else { return false }
        }
        let nameKey = Lexicon.key(Document.text(doc.bytes, view[i].start, view[j - 1].end))
        return input.shared.state(nameKey) == nil && !lexicon.countryNames.contains(nameKey)
    }
}
