/// Person round seventy-five (person75): persons of world news and places taken for persons.
/// - "Crown Prince Khalid bin Fahad and Iran's foreign minister …", "King Salem bin Omar Al Harbi
///   of Oman", "… Al Kuwari in Doha": a patronymic run that the span finder carried across a
///   lower-case connector ends at it; each side is a run of its own (`patronymicCut75`);
/// - "Sheikh Nasser bin Khalid Al Kuwari": the honorific before a patronymic is part of the name
///   (`isPatronymicHonorific75`), not a lone person "Sheikh";
/// - "a release from the agency's headquarters in Paris said", "a resident of downtown Kingston
///   told": a listed town that is a surname too speaks as a person only when no locative stands
///   before it (`isAfterLocative75`).
/// Read from `processSpan` and `patronymicPersonStart`.
extension EntityRecognizer {
    /// Lower-case connectors that end a patronymic name: what follows is another name or a place.
    static let patronymicCuts75: WordSet = ["and", "or", "of", "in", "at", "from", "with", "for", "to", "on"]
    /// Honorifics of the Gulf and South Asian press written before a patronymic name.
    static let patronymicHonorifics75: WordSet = ["sheikh", "sheikha", "shaikh", "shaikha", "sheik", "sayyid", "sayyida"]
    /// Words before a town that make it the end of a place phrase: "in Paris said".
    static let townLocatives75: WordSet = [
        "in", "near", "outside", "across", "throughout", "around", "at", "from", "downtown", "uptown", "central",
    ]

    /// Where a patronymic run that starts its person at `start` is cut: the first lower-case
    /// connector after the person's first name ("bin Fahad and Iran": at "and"), or nil.
    func patronymicCut75(_ start: Int, _ hi: Int) -> Int? {
        let view = doc.tokens.span
        var k = start + 1
        while k < hi - 1 {
            if view[k].kind == .word, !view[k].isCapitalized, EntityRecognizer.patronymicCuts75.contains(doc.tokens, at: k) {
                return k
            }
            k += 1
        }
        return nil
    }

    /// Whether the word at `k` is an honorific ("Sheikh") written before a patronymic name.
    func isPatronymicHonorific75(_ k: Int) -> Bool {
        let view = doc.tokens.span
        return view[k].kind == .word && view[k].isCapitalized && !view[k].isAllCaps
            && EntityRecognizer.patronymicHonorifics75.contains(doc.tokens, at: k)
    }

    /// "in Paris said", "downtown Kingston told": a locative right before the word at `lo`.
    func isAfterLocative75(_ lo: Int) -> Bool {
        lo > 0 && doc.tokens.span[lo - 1].kind == .word && EntityRecognizer.townLocatives75.contains(doc.tokens, at: lo - 1)
    }
}
