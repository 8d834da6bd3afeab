/// Policy round twenty-three (policies23, nineteenth session): a title its years close.
///
/// - **a plan, agenda or strategy titled with its year or span of years** (`yearTitledPlanEnd23`,
///   read first by `classify`): "the continent's Agenda 2063", "the Plan of Action 2021-2025",
///   "the Cork County Development Plan 2022-2028", "Vision 2030". The run was cut before its
///   years (typed a body, "Plan of Action"; a policy without them, "… Development Plan"; or no
///   entity, "Agenda") and the years read as events. The words that close such a title are in
///   `plan-heads.txt`; "Agenda" and "Vision" name one alone, the rest only as the last of two
///   capitalised words or more. The years are the name's, as an Act's are ("Firearms Act 1968",
///   `titleYear`), so the timeline drops them (`TimelineBuilder`: policy names hide their years).
///   After a connector, "Agenda" or "Vision" with its year is the policy alone ("… to Achieve the
///   Goals of Agenda 2063": the words before title a declaration, no entity as before).
/// - **a head, "for" and its subject** (`isHeadForSubject23`, read by `isLonePolicyWord`): "the
///   Programme for Government", "a Plan for Jobs" had the head claimed alone as a back-reference
///   and gave no entity; now the title rule for heads with "for" (`namedTitle`) reads them.
/// - Word lists only (`policies.txt`): "African Continental Free Trade Area" (alias "AfCFTA") and
///   "Free Trade Area", a trade area named as the agreement it is ("negotiations on the Free Trade
///   Area (FTA)"), were typed a place or a body.
extension EntityRecognizer {
    /// "the Programme for Government", "a Plan for Jobs": a capitalised head that takes a subject
    /// (`subjectTitleHeads`), a lower-case "for" and a capitalised word of the same sentence. The
    /// head was claimed alone as a back-reference ("the Bill was amended", `isLonePolicyWord`), so
    /// the title rule for heads with "for" (`namedTitle`) never saw it.
    func isHeadForSubject23(_ i: Int) -> Bool {
        let tokens = doc.tokens
        guard i + 2 < tokens.count, tokens[i + 1].key == "for", !tokens[i + 1].isCapitalized,
            tokens[i + 2].kind == .word, tokens[i + 2].isCapitalized, tokens[i + 2].sentence == tokens[i].sentence,
            !tokens[i + 2].flags.contains(.temporal)
        else { return false }
        return EntityRecognizer.subjectTitleHeads.contains(tokens[i])
    }

    static let planHeads23 = WordSet(Lexicon.shared.planHeads23)
    static let planHeadsAlone23 = WordSet(Lexicon.shared.planHeadsAlone23)

    /// The end (exclusive) of a year or span of years right after the run `lo..<hi` whose last word
    /// closes a plan's title, or nil. "2022-2028", "2021–25" or "2063"; not a year that opens a
    /// list or a date ("Plan 2022 and 2023", "2024 10"), nor one on the next line.
    func yearTitledPlanEnd23(_ lo: Int, _ hi: Int) -> Int? {
        let tokens = doc.tokens
        // The gate: a number right after the run (most runs are followed by a word or a mark).
        guard hi < tokens.count, tokens[hi].kind == .number, hi > lo else { return nil }
        let last = tokens[hi - 1]
        guard last.kind == .word, last.isCapitalized, !last.isAllCaps, tokens[hi].sentence == last.sentence,
            !last.notes.contains(.lineEndOrBar), EntityRecognizer.planHeads23.contains(last)
        else { return nil }
        if hi - lo == 1, !EntityRecognizer.planHeadsAlone23.contains(last) { return nil }
        let year = tokens[hi].key.utf8
        guard year.count >= 4, year.starts(with: "19".utf8) || year.starts(with: "20".utf8),
            year.prefix(4).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        else { return nil }
        // "2022-2028" read as one number.
        if year.count > 4 {
            let rest = year.dropFirst(4)
            guard rest.first == 0x2D, rest.count == 3 || rest.count == 5,
                rest.dropFirst().allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
            else { return nil }
            return hi + 1
        }
        // "2021 - 2025", "2021–25": a hyphen or dash and a second year of two or four digits.
        if hi + 2 < tokens.count, tokens[hi + 1].key == "-", tokens[hi + 2].kind == .number,
            tokens[hi + 2].sentence == last.sentence
        {
            let second = tokens[hi + 2].key.utf8.count
            guard second == 2 || second == 4, tokens[hi + 1].start - tokens[hi].end <= 1,
                tokens[hi + 2].start - tokens[hi + 1].end <= 1
            else { return nil }
            if hi + 3 < tokens.count, tokens[hi + 3].kind == .number { return nil }
            return hi + 3
        }
        // A year that opens a list or a date is not the title's.
        if hi + 1 < tokens.count, tokens[hi + 1].kind == .number || tokens[hi + 1].key == "-"
            || (tokens[hi + 1].key == "and" && hi + 2 < tokens.count && tokens[hi + 2].kind == .number)
        {
            return nil
        }
        return hi + 1
    }

    /// The title and its years as one policy; the title alone its alias and its key when it has
    /// two words or more ("the County Development Plan" later is the same plan).
    mutating func addYearTitledPlan23(_ lo: Int, _ hi: Int, end: Int) {
        let tokens = doc.tokens
        // "… Systems to Achieve the Goals of Agenda 2063": a word that names a policy alone after a
        // connector is that policy; the words before it title something else (no entity, as before).
        if hi - lo >= 2, EntityRecognizer.planHeadsAlone23.contains(tokens[hi - 1]), !tokens[hi - 2].isCapitalized {
            push(makeMention(.policy, name: Document.text(doc.bytes, tokens[hi - 1].start, tokens[end - 1].end),
                             range: (hi - 1)..<end), range: (hi - 1)..<end)
            return
        }
        let mention = makeMention(.policy, name: Document.text(doc.bytes, tokens[lo].start, tokens[end - 1].end), range: lo..<end)
        if hi - lo >= 2 {
            let short = Document.text(doc.bytes, tokens[lo].start, tokens[hi - 1].end)
            mention.aliases = [short]
            mention.key = Lexicon.key(short)
        }
        push(mention, range: lo..<end)
    }
}
