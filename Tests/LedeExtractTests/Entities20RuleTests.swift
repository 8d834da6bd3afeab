import Testing

@testable import LedeExtract

/// Entities round twenty (agency precision): capitalised things that are no organisation —
/// awards, meetings and addresses, device specifications, titles of works, a Commonwealth title —
/// and personal names of three short words. Every sentence is written for the test.
@Suite struct Entities20RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // Awards, prizes, meetings and addresses are events (`event-heads.txt`).
        Row(text: "Her film won the Harwood Grand Prix on Saturday.", name: "Harwood Grand Prix", type: nil),
        Row(text: "The cyclist took the Golden Medal at the Velmont Trophy last week.", name: "Velmont Trophy", type: nil),
        Row(text: "Shareholders will vote at the Annual General Meeting in May.", name: "Annual General Meeting", type: nil),
        Row(text: "The president will deliver his State of the Union Address on Tuesday.", name: "Union Address", type: nil),
        Row(text: "Tickets for the Portlaw Fringe sold out in an hour.", name: "Portlaw Fringe", type: nil),
        Row(text: "The Portlaw Fringe Society said tickets sold out.", name: "Portlaw Fringe Society", type: .agency),
        // Device specifications in capitals are no companies (`nonentity-acronyms.txt`).
        Row(text: "The handset has a 6.1-inch AMOLED screen and an IP68 rating.", name: "AMOLED", type: nil),
        Row(text: "The handset has a 6.1-inch AMOLED screen and an IP68 rating.", name: "IP68", type: nil),
        Row(text: "It ships with 8GB of RAM and supports 5G and NFC payments.", name: "RAM", type: nil),
        Row(text: "The tablet offers a WQHD display and a USB port.", name: "WQHD", type: nil),
        // A capitalised run right after a work noun is the work's title.
        Row(text: "She starred in the drama The Quiet Harbour before moving to Rome.", name: "Quiet Harbour", type: nil),
        Row(text: "The festival opened with the documentary Salt Road Diaries.", name: "Salt Road Diaries", type: nil),
        Row(text: "In the film, Marta Okafor plays a nurse in Lagos.", name: "Marta Okafor", type: .person),
        Row(text: "His debut novel Ember Valley sold well in Canada.", name: "Ember Valley", type: nil),
        Row(text: "The studio behind the series Jane Marlow directed said it was pleased.", name: "Jane Marlow", type: .person),
        Row(text: "The film's director Ana Reyes said the cast was superb.", name: "Ana Reyes", type: .person),
        // A listed surname and two short words: a name in the Chinese order.
        Row(text: "The seat went to Hazel Poa and Leong Mun Wait after the count.", name: "Leong Mun Wait", type: .person),
        Row(text: "The party said Wong Shu Qi would stand again in the seat.", name: "Wong Shu Qi", type: .person),
        Row(text: "The party said Tan Bee Lay would stand again in the seat.", name: "Tan Bee Lay", type: .person),
        Row(text: "Shares of Brown Hill Gold fell after the report.", name: "Brown Hill Gold", type: .agency),
        // "Member of Parliament for X": a title, then the constituency.
        Row(text: "He wrote to Aida Rahim (Member of Parliament for Batu Pahat) on Monday.", name: "Member of Parliament for Batu Pahat", type: nil),
        Row(text: "He wrote to Aida Rahim (Member of Parliament for Batu Pahat) on Monday.", name: "Batu Pahat", type: .place),
        Row(text: "Opposition Members of Parliament walked out of the chamber.", name: "Opposition Members of Parliament", type: nil),
        // The seat before a member's title is a place; a party before it is not.
        Row(text: "Tarbela MP Yusuf Kamau and two others were absent.", name: "Tarbela", type: .place),
        Row(text: "Tarbela MP Yusuf Kamau and two others were absent.", name: "Yusuf Kamau", type: .person),
        Row(text: "Marangu Member of Parliament (MP), Lydia Wairimu asked the minister.", name: "Marangu", type: .place),
        Row(text: "The Labour MP Jo Hale said the vote was lost.", name: "Labour Party", type: .agency),
        Row(text: "The KANU MP Ali Noor said the vote was lost.", name: "KANU", type: .agency),
        // A lone surname taken for an organisation joins the person named in full before it.
        Row(text: "Senator Rosa Delgado spoke first. Critics of the Delgado campaign said little.", name: "Delgado", type: nil),
        Row(text: "Senator Rosa Delgado spoke first. Critics of the Delgado campaign said little.", name: "Rosa Delgado", type: .person),
        // A place given a plural verb as the subject is a team ("Australia have", "Leeds are").
        Row(text: "Australia have named an unchanged side for the second Test.", name: "Australia", type: .agency),
        Row(text: "New Zealand are top of the table after the draw.", name: "New Zealand", type: .agency),
        Row(text: "India has struggled to find a fourth seamer.", name: "India", type: .place),
        Row(text: "France and Italy were the weakest markets in the quarter.", name: "Italy", type: .place),
        Row(text: "Residents of Ontario have waited years for the line.", name: "Ontario", type: .place),
        // A government's named fund is a programme; an investment fund or a charity is a body.
        Row(text: "Councils can apply to the Coastal Resilience Fund until June.", name: "Coastal Resilience Fund", type: .policy),
        Row(text: "The Harbourside Capital Fund bought the stake.", name: "Harbourside Capital Fund", type: .agency),
        Row(text: "The Marsh Wildlife Fund said the birds were safe.", name: "Marsh Wildlife Fund", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
