import Testing

@testable import LedeExtract

/// Entities round twenty-six (entities26): persons and places in non-US news — given names of
/// South Asia, Africa and Southeast Asia, honorifics, towns named by their office holders or in a
/// list, "Town:" datelines, numbered wards. Every sentence is written for the test.
@Suite struct Entities26RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // Given names of `world-given-names.txt` open a person's name.
        Row(text: "The contract was signed by Abhimanyu Varmond in the presence of officials.", name: "Abhimanyu Varmond", type: .person),
        Row(text: "Speaking on Monday, Chinedu Okorafa urged traders to register.", name: "Chinedu Okorafa", type: .person),
        Row(text: "Residents welcomed the move, Wanjiru Kamathi told reporters.", name: "Wanjiru Kamathi", type: .person),
        // Honorifics are titles: the name after them is the person's.
        Row(text: "The plan was announced by Datuk Harlim Zakaria at the launch.", name: "Harlim Zakaria", type: .person),
        Row(text: "The donation came from Alhaji Musa Dantoro last week.", name: "Musa Dantoro", type: .person),
        Row(text: "The statement was read by Shri Devendar Kulkarni yesterday.", name: "Devendar Kulkarni", type: .person),
        Row(text: "Taoiseach Enda Kenny said the talks would resume.", name: "Enda Kenny", type: .person),
        // A royal honorific that is part of the name stays in it.
        Row(text: "The ceremony was attended by Tengku Amir Halim and his family.", name: "Tengku Amir Halim", type: .person),
        // A lone unlisted name before a lower-case local office or its people is a place.
        Row(text: "Tarvanui mayor Jo Fenwick said the vote was close.", name: "Tarvanui", type: .place),
        Row(text: "Marovale residents blocked the road on Monday.", name: "Marovale", type: .place),
        // A given name or surname before "residents" is not made a place.
        Row(text: "Lawyers for the Jenkins residents filed the claim.", name: "Jenkins", type: nil),
        // "the Ashanti Regional Minister": the region before a regional title.
        Row(text: "The Kovara Regional Minister opened the market.", name: "Kovara", type: .place),
        Row(text: "The Western Regional Minister opened the market.", name: "Western", type: nil),
        // A list that a plural place noun opens with "such as", "are", "including".
        Row(text: "Officials toured villages such as Pelanur, Kottavan and Merikal.", name: "Kottavan", type: .place),
        Row(text: "The affected villages are Ambrin, Tolvera and Sikkam.", name: "Ambrin", type: .place),
        Row(text: "Water was cut in towns including Havrel and Dostrin.", name: "Dostrin", type: .place),
        // "Town:" at the start of the text is the dateline's town; a furniture label is not.
        Row(text: "Kelvattur: District officials met on Monday to discuss the roads.", name: "Kelvattur", type: .place),
        Row(text: "KELVATTUR: The district council met on Monday to discuss the roads.", name: "Kelvattur", type: .place),
        Row(text: "Exclusive: The district council met on Monday to discuss the roads.", name: "Exclusive", type: nil),
        // A capitalised local office title after the name: the name is its town.
        Row(text: "Kelvanur Subcollector Ravi Menon issued the order.", name: "Kelvanur", type: .place),
        // Initials in capitals without periods open a person's name.
        Row(text: "Speaking at the meeting, KR Velayudhan urged calm. Velayudhan said talks would go on.", name: "KR Velayudhan", type: .person),
        Row(text: "Shares of US Steel rose on Monday.", name: "US Steel", type: .agency),
        // South Asian squares, markets and buildings are places.
        Row(text: "Officials visited Tamarind Chowk and handed out masks.", name: "Tamarind Chowk", type: .place),
        Row(text: "Traders at Kishan Bazaar closed their shops.", name: "Kishan Bazaar", type: .place),
        // A label's text opens with a question word or a date: no dateline.
        Row(text: "Explainer: What the new levy means for traders in the city.", name: "Explainer", type: nil),
        // Initials are a company's when the name never stands alone.
        Row(text: "Sales at QX Harvell rose. QX Harvell opened two stores.", name: "QX Harvell", type: .agency),
        // Malay and Indonesian bodies open with their head word; a Māori iwi with "Ngāti".
        Row(text: "The Barisan Kemajuan won four seats in the state.", name: "Barisan Kemajuan", type: .agency),
        Row(text: "Ngāti Tarawhai signalled its support for the ward.", name: "Ngāti Tarawhai", type: .agency),
        // A member's seat in parentheses is not the member's short name.
        Row(text: "MPs Jo Wanyoike (Molo North) and Amina Farah attended.", name: "Jo Wanyoike", type: .person),
        // "the X area": a lone name before "area" is a place.
        Row(text: "Farmers in the Kellamoor area lost their crops.", name: "Kellamoor", type: .place),
        // A listed place and a compass word is a constituency, not a company.
        Row(text: "Voters in Nairobi East queued from dawn.", name: "Nairobi East", type: .place),
        // A person's full name and a site's head is the site; two words stay a person.
        Row(text: "Fans packed the Joan Kerrigan Arena for the final.", name: "Joan Kerrigan Arena", type: .place),
        Row(text: "Director Michael Bay said the film was done.", name: "Michael Bay", type: .person),
        // A ward's number is part of its name.
        Row(text: "Residents of Ward 14 marched to the council offices.", name: "Ward 14", type: .place),
        Row(text: "Voters in Molesi Ward 7 queued from dawn.", name: "Molesi Ward 7", type: .place),
        Row(text: "Former Ward 12 councillor Jo Dlamini spoke at the rally.", name: "Ward 12", type: .place),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
