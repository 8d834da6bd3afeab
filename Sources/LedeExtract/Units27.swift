/// Unit round twenty-seven (units27, twentieth session): a body's unit named after its parent's
/// possessive ("the Justice Department's Antitrust Division", "the country's National Bureau of
/// Statistics") is kept from the learned typer. The rules type such a run an organisation by its
/// head word, but the typer, which reads no feature for a possessive before a name (only "the"
/// before it, `anyAfterThe`), dropped the once-mentioned ones outside the first sentence: the
/// same run after "the" or opening the text was kept. Exempt: an organisation's mention of two
/// words or more right after a possessive, whose last word is an organisation head
/// ("Agency", "Office") or a unit's word (`unit-words.txt`: "Division", "Branch"), or that
/// holds an organisation head before "of" or "for" ("Bureau of Statistics").
extension EntityMerger {
    func isPossessiveUnit27(_ group: Group, _ raw: [RawMention]) -> Bool {
        guard group.type == .agency else { return false }
        let tokens = doc.tokens.span
        for i in group.members.prefix(EntityMerger.mentionsRead) where raw[i].tokenCount >= 2 {
            guard let t = doc.tokenIndex(of: raw[i]), t >= 2, tokens[t - 1].kind == .possessive else { continue }
            let hi = t + raw[i].tokenCount
            guard hi <= tokens.count else { continue }
            // "the agency's National Center for Immunization and Respiratory Diseases": a name cut
            // at "and" is left to the typer (kept, its two halves were two false positives).
            if hi + 1 < tokens.count, tokens[hi].key == "and", tokens[hi + 1].isCapitalized { continue }
            // "System" heads a hospital's name but after a possessive most often a programme
            // ("the agency's Safety Reporting System"): left to the typer.
            let last = tokens[hi - 1].key
            if last == "system" || last == "systems" { continue }
            if tokens[hi - 1].flags.contains(.orgHead) || EntityRecognizer.unitWords74.contains(doc.tokens, at: hi - 1) { return true }
            var k = t
            while k + 1 < hi - 1 {
                if tokens[k].flags.contains(.orgHead), tokens[k + 1].key == "of" || tokens[k + 1].key == "for" { return true }
                k += 1
            }
        }
        return false
    }
}
