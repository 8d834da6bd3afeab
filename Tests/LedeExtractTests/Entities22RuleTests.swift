import Testing

@testable import LedeExtract

/// Entities round twenty-two (entities22): capitalised things that name no organisation, and
/// countries that are national teams. Every sentence is written for the test.
@Suite struct Entities22RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // An honorific before a name is a descriptor, not part of a body's name.
        Row(text: "The board is chaired by Datuk Harun Salleh, the group said.", name: "Harun Salleh", type: .person),
        Row(text: "The fund was led by Tan Sri Azlan Hamid until March.", name: "Azlan Hamid", type: .person),
        Row(text: "The motion was moved by Alhaji Musa Danladi on Tuesday.", name: "Musa Danladi", type: .person),
        Row(text: "The plan was unveiled by Menteri Besar Osman Jaafar in Ipoh.", name: "Osman Jaafar", type: .person),
        // "Tan" alone is a surname, not an honorific.
        Row(text: "The award went to Tan Wei Ming, a teacher.", name: "Tan Wei Ming", type: .person),
        // Company suffixes of Malaysia, Indonesia and Finland end a company's name.
        Row(text: "Shares of Gamuda Bhd rose 2% on Monday.", name: "Gamuda Bhd", type: .agency),
        Row(text: "The contract went to Kertas Lestari Tbk last year.", name: "Kertas Lestari Tbk", type: .agency),
        // A legal suffix takes no complement: two companies, not one.
        Row(text: "Analysts expect Norvik Oyj to Sandvik AB deals to slow.", name: "Norvik Oyj", type: .agency),
        // A currency code before an amount, or run into it, names no body.
        Row(text: "The phone costs Rs 14,999 in stores.", name: "Rs", type: nil),
        Row(text: "The tablet costs Rs. 21,000 online.", name: "Rs", type: nil),
        Row(text: "The prize was worth INR 6.6 crore this year.", name: "INR", type: nil),
        Row(text: "Revenue fell to SEK412m in the quarter.", name: "SEK412m", type: nil),
        // Competitions named with "Super" and a sport, or before "Men's"/"Women's", are none.
        Row(text: "The Hawks top the Super Rugby Pacific table after five rounds.", name: "Super Rugby Pacific", type: nil),
        Row(text: "The FIFA Women's World Cup opens in July.", name: "FIFA", type: nil),
        Row(text: "She has won three Grand Slam titles.", name: "Grand Slam", type: nil),
        // Cricket formats are no bodies.
        Row(text: "He made his ODI debut at the age of nineteen.", name: "ODI", type: nil),
        // Product lines and their model codes; the maker before them stays.
        Row(text: "The Galaxy M14 will cost less than its rivals.", name: "Galaxy M14", type: nil),
        Row(text: "The handset runs on a Snapdragon 8 chip.", name: "Snapdragon", type: nil),
        Row(text: "Samsung Galaxy On7 buyers get a free case.", name: "Samsung", type: .agency),
        Row(text: "The MT6765 chip scores well in tests.", name: "MT6765", type: nil),
        // The football club of Los Angeles keeps its name: no model code follows.
        Row(text: "Fans of LA Galaxy cheered the new coach.", name: "LA Galaxy", type: .agency),
        // A score with a spaced dash makes both sides teams.
        Row(text: "Brentwick 3 – 1 Chelsea was the result of the night.", name: "Chelsea", type: .agency),
        // In a sports story, a country named without a locative is its national team.
        Row(text: "Three teams named their squads for the cricket tournament. They are Nepal, Oman and Kenya. Each plays five matches and the wickets will fall.", name: "Oman", type: .agency),
        // In that story, a player's country and a country after "in" stay places.
        Row(text: "The tournament in Spain drew big crowds. Norway's Kari Lund scored twice as the football squad won the cup.", name: "Spain", type: .place),
        // In a sports story, an unlisted capitalised plural after "the" is a club's nickname;
        // a city's or a country's people are not.
        Row(text: "The Harriers scored two tries before halftime and the Sharks never recovered in the cup match.", name: "Sharks", type: .agency),
        Row(text: "The Fijians scored two tries before halftime in the rugby cup match.", name: "Fijians", type: nil),
        // Titles listed after "like" or "such as" following a plural work noun are works.
        Row(text: "Critics praised shows like Harbour Lights, Cold Orchard and Night Ferry this year.", name: "Cold Orchard", type: nil),
        Row(text: "Studios backed films such as Iron Meadow last year.", name: "Iron Meadow", type: nil),
        Row(text: "Leaders like Jacinda Ardern spoke at the summit.", name: "Jacinda Ardern", type: .person),
        // A question's "Who" is no organisation; the WHO in capitals is.
        Row(text: "Who is to blame for the delay at the port?", name: "World Health Organization", type: nil),
        Row(text: "The WHO said on Monday that cases rose.", name: "World Health Organization", type: .agency),
        // Outside sport, a country is a place.
        Row(text: "They are Nepal, Oman and Kenya, the ministers said of the trade talks.", name: "Oman", type: .place),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
