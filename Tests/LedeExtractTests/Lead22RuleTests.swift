import Testing

@testable import LedeExtract

/// The lead's own rules of the ninth session of 2026-11-30 (`NaturalPlaces.swift`): a body of
/// water or a highland named head first ("Lake Tahoe", "River Foss") is a place wherever it
/// stands, not only after a preposition; a lone unlisted word ending in "shire" is a county.
/// Sentences invented for the test.
@Suite struct Lead22RuleTests {
    typealias Row = EntityRuleRow

    static let headFirstPlaces: [Row] = [
        Row(text: "Boats left Lake Tahoe early on Sunday.", name: "Lake Tahoe", type: .place),
        Row(text: "The River Thames flooded homes on Monday.", name: "River Thames", type: .place),
        Row(text: "Crews searched the Lake Michigan shoreline for the boat.", name: "Lake Michigan", type: .place),
        Row(text: "A storm hit Lake Superior on Tuesday.", name: "Lake Superior", type: .place),
        Row(text: "The body was found in the River Foss near the bridge.", name: "River Foss", type: .place),
        Row(text: "Divers mapped Loch Ness last summer.", name: "Loch Ness", type: .place),
        // A head-first name that speaks is a person's name.
        Row(text: "Lake Bell said the film was finished.", name: "Lake Bell", type: .person),
        // A body's head word keeps it a body.
        Row(text: "Lake Council met on Monday to discuss parking.", name: "Lake Council", type: .agency),
    ]

    static let shires: [Row] = [
        Row(text: "Flooding hit Yorkshire on Monday, the agency said.", name: "Yorkshire", type: .place),
        Row(text: "Snow fell across Aberdeenshire overnight.", name: "Aberdeenshire", type: .place),
    ]

    @Test(arguments: headFirstPlaces + shires)
    func entityRows(row: Row) {
        row.check()
    }
}
