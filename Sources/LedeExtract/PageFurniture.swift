/// Page furniture a real article carries around its story: headlines in title case, picture
/// captions and credits, bylines without "By", wire credits in parentheses, quoted titles of works.
extension EntityRecognizer {
    /// A headline or a shouted line ("Mayor Accepts City Council Budget", "PLEASE TURN OFF YOUR CAPS
    /// LOCK"): four or more words, at least 70% of them capitalised, no closing period. Its common
    /// words (not heads, titles or listed names) are read as lower case.
    mutating func findTitleCaseLines() {
        let tokens = doc.tokens
        let keep: WordFlags = [.orgHead, .placeHead, .policyHead, .eventHead, .title, .titleWord, .known, .givenName, .surname,
                               .city, .state]
        for range in doc.sentenceTokens where range.count >= 4 && tokens[range.upperBound - 1].key != "." {
            var words = 0, capitals = 0
            for i in range where tokens[i].kind == .word {
                words += 1
                if tokens[i].isCapitalized { capitals += 1 }
            }
            guard words >= 4, capitals * 10 >= words * 7 else { continue }
            // "National Integrated Cancer Control Act" as a heading names the law (`PolicyNames.swift`).
            if tokens[range.upperBound - 1].kind != .punct, isPolicyTitleLine(range) { continue }
            titleCaseSentences.append(tokens[range.lowerBound].sentence)
            for i in range where tokens[i].kind == .word && tokens[i].isCapitalized && tokens[i].flags.contains(.common)
                && (tokens[i].flags.isDisjoint(with: keep) || isLoneCommonSurname(i)) && !isHouseNumberStreetWord51(i)
            {
                if demoted.isEmpty { demoted = Array(filled: false, count: tokens.count) }
                demoted[i] = true
            }
        }
        // A headline without a full stop runs into the first sentence of the body: its first line
        // alone is tested ("Burbank OKs Budget With Few Added Expenditures\nThe council …").
        for range in doc.sentenceTokens.prefix(3) where range.count >= 5 {
            // Each line of the first sentences is tested: a page may repeat its headline under a
            // slug ("TikTok Shuts Down …" / "tiktok-shuts-down-…" / "TikTok Shuts Down …"); the
            // last line too when no full stop ends it. Lines among the first 120 tokens only:
            // a press release may stack a dateline, a headline and two sub-headlines.
            let scanEnd = min(range.upperBound, range.lowerBound + 120)
            let lastLineIsBody = scanEnd < range.upperBound || tokens[range.upperBound - 1].key == "."
            var lineStart = range.lowerBound
            for lineEnd in (range.lowerBound + 1)...scanEnd where lineEnd == scanEnd ? !lastLineIsBody : lineBreakBefore(lineEnd) {
                defer { lineStart = lineEnd }
                var words = 0, capitals = 0
                for i in lineStart..<lineEnd where tokens[i].kind == .word {
                    words += 1
                    if tokens[i].isCapitalized { capitals += 1 }
                }
                // Three in four capitalised: "… the FCC from Preempting States' Rules, Remands …".
                guard words >= 4, capitals * 4 >= words * 3 else { continue }
                headlineEnd = max(headlineEnd, lineEnd)
                for i in lineStart..<lineEnd where tokens[i].kind == .word && tokens[i].isCapitalized && tokens[i].flags.contains(.common)
                    && (tokens[i].flags.isDisjoint(with: keep) || isLoneCommonSurname(i)) && !isHouseNumberStreetWord51(i)
                {
                    if demoted.isEmpty { demoted = Array(filled: false, count: tokens.count) }
                    demoted[i] = true
                }
            }
        }
    }

    func isDemoted(_ i: Int) -> Bool { !demoted.isEmpty && demoted[i] }

    /// Whether token `i` lies in a headline or shouted line: there a run of capitals needs
    /// positive evidence (a listed name, a head word, a given name) to be a name.
    func inTitleCaseLine(_ i: Int) -> Bool {
        i < headlineEnd || (!titleCaseSentences.isEmpty && titleCaseSentences.contains(doc.tokens[i].sentence))
    }

    /// Wire photo captions name their subjects and the photographer: "… near Santa Barbara,
    /// California. Mike Eliason/County Fire Department/Handout via REUTERS", "…PalaceImage: AP".
    /// A paragraph that ends in such a credit contributes no names. Looks only at each
    /// paragraph's last tokens (found by binary search), so it costs nothing per token.
    mutating func claimPictureCaptions() {
        let tokens = doc.tokens
        guard !tokens.isEmpty else { return }
        for paragraph in doc.paragraphs {
            // The last token that ends inside the paragraph.
            var lo = 0, hi = tokens.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if tokens[mid].end <= paragraph.end { lo = mid + 1 } else { hi = mid }
            }
            var last = lo - 1
            while last >= 0, tokens[last].kind == .punct, tokens[last].start >= paragraph.start { last -= 1 }
            guard last >= 2, tokens[last].start >= paragraph.start else { continue }
            var credit = false
            if tokens[last].isAllCaps || tokens[last].key == "images", EntityRecognizer.pictureAgencies.contains(tokens, at: last) {
                let before = tokens[last - 1].key
                credit = before == "via" || before == "/" || before == "getty"
                    || (before == ":" && tokens[last - 2].key.hasBytesSuffix("image"))
            }
            // "… at the party office. File Photo: TBS", "Credit: Jo Lee": a caption ending in a
            // credit line of up to four capitalised words.
            if !credit, tokens[last].isCapitalized {
                var k = last
                while k > last - 4, k > 0, tokens[k].isCapitalized, tokens[k].start >= paragraph.start { k -= 1 }
                credit = k > 0 && tokens[k].key == ":" && EntityRecognizer.captionCreditWords.contains(tokens, at: k - 1)
            }
            // "… in New York. REUTERS/Brendan McDermid", "(AP Photo/Jane Roe, File)": the agency,
            // a slash and the photographer's name close the caption.
            if !credit { credit = endsInAgencySlashName(last, paragraphStart: paragraph.start) }
            guard credit else { continue }
            var k = last
            while k >= 0, tokens[k].start >= paragraph.start {
                claimed[k] = true
                k -= 1
            }
        }
        claimCaptionsBeforeCredits()
    }

    /// "A new phone is displayed at a store in New York." then "Credit: Reuters/Jo Lee": a short
    /// one-sentence paragraph right before a picture's credit line (a boilerplate line opening
    /// with "Photo", "Credit:", "Image", "Getty", "AP Photo", "REUTERS/" …) is its caption. Not
    /// before "Reporting by …" or "Source:", which close a story's text.
    mutating func claimCaptionsBeforeCredits() {
        let tokens = doc.tokens
        guard !tokens.isEmpty else { return }
        var p = 0
        for credit in doc.boilerplate where credit.kind == "credit" && isPictureCreditLine(credit.range) {
            while p + 1 < doc.paragraphs.count, doc.paragraphs[p + 1].end <= credit.range.start { p += 1 }
            let paragraph = doc.paragraphs[p]
            guard paragraph.end <= credit.range.start,
                !doc.boilerplate.contains(where: { $0.range.start > paragraph.end && $0.range.start < credit.range.start })
            else { continue }
            var first = 0, hi = tokens.count
            while first < hi {
                let mid = (first + hi) / 2
                if tokens[mid].start < paragraph.start { first = mid + 1 } else { hi = mid }
            }
            var end = first
            while end < tokens.count, tokens[end].end <= paragraph.end { end += 1 }
            guard end > first, end - first <= 40, tokens[first].sentence == tokens[end - 1].sentence,
                !(first..<end).contains(where: { isQuote($0) })
            else { continue }
            for k in first..<end { claimed[k] = true }
        }
    }

    /// Whether a credit line credits a picture: it opens with "photo", "credit", "image",
    /// "getty", "(photo", "file photo", "ap photo", "reuters/", "afp", "courtesy" or "pictured".
    func isPictureCreditLine(_ range: TextRange) -> Bool {
        let count = min(12, range.end - range.start)
        var folded: [UInt8] = []
        folded.reserveCapacity(count)
        for i in range.start..<(range.start + count) {
            let b = doc.bytes[i]
            folded.append(b >= 65 && b <= 90 ? b + 32 : b)
        }
        return EntityRecognizer.pictureCreditOpenings.contains { folded.starts(with: $0) }
    }

    static let pictureCreditOpenings: [[UInt8]] = [
        "photo", "credit", "image", "getty", "(photo", "file photo", "ap photo", "(ap photo", "reuters/", "afp", "courtesy",
        "pictured",
    ].map { Array($0.utf8) }

    /// A byline without "By": the author's name on one line and the outlet's on the next, near
    /// the top ("George Hunter" / "The Detroit News"). Both lines name the writer, not the story.
    mutating func claimBylines() {
        let tokens = doc.tokens
        var first = 0
        for range in doc.sentenceTokens.prefix(6) {
            defer { first = range.upperBound }
            guard range.lowerBound >= first, range.count >= 4, range.count <= 9 else { continue }
            // The outlet's line: the sentence's last word is an outlet head, after a line break.
            let last = range.upperBound - 1
            guard tokens[last].kind == .word, tokens[last].isCapitalized, EntityRecognizer.outletHeads.contains(tokens, at: last),
                tokens[range.lowerBound].flags.contains(.givenName)
            else { continue }
            var breakAt = range.lowerBound + 1
            while breakAt < last, !lineBreakBefore(breakAt) { breakAt += 1 }
            guard breakAt < last, breakAt - range.lowerBound <= 3,
                (range.lowerBound..<range.upperBound).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized })
            else { continue }
            for k in range { claimed[k] = true }
        }
        claimBylineAfterLoneBy()
        claimBylineBeforeDate()
        claimSectionLabels()
    }

    /// "Toronto Top Stories", "TBS Report", "Politics": a paragraph of one to four capitalised
    /// words ending in a site section's word is page furniture (a section label or a list's
    /// heading), not a name.
    mutating func claimSectionLabels() {
        let tokens = doc.tokens
        guard doc.paragraphs.count > 1 else { return }
        for paragraph in doc.paragraphs {
            // The paragraph's first token, found by binary search (a scan would read every token).
            var first = 0, hi = tokens.count
            while first < hi {
                let mid = (first + hi) / 2
                if tokens[mid].start < paragraph.start { first = mid + 1 } else { hi = mid }
            }
            var end = first
            while end < tokens.count, end - first <= 4, tokens[end].end <= paragraph.end { end += 1 }
            guard end > first, end - first <= 4, end == tokens.count || tokens[end].start >= paragraph.end,
                EntityRecognizer.sectionWords.contains(tokens, at: end - 1),
                (first..<end).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized })
            else { continue }
            for k in first..<end { claimed[k] = true }
        }
    }

    /// "By" alone on a line and the author's name (two to four capitalised words) alone on the
    /// next, near the top: the byline split by the page's layout.
    mutating func claimBylineAfterLoneBy() {
        let tokens = doc.tokens
        let limit = min(tokens.count, 80)
        let by = StringTable<Bool>.hash("by")
        var i = 1
        while i + 2 < limit {
            defer { i += 1 }
            // "[April 2, 2021] By" / "Jo Lee, Al Roe and Di Poe": "By" may close a dateline's line;
            // several authors are joined by commas and "and".
            guard tokens[i].keyHash == by, tokens[i].isCapitalized, tokens[i].key == "by", lineBreakBefore(i + 1),
                lineBreakBefore(i) || tokens[i - 1].kind == .punct
            else { continue }
            var end = i + 1, names = 0
            while end < tokens.count, end - i <= 16, end == i + 1 || !lineBreakBefore(end) {
                if tokens[end].kind == .word, tokens[end].isCapitalized {
                    names += 1
                } else if !(isComma(end) || tokens[end].key == "and") || end == i + 1 {
                    break
                }
                end += 1
            }
            guard names >= 2, names <= (lineBreakBefore(i) ? 4 : 12), end == tokens.count || lineBreakBefore(end),
                tokens[end - 1].kind == .word, tokens[end - 1].isCapitalized
            else { continue }
            for k in i..<end { claimed[k] = true }
        }
    }

    /// "“Mad Max Beyond Thunderdome,”", "“We Don't Need Another Hero”": a run inside a short
    /// quotation whose words are mostly capitalised is the title of a work, not a name.
    func insideQuotedTitle(_ span: Range<Int>) -> Bool {
        let tokens = doc.tokens
        // Back to the nearest punctuation, which must be the opening quote.
        var open = span.lowerBound - 1
        while open >= 0, span.lowerBound - open <= 8, tokens[open].kind != .punct { open -= 1 }
        // `issue," said Councilman Jo Djou. "It`: a closing quote opens no title, an opening one closes none (entities round sixty-eight).
        guard open >= 0, mayBeQuote54(tokens, open), isQuote(open), !isClosingQuote(open) else { return false }
        // On to the closing quote, past at most one mark before it ("…Thunderdome,”").
        var close = span.upperBound
        while close < tokens.count, close - span.upperBound <= 8, tokens[close].kind != .punct { close += 1 }
        if close + 1 < tokens.count, !isQuote(close), mayBeQuote54(tokens, close + 1), isQuote(close + 1) { close += 1 }
        guard close < tokens.count, isQuote(close), !isOpeningQuote(close), close - open <= 14 else { return false }
        var words = 0, capitals = 0
        for k in (open + 1)..<close where tokens[k].kind == .word {
            words += 1
            if tokens[k].isCapitalized { capitals += 1 }
        }
        return words >= 2 && capitals * 10 >= words * 6
    }

    /// A straight or curly double quotation mark.
    func isQuote(_ i: Int) -> Bool {
        guard doc.tokens[i].kind == .punct else { return false }
        let b = doc.bytes[doc.tokens[i].start]
        if b == 34 { return true }
        return b == 0xE2 && doc.tokens[i].end - doc.tokens[i].start == 3 && doc.bytes[doc.tokens[i].start + 2] >= 0x9C
            && doc.bytes[doc.tokens[i].start + 2] <= 0x9D && doc.bytes[doc.tokens[i].start + 1] == 0x80
    }

    /// A quotation mark that can only close a quotation: a right curly quote, or a straight one
    /// glued to the word before it and followed by a space (`issue," said`).
    private func isClosingQuote(_ i: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let b = doc.bytes[view[i].start]
        if b == 0xE2 { return doc.bytes[view[i].start + 2] == 0x9D }
        return i > 0 && view[i - 1].end == view[i].start && (i + 1 >= view.count || view[i + 1].start > view[i].end)
    }

    /// A quotation mark that can only open a quotation: a left curly quote, or a straight one
    /// after a space and glued to the word after it (`. "It's`).
    private func isOpeningQuote(_ i: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let b = doc.bytes[view[i].start]
        if b == 0xE2 { return doc.bytes[view[i].start + 2] == 0x9C }
        return i + 1 < view.count && view[i + 1].start == view[i].end && (i == 0 || view[i - 1].end < view[i].start)
    }

    /// Whether a line break lies between token `i` and the one before it.
    func lineBreakBefore(_ i: Int) -> Bool {
        var b = doc.tokens[i - 1].end
        let e = doc.tokens[i].start
        while b < e {
            if doc.bytes[b] == 10 { return true }
            b += 1
        }
        return false
    }

    /// "(Reporting by …; Editing by …)" inside a content line names the wire's staff, not the
    /// story's people; "(CNN, ABC NEWS, FAMILY PHOTOS, WIS)" lists a caption's picture sources.
    /// Asked only where a run of capitals opens right after "(": the index after the credit's ")"
    /// when the parenthesis is one, its tokens claimed.
    mutating func skipCredit(at i: Int) -> Int? {
        // Ruled out before the tokens are held in a local: in a mutating method that local is a
        // retain and a release (atomic) of the array on every call, and most calls stop here.
        guard i > 0, doc.tokens[i - 1].kind == .punct, doc.bytes[doc.tokens[i - 1].start] == 40 else { return nil }
        let tokens = doc.tokens
        var k = i, commas = 0, words = 0, capitals = 0
        while k < tokens.count, k - i < 40, !(tokens[k].kind == .punct && doc.bytes[tokens[k].start] == 41) {
            if isComma(k) { commas += 1 }
            if tokens[k].kind == .word {
                words += 1
                if tokens[k].isAllCaps { capitals += 1 }
            }
            k += 1
        }
        let sourceList = commas >= 3 && capitals * 10 >= words * 6
        guard sourceList || EntityRecognizer.creditWords.contains(tokens, at: i) else { return nil }
        for j in i..<k { claimed[j] = true }
        return k
    }

    // MARK: Dateline

    /// "DETROIT, Mich. (Michigan News Source) –": a city in capitals, a state, a source, a dash.
    /// A headline may come first: the dateline opens one of the first three sentences.
    mutating func findDateline() {
        for range in doc.sentenceTokens.prefix(3) where !isFileCaption64(range) && datelineAt(range) { return }
        // "WASHINGTON (AP) —" under a headline, a stamp and captions (`Agencies64.swift`).
        if findLateDateline64() { return }
        findColonDateline()
    }

    /// The closing bracket of a dateline's source opened at `j` ("(AP)", "(Reuters)"), at most
    /// eight tokens on and not empty; nil when it does not close there (then no dateline).
    func datelineSourceClose(after j: Int, in range: Range<Int>) -> Int? {
        let tokens = doc.tokens
        var k = j + 1
        while k < range.upperBound, tokens[k].key != ")", k - j < 8 { k += 1 }
        return k < range.upperBound && tokens[k].key == ")" && k > j + 1 ? k : nil
    }

    mutating func datelineAt(_ range: Range<Int>) -> Bool {
        // "JOHOR BARU, March 5 —": a date after the city's comma (`Fixes21.swift`).
        if datedDateline21(range) { return true }
        let tokens = doc.tokens
        var i = range.lowerBound
        var cityEnd = i
        while cityEnd < range.upperBound, tokens[cityEnd].isAllCaps || (tokens[cityEnd].isCapitalized && cityEnd > i && tokens[cityEnd].isAllCaps) {
            cityEnd += 1
        }
        guard cityEnd > i, cityEnd - i <= 4 else { return false }
        var j = cityEnd
        var stateRange: Range<Int>?
        if j < range.upperBound, tokens[j].key == "," {
            var k = j + 1
            while k < range.upperBound, tokens[k].isCapitalized, k - j <= 3 { k += 1 }
            if k > j + 1 { stateRange = (j + 1)..<k; j = k }
        }
        var sourceRange: Range<Int>?
        if j < range.upperBound, tokens[j].key == "(" {
            guard let k = datelineSourceClose(after: j, in: range) else { return false }
            sourceRange = (j + 1)..<k
            j = k + 1
        }
        if j == cityEnd, isDashlessDateline(i..<cityEnd) {
            // "LUNENBURG It will …": a page that set its dateline apart by layout alone lost the
            // dash when it was flattened to text; the story opens at the function word.
            let cityKey = joinedKeys(i..<cityEnd)
            addMention(.place, name: input.shared.known(cityKey)?.canonical ?? titleCased(i..<cityEnd),
                       range: i..<cityEnd, canonical: true, takesAcronym: false)
            for k in i..<cityEnd { claimed[k] = true }
            sentenceInitial.insert(cityEnd)
            return true
        }
        guard j < range.upperBound, tokens[j].key == "-" else { return false }
        let cityKey = joinedKeys(i..<cityEnd)
        let cityName = input.shared.known(cityKey)?.canonical ?? titleCased(i..<cityEnd)
        addMention(.place, name: cityName, range: i..<cityEnd, canonical: true, takesAcronym: false)
        if let stateRange {
            let key = joinedKeys(stateRange)
            if let state = input.shared.state(key) {
                addMention(.place, name: state, range: stateRange, canonical: true, takesAcronym: false)
            } else if let known = input.shared.known(key) {
                addMention(.place, name: known.canonical, range: stateRange, canonical: true, takesAcronym: false)
            }
        }
        // "(KTAB/KRBC)", "(3TV/CBS 5)": each outlet of a combined source (`NewsOutlets50.swift`).
        if let sourceRange { addDatelineSources50(sourceRange) }
        for k in i...j { claimed[k] = true }
        i = j + 1
        if i < range.upperBound { sentenceInitial.insert(i) }
        return true
    }

    /// A listed place in capitals ("NEW YORK"), or unlisted capitals of four letters or more that
    /// are no function word, common word or title, followed by a capitalised function word
    /// ("It", "The", "Police") that is not itself in capitals: a dateline without its dash.
    /// "BREAKING" and "WATCH" open no dateline; neither does a listed body ("NASA The …").
    func isDashlessDateline(_ city: Range<Int>) -> Bool {
        let tokens = doc.tokens
        guard city.upperBound < tokens.count, tokens[city.upperBound].sentence == tokens[city.lowerBound].sentence else { return false }
        let next = tokens[city.upperBound]
        guard next.kind == .word, next.isCapitalized, !next.isAllCaps, next.flags.contains(.nonName) else { return false }
        if let known = input.shared.known(joinedKeys(city)) { return known.kind == .place }
        guard tokens[city.upperBound - 1].end - tokens[city.lowerBound].start >= 4 else { return false }
        for k in city {
            let t = tokens[k]
            guard t.kind == .word, !t.isAbbreviation,
                  t.flags.isDisjoint(with: [.nonName, .common, .nonEntityAcronym, .title, .titleWord]) else { return false }
        }
        return true
    }

    func titleCased(_ range: Range<Int>) -> String {
        doc.tokens[range].map { token in
            let text = Document.text(doc.bytes, token.start, token.end)
            return text.prefix(1) + text.dropFirst().lowercased()
        }.joined(separator: " ")
    }
}

extension EntityRecognizer {
    /// Whether the tokens up to `last` end in a wire photo credit "AGENCY/First Last" or
    /// "AGENCY Photo/First Last", with an optional ", File": the agency in capitals ("REUTERS",
    /// "AP") or followed by "Photo", so "a Reuters/Ipsos poll" is no credit.
    func endsInAgencySlashName(_ last: Int, paragraphStart: Int) -> Bool {
        let tokens = doc.tokens
        var end = last
        if end >= 2, tokens[end].key == "file", isComma(end - 1) { end -= 2 }
        var k = end
        while k > end - 4, k > 0, tokens[k].kind == .word, tokens[k].isCapitalized, tokens[k].start >= paragraphStart { k -= 1 }
        guard k < end, k >= 1, tokens[k].key == "/", tokens[k].start >= paragraphStart else { return false }
        var agency = k - 1
        let photo = tokens[agency].key == "photo" || tokens[agency].key == "photos"
        if photo {
            guard agency >= 1 else { return false }
            agency -= 1
        }
        guard tokens[agency].start >= paragraphStart, tokens[agency].isAllCaps || photo || tokens[agency].key == "images" else { return false }
        return EntityRecognizer.pictureAgencies.contains(tokens, at: agency)
    }
}

extension EntityRecognizer {
    /// "… Amid Ban, Blocked …" in a headline: a common word that is also a surname ("Cook",
    /// "Rich") or a policy head ("Ban") is read as the common word unless a name-like neighbour (a capitalised
    /// word that is no common word, or a given or listed name) makes it part of a name ("Tim Cook").
    func isLoneCommonSurname(_ i: Int) -> Bool {
        let tokens = doc.tokens
        let flags = tokens[i].flags
        guard !flags.isDisjoint(with: [.surname, .policyHead]),
            flags.isDisjoint(with: [.orgHead, .placeHead, .eventHead, .title, .titleWord, .known, .givenName, .city, .state])
        else { return false }
        func nameLike(_ k: Int) -> Bool {
            k >= 0 && k < tokens.count && tokens[k].kind == .word && tokens[k].isCapitalized
                && (!tokens[k].flags.contains(.common) || !tokens[k].flags.isDisjoint(with: [.givenName, .known, .city, .state]))
        }
        return !nameLike(i - 1) && !nameLike(i + 1)
    }
}
