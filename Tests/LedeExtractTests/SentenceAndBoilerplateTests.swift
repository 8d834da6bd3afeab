import Testing

@testable import LedeExtract

@Suite struct SentenceSplitTests {
    static let cases: [(String, [String])] = [
        ("He lives in Lansing, Mich. The city is small.", ["He lives in Lansing, Mich.", "The city is small."]),
        ("DETROIT, Mich. (Michigan News Source) – A woman walked in. She left.",
         ["DETROIT, Mich. (Michigan News Source) – A woman walked in.", "She left."]),
        ("Entering the U.S. is a crime under 8 U.S.C. § 1325. Fines apply.",
         ["Entering the U.S. is a crime under 8 U.S.C. § 1325.", "Fines apply."]),
        ("Dr. Ron Cook spoke. Gov. Whitmer and Sen. Peters agreed.", ["Dr. Ron Cook spoke.", "Gov. Whitmer and Sen. Peters agreed."]),
        ("It opened Jan. 20 on St. Clair St. in Detroit.", ["It opened Jan. 20 on St. Clair St. in Detroit."]),
        ("Manager A.J. Hinch and Judge Milan D. Smith Jr. spoke.", ["Manager A.J. Hinch and Judge Milan D. Smith Jr. spoke."]),
        ("Shares fell 3.2% to $10.14. Analysts were surprised.", ["Shares fell 3.2% to $10.14.", "Analysts were surprised."]),
        ("“We will win.” Coach Smith said so.", ["“We will win.”", "Coach Smith said so."]),
        ("“Why now?” she asked. Nobody answered.", ["“Why now?” she asked.", "Nobody answered."]),
        ("The case is No. 24-7037. It was filed by Meta Platforms Inc. and Google.",
         ["The case is No. 24-7037.", "It was filed by Meta Platforms Inc. and Google."]),
        ("Ford Motor Co. said it will cut jobs. The U.S. District Judge ruled.",
         ["Ford Motor Co. said it will cut jobs.", "The U.S. District Judge ruled."]),
        ("It moved to the U.S. The move was costly.", ["It moved to the U.S.", "The move was costly."]),
        ("First paragraph ends here\n\nSecond one starts", ["First paragraph ends here", "Second one starts"]),
        ("Rep. John Smith, R-Mich., voted no. Rep. Jane Doe, D-Calif., voted yes.",
         ["Rep. John Smith, R-Mich., voted no.", "Rep. Jane Doe, D-Calif., voted yes."]),
    ]

    @Test(arguments: cases) func splits(text: String, expected: [String]) {
        let doc = Document(text: text, lexicon: Lexicon.shared)
        let sentences = doc.sentences.map { doc.text($0.start, $0.end) }
        #expect(sentences == expected)
    }
}

@Suite struct BoilerplateTests {
    static let cases: [(String, String?)] = [
        ("MORE NEWS: Mackinac Bridge to Be Assessed for Safety, Other Upgrades Underway", "teaser"),
        ("READ MORE", "teaser"),
        ("Read more: Lawmakers eye new rules", "teaser"),
        ("Related: Texas age-verification law heads to Supreme Court", "teaser"),
        ("Click here to get the Business Daily newsletter", "teaser"),
        ("Share this article: Facebook | X | Email", "share"),
        ("Subscribe to our newsletter for daily updates.", "subscribe"),
        ("Sign up for our sports newsletter", "subscribe"),
        ("Photo: Paul Sancya / Associated Press", "credit"),
        ("Photo credit: Jeff Chiu/AP", "credit"),
        ("(Reporting by Jan Strupczewski; Editing by Alison Williams)", "credit"),
        ("Copyright 2025 WOOD Radio. All rights reserved.", "copyright"),
        ("© 2025 The Detroit News", "copyright"),
        ("By Maria Lopez, Staff Writer", "byline"),
        ("ADVERTISEMENT", "ad"),
        ("By the end of the year, the city had spent $4 million, officials said.", nil),
        ("The council will hold a public hearing on May 6.", nil),
        ("More than 200 residents attended the meeting.", nil),
        ("Breaking the law is still breaking the law.", nil),
        ("Detroit’s hands-off policy.", nil),
    ]

    @Test(arguments: cases) func flags(line: String, kind: String?) {
        #expect(Document.boilerplateKind(line, lexicon: Lexicon.shared) == kind)
    }

    @Test func boilerplateIsKeptOutOfSentences() {
        let text = "The mayor spoke on Monday.\n\nMORE NEWS: Governor Visits Flint\n\nShe left on Tuesday."
        let extraction = Extractor().extract(text: text, published: PartialDate(year: 2025, month: 3, day: 12))
        #expect(extraction.boilerplate.count == 1)
        #expect(extraction.sentences.count == 2)
        #expect(!extraction.entities.contains { $0.name == "Flint" })
        #expect(extraction.events.count == 2)
    }
}
