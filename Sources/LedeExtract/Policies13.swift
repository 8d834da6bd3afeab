/// Policy round thirteen: policies the newer held-out gold names in lower case or by a number
/// the citation walk splits, found from final26–29 and final34–37 (the DevSet README's
/// decisions of the fourth to ninth sessions and the annotators' notes of those sets):
/// - a constitution named generically after a possessive ("the nation's constitution", "our
///   constitution") is the policy "constitution";
/// - an untitled "executive order" ("the governor's executive order", "an executive order released
///   Monday") is the policy "executive order", or a form of the article's numbered or titled one;
/// - a statute cited by its state and number ("Wyoming Statute §16-4-502", "Louisiana Revised
///   Statutes 42:283") is one policy, not a body and a bare number;
/// - a rate or tax increase an authority sets, named by its percentage ("the 3-percent rate
///   increase", "an 8.9-per cent property tax increase", "a 10% increase in water rates");
/// - a named works project ("15th Street Rail Project") is a policy, like a programme, not a body.
/// `policies13At` runs from `findLegislationShapes`' walk, before the citation walk, so that its
/// citations are claimed whole; `applyPolicies13` runs before `linkPolicyNames`, when every span
/// has its type, and only where the walk saw one of its shapes. Cost on /tmp/e5corpus: +6.9 M
/// instructions a round (+0.85 %).
extension EntityRecognizer {
    static let constitutionHash13 = -8047087442431768323  // StringTable<Bool>.hash("constitution"), a literal: no `swift_once` a read
    static let executiveHash13 = 4689620571048024129  // StringTable<Bool>.hash("executive"), a literal: no `swift_once` a read
    static let statuteHash13 = 4018476336710579846  // StringTable<Bool>.hash("statute"), a literal: no `swift_once` a read
    static let statutesHash13 = -510090420695068839  // StringTable<Bool>.hash("statutes"), a literal: no `swift_once` a read
    static let increaseHash13 = -6172737090019169889  // StringTable<Bool>.hash("increase"), a literal: no `swift_once` a read
    static let guidelinesHash13 = -1706400076768260163  // StringTable<Bool>.hash("guidelines"), a literal: no `swift_once` a read
    static let lawsHash13 = 308738113034044005  // StringTable<Bool>.hash("laws"), a literal: no `swift_once` a read
    static let fileHash13 = -6138387083485873317  // StringTable<Bool>.hash("file"), a literal: no `swift_once` a read
    static let orderHash13 = 7774916593910162565  // StringTable<Bool>.hash("order"), a literal: no `swift_once` a read
    static let projectHash13 = -6046505542280766656  // StringTable<Bool>.hash("project"), a literal: no `swift_once` a read
    static let banHash13 = 16070569644527263  // StringTable<Bool>.hash("ban"), a literal: no `swift_once` a read
    static let departmentHash13 = -6925769801391043640  // StringTable<Bool>.hash("department"), a literal: no `swift_once` a read
    static let departmentalHash13 = -1321593035334237128  // StringTable<Bool>.hash("departmental"), a literal: no `swift_once` a read
    /// Two bitmaps of the words above, by two fields of their key hashes: `findLegislationShapes`
    /// calls `policies13At` only where both bits are set (a few tokens in a hundred).
    static let masks13: (UInt64, UInt64) = {
        var a: UInt64 = 0, b: UInt64 = 0
        for h in [constitutionHash13, executiveHash13, statuteHash13, statutesHash13, increaseHash13, guidelinesHash13, lawsHash13,
                  fileHash13, projectHash13, banHash13, departmentHash13, departmentalHash13]
        {
            a |= 1 << UInt64(h & 63)
            b |= 1 << UInt64((h >> 6) & 63)
        }
        return (a, b)
    }()

    /// Whether the key hash may be one of this round's words.
    @inline(__always) static func mayStart13(_ h: Int, _ masks: (UInt64, UInt64)) -> Bool {
        // Masking shifts: no test of the shift's width. Most tokens fail the first bitmap.
        (masks.0 &>> UInt64(truncatingIfNeeded: h)) & 1 != 0 && (masks.1 &>> UInt64(truncatingIfNeeded: h &>> 6)) & 1 != 0
    }

    /// Flags `policies13At` sets for `applyPolicies13`: it reads the mentions only when the
    /// article has one of its shapes.
    static let sawProject13: UInt8 = 1, sawGuidelines13: UInt8 = 2, sawBan13: UInt8 = 4, sawDepartment13: UInt8 = 8,
        sawOrder13: UInt8 = 16, sawOtherOrder13: UInt8 = 32

    /// Possessive pronouns that make "constitution" a particular country's.
    private static let ownerPronouns13: WordSet = ["our", "its", "their", "his", "her", "your", "my"]
    /// Words after "constitution" that make it a modifier of another noun ("the constitution
    /// review committee", "the nation's constitution amendment bill").
    private static let constitutionModified13: WordSet = [
        "amendment", "amendments", "review", "reform", "reforms", "committee", "commission", "court", "bench", "drafting",
        "making", "writing", "assembly", "bill", "act", "day",
    ]
    /// Determiners before an untitled executive order.
    private static let orderDeterminers13: WordSet = ["a", "an", "the", "his", "her", "their", "its", "this", "that"]
    /// Words after "executive order" that title it or give its number: another rule names it.
    private static let orderTitleCues13: WordSet = ["titled", "entitled", "called", "named", "dubbed", "no.", "number"]
    /// Words right before an increase that say what it raises.
    private static let raisedNouns13: WordSet = ["rate", "rates", "tax", "taxes", "levy", "fee", "fees", "toll", "tolls", "tariff"]
    /// "rates" and "taxes" closing "an increase in water rates".
    private static let raisedPlurals13: WordSet = ["rates", "taxes", "fees", "tolls", "levies"]
    /// Increases of a central bank's or a market's rates are no authority's charge.
    private static let notCharges13: WordSet = ["interest", "mortgage", "policy", "exchange", "inflation", "growth", "unemployment"]

    /// This round's test at token `i`, whose key hash passed `mayStart13`, from
    /// `findLegislationShapes`' walk (before citations, so that a statute's number is claimed
    /// whole). Returns the last token it read.
    @inline(never)
    mutating func policies13At(_ i: Int) -> Int {
        // The mask's false positives turned away before the array is bound (`Speed49.swift`).
        guard EntityRecognizer.isPolicies13Hash49(doc.tokens[i].keyHash) else { return i }
        let tokens = doc.tokens
        guard i > 0, !claimed[i], tokens[i].kind == .word else { return i }
        let h = tokens[i].keyHash
        let capital = tokens[i].isCapitalized
        if h == EntityRecognizer.constitutionHash13 {
            if !capital, tokens[i].key == "constitution" { addGenericConstitution13(i) }
        } else if h == EntityRecognizer.executiveHash13 {
            if !capital {
                if tokens[i].key == "executive" { addExecutiveOrder13(i) }
            } else if i + 1 < tokens.count, tokens[i + 1].keyHash == EntityRecognizer.orderHash13 {
                // "Executive Order 19-189": an untitled order may be its form (`joinExecutiveOrders13`).
                policies13Seen |= EntityRecognizer.sawOtherOrder13
            }
        } else if h == EntityRecognizer.increaseHash13 {
            if !capital, tokens[i].key == "increase" { addRateIncrease13(i) }
        } else if h == EntityRecognizer.guidelinesHash13 || h == EntityRecognizer.lawsHash13 {
            if capital {
                if tokens[i].key == "guidelines" { policies13Seen |= EntityRecognizer.sawGuidelines13 }
            } else if tokens[i].key == "guidelines" || tokens[i].key == "laws" {
                addOwnedLaws13(i)
            }
        } else if h == EntityRecognizer.statuteHash13 || h == EntityRecognizer.statutesHash13 {
            if capital, tokens[i].key == "statute" || tokens[i].key == "statutes", let end = addStatute13(i) { return end }
        } else if h == EntityRecognizer.fileHash13 {
            if capital, tokens[i].key == "file", let end = addChamberFile13(i) { return end }
        } else if h == EntityRecognizer.projectHash13 {
            if capital, tokens[i].key == "project", EntityRecognizer.worksWords13.contains(tokens[i - 1]) {
                policies13Seen |= EntityRecognizer.sawProject13
            }
        } else if h == EntityRecognizer.banHash13 {
            if !capital, tokens[i].key == "ban", EntityRecognizer.banScopes13.contains(tokens[i - 1]) {
                policies13Seen |= EntityRecognizer.sawBan13
            }
        } else if h == EntityRecognizer.departmentHash13 || h == EntityRecognizer.departmentalHash13 {
            if !capital, tokens[i].key == "department" || tokens[i].key == "departmental", i + 1 < tokens.count,
                tokens[i + 1].flags.contains(.policyHead)
            {
                policies13Seen |= EntityRecognizer.sawDepartment13
            }
        }
        return i
    }

    /// "Iowa House File 718", "Senate File 2391": the bills of legislatures that number them as
    /// files (their short forms "HF", "SF" are citation leads already). A state's name before
    /// the chamber is part of the name. Returns the last token.
    private mutating func addChamberFile13(_ i: Int) -> Int? {
        let tokens = doc.tokens
        guard i + 1 < tokens.count, tokens[i - 1].isCapitalized, tokens[i - 1].key == "house" || tokens[i - 1].key == "senate",
            !claimed[i - 1], tokens[i + 1].kind == .number, !claimed[i + 1], tokens[i + 1].sentence == tokens[i].sentence
        else { return nil }
        var first = i - 1
        if first > 0, tokens[first - 1].isCapitalized, tokens[first - 1].flags.contains(.state), !claimed[first - 1],
            tokens[first - 1].sentence == tokens[i].sentence
        {
            first -= 1
        }
        addPolicy(name: Document.text(doc.bytes, tokens[first].start, tokens[i + 1].end), tokens: first...(i + 1))
        return i + 1
    }

    /// "the nation's constitution", "Spain's constitution", "our constitution".
    private mutating func addGenericConstitution13(_ i: Int) {
        let tokens = doc.tokens
        let before = tokens[i - 1]
        guard before.sentence == tokens[i].sentence,
            before.kind == .possessive || (before.kind == .word && EntityRecognizer.ownerPronouns13.contains(before))
        else {
            // "scrapping the constitution", "the federal constitution" (`Policies25.swift`).
            addTheConstitution25(i)
            return
        }
        if i + 1 < tokens.count, tokens[i + 1].kind == .word, EntityRecognizer.constitutionModified13.contains(tokens[i + 1]) { return }
        addPolicy(name: Document.text(doc.bytes, tokens[i].start, tokens[i].end), tokens: i...i)
    }

    /// Tier words that may open a cued set of guidelines: "under federal sentencing guidelines".
    private static let tiers13: WordSet = ["federal", "state", "national", "provincial"]
    /// Owners whose possessive makes plural laws one body of law: "the nation's antitrust laws".
    private static let lawOwners13: WordSet = ["nation", "country", "state", "province"]

    /// "Under federal sentencing guidelines", "the nation's antitrust laws": a noun's guidelines
    /// after "under", or a noun's laws after a country's possessive, are one body of rules (a
    /// bare "federal guidelines" or "the state's laws" says no subject and is none).
    private mutating func addOwnedLaws13(_ i: Int) {
        let tokens = doc.tokens
        let sentence = tokens[i].sentence
        guard i >= 3, isCompoundModifier(i - 1, sentence: sentence) else { return }
        if tokens[i].key == "guidelines" {
            var first = i - 1
            if EntityRecognizer.tiers13.contains(tokens[first - 1]), !claimed[first - 1] { first -= 1 }
            guard first >= 1, tokens[first - 1].key == "under", tokens[first - 1].sentence == sentence else { return }
            addPolicy(name: Document.text(doc.bytes, tokens[first].start, tokens[i].end), tokens: first...i)
            return
        }
        guard tokens[i - 2].kind == .possessive, tokens[i - 2].sentence == sentence,
            tokens[i - 3].isCapitalized || EntityRecognizer.lawOwners13.contains(tokens[i - 3])
        else { return }
        addPolicy(name: Document.text(doc.bytes, tokens[i - 1].start, tokens[i].end), tokens: (i - 1)...i)
    }

    /// "DeSantis' executive order, which …", "according to an executive order released Monday".
    private mutating func addExecutiveOrder13(_ i: Int) {
        let tokens = doc.tokens
        guard i + 1 < tokens.count, tokens[i + 1].key == "order", !tokens[i + 1].isCapitalized, !claimed[i + 1],
            tokens[i + 1].sentence == tokens[i].sentence
        else { return }
        let before = tokens[i - 1]
        // "DeSantis' executive order": a name's bare apostrophe is its possessive.
        let owned = before.kind == .possessive || (before.key == "'" && i >= 2 && tokens[i - 2].isCapitalized && tokens[i - 2].end == before.start)
        guard owned || EntityRecognizer.orderDeterminers13.contains(before) else { return }
        if i + 2 < tokens.count {
            let next = tokens[i + 2]
            if next.kind == .number || next.key == "\"" || EntityRecognizer.orderTitleCues13.contains(next) {
                policies13Seen |= EntityRecognizer.sawOtherOrder13
                return
            }
        }
        policies13Seen |= EntityRecognizer.sawOrder13
        // Left unclaimed: "an executive order banning new coal leases" is named by what it does
        // (`DescribedPolicies.swift`); `applyPolicies13` drops this mention under such a one.
        mentions.append(RawMention(
            type: .policy, key: "executive order", name: "executive order", start: tokens[i].start, end: tokens[i + 1].end,
            sentence: tokens[i].sentence, tokenCount: 2))
    }

    /// "Wyoming Statute §16-4-502", "Louisiana Revised Statutes 42:283": the state's name, the
    /// head, a section sign and a number written without spaces. Returns the last token.
    private mutating func addStatute13(_ i: Int) -> Int? {
        let tokens = doc.tokens
        let sentence = tokens[i].sentence
        var j = i + 1
        while j < tokens.count, tokens[j].key == "§" || tokens[j].key == "§§" { j += 1 }
        guard j < tokens.count, tokens[j].startsWithDigit, tokens[j].sentence == sentence, !claimed[j] else { return nil }
        var last = j
        // "42:283(A)": bracketed subsections glued to the number.
        while last + 3 < tokens.count, tokens[last + 1].key == "(", tokens[last + 1].start == tokens[last].end,
            tokens[last + 3].key == ")", tokens[last + 2].key.utf8.count <= 4
        {
            last += 3
        }
        var first = i
        while first > 0, i - first < 3, tokens[first - 1].kind == .word, tokens[first - 1].isCapitalized, !claimed[first - 1],
            tokens[first - 1].sentence == sentence, !EntityRecognizer.functionWords.contains(tokens[first - 1])
        {
            first -= 1
        }
        addPolicy(name: Document.text(doc.bytes, tokens[first].start, tokens[last].end), tokens: first...last)
        return last
    }

    /// "the 3-percent rate increase", "a 2% water rate increase", "an 8.9-per cent property tax
    /// increase", "A 10% increase in water rates": a percentage says it is one increase someone
    /// set; the noun before the increase (or the plural after "in") says it is a charge.
    private mutating func addRateIncrease13(_ i: Int) {
        let tokens = doc.tokens
        let sentence = tokens[i].sentence
        // "… rate increase": up to three lower-case nouns, the last a charge.
        if EntityRecognizer.raisedNouns13.contains(tokens[i - 1]) {
            var k = i - 1
            while k > 0, i - k < 3, tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized, !tokens[k - 1].startsWithDigit,
                !claimed[k - 1], tokens[k - 1].sentence == sentence, !EntityRecognizer.functionWords.contains(tokens[k - 1]),
                percentageStart13(k - 1) == nil
            {
                k -= 1
            }
            if (k..<i).contains(where: { claimed[$0] || EntityRecognizer.notCharges13.contains(tokens[$0]) }) { return }
            guard let start = percentageStart13(k - 1), tokens[start].sentence == sentence else { return }
            addPolicy(name: Document.text(doc.bytes, tokens[start].start, tokens[i].end), tokens: start...i)
            return
        }
        // "a 10% increase in water rates".
        guard let start = percentageStart13(i - 1), tokens[start].sentence == sentence, i + 2 < tokens.count,
            tokens[i + 1].key == "in"
        else { return }
        var k = i + 2
        while k < tokens.count, k <= i + 4, tokens[k].kind == .word, !tokens[k].isCapitalized, !claimed[k], tokens[k].sentence == sentence {
            if EntityRecognizer.notCharges13.contains(tokens[k]) { return }
            if EntityRecognizer.raisedPlurals13.contains(tokens[k]) {
                addPolicy(name: Document.text(doc.bytes, tokens[start].start, tokens[k].end), tokens: start...k)
                return
            }
            k += 1
        }
    }

    /// The first token of a percentage ending at `k` ("2 %", "3-percent", "5 percent", "8.9-per
    /// cent", "4 per cent"), or nil.
    private func percentageStart13(_ k: Int) -> Int? {
        let tokens = doc.tokens
        guard k >= 0, !claimed[k] else { return nil }
        let t = tokens[k]
        if t.key == "%" { return k >= 1 && tokens[k - 1].kind == .number && tokens[k - 1].end == t.start ? k - 1 : nil }
        if t.startsWithDigit, t.key.hasBytesSuffix("-percent") { return k }
        if t.key == "percent" { return k >= 1 && tokens[k - 1].kind == .number ? k - 1 : nil }
        if t.key == "cent", k >= 1 {
            let per = tokens[k - 1]
            if per.startsWithDigit, per.key.hasBytesSuffix("-per") { return k - 1 }
            if per.key == "per", k >= 2, tokens[k - 2].kind == .number { return k - 2 }
        }
        return nil
    }

    /// Nouns of building works before "Project" that make a project a policy (a programme of
    /// works), not an organisation ("the Innocence Project").
    static let worksWords13: WordSet = [
        "rail", "railway", "road", "roads", "bridge", "highway", "street", "intersection", "improvement", "improvements",
        "expansion", "construction", "pipeline", "dam", "transit", "tunnel", "housing", "sewer", "drainage", "water",
        "renovation", "rehabilitation", "redevelopment", "interchange", "corridor", "widening", "upgrade", "metro",
        "tram", "airport", "port", "harbour", "harbor", "flood", "irrigation", "electrification",
    ]

    /// Runs before `linkPolicyNames`: works projects typed as bodies become policies, and an
    /// untitled "executive order" joins the article's one numbered or titled executive order.
    mutating func applyPolicies13() {
        let seen = policies13Seen
        guard seen != 0 else { return }
        let described = seen & (EntityRecognizer.sawBan13 | EntityRecognizer.sawDepartment13) != 0
        let named = seen & (EntityRecognizer.sawProject13 | EntityRecognizer.sawGuidelines13) != 0
        var hasOrder = false
        var loneDepartment = -1
        for n in mentions.indices {
            let m = mentions[n]
            if described, m.type == .policy, m.policyFamily != nil {
                if m.tokenCount == 2, isBareDepartmentPolicy13(m) { loneDepartment = loneDepartment == -1 ? n : -2 }
                if m.name.hasBytesPrefix("ban on ") { widenBan13(m) }
            }
            if named, m.type == .agency, m.tokenCount >= 2 {
                if m.name.hasBytesSuffix(" Project") { retypeWorksProject13(m) }
                // "the U.S. Sentencing Guidelines": guidelines are rules, whoever issues them.
                if m.name.hasBytesSuffix(" Guidelines") { m.type = .policy }
            }
            if m.type == .policy, m.key == "executive order" { hasOrder = true }
        }
        // "As per department policy": a department's policy the article never describes names none
        // (the seed's "department rules" is a form of the "policy that forbids …" it describes).
        if loneDepartment >= 0 {
            let key = mentions[loneDepartment].key
            var shared = false
            for (n, m) in mentions.enumerated() where n != loneDepartment && m.type == .policy && m.key == key { shared = true }
            if !shared { mentions.remove(at: loneDepartment) }
        }
        if hasOrder {
            dropDescribedOrders13()
            if seen & EntityRecognizer.sawOtherOrder13 != 0 { joinExecutiveOrders13() }
        }
    }

    private func isBareDepartmentPolicy13(_ m: RawMention) -> Bool {
        m.name.hasBytesPrefix("department ") || m.name.hasBytesPrefix("departmental ")
    }

    /// Words of scope or length before a ban that are part of its name, as a curfew's are
    /// ("a provisional ban on mask exports", like "night-time curfew").
    static let banScopes13: WordSet = [
        "provisional", "temporary", "permanent", "total", "blanket", "outright", "nationwide", "countrywide", "statewide",
        "indefinite", "partial",
    ]

    private func widenBan13(_ m: RawMention) {
        let tokens = doc.tokens
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < m.start { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0, lo < tokens.count, tokens[lo].start == m.start, tokens[lo - 1].kind == .word, !tokens[lo - 1].isCapitalized,
            tokens[lo - 1].sentence == tokens[lo].sentence, EntityRecognizer.banScopes13.contains(tokens[lo - 1])
        else { return }
        m.start = tokens[lo - 1].start
        m.name = Document.text(doc.bytes, m.start, m.end)
        m.tokenCount += 1
    }

    private func retypeWorksProject13(_ m: RawMention) {
        let words = m.name.split(separator: " ")
        guard words.count >= 2 else { return }
        let before = Lexicon.key(words[words.count - 2])
        guard EntityRecognizer.worksWords13.contains(before) else { return }
        m.type = .policy
    }

    /// An untitled order inside another policy's mention (its description) is that policy.
    private mutating func dropDescribedOrders13() {
        var drop: [Int] = []
        // An index loop reading the fields in place: `enumerated()` handed over every mention
        // object retained (speed round fifty).
        for n in mentions.indices where mentions[n].type == .policy && mentions[n].key == "executive order" {
            let m = mentions[n]
            if mentions.contains(where: { $0 !== m && $0.type == .policy && $0.start < m.end && m.start < $0.end }) { drop.append(n) }
        }
        for n in drop.reversed() { mentions.remove(at: n) }
    }

    /// "Executive Order 19-189" or "an executive order titled “…”" beside "DeSantis' executive
    /// order": one order, the untitled mentions its forms.
    private mutating func joinExecutiveOrders13() {
        let tokens = doc.tokens
        var starts: [Int: Int] = [:]
        for (n, m) in mentions.enumerated() where m.type == .policy && m.key != "executive order" { starts[m.start] = n }
        var target: Int? = nil
        var several = false
        let executive = EntityRecognizer.executiveHash13, order = EntityRecognizer.orderHash13
        for i in 0..<max(0, tokens.count - 1) where tokens[i].keyHash == executive && tokens[i + 1].keyHash == order {
            var found: Int? = starts[tokens[i].start]
            var k = i + 2
            while found == nil, k < tokens.count, k <= i + 4 {
                found = starts[tokens[k].start]
                k += 1
            }
            guard let found else { continue }
            if let t = target, mentions[t].key != mentions[found].key { several = true }
            target = found
        }
        guard let target, !several else { return }
        let key = mentions[target].key, name = mentions[target].name
        for m in mentions where m.type == .policy && m.key == "executive order" {
            m.key = key
            m.name = name
        }
    }

    /// "a proposed finance bill", "the draft appropriation bill": a money bill not yet passed
    /// (the annotators of final26/27, decision 12: a proposed bill not yet law is no policy).
    static func isProposedBill13(_ tokens: [Token], _ first: Int) -> Bool {
        first > 0 && (tokens[first - 1].key == "proposed" || tokens[first - 1].key == "draft")
    }
}
