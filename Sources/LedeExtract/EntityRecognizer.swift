/// Finds entity mentions: the dateline, policies, then capitalised spans classified by word
/// lists and context.
struct EntityRecognizer {
    let doc: Document
    let lexicon: Lexicon
    var claimed: [Bool]
    var mentions: [RawMention] = []
    /// Token index where each sentence's first word is, to tell sentence capitals from names.
    private var sentenceInitial: SentenceStarts
    /// Keys of words written capitalised somewhere other than a sentence's start.
    private var capitalizedMidSentence: Set<String> = []

    private static let connectors: Set<String> = [
        "of", "and", "for", "from", "on", "to", "the", "in", "against", "&", "de", "la", "del", "van", "von", "der", "du",
        "da", "y",
    ]
    private static let companySuffixes: Set<String> = [
        "co.", "inc.", "corp.", "llc", "ltd.", "company", "corporation", "incorporated", "plc", "group", "holdings",
    ]
    /// Lower-case particles inside personal names: "Ursula von der Leyen".
    private static let nameParticles: Set<String> = ["von", "van", "der", "den", "de", "la", "le", "du", "da", "dos", "del", "bin", "al", "ibn"]
    private static let functionWords: Set<String> = [
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "when", "while", "after", "before", "as", "for",
        "with", "from", "by", "to", "of", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
        "your", "he", "she", "it", "they", "we", "i", "you", "under", "since", "during", "according", "so", "then",
        "now", "also", "however", "meanwhile", "because", "although", "though", "where", "what", "why", "how", "who",
        "which", "there", "here", "all", "some", "many", "more", "most", "each", "every", "no", "not", "do", "does",
        "did", "yes", "both", "either", "neither", "until", "despite", "without", "within", "about", "over", "like",
    ]
    private static let namedPlanNouns: Set<String> = ["plan", "program", "programme", "initiative", "proposal", "ordinance"]
    private static let locatives: Set<String> = ["in", "near", "outside", "across", "throughout", "around"]
    private static let thirdPersonVerbs: Set<String> = [
        "says", "tells", "adds", "notes", "wants", "thinks", "believes", "hopes", "plans", "is", "was", "has", "does",
        "argues", "writes", "insists", "warns", "expects", "remains", "faces", "leads", "runs", "lives", "works", "sees",
        "knows", "gets", "makes", "takes", "gives", "needs", "calls", "asks", "seems", "becomes", "helps", "joins",
    ]
    private static let nameSuffixes: Set<String> = ["jr.", "sr.", "ii", "iii", "iv"]
    private static let speechVerbs: Set<String> = [
        "said", "says", "told", "added", "wrote", "asked", "argued", "noted", "explained", "stated", "testified",
    ]

    init(doc: Document, lexicon: Lexicon) {
        self.doc = doc
        self.lexicon = lexicon
        claimed = Array(repeating: false, count: doc.tokens.count)
        sentenceInitial = SentenceStarts(count: doc.tokens.count)
        for range in doc.sentenceTokens {
            var i = range.lowerBound
            while i < range.upperBound, doc.tokens[i].kind == .punct { i += 1 }
            sentenceInitial.insert(i)
        }
        for (i, t) in doc.tokens.enumerated() where t.kind == .word && t.isCapitalized && !t.isAllCaps {
            if i > 0, doc.tokens[i - 1].key == "\"" || doc.tokens[i - 1].key == "-" || doc.tokens[i - 1].key == ":" {
                sentenceInitial.insert(i)
            } else if !sentenceInitial.contains(i) {
                capitalizedMidSentence.insert(t.key)
            }
        }
    }

    mutating func run() -> [RawMention] {
        findDateline()
        findCitations()
        findTitledPolicies()
        findDescribedPolicies()
        findSpans()
        return mentions
    }

    // MARK: Dateline

    /// "DETROIT, Mich. (Michigan News Source) –": a city in capitals, a state, a source, a dash.
    private mutating func findDateline() {
        let tokens = doc.tokens
        guard let range = doc.sentenceTokens.first else { return }
        var i = range.lowerBound
        var cityEnd = i
        while cityEnd < range.upperBound, tokens[cityEnd].isAllCaps || (tokens[cityEnd].isCapitalized && cityEnd > i && tokens[cityEnd].isAllCaps) {
            cityEnd += 1
        }
        guard cityEnd > i, cityEnd - i <= 4 else { return }
        var j = cityEnd
        var stateRange: Range<Int>?
        if j < range.upperBound, tokens[j].key == "," {
            var k = j + 1
            while k < range.upperBound, tokens[k].isCapitalized, k - j <= 3 { k += 1 }
            if k > j + 1 { stateRange = (j + 1)..<k; j = k }
        }
        var sourceRange: Range<Int>?
        if j < range.upperBound, tokens[j].key == "(" {
            var k = j + 1
            while k < range.upperBound, tokens[k].key != ")", k - j < 8 { k += 1 }
            guard k < range.upperBound, tokens[k].key == ")", k > j + 1 else { return }
            sourceRange = (j + 1)..<k
            j = k + 1
        }
        guard j < range.upperBound, tokens[j].key == "-" else { return }
        let cityKey = tokens[i..<cityEnd].map(\.key).joined(separator: " ")
        let cityName = lexicon.known[cityKey]?.canonical ?? titleCased(i..<cityEnd)
        addMention(.place, name: cityName, range: i..<cityEnd, canonical: true)
        if let stateRange {
            let key = tokens[stateRange].map(\.key).joined(separator: " ")
            if let state = lexicon.states[key] {
                addMention(.place, name: state, range: stateRange, canonical: true)
            } else if let known = lexicon.known[key] {
                addMention(.place, name: known.canonical, range: stateRange, canonical: true)
            }
        }
        if let sourceRange {
            let key = tokens[sourceRange].map(\.key).joined(separator: " ")
            let name = lexicon.known[key]?.canonical ?? doc.text(tokens[sourceRange.lowerBound].start, tokens[sourceRange.upperBound - 1].end)
            addMention(.agency, name: name, range: sourceRange, canonical: lexicon.known[key] != nil)
        }
        for k in i...j { claimed[k] = true }
        i = j + 1
        if i < range.upperBound { sentenceInitial.insert(i) }
    }

    private func titleCased(_ range: Range<Int>) -> String {
        doc.tokens[range].map { token in
            let text = doc.text(token.start, token.end)
            return text.prefix(1) + text.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    // MARK: Spans

    private func startsSpan(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        if t.kind != .word { return false }
        if t.isCapitalized { return true }
        // "4th Precinct", "67th District Court"
        return t.isOrdinal && i + 1 < doc.tokens.count && doc.tokens[i + 1].isNameLike
    }

    private mutating func findSpans() {
        let tokens = doc.tokens
        var i = 0
        while i < tokens.count {
            guard !claimed[i], startsSpan(i) else { i += 1; continue }
            var end = i + 1
            while end < tokens.count, !claimed[end], tokens[end].sentence == tokens[i].sentence {
                let t = tokens[end]
                if t.isNameLike || (t.isOrdinal && end + 1 < tokens.count && tokens[end + 1].isNameLike) {
                    end += 1
                    // "Teamsters Local 332": a union local keeps its number.
                    if t.key == "local", end < tokens.count, tokens[end].kind == .number { end += 1 }
                } else if let after = particleChainEnd(end), after < tokens.count, tokens[after].isNameLike,
                    tokens[after].sentence == tokens[i].sentence
                {
                    end = after
                } else if t.key == "for", end + 2 < tokens.count, tokens[end + 1].key == "the", tokens[end + 2].isNameLike,
                    tokens[end - 1].flags.contains(.orgHead), !claimed[end + 2]
                {
                    end += 2
                } else if t.kind == .word, EntityRecognizer.connectors.contains(t.key), end + 1 < tokens.count,
                    !claimed[end + 1], tokens[end + 1].isNameLike || (t.key == "of" && tokens[end + 1].key == "the"
                        && end + 2 < tokens.count && tokens[end + 2].isNameLike)
                {
                    end += t.key == "of" && tokens[end + 1].key == "the" ? 2 : 1
                } else if t.kind == .possessive, end + 1 < tokens.count, tokens[end + 1].isNameLike,
                    tokens[end + 1].flags.contains(.orgHead)
                {
                    end += 1
                } else {
                    break
                }
            }
            processSpan(i..<end, depth: 0)
            i = end
        }
    }

    /// The index after a run of name particles starting at `i`, if there is one.
    private func particleChainEnd(_ i: Int) -> Int? {
        var k = i
        while k < doc.tokens.count, !doc.tokens[k].isCapitalized, EntityRecognizer.nameParticles.contains(doc.tokens[k].key), k - i < 3 {
            k += 1
        }
        return k > i ? k : nil
    }

    /// Particles between capitalised words of a short run that opens with a given name.
    private func isNameParticle(_ k: Int, in span: Range<Int>) -> Bool {
        EntityRecognizer.nameParticles.contains(doc.tokens[k].key) && span.count <= 6
            && doc.tokens[span.lowerBound].flags.contains(.givenName)
    }

    private func isConnector(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        return !t.isCapitalized && !t.isOrdinal && t.kind == .word
    }

    private func isHead(_ flag: WordFlags, _ t: Token) -> Bool { t.flags.contains(flag) }

    private func isTitle(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        return t.flags.contains(.title)
    }

    private func isKnownWord(_ t: Token) -> Bool {
        return !t.flags.isDisjoint(with: [.known, .givenName, .city, .state])
    }

    /// Trims, splits and classifies one run of capitalised words.
    private mutating func processSpan(_ span: Range<Int>, depth: Int) {
        guard !span.isEmpty, depth < 6 else { return }
        let tokens = doc.tokens
        var lo = span.lowerBound, hi = span.upperBound
        while lo < hi, isConnector(lo) || tokens[lo].kind == .possessive || EntityRecognizer.functionWords.contains(String(tokens[lo].bare)) && lexicon.known[tokens[lo].key] == nil {
            lo += 1
        }
        while hi > lo, isConnector(hi - 1) || tokens[hi - 1].kind == .possessive { hi -= 1 }
        guard lo < hi else { return }
        if hi - lo > 1, let known = knownName(lo..<hi) {
            addMention(known.kind == .place ? .place : known.kind == .agency ? .agency : .policy, name: known.canonical,
                       range: lo..<hi, canonical: true)
            return
        }
        // Party-state tags ("R-S.D.", "D-Grand Rapids") name no place of their own.
        if isPartyTag(tokens[lo]), lo > 0, tokens[lo - 1].key == "," { return }
        // A title inside the span splits it: "DPD Public Information Director Vic Pratt".
        if let split = titleSplit(lo..<hi) {
            processSpan(lo..<split.descriptorStart, depth: depth + 1)
            if split.nameStart < hi {
                let descriptor = doc.text(tokens[split.descriptorStart].start, tokens[split.nameStart - 1].end)
                addPerson(split.nameStart..<hi, descriptor: descriptor)
            }
            return
        }
        // "the Department of Energy and Outlier Media": two names, each with its own head.
        for k in (lo + 1)..<max(lo + 1, hi - 1) where tokens[k].key == "and" || tokens[k].key == "&" {
            let left = lo..<k
            let leftHasHead = isHead(.orgHead, tokens[k - 1]) || isHead(.placeHead, tokens[k - 1])
                || left.contains { isHead(.orgHead, tokens[$0]) && $0 + 1 < k && tokens[$0 + 1].key == "of" }
                || knownName(left) != nil
            // "Bureau of Industry and Security (BIS)": the "and" joins the complement of "of"
            // unless the right part has a head of its own.
            let right = (k + 1)..<hi
            let rightHasHead = isHead(.orgHead, tokens[hi - 1]) || isHead(.placeHead, tokens[hi - 1]) || knownName(right) != nil
            if leftHasHead, rightHasHead, !followedByAcronym(hi), knownName(lo..<hi) == nil, tokens[k].key == "and" {
                processSpan(left, depth: depth + 1)
                processSpan((k + 1)..<hi, depth: depth + 1)
                return
            }
        }
        // Connectors other than "of" belong only to names with a head: "Immigration and Nationality Act".
        // An acronym in parentheses vouches for the whole run: "Bureau of Industry and Security (BIS)".
        if !isHead(.orgHead, tokens[hi - 1]) && !isHead(.policyHead, tokens[hi - 1])
            && knownName(lo..<hi) == nil && !followedByAcronym(hi)
        {
            for k in lo..<hi where isConnector(k) && tokens[k].key != "of" && tokens[k].key != "the" && !isNameParticle(k, in: lo..<hi)
                && !(tokens[k].key == "for" && k > lo && isHead(.orgHead, tokens[k - 1]))
            {
                processSpan(lo..<k, depth: depth + 1)
                processSpan((k + 1)..<hi, depth: depth + 1)
                return
            }
        }
        // Sentence capitals and lone adjectives: "Investigators", "American" (but "American Water
        // Works Association" and "First Amendment" keep theirs: a head word ends the name).
        let endsWithHead = hi - lo > 1
            && (isHead(.orgHead, tokens[hi - 1]) || isHead(.policyHead, tokens[hi - 1])
                || isHead(.placeHead, tokens[hi - 1])
                || (lo..<(hi - 1)).contains { isHead(.orgHead, tokens[$0]) && tokens[$0 + 1].key == "of" })
        while lo < hi {
            let t = tokens[lo]
            if hi - lo > 1, knownName(lo..<hi) != nil { break }
            if t.flags.contains(.nonName) && !t.flags.contains(.known) && !endsWithHead
                && !(hi - lo >= 2 && (lo + 2...hi).contains(where: { knownName(lo..<$0) != nil }))
            {
                lo += 1
                continue
            }
            if sentenceInitial.contains(lo), !t.isAllCaps, t.flags.contains(.common), !isKnownWord(t),
                !capitalizedMidSentence.contains(t.key), !isTitle(lo), !(endsWithHead && hi - lo == 2),
                !(hi - lo > 1 && t.flags.contains(.surname)), !namedEarlier(t.key),
                knownName(lo..<hi) == nil,
                // "Doctors Without Borders": a capitalised function word marks a title-cased name.
                !(lo + 1..<hi).contains(where: { tokens[$0].isCapitalized && EntityRecognizer.functionWords.contains(tokens[$0].key) })
            {
                lo += 1
                continue
            }
            break
        }
        guard lo < hi else { return }
        if let known = knownName(lo..<hi) {
            addMention(known.kind == .place ? .place : known.kind == .agency ? .agency : .policy, name: known.canonical,
                       range: lo..<hi, canonical: true)
            return
        }
        classify(lo..<hi)
    }

    private func titleSplit(_ span: Range<Int>) -> (descriptorStart: Int, nameStart: Int)? {
        let tokens = doc.tokens
        for k in span where isTitle(k) {
            var nameStart = k + 1
            // "Attorney General", "Police Chief": take the whole title.
            while nameStart < span.upperBound, isTitle(nameStart) { nameStart += 1 }
            let rest = nameStart..<span.upperBound
            if !rest.isEmpty {
                guard rest.count <= 5,
                    tokens[rest.lowerBound].flags.contains(.givenName)
                        || !rest.contains(where: { isHead(.orgHead, tokens[$0]) || isHead(.placeHead, tokens[$0]) || isHead(.policyHead, tokens[$0]) }),
                    !rest.contains(where: { isConnector($0) && !EntityRecognizer.nameParticles.contains(tokens[$0].key) }),
                    knownName(rest) == nil
                else { continue }
            }
            var descriptorStart = k
            // "Wayne County Executive": a place head after a name stays with the name.
            while descriptorStart > span.lowerBound,
                isHead(.titleWord, tokens[descriptorStart - 1]) || isTitle(descriptorStart - 1),
                !(isHead(.placeHead, tokens[descriptorStart - 1]) && descriptorStart - 2 >= span.lowerBound
                    && !isHead(.titleWord, tokens[descriptorStart - 2]) && !isTitle(descriptorStart - 2))
            {
                descriptorStart -= 1
            }
            if rest.isEmpty, descriptorStart == span.lowerBound { return nil }
            return (descriptorStart, nameStart)
        }
        return nil
    }

    private mutating func classify(_ span: Range<Int>) {
        let tokens = doc.tokens
        let first = tokens[span.lowerBound], last = tokens[span.upperBound - 1]
        var lo = span.lowerBound, hi = span.upperBound
        let count = hi - lo
        // "Safe Drinking Water Act of 1974"
        if isHead(.policyHead, last), hi + 1 < tokens.count, tokens[hi].key == "of", tokens[hi + 1].kind == .number,
            tokens[hi + 1].key.count == 4
        {
            let short = doc.text(first.start, last.end)
            hi += 2
            var mention = makeMention(.policy, name: doc.text(first.start, tokens[hi - 1].end), range: lo..<hi)
            mention.aliases = [short]
            push(mention, range: lo..<hi)
            return
        }
        if count >= 2, isHead(.policyHead, last) || (last.key == "amendment") {
            addMention(.policy, name: nil, range: lo..<hi)
            return
        }
        if count >= 2, isHead(.eventHead, last) { return }
        // "the Oakland County Transit plan": a name run that qualifies a lower-case plan or
        // programme is that plan's name, unless the run is an organisation's.
        if count >= 2, hi < tokens.count, EntityRecognizer.namedPlanNouns.contains(tokens[hi].key),
            !isHead(.orgHead, last), !first.flags.contains(.givenName), knownName(lo..<hi) == nil, !claimed[hi]
        {
            addMention(.policy, name: nil, range: lo..<(hi + 1))
            return
        }
        // "Detroit Tigers": a place and a plural name is a team.
        if count >= 2, count <= 3, lexicon.known[first.key]?.kind == .place, last.key.hasSuffix("s"), !last.isAllCaps,
            !last.flags.contains(.surname)
        {
            addMention(.agency, name: nil, range: lo..<hi)
            return
        }
        let hasInitials = tokens[span].contains { $0.isAbbreviation && $0.key.utf8.count <= 3 && $0.isCapitalized }
            || EntityRecognizer.nameSuffixes.contains(last.key)
        let givenFirst = first.flags.contains(.givenName) && !first.isAllCaps
        let strongOrgEnd = EntityRecognizer.companySuffixes.contains(last.key)
            || ["department", "agency", "office", "council", "court", "university", "commission", "bureau", "authority",
                "administration", "association", "committee", "police"].contains(last.key)
        let orgEnd = (isHead(.orgHead, last) || isHead(.placeHead, last)) && !last.flags.contains(.surname)
        if count >= 2, count <= 4, (givenFirst || hasInitials), !strongOrgEnd, !orgEnd,
            !tokens[span].dropLast().contains(where: { isHead(.orgHead, $0) && !$0.flags.contains(.givenName) })
        {
            addPerson(lo..<hi, descriptor: nil)
            return
        }
        if isHead(.orgHead, last) || (count >= 3 && isHead(.orgHead, first) && tokens[lo + 1].key == "of")
            || (count >= 2 && followedByAcronym(hi))
        {
            if count == 1 && !first.isAllCaps { addWeak(lo); return }
            addMention(.agency, name: nil, range: lo..<hi)
            return
        }
        if count >= 2, isHead(.placeHead, last) {
            addMention(.place, name: nil, range: lo..<hi)
            return
        }
        if count == 1 {
            classifySingle(lo)
            return
        }
        // "Southern California Edison", "Detroit Edison": a place opening a run without a head
        // names a company after the place.
        if let placeEnd = (lo + 1..<hi).last(where: { knownName(lo..<$0)?.kind == .place }), placeEnd < hi,
            !(placeEnd..<hi).contains(where: { isTitle($0) })
        {
            addMention(.agency, name: nil, range: lo..<hi)
            return
        }
        // A known place opening an unknown run: "Detroit Councilmember…" was split above; here
        // "Michigan Avenue"-like runs without heads stay whole.
        if tokens[span].contains(where: { $0.key == "of" }) {
            addMention(.agency, name: nil, range: lo..<hi)
            return
        }
        // An unknown run of two or three name-shaped words is most often a person's name; a run
        // ending in a common word ("Explorer SUVs", "Ford Model") is more often a product.
        let lastIsNameWord = last.flags.contains(.surname) || !last.flags.contains(.common)
        // "Goldman Sachs economists", "Ford workers": a name modifying a plural noun is an
        // organisation far more often than a person.
        let modifiesPlural = hi < tokens.count && tokens[hi].kind == .word && !tokens[hi].isCapitalized
            && tokens[hi].key.hasSuffix("s") && tokens[hi].flags.contains(.common)
            && !EntityRecognizer.thirdPersonVerbs.contains(tokens[hi].key)
        let hasFunctionWord = tokens[span].contains { $0.isCapitalized && EntityRecognizer.functionWords.contains($0.key) }
        if count <= 3, !first.isAllCaps, lastIsNameWord, !modifiesPlural, !hasFunctionWord,
            tokens[span].allSatisfy({ isNameShaped($0) })
        {
            addPerson(lo..<hi, descriptor: nil)
            return
        }
        // Trim a sentence-initial word and try again.
        if sentenceInitial.contains(lo), first.flags.contains(.common), !first.flags.contains(.surname), !hasFunctionWord {
            lo += 1
            classify(lo..<hi)
            return
        }
        addMention(.agency, name: nil, range: lo..<hi)
    }

    /// The word is the first or last word of a longer name already found ("Ford" after
    /// "Ford Motor Co.", "Pratt" after "Vic Pratt").
    private func namedEarlier(_ key: String) -> Bool {
        mentions.contains { m in
            m.tokenCount > 1 && (m.key.hasPrefix(key + " ") || m.key.hasSuffix(" " + key))
        }
    }

    /// The known name a run of tokens spells, if any; a run whose first word starts no known
    /// name is rejected without building its key.
    private func knownName(_ range: Range<Int>) -> (kind: Lexicon.Kind, canonical: String)? {
        guard !range.isEmpty else { return nil }
        let first = doc.tokens[range.lowerBound]
        if range.count == 1 { return first.flags.contains(.known) ? lexicon.known[first.key] : nil }
        guard first.flags.contains(.knownPrefix) else { return nil }
        return lexicon.known[doc.tokens[range].map(\.key).joined(separator: " ")]
    }

    private func isPartyTag(_ t: Token) -> Bool {
        t.key.hasPrefix("r-") || t.key.hasPrefix("d-") || t.key.hasPrefix("i-")
    }

    /// "Skubal", "LaGrand", "Santiago-Romero" but not "SUVs" or "iPhone".
    private func isNameShaped(_ t: Token) -> Bool {
        guard t.kind == .word, t.isCapitalized, !t.isAllCaps else { return false }
        let scalars = Array(t.key.unicodeScalars.prefix(2))
        let text = doc.text(t.start, min(t.end, t.start + 2))
        return scalars.count < 2 || !(text.unicodeScalars.allSatisfy { Chars.isUpper($0.value) })
    }

    private func followedByAcronym(_ index: Int) -> Bool { shortName(after: index) != nil }

    /// The tokens of a short name in parentheses right after a name: "(DPD)", "(Cal Fire)".
    private func shortName(after index: Int) -> Range<Int>? {
        let tokens = doc.tokens
        guard index + 2 < tokens.count, tokens[index].key == "(" else { return nil }
        var k = index + 1
        while k < tokens.count, k - index <= 3, tokens[k].isNameLike, !isPartyTag(tokens[k]) { k += 1 }
        guard k > index + 1, k < tokens.count, tokens[k].key == ")" else { return nil }
        // One word must be an acronym or the whole a known name; "(Reuters)" after a name is a source.
        let range = (index + 1)..<k
        guard tokens[range].contains(where: { $0.isAllCaps }) || range.count > 1 else { return nil }
        return range
    }

    private mutating func classifySingle(_ i: Int) {
        let t = doc.tokens[i]
        if let known = lexicon.known[t.key] {
            addMention(known.kind == .place ? .place : known.kind == .agency ? .agency : .policy, name: known.canonical,
                       range: i..<(i + 1), canonical: true)
            return
        }
        if let state = lexicon.states[t.key], t.key.count > 2 || t.isAbbreviation {
            addMention(.place, name: state, range: i..<(i + 1), canonical: true)
            return
        }
        if t.isAllCaps {
            let bare = String(t.bare).replacingDots()
            if lexicon.nonEntityAcronyms.contains(bare) || lexicon.nonEntityAcronyms.contains(String(bare.dropLast()))
                && bare.hasSuffix("s")
            {
                return
            }
            addMention(.agency, name: nil, range: i..<(i + 1))
            return
        }
        if t.flags.contains(.nonName) || isTitle(i) { return }
        // "H20", "F-150", "COVID-19": model and product codes name none of the four types.
        if t.key.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) { return }
        // "Game 5", "Route 66", "Flight 370": a label with a number.
        if i + 1 < doc.tokens.count, doc.tokens[i + 1].kind == .number, doc.tokens[i + 1].sentence == t.sentence { return }
        addWeak(i)
    }

    // MARK: Building mentions

    private mutating func addWeak(_ i: Int) {
        var mention = makeMention(.agency, name: nil, range: i..<(i + 1))
        mention.isWeak = true
        mention.isSentenceInitial = sentenceInitial.contains(i)
        mention.afterLocative = i > 0 && EntityRecognizer.locatives.contains(doc.tokens[i - 1].key)
        // Context that marks a person's surname: "said Knight", "Bonta said".
        let tokens = doc.tokens
        if (i > 0 && EntityRecognizer.speechVerbs.contains(tokens[i - 1].key))
            || (i + 1 < tokens.count && EntityRecognizer.speechVerbs.contains(tokens[i + 1].key))
        {
            mention.type = .person
        }
        push(mention, range: i..<(i + 1))
    }

    private mutating func addPerson(_ range: Range<Int>, descriptor: String?) {
        let tokens = doc.tokens
        var mention = makeMention(.person, name: nil, range: range)
        if let descriptor { mention.descriptors.append(descriptor) }
        // A lower-case title right before: "manager Stephen Vogt", "right-hander Tanner Bibee".
        var k = range.lowerBound - 1
        if descriptor == nil, k >= 0, isTitle(k), !tokens[k].isCapitalized {
            let end = tokens[k].end
            while k > 0, !tokens[k - 1].isCapitalized, tokens[k - 1].flags.contains(.titleWord) || isTitle(k - 1) { k -= 1 }
            mention.descriptors.append(doc.text(tokens[k].start, end))
        }
        // An apposition after: "Chris Marchese, director of the NetChoice Litigation Center,".
        let after = range.upperBound
        if after + 1 < tokens.count, tokens[after].key == ",", isTitle(after + 1) || tokens[after + 1].flags.contains(.titleWord) {
            var e = after + 1
            while e + 1 < tokens.count, tokens[e + 1].key != ",", tokens[e + 1].key != ".", tokens[e + 1].sentence == tokens[after].sentence, e - after < 10 { e += 1 }
            mention.descriptors.append(doc.text(tokens[after + 1].start, tokens[e].end))
        }
        push(mention, range: range)
    }

    private mutating func addMention(_ type: EntityType, name: String?, range: Range<Int>, canonical: Bool = false) {
        var mention = makeMention(type, name: name, range: range)
        mention.isCanonical = canonical
        push(mention, range: range)
    }

    private func makeMention(_ type: EntityType, name: String?, range: Range<Int>) -> RawMention {
        let tokens = doc.tokens
        let start = tokens[range.lowerBound].start, end = tokens[range.upperBound - 1].end
        let text = name ?? doc.text(start, end)
        var mention = RawMention(
            type: type, key: Lexicon.key(text), name: text, start: start, end: end,
            sentence: tokens[range.lowerBound].sentence, tokenCount: range.count)
        if let short = shortName(after: range.upperBound) {
            mention.acronym = doc.text(tokens[short.lowerBound].start, tokens[short.upperBound - 1].end)
        }
        return mention
    }

    private mutating func push(_ mention: RawMention, range: Range<Int>) {
        mentions.append(mention)
        for k in range { claimed[k] = true }
        // The "(DPD)" after a name is a mention of the same thing.
        if let acronym = mention.acronym, let short = shortName(after: range.upperBound) {
            var alias = mention
            alias.name = acronym
            alias.start = doc.tokens[short.lowerBound].start
            alias.end = doc.tokens[short.upperBound - 1].end
            alias.tokenCount = short.count
            alias.isCanonical = false
            alias.aliases = []
            alias.descriptors = []
            alias.acronym = nil
            mentions.append(alias)
            for k in short { claimed[k] = true }
        }
    }
}

/// Token indexes that open a sentence (or a quotation, or the text after a dateline).
struct SentenceStarts {
    private var flags: [Bool]
    init(count: Int) { flags = Array(repeating: false, count: count) }
    func contains(_ i: Int) -> Bool { i >= 0 && i < flags.count && flags[i] }
    mutating func insert(_ i: Int) { if i >= 0 && i < flags.count { flags[i] = true } }
}

extension String {
    func replacingDots() -> String { String(filter { $0 != "." }) }
}
