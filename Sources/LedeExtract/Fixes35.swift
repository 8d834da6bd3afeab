/// Fixes round thirty-five (fixes35, twenty-second session): shapes from the misses of the
/// learning group G16 (final111–115), each seen on two articles or more. See
/// `docs/extraction-history.md`, "Twenty-second session".
///
/// **A guard closing a run of capitals is the body's head** (`titleClosesBody35`, read by
/// `processSpan` before `titleSplit`): "the U.S. Coast Guard rescued …", "the Philippine Coast
/// Guard said", "the Mississippi National Guard was deployed". "Guard" is listed twice: as a
/// sports title ("Guard Jo Roe", a basketball position) and as an organisation's head. The title
/// split read the closing "Guard" as a title with no name after it and kept only the words before
/// it ("U.S. Coast", "Philippine Coast": places), or nothing ("Coast Guard", "Air National
/// Guard"). A title that is also an organisation's head and closes the run, after a capitalised
/// word that is no title, is the head of the body the run names: the run goes on as a body's name.
/// A name after the title ("Guard Jo Roe") still splits.
extension EntityRecognizer {
    /// Whether the run `lo..<hi` ends in a title that is also an organisation's head ("Guard"),
    /// with a capitalised word before it that is no title: the title split must not take it.
    func titleClosesBody35(_ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo >= 2 else { return false }
        let last = doc.tokens[hi - 1], before = doc.tokens[hi - 2]
        return last.flags.contains(.title) && last.flags.contains(.orgHead) && !last.isAllCaps
            && before.isCapitalized && !before.flags.contains(.title) && !before.flags.contains(.titleWord)
    }
}
