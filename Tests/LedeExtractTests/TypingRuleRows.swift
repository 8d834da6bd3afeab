/// Every entity rule table (`EntityRuleRow`), for the typer's training rows
/// (`EntityTyperTests.exportRuleRowFeatures`). Until typer11 (ninth session of 2026-11-30) the
/// export read only the tables of rounds up to thirteen (`ContextRuleTests`, `Entities9`–`13`),
/// so a retrain never saw the rows of the later rounds and broke some of them; add a new
/// table here when a round adds one.
enum TypingRuleRows {
    static let tables: [[EntityRuleRow]] = [
        ContextRuleTests.rows, Entities9RuleTests.rows, Entities10RuleTests.rows,
        Entities11RuleTests.rows, Entities12RuleTests.rows, Entities13RuleTests.rows,
        Entities18RuleTests.rows, Entities20RuleTests.rows, Entities21RuleTests.rows,
        Entities22RuleTests.rows, Entities23RuleTests.rows, Entities25RuleTests.rows,
        Entities26RuleTests.rows, Entities28RuleTests.rows, Entities29RuleTests.rows,
        Entities31RuleTests.rows, Entities32RuleTests.rows, Entities33RuleTests.rows,
        Entities34RuleTests.rows, Entities35RuleTests.rows, Entities37RuleTests.rows,
        Entities38RuleTests.rows, Entities39RuleTests.rows, Entities40RuleTests.rows,
        Entities41RuleTests.rows, Entities42RuleTests.rows, Entities43RuleTests.rows,
        Entities44RuleTests.rows, Entities45RuleTests.rows, Entities46RuleTests.rows,
        Entities47RuleTests.rows, Entities48RuleTests.rows, Entities49RuleTests.rows,
        Entities50RuleTests.rows, Entities51RuleTests.rows, Entities52RuleTests.rows,
        Entities53RuleTests.rows, Entities54RuleTests.rows, Entities55RuleTests.rows,
        Entities56RuleTests.rows, Entities57RuleTests.rows, Entities58RuleTests.rows,
        Entities59RuleTests.rows, Lead17RuleTests.rows, Lead20RuleTests.governments,
        Lead21RuleTests.demonyms, Lead21RuleTests.canadianBodies, Lead21RuleTests.englishTowns,
        Lead21RuleTests.schoolDistricts, Lead21RuleTests.dashlessDatelines,
        Lead22RuleTests.headFirstPlaces, Lead22RuleTests.shires, Entities60RuleTests.rows,
        Fresh62RuleTests.rows, Credits61Tests.rows, Places63RuleTests.rows, Places65RuleTests.rows,
        Caps68RuleTests.rows,
        Agencies64RuleTests.rows, Extents67RuleTests.rows, Merges69RuleTests.rows,
        Places71Tests.rows, Agencies70Tests.rows, Merges70Tests.rows,
        Apostrophes72Tests.rows, Agencies74Tests.rows, Facilities75Tests.rows, Agencies75Tests.rows,
        Fixes16Tests.rows, Fixes17Tests.rows, Teams19Tests.rows, Fixes19Tests.rows, Fixes20Tests.rows,
        Fixes21Tests.rows, Agencies22Tests.rows, AgencyFP24Tests.rows, Fixes22Tests.rows, Agencies26Tests.rows,
        Agencies28Tests.rows, Confusions31Tests.rows, AgencyFP32Tests.rows, Agencies33Tests.rows,
        PlaceFP36Tests.rows, AgencyFP38Tests.rows, Fixes39Tests.rows,
    ]
    static var all: [EntityRuleRow] { tables.flatMap { $0 } }
}
