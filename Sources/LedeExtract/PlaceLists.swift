/// Entities round thirty-two (entities32): lists of places and the article's own evidence, read
/// from the finished mentions (`PlaceContexts.swift` runs these after its per-mention rules).
extension EntityRecognizer {
    /// The separator between two members of a list starting at `i` and ending before `j`:
    /// ",", "and", "or", ", and", each optionally followed by "the" ("the Padma and the Meghna").
    private func isListSeparator(_ i: Int, _ j: Int) -> Bool {
        let tokens = doc.tokens
        var k = i
        guard k < j else { return false }
        if isComma(k) { k += 1 }
        if k < j, tokens[k].kind == .word, tokens[k].key == "and" || tokens[k].key == "or" { k += 1 }
        guard k > i else { return false }
        if k < j, tokens[k].kind == .word, tokens[k].key == "the", !tokens[k].isCapitalized { k += 1 }
        return k == j
    }

    /// A lower-case plural place noun right after the list ("A and B villages"), or before it
    /// behind up to three opener words ("the upazilas are A, B", "areas include A", "the towns of
    /// A, B", "rivers -- A, the B").
    private func isListOfPlaces(_ first: Int, _ last: Int) -> Bool {
        let tokens = doc.tokens
        if last < tokens.count, tokens[last].kind == .word, !tokens[last].isCapitalized,
            tokens[last].sentence == tokens[last - 1].sentence, isPluralPlaceNoun32(last)
        {
            return true
        }
        var k = first - 1, steps = 0
        while k >= 0, steps < 3, tokens[k].sentence == tokens[first].sentence, !tokens[k].isCapitalized,
            EntityRecognizer.listOpeners32.contains(tokens, at: k)
        {
            k -= 1
            steps += 1
        }
        return k >= 0 && k < first - 0 && tokens[k].kind == .word && !tokens[k].isCapitalized
            && tokens[k].sentence == tokens[first].sentence && (isPluralPlaceNoun32(k) || isPlacePartsOf63(k) && !isSharedPluralHead63(last))
    }

    /// Lists of names ("A, B and C"): every default-typed member of a list a plural place noun
    /// opens or closes, and every default-typed lone member of a list of three or more whose
    /// members are mostly places already, is a place.
    mutating func retypeListMembers() {
        var order: [(lo: Int, hi: Int, m: Int)] = []
        let viewTokens = doc.tokens
        let view = viewTokens.span
        for m in mentions.indices where mentions[m].tokenCount <= 4 {
            guard let lo = doc.tokenIndex(of: mentions[m]) else { continue }
            let hi = lo + mentions[m].tokenCount
            if hi <= view.count, view[hi - 1].end == mentions[m].end { order.append((lo, hi, m)) }
        }
        guard order.count >= 2 else { return }
        order.sort { $0.lo < $1.lo }
        let tokens = doc.tokens
        var a = 0
        while a < order.count {
            var b = a
            while b + 1 < order.count, order[b + 1].lo >= order[b].hi, tokens[order[b + 1].lo].sentence == tokens[order[b].lo].sentence,
                isListSeparator(order[b].hi, order[b + 1].lo)
            {
                b += 1
            }
            if b > a { retypeList(order[a...b].map { ($0.lo, $0.hi, $0.m) }) }
            a = b + 1
        }
    }

    private mutating func retypeList(_ members: [(lo: Int, hi: Int, m: Int)]) {
        guard let first = members.first, let last = members.last else { return }
        let tokens = doc.tokens
        let opened = isListOfPlaces(first.lo, last.hi)
        var places = 0
        for member in members where mentions[member.m].type == .place { places += 1 }
        let mostlyPlaces = members.count >= 3 && places >= 2 && places * 2 >= members.count
        guard opened || mostlyPlaces else { return }
        for member in members {
            let mention = mentions[member.m]
            guard !mention.isCanonical, mention.type == .agency || mention.type == .person, member.hi - member.lo <= 3,
                (member.lo..<member.hi).allSatisfy({ isNameShaped(tokens[$0]) && !tokens[$0].flags.contains(.title) })
            else { continue }
            guard mention.isDefaultTyped, opened || (mention.type == .agency && member.hi - member.lo == 1) else { continue }
            mention.becomeCuedPlace()
        }
    }

    /// "the Jamuna river" once, "the Jamuna" elsewhere: a lone name typed a body by default is the
    /// place the same name is elsewhere in the article.
    mutating func retypeByPlaceElsewhere(_ lone: [Int], _ places: [Int]) {
        for m in lone {
            let mention = mentions[m]
            guard mention.type == .agency, mention.rule == TypingRule.fallbackRun || mention.isWeak else { continue }
            for p in places where mentions[p].type == .place && mentions[p].key == mention.key {
                mention.becomeCuedPlace()
                break
            }
        }
    }
}
