/// Speed round forty-four (speed44): the timeline stage with fewer instructions, its output
/// byte-identical. The helpers here are called from `TemporalTagger` and `TimelineBuilder`.
extension TemporalTagger {
    /// `mayStart` of a number token: whether `match(at:range:)` can return an expression at it.
    /// A number opens one only in these shapes (read off `match(at:range:qualifier:)`, whose
    /// every branch for a number is listed here, each test looser than the branch's own):
    /// - a listed word's flags (a trigger's or a holiday's key), as any word;
    /// - four bytes (`year`: "2024") or seven and more (`isoDate`, `fiscalSpanToken`,
    ///   `yearSpanStart`: "2024-05-03", "2023-24" written as one token);
    /// - a month after it ("3 February") or three after it ("18 and 19 January");
    /// - a slash after it ("05/03/2024");
    /// - "ago", "later" or "earlier" two after it ("30 days ago": `countedUnit`).
    /// Most numbers ("5", "100", "2.5") are none of these and were matched in full for nothing
    /// (about 400 instructions each, some 6,000 numbers a corpus round).
    @inline(never)
    func numberMayStart44(_ i: Int) -> Bool {
        let view = tokens.span
        if !view[i].flags.isDisjoint(with: [.temporal, .holiday]) { return true }
        let count = view[i].key.utf8.count
        if count == 4 || count >= 7 { return true }
        if i + 1 < view.count {
            if view[i + 1].keyHash == TemporalTagger.slashHash { return true }
            if view[i + 1].isCapitalized, view[i + 1].flags.contains(.temporal) { return true }
        }
        if i + 3 < view.count, view[i + 3].isCapitalized, view[i + 3].flags.contains(.temporal) { return true }
        return countedUnitMayFollow(i)
    }
}
