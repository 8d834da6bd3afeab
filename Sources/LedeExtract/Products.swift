/// Products, platforms, apps and devices written as names ("Truth Social", "Azure", "Blackberry
/// Z10"): none of the four entity types. The guidelines leave products out; the companies that
/// make them stay ("Microsoft" in "Microsoft Azure").
extension EntityRecognizer {
    /// One-word products and platforms that are not also the name of a company, a team or a
    /// person in common use (so not "Facebook", "Instagram", "Galaxy" or "Alexa"), from general
    /// knowledge of consumer and business technology.
    static let productWordList: [String] = [
        "azure", "aws", "android", "ios", "iphone", "iphones", "ipad", "ipads", "imac", "macbook", "airpods", "ipod",
        "xbox", "playstation", "kindle", "siri", "chatgpt", "copilot", "gmail", "wechat", "windows", "statcast",
        "chromebook", "photoshop", "powerpoint", "linux", "autopilot", "macos", "watchos", "ipados", "bing", "gemini",
    ]
    /// Last words of the two-word products in `productPairs`: a cheap test before the pair is built.
    static let productPairLastWordList: [String] = [
        "social", "play", "store", "watch", "music", "pay", "maps", "docs", "drive", "teams", "office", "prime", "video",
        "tv", "auto", "chrome", "explorer", "switch", "pro", "vision",
    ]
    static let productWords = WordSet(productWordList)
    static let productPairLastWords = WordSet(productPairLastWordList)
    /// Every last word a listed product can have: one probe of a run's last word.
    static let productEnds = WordSet(productWordList + productPairLastWordList)
    static let productPairs: Set<String> = [
        "truth social", "google play", "app store", "apple watch", "apple music", "apple pay", "google maps", "google docs",
        "google drive", "microsoft teams", "microsoft office", "amazon prime", "prime video", "apple tv", "fire tv",
        "android auto", "google chrome", "internet explorer", "nintendo switch", "vision pro", "play store",
    ]
    /// Names of stock market indexes written with their number ("FTSE 100", "Nikkei 225").
    static let indexWords: WordSet = ["ftse", "cac", "dax", "stoxx", "nikkei", "kospi", "sensex", "ibex", "aex", "omx"]
    /// Time zones written after a clock time ("2:15 pm ET Tuesday"): no part of a name.
    static let timeZones: WordSet = ["et", "pt", "ct", "mt", "est", "edt", "pst", "pdt", "cst", "cdt", "gmt", "bst", "utc", "cet"]
    static let clockWords: WordSet = ["am", "pm", "a.m.", "p.m."]

    /// Where a product named at the end of the run `lo..<hi` starts, if one is: a listed product
    /// word or pair, or a model code after a name ("Blackberry Z10", "Airbus A320").
    /// `tokens` is `findSpans`' array (borrowed; bound here from `doc` it was a retain and a
    /// release on each of about 31,000 runs a round, speed round fifty).
    func productStart(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Int? {
        let last = hi - 1
        // One probe of the stored hash rules out almost every run: no listed product ends it.
        // The set read only where its literal filter (`Bits42`) lets the word through.
        if WordSet.mayHold(Bits42.productEnds, tokens, at: last), EntityRecognizer.productEnds.mayContain(hash: tokens[last].keyHash) {
            if hi - lo >= 2, EntityRecognizer.productPairLastWords.contains(tokens, at: last),
                EntityRecognizer.productPairs.contains(tokens[last - 1].key + " " + tokens[last].key)
            {
                return last - 1
            }
            if EntityRecognizer.productWords.contains(tokens, at: last) { return last }
        }
        // "FTSE 100", "STOXX Europe 600", "CAC 40": a market index and its number (indexes are
        // no entities); the number first, so almost every run is ruled out by one field.
        if hi < tokens.count, tokens[hi].kind == .number, tokens[hi].sentence == tokens[last].sentence,
            var k = (lo..<hi).first(where: { WordSet.mayHold(Bits42.indexWords, tokens, at: $0) && EntityRecognizer.indexWords.contains(tokens, at: $0) })
        {
            // "Euro Stoxx 50" keeps its capitals; "London the FTSE 100" leaves "London" to the run.
            while k > lo, tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized { k -= 1 }
            return k
        }
        // "Z10" is capitalised but not all capitals (one capital letter): the stored fields first.
        if hi - lo >= 2, tokens[last].isCapitalized, !tokens[last].isAllCaps, tokens[last].kind == .word,
            isModelCode(start: tokens[last].start, end: tokens[last].end)
        {
            return last
        }
        return nil
    }

    /// "Z10", "S24", "A320": one capital letter and then only digits, in one short token.
    func isModelCode(start: Int, end: Int) -> Bool {
        guard end - start >= 2, end - start <= 5 else { return false }
        let bytes = doc.bytes
        guard bytes[start] >= 65, bytes[start] <= 90 else { return false }
        var k = start + 1
        while k < end, bytes[k] >= 48, bytes[k] <= 57 { k += 1 }
        return k == end
    }

    /// "2:15 pm ET Tuesday": a time zone after a clock word opens no name.
    func isTimeZoneAfterClock(_ i: Int) -> Bool {
        i > 0 && doc.tokens[i].isAllCaps && EntityRecognizer.timeZones.contains(doc.tokens, at: i)
            && (EntityRecognizer.clockWords.contains(doc.tokens, at: i - 1) || doc.tokens[i - 1].kind == .number)
    }
}
