import Testing

@testable import LedeExtract

/// Entities round twenty-five (entities25): the bounds of organisations' names — kept whole
/// through a plural possessive, a list of portfolios and a place's field, cut before a stock
/// ticker and after a multi-word adjective — and a company's name without its legal forms.
/// Every sentence is written for the test.
@Suite struct Entities25RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A plural's apostrophe inside a body's name keeps the name whole.
        Row(text: "The Ohio Sheriffs' Association backed the bill on Monday.", name: "Ohio Sheriffs' Association", type: .agency),
        Row(text: "He appeared at Croydon Magistrates’ Court last week.", name: "Croydon Magistrates’ Court", type: .agency),
        // A closing quote after a plural is no part of a name.
        Row(text: "Fans called them the 'Saints' and the Brenton Trust paid for the trip.", name: "Brenton Trust", type: .agency),
        // A ministry's list of portfolios closed by "and" is one name.
        Row(text: "The Ministry of Culture, Sport and Heritage said the grants would start in May.",
            name: "Ministry of Culture, Sport and Heritage", type: .agency),
        Row(text: "A tender was issued by the Department of Roads, Transport and Housing on Friday.",
            name: "Department of Roads, Transport and Housing", type: .agency),
        // The list's "and" joins two portfolios even when the last is a head word ("Energy").
        Row(text: "The Department of Works, Roads, Housing and Energy issued a tender.",
            name: "Department of Works, Roads, Housing and Energy", type: .agency),
        // A list that goes on to other names is no portfolio list.
        Row(text: "The Ministry of Health, Pfizer and Moderna met in Geneva.", name: "Ministry of Health", type: .agency),
        // A place and a field before "and" name a field of the board, not a body.
        Row(text: "The Leeds Health and Wellbeing Board met on Tuesday.", name: "Leeds Health and Wellbeing Board", type: .agency),
        Row(text: "The Leeds Health and Wellbeing Board met on Tuesday.", name: "Wellbeing Board", type: nil),
        // Two bodies with their own heads still split.
        Row(text: "The Department of Energy and Outlier Media signed the deal.", name: "Outlier Media", type: .agency),
        // An adjective inside a run is cut off; a place before "-born" stays a place.
        Row(text: "Main Board-listed Halvard Capital said the sale was done.", name: "Halvard Capital", type: .agency),
        Row(text: "On Wednesday the Kano State-born Alhaji Musa Bello took office.", name: "Kano State", type: .place),
        Row(text: "On Wednesday the Kano State-born Alhaji Musa Bello took office.", name: "Musa Bello", type: .person),
        // An exchange's code and a ticker in parentheses name no body.
        Row(text: "Shares of Orvana Holdings Bhd (KL:ORVANA) rose 3% on Monday.", name: "ORVANA", type: nil),
        Row(text: "Shares of Orvana Holdings Bhd (KL:ORVANA) rose 3% on Monday.", name: "KL", type: nil),
        // A named exchange stays, and a place's possessive is no name's apostrophe.
        Row(text: "Shares of Norlen Ltd. (NASDAQ: NRLN) fell on Friday.", name: "NASDAQ", type: .agency),
        Row(text: "The court ruled on Texas' Senate Bill 8 last week.", name: "Texas'", type: nil),
        Row(text: "Shares of Bolt Corp (NYSE: BLT) fell on Friday.", name: "New York Stock Exchange", type: .agency),
        // A policy's head word with its complement is the policy's title, not a body.
        Row(text: "Schools must follow the National Policy on Safe Schools from June.", name: "National Policy on Safe Schools", type: .policy),
        Row(text: "The council backed the National Policy on Adult Education on Monday.",
            name: "National Policy on Adult Education", type: .policy),
        // A body with "for" keeps its type.
        Row(text: "The Office for Road Safety said crashes fell.", name: "Office for Road Safety", type: .agency),
        // Languages and plural demonyms are no entities.
        Row(text: "Lessons at the school are given in Xhosa and English.", name: "Xhosa", type: nil),
        Row(text: "Thousands of Filipinos work in the Gulf states.", name: "Filipinos", type: nil),
        // A federal appeals court keeps its circuit.
        Row(text: "The ruling was upheld by the U.S. Court of Appeals for the Fourth Circuit in May.",
            name: "U.S. Court of Appeals for the Fourth Circuit", type: .agency),
        // A chamber's numbered term is the chamber; a numbered precinct keeps its number.
        Row(text: "The 9th Senate passed the bill. The Senate also met on Friday.", name: "9th Senate", type: nil),
        Row(text: "The 9th Senate passed the bill. The Senate also met on Friday.", name: "Senate", type: .agency),
        Row(text: "Officers of the 6th Precinct made the arrest.", name: "6th Precinct", type: .agency),
        // World regions are places.
        Row(text: "Sales in Asia-Pacific rose 4% while the Horn of Africa faced drought.", name: "Asia-Pacific", type: .place),
        // Roles inside a run are no part of a body's name.
        Row(text: "The Inspector-General of Police, Musa Adamu, met the governors on Monday.",
            name: "Inspector-General of Police", type: nil),
        Row(text: "The Kisumu Governor-elect Ann Otieno spoke on Monday.", name: "Kisumu Governor-elect", type: nil),
        Row(text: "The Kisumu Governor-elect Ann Otieno spoke on Monday.", name: "Ann Otieno", type: .person),
        Row(text: "In the rugby match on Saturday, debutant Kalo Tuilagi scored twice.", name: "Kalo Tuilagi", type: .person),
        // A named report or index is no body, like a study or a survey.
        Row(text: "The findings appear in the Harbour Risk Report published on Monday.", name: "Harbour Risk Report", type: nil),
        // A company's name without its legal forms is the same company.
        Row(text: "Gamrod Holdings Sdn Bhd won the job. Gamrod Holdings said it would hire 50 workers.",
            name: "Gamrod Holdings", type: nil),
        Row(text: "Ladang Perak Bhd bought the estate. Ladang Perak said it paid cash.", name: "Ladang Perak", type: nil),
        Row(text: "Ladang Perak Bhd bought the estate. Ladang Perak said it paid cash.", name: "Ladang Perak Bhd", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
