import Testing

@testable import LedeExtract

/// Entities round fifty-six (entities56): small towns and villages of `towns.txt` (GeoNames places
/// of 500 or more people, `scripts/gen-towns`) as weak evidence (`Towns56.swift`). The sentences
/// are written for the test; the towns are real places of the public list.
@Suite struct Entities56RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A lone unlisted name typed an organisation by default: a listed town.
        Row(text: "The storm dropped two feet of snow on Telluride overnight, and crews worked to clear the roads.", name: "Telluride", type: .place),
        // A run typed a person by shape alone ("Springs" is a Census surname, no person's name opens it).
        Row(text: "A winter storm warning covers Steamboat Springs through Wednesday, forecasters said.", name: "Steamboat Springs", type: .place),
        // Weak evidence only: a speech verb keeps the rules' reading.
        Row(text: "Telluride said on Monday it would raise its lift prices next season.", name: "Telluride", type: nil),
        // A game story names its teams by their towns.
        Row(text: "Tillamook beat Coquille 28-14 on Friday night, and the game ended the season for both teams.", name: "Tillamook", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// The table holds the listed towns' keys (variants too) and none that a stronger list holds.
    @Test func townsLoad() {
        let lexicon = Lexicon.shared
        #expect(lexicon.towns.contains("telluride"))
        #expect(lexicon.towns.contains("kapa'a"))
        #expect(!lexicon.towns.contains("detroit"))
        #expect(lexicon.known["telluride"] == nil)
    }
}
