import Testing

@testable import LedeExtract

/// Entities round fifteen: teams named by their country in game stories, market indexes named
/// without "index", nicknames inside names. Every sentence is written for the test.
@Suite struct Entities11RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A country next to a score is the team, on every mention.
        Row(text: "Portugal 2-0 Latvia. Latvia had chances late on.", name: "Latvia", type: .agency),
        Row(text: "Denmark lost 1-0 in Oslo. The coach said Denmark deserved more.", name: "Denmark", type: .agency),
        Row(text: "Sweden's 3-1 win lifted spirits. Fans in Sweden celebrated.", name: "Sweden", type: .agency),
        Row(text: "Norway must now beat the Netherlands in the final match.", name: "Netherlands", type: .agency),
        // After "to", a place's possessive before a player tags the player's country.
        Row(text: "She lost the match to Canada's Leylah Fornand in three sets.", name: "Canada", type: .place),
        // Not a score: a range of years, a country with no game nearby.
        Row(text: "Exports from Chile rose in the 2020-21 season of the harvest.", name: "Chile", type: .place),
        Row(text: "The minister flew to Peru on Monday.", name: "Peru", type: .place),
        // A market index named without "index" is no entity; the index's place names no place.
        Row(text: "In London the FTSE 250 slipped 0.4% to 19,870.12.", name: "FTSE", type: nil),
        Row(text: "The Brovia 80 gained 12 points to close at 4,210.55.", name: "Brovia", type: nil),
        Row(text: "Japan's Topix rose 0.3 percent in thin trade.", name: "Topix", type: nil),
        Row(text: "The Mumbai composite fell 1.2% on Friday.", name: "Mumbai", type: nil),
        Row(text: "The Nasdaq Composite ended 0.7% higher.", name: "Nasdaq Composite", type: nil),
        // Not an index: a newspaper, a numbered label outside a price sentence, an exchange.
        Row(text: "The carmaker will cut 300 jobs, the business daily Nikkei reported.", name: "Nikkei", type: .agency),
        Row(text: "Delegates met in Lima on Monday to discuss the accord.", name: "Lima", type: .place),
        // A nickname in quotes inside a name: one person, the nickname an alias.
        Row(text: "President Bambang \"Bambo\" Sutarjo met the envoy. Later Bambo said the talks went well.", name: "Bambang Sutarjo", type: .person),
        Row(text: "Actor Dwayne \u{201C}The Boulder\u{201D} Jonsen starred. Jonsen was paid well.", name: "Dwayne Jonsen", type: .person),
        // "Name of Country": the person and the place are two entities.
        Row(text: "Jorvan Keslik of Austria won in three sets.", name: "Jorvan Keslik", type: .person),
        Row(text: "Jorvan Keslik of Austria won in three sets.", name: "Austria", type: .place),
        // A month that is also a given name opens a person's name; after a word of time it is the month.
        Row(text: "Chief executive Jan Leschvik said sales rose.", name: "Jan Leschvik", type: .person),
        Row(text: "The board met April Dunmore on Friday.", name: "April Dunmore", type: .person),
        Row(text: "The firm said that by June Harwick had left.", name: "June Harwick", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
