/// Entities round thirty-eight (entities38): a name that a distance and a bearing place on a
/// map is a place. News gives a small town's position by its distance from a larger one
/// ("Dirranbandi, about 100km south", "Byron, about 16 miles southwest of Macon", "9km outside
/// Limerick City", "20 km north of Kuwano"); the span rules left such towns typed by default (a
/// body by the fallback rule, a weak word, or a person by shape: "St George"). A pass over the
/// finished mentions after `applyPlaceCues35` (never inside `processSpan`): it reads only
/// default-typed mentions, and a few tokens around each, so most articles pay one type test per
/// mention. When a cue retypes a name, the article's other unlisted mentions of the same name
/// follow (document-level evidence: one town, one type).
extension EntityRecognizer {
    /// Words that may stand between the comma and the number ("X, about 100km south").
    static let distanceApproximators38: WordSet = [
        "about", "some", "around", "roughly", "nearly", "approximately", "almost", "just", "over", "under", "barely", "only",
    ]
    /// Units of distance on a map, as their own word ("100 km") or after the digits ("100km").
    static let distanceUnits38: WordSet = [
        "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "mi",
    ]
    /// What follows the distance in a position: a bearing, or a word that measures from a place.
    static let bearings38 = WordSet(
        compassPoints + ["from", "outside", "away", "inland", "upstream", "downstream", "off", "beyond"])

    /// The pass: default-typed names with a distance after them or before them become places,
    /// then their other default-typed mentions in the article.
    mutating func applyPlaceDistances38() {
        let count = mentions.count
        guard count > 0 else { return }
        var placed: [String] = []
        for m in 0..<count {
            // A person by a given name too ("Glen Arvon, about 300km west"): people are not
            // given a distance and a bearing.
            guard mentions[m].type != .place, mentions[m].tokenCount <= 3,
                mentions.isDefaultTyped(m) || mentions[m].type == .person && !mentions[m].isCanonical,
                mayHaveDistanceCue38(mentions[m].start, mentions[m].end),
                let first = doc.tokenIndex(of: mentions[m])
            else { continue }
            let last = lastToken38(from: first, end: mentions[m].end)
            if distanceFollows38(last) || distanceBefore38(first) {
                mentions[m].becomeCuedPlace()
                placed.append(mentions[m].key)
            }
        }
        // One name, one type in an article: a name typed by default (a body by the fallback rule,
        // a weak word, a person by shape) that is a place elsewhere in it is that place ("the
        // town of St George" … "St George pensioner Jo Roe"). A name a distance placed takes any
        // unlisted person or body of its key along (a given name made "St George" a person).
        // A scan of the place mentions per default-typed mention, not a set of their keys:
        // hashing every place's key cost more than the few compares (most articles have a
        // handful of default-typed names).
        for m in 0..<count where mentions[m].type == .person || mentions[m].type == .agency {
            guard mentions.isDefaultTyped(m) || !mentions[m].isCanonical && placed.contains(mentions[m].key) else { continue }
            let key = mentions[m].key
            for p in 0..<count where mentions[p].type == .place && mentions[p].key == key {
                mentions[m].becomeCuedPlace()
                break
            }
        }
    }

    /// A byte test before any token search: a comma right after the name, or "of ", "from " or
    /// "outside " right before it (most mentions have neither).
    private func mayHaveDistanceCue38(_ start: Int, _ end: Int) -> Bool {
        if end < doc.bytes.count, doc.bytes[end] == 44 { return true }
        // The byte before the name is a space; the one before it ends "of", "from" or "outside".
        guard start >= 3, doc.bytes[start - 1] == 32 else { return false }
        let last = doc.bytes[start - 2]
        return last == 102 || last == 109 || last == 101  // "of", "from", "outside"
    }

    /// The index of the mention's last token: the mention starting at token `first` ends at byte `end`.
    private func lastToken38(from first: Int, end: Int) -> Int {
        var k = first
        while k + 1 < doc.tokens.count, doc.tokens[k + 1].end <= end { k += 1 }
        return k
    }

    /// "X, about 100km south", "X, 16 miles southwest of Y", "X, 9 km outside Y": a comma, an
    /// optional approximator, a distance and a bearing, all in the sentence of the name.
    private func distanceFollows38(_ last: Int) -> Bool {
        let n = doc.tokens.count
        let sentence = doc.tokens[last].sentence
        var k = last + 1
        guard k < n, isComma(k) else { return false }
        k += 1
        guard isInSentence38(k, sentence) else { return false }
        if EntityRecognizer.distanceApproximators38.contains(doc.tokens, at: k) { k += 1 }
        guard let unit = distanceEnd38(k, sentence) else { return false }
        return isInSentence38(unit + 1, sentence) && EntityRecognizer.bearings38.contains(doc.tokens, at: unit + 1)
    }

    /// "100km south of X", "16 miles north-east of X", "40 km from X", "9km outside X": a
    /// distance and a bearing right before the name.
    private func distanceBefore38(_ first: Int) -> Bool {
        guard first >= 3 else { return false }
        let sentence = doc.tokens[first].sentence
        var k = first - 1
        guard isInSentence38(k, sentence) else { return false }
        let before = doc.tokens[k].key
        if before == "of" {
            k -= 1
            guard isInSentence38(k, sentence), EntityRecognizer.bearings38.contains(doc.tokens, at: k) else { return false }
            // "north-east" written as three tokens: the first half is a bearing too.
            if k >= 2, doc.tokens[k - 1].key == "-", EntityRecognizer.bearings38.contains(doc.tokens, at: k - 2) { k -= 2 }
        } else if before != "from" && before != "outside" {
            return false
        }
        return k >= 1 && isInSentence38(k - 1, sentence) && distanceStart38(k - 1, sentence)
    }

    /// The last token of a distance opening at token `k` ("100km", "100 km", "16 miles"), or nil.
    private func distanceEnd38(_ k: Int, _ sentence: Int) -> Int? {
        guard isInSentence38(k, sentence), doc.tokens[k].startsWithDigit else { return nil }
        if hasUnitSuffix38(k) { return k }
        if isInSentence38(k + 1, sentence), EntityRecognizer.distanceUnits38.contains(doc.tokens, at: k + 1) { return k + 1 }
        return nil
    }

    /// Whether a distance ends at token `k` ("100km" or "100 km", "16 miles").
    private func distanceStart38(_ k: Int, _ sentence: Int) -> Bool {
        if doc.tokens[k].startsWithDigit { return hasUnitSuffix38(k) }
        return EntityRecognizer.distanceUnits38.contains(doc.tokens, at: k) && k >= 1 && isInSentence38(k - 1, sentence)
            && doc.tokens[k - 1].startsWithDigit && !hasUnitSuffix38(k - 1)
    }

    /// Digits with a unit of distance joined to them ("100km", "2.5mi", "40kms").
    private func hasUnitSuffix38(_ k: Int) -> Bool {
        let key = doc.tokens[k].key.utf8
        var suffix = key.drop { $0 &- 48 < 10 || $0 == 46 || $0 == 44 }
        if suffix.isEmpty { return false }
        if suffix.last == 115 { suffix = suffix.dropLast() }  // "kms"
        return suffix.elementsEqual("km".utf8) || suffix.elementsEqual("mi".utf8)
    }

    /// A token at `j` in sentence `sentence` (false off either end of the text).
    private func isInSentence38(_ j: Int, _ sentence: Int) -> Bool {
        j >= 0 && j < doc.tokens.count && doc.tokens[j].sentence == sentence
    }
}
