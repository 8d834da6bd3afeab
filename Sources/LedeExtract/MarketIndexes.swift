/// Round fifteen: market indexes named without "index" ("FTSE 100", "CAC 40", "Nikkei 225",
/// "S&P/ASX 200", "the Kospi fell 0.5%") are not entities (the guidelines); without this rule the
/// capitalised part of an index's name was kept as an organisation or a place.
extension EntityRecognizer {
    /// Words that open the name of a stock-market index and of nothing else a market report names.
    /// Read only in a sentence about prices ("%", "percent", "points"): "Nikkei" alone is also a
    /// newspaper ("Nikkei reported").
    static let indexNames: WordSet = [
        "ftse", "cac", "dax", "stoxx", "nikkei", "topix", "kospi", "kosdaq", "sensex", "nifty", "ibex", "smi", "aex", "taiex",
        "bovespa", "mib", "omx", "csi", "hang", "klci", "psei", "merval", "bux", "wig20", "jse", "ise",
    ]
    /// Nouns after a name that make it an index's: "the Hang Seng index", "the Shanghai composite",
    /// "Nasdaq Composite", "Dow Jones Industrial Average".
    static let marketIndexNouns: WordSet = ["index", "indices", "indexes", "composite", "component", "average"]
    /// Words of a sentence about prices.
    static let priceWords: WordSet = ["%", "percent", "points", "point", "pct"]

    /// Whether the run `lo..<hi` is (the capitalised part of) a market index's name.
    func isMarketIndex(_ lo: Int, _ hi: Int) -> Bool {
        // Fields are read in place: a `Token` copied out of the array retains and releases its key.
        let tokens = doc.tokens
        guard hi < tokens.count else { return false }
        // "Nasdaq Composite", "Hang Seng Index": the run ends with the index noun.
        // The sets read only where their literal filters (`Bits42`) let a word through.
        if hi - lo >= 2, WordSet.mayHold(Bits42.marketIndexNouns, tokens, at: hi - 1),
            EntityRecognizer.marketIndexNouns.contains(tokens, at: hi - 1),
            !EntityRecognizer.marketIndexNouns.contains(tokens, at: lo)
        {
            return true
        }
        switch tokens[hi].kind {
        case .number:
            // "FTSE 100", "CAC 40", "Stoxx Europe 600": a run and a small whole number, in a sentence about prices.
            guard tokens[hi].end - tokens[hi].start <= 4, tokens[hi].key.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { break }
            return isPriceSentence(hi - 1)
        case .word:
            // "the Hang Seng index fell", "the Shanghai composite edged lower".
            if !tokens[hi].isCapitalized, WordSet.mayHold(Bits42.marketIndexNouns, tokens, at: hi),
                EntityRecognizer.marketIndexNouns.contains(tokens, at: hi)
            {
                return isPriceSentence(hi)
            }
        default: break
        }
        // "the Kospi fell 0.5%", "Germany's DAX extended gains": a listed index word opens or ends the run.
        guard WordSet.mayHold(Bits42.indexNames, tokens, at: lo) && EntityRecognizer.indexNames.contains(tokens, at: lo)
            || WordSet.mayHold(Bits42.indexNames, tokens, at: hi - 1) && EntityRecognizer.indexNames.contains(tokens, at: hi - 1)
        else { return false }
        return isPriceSentence(hi - 1)
    }

    /// A sentence with "%", "percent", "points" or a decimal number in it.
    private func isPriceSentence(_ i: Int) -> Bool {
        let tokens = doc.tokens
        let priceWords = EntityRecognizer.priceWords  // once, not a `swift_once` call per token
        for k in doc.sentenceTokens[tokens[i].sentence] {
            if priceWords.contains(tokens, at: k) { return true }
            // "closed at 7,301.20": a price with a decimal fraction.
            if tokens[k].kind == .number, tokens[k].key.hasBytesSuffix("%") || tokens[k].key.utf8.contains(46) { return true }
        }
        return false
    }
}
