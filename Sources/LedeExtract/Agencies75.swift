/// Agency round seventy-five (agency75): a party's branch in a UK nation, named with the nation's
/// adjective ("Scottish Labour", "the Welsh Conservatives", "Scottish Liberal Democrat leader …").
/// The branches are parties of their own in the devolved parliaments, and news from Scotland
/// and Wales names them so; the gold names them as written. The run trimmer read the adjective as
/// a demonym before a listed party and kept the UK party alone ("Conservatives" → "Conservative
/// Party"), a false agency and a missed one each time.
///
/// A run of two to four words whose first word is a nation's adjective (`nation-adjectives.txt`:
/// "Scottish", "Welsh") and whose rest is a listed party (`agencies.txt`: a canonical name ending in "Party", or "Liberal Democrats") is
/// one agency named as written. "Scottish Government", "Welsh Ambulance Service" (no party) and
/// "Scottish National Party" (listed whole, read before) are left as they were.
///
/// In an article that names a branch, the party's bare name is the branch ("the Welsh
/// Conservatives said …; the Tories tabled the vote"): the listed party's mentions join the
/// branch's entity (`joinNationParties75`), unless two branches of the one party are named.
extension EntityRecognizer {
    /// Adds the branch's mention and says so (see above). Called in `processSpan` after the
    /// look-up of the whole run, for a run of two to four words that `mayOpenNationParty75` lets by.
    mutating func takeNationParty75(_ lo: Int, _ hi: Int) -> Bool {
        guard EntityRecognizer.nationAdjectives16.keys.contains(doc.tokens, at: lo) else { return false }
        guard let known = knownName((lo + 1)..<hi), known.kind == .agency, EntityRecognizer.isPartyName75(known.canonical) else {
            return false
        }
        addMention(.agency, name: nil, range: lo..<hi)
        nationParties75 = true
        return true
    }

    /// The nation adjectives (`nation-adjectives.txt`) as written, and by key.
    static let nationAdjectives16: (names: [String], keys: WordSet) = {
        let names = Lexicon.shared.nationAdjectives16
        return (names, WordSet(names.map { Lexicon.key($0) }))
    }()

    /// A test before `takeNationParty75`'s key compares, run on every run of two words or more:
    /// the first word's key hash hits a bit of the adjectives' own word-set filter
    /// (`SharedLexicon.nationBits16`, `WordSet.mayHold`; speed43 folded fixes16's byte gate of
    /// length and first byte into it). It lets every listed adjective by, as the set does.
    @inline(__always)
    func mayOpenNationParty75(_ lo: Int) -> Bool {
        WordSet.mayHold(input.shared.nationBits16, doc.tokens, at: lo)
    }

    /// Joins the party's bare mentions to its branch named in the same article (see above). A
    /// pass over the finished mentions, run only where `takeNationParty75` added a branch; a
    /// branch's mention opens with a listed adjective and a space.
    mutating func joinNationParties75() {
        var branches: [(party: String, branch: RawMention)] = []
        var ambiguous: Set<String> = []
        for m in mentions where m.type == .agency && !m.isCanonical && m.tokenCount >= 2 && m.tokenCount <= 4 {
            let name = m.name
            guard EntityRecognizer.nationAdjectives16.names.contains(where: { name.hasPrefix($0 + " ") }) else { continue }
            let rest = name.drop(while: { $0 != " " }).dropFirst()
            guard let known = input.shared.known(Lexicon.key(String(rest))), known.kind == .agency,
                EntityRecognizer.isPartyName75(known.canonical)
            else { continue }
            if let other = branches.first(where: { $0.party == known.canonical }) {
                if other.branch.key != m.key { ambiguous.insert(known.canonical) }
                continue
            }
            branches.append((known.canonical, m))
        }
        guard !branches.isEmpty else { return }
        for m in mentions where m.type == .agency && m.isCanonical {
            guard let found = branches.first(where: { $0.party == m.name }), !ambiguous.contains(found.party) else { continue }
            m.key = found.branch.key
            m.name = found.branch.name
            m.isCanonical = false
        }
    }

    /// A listed party's canonical name: "Labour Party", "Conservative Party", "Liberal Democrats".
    static func isPartyName75(_ canonical: String) -> Bool {
        canonical.hasSuffix(" Party") || canonical == "Liberal Democrats"
    }
}
