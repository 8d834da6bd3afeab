/// Policy round twenty-nine (policies29, twenty-first session): policies named without a year,
/// cited in lower case, or called "new".
///
/// - **a strategy named without its year** (`isNamedPlanRun29`, read first by `classify` after
///   round twenty-three's year rule; `namedPlanStart29` puts back the adjective `processSpan` trimmed): "the National Housing
///   Strategy", "the Growth Enhancement Strategy". Round twenty-three made such a title a policy
///   only with its years; without them the run was a body, or gave nothing once its opening
///   adjective ("National", a `nonnames.txt` word) was trimmed. A run of two capitalised words or
///   more, every word capitalised (no "Head of Strategy"), closed by a `named|` word of
///   `plan-heads.txt`, is a policy unless a title opens it, an organisation head sits in it
///   or it is a listed name.
/// - **a lower-case section by its abbreviation or after "in accordance with"**
///   (`isAccordanceCue29`, read by `addNumberedParts12`; "sec" joins the part leads): "powers
///   conferred by sec 95 (2) of the constitution", "arrested in accordance with section 31(a)".
/// - **"new" before a policy found in lower case** (`keepNewOnPolicies29`, after
///   `applyPolicies13`): "a new law raising teacher pay", "the new airline refund rules", "a new
///   rule requiring companies to disclose …": the rules found the policy without "new", while the
///   learning gold names it with the word (45 gold names of the learning sets hold it). The name
///   takes "new" and keeps the bare phrase as its alias, so either form names the same policy.
extension EntityRecognizer {
    static let namedPlanHeads29 = WordSet(Lexicon.shared.planHeadsNamed29)

    /// Whether `lo..<hi` is a capitalised title a `named|` plan head closes: two words or more,
    /// all capitalised words, no title first, no organisation head, no listed name.
    /// Out of line: `processSpan` must stay small (code moved into it stops the optimiser inlining
    /// the token array's getter there; speed round fifty).
    @inline(never)
    func isNamedPlanRun29(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo >= 2 else { return false }
        let view = tokens.span
        guard view[hi - 1].kind == .word, view[hi - 1].isCapitalized, !view[hi - 1].isAllCaps,
            EntityRecognizer.namedPlanHeads29.contains(tokens, at: hi - 1)
        else { return false }
        for k in lo..<(hi - 1) {
            guard view[k].kind == .word, view[k].isCapitalized, !view[k].flags.contains(.orgHead) else { return false }
        }
        // Portfolio words ("National", "Housing": `title-words.txt`) open such titles; a title does not.
        guard !view[lo].flags.contains(.title), knownName(lo..<hi) == nil else { return false }
        return true
    }

    /// Where a named plan's title starts: `lo`, or before the capitalised `nonnames.txt` words
    /// ("National", "Federal") that `processSpan` trimmed off the run because its last word is no
    /// head: "the National Housing Strategy" keeps "National".
    func namedPlanStart29(_ tokens: [Token], _ lo: Int) -> Int {
        var start = lo
        while start > 0, lo - start < 3, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized,
            tokens[start - 1].flags.contains(.nonName), !EntityRecognizer.functionWords.contains(tokens, at: start - 1),
            !claimed[start - 1], tokens[start - 1].sentence == tokens[lo].sentence,
            tokens[start].start - tokens[start - 1].end == 1
        {
            start -= 1
        }
        return start
    }

    /// "in accordance with section 31(a)": the two words before a lower-case part lead's "with".
    func isAccordanceCue29(_ with: Int) -> Bool {
        let tokens = doc.tokens
        return with >= 2 && tokens[with].key == "with" && tokens[with - 1].key == "accordance" && tokens[with - 2].key == "in"
            && tokens[with - 2].sentence == tokens[with].sentence
    }

    /// A policy named in lower case right after a lower-case "new" of its sentence takes the word:
    /// "new law raising teacher pay", with "law raising teacher pay" as its alias. The bytes before
    /// the mention are read first ("new " after a space, a break or an opening mark): no token look-up, and the
    /// mentions' fields read in place (binding each mention retained it: 4.2 M a corpus round).
    mutating func keepNewOnPolicies29() {
        let bytes = doc.bytes
        for n in mentions.indices where mentions[n].type == .policy {
            let start = mentions[n].start
            guard start >= 4, start < bytes.count, bytes[start] &- 0x61 < 26, bytes[start - 1] == 0x20, bytes[start - 2] == 0x77,
                bytes[start - 3] == 0x65, bytes[start - 4] == 0x6E, start == 4 || EntityRecognizer.isWordBoundaryByte29(bytes[start - 5])
            else { continue }
            let m = mentions[n]
            guard let first = m.name.utf8.first, first &- 0x61 < 26, !m.name.hasBytesPrefix("new ") else { continue }
            let bare = m.name
            m.name = "new " + bare
            m.aliases.append(bare)
            m.hasNewAlias29 = true
        }
    }

    /// A space, a line's break, an opening bracket or quote (a curly one's last byte) before "new":
    /// not "renew" nor "brand-new".
    @inline(__always) static func isWordBoundaryByte29(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x28 || b == 0x22 || b == 0x27 || b >= 0x80
    }
}

extension EntityMerger {
    /// A described policy's entity takes the bare name a member kept beside "new" as an alias
    /// (`keepNewOnPolicies29`); that member's key is the bare name's, so the family's loop gave the
    /// name itself as an alias, which goes. Out of line: `build` stays the size it was.
    @inline(never)
    static func addNewAliases29(_ aliases: inout [String], _ members: GroupMembers, _ raw: [RawMention], name: String) {
        var hasNew = false
        for i in members where raw[i].hasNewAlias29 {
            hasNew = true
            for alias in raw[i].aliases where alias != name && !aliases.contains(alias) { aliases.append(alias) }
        }
        if hasNew { aliases.removeAll { $0 == name } }
    }
}
