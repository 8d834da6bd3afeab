import Testing

@testable import LedeExtract

/// Entities round fifty-one (entities51): place recall (`Places51.swift`, `place-heads.txt`).
/// Every sentence is written for the test.
@Suite struct Entities51RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A lettered road number where the words around it say road.
        Row(text: "Traffic was diverted after a lorry overturned on the N7 at Kilmacow on Tuesday.", name: "N7", type: .place),
        Row(text: "The R445 road at Ballyduff was closed overnight for a forensic examination.", name: "R445", type: .place),
        Row(text: "Gardaí said the crash closed the M11 near Gorey for three hours.", name: "M11", type: .place),
        // Not an aircraft, a mask or a code without a road's words around it.
        Row(text: "She boarded the A380 at dawn and slept most of the way.", name: "A380", type: nil),
        Row(text: "Nurses on the ward must wear the N95 mask at all times.", name: "N95", type: nil),
        Row(text: "Profit rose to the N184.5 million the bank had forecast.", name: "N184", type: nil),
        // A street after a house number in a title-case list of venues.
        Row(
            text: "The county opened three warming centres on Friday. Each stays open until 8 p.m.\n"
                + "Westside Centre: 1207 Cedar Boulevard\nNorthgate Hall: 88 Harlan Road\nMore sites may open next week.",
            name: "Cedar Boulevard", type: .place),
        // A lower-case road head: a hyphenated pair of places opened by a given name, a preposition.
        Row(text: "Drivers say the Jane Kerio-Tulwet road is unsafe after dark.", name: "Jane Kerio-Tulwet road", type: .place),
        Row(text: "The storm tore roofs off houses along Kinsey road on Sunday.", name: "Kinsey road", type: .place),
        // A person's name before a road word keeps its type where no road follows.
        Row(text: "The mayor thanked Jane Kerio for her help on Sunday.", name: "Jane Kerio", type: .person),
        // A lone unlisted name in a place after a preposition or a list's comma; not a plural team's name.
        Row(text: "Spending rose at every hall, with Tullabeg in Ballymena the costliest.", name: "Tullabeg", type: .place),
        Row(text: "Raiders struck Orugbo, Kenwa and Tasheri in Munya LGA overnight.", name: "Tasheri", type: .place),
        Row(text: "The Hawks lost to the Kestrels in Dunedin on Saturday night.", name: "Kestrels", type: .agency),
        // Regions named with their head.
        Row(text: "Relief centres opened in Jerantut and the Bukit Sera Highlands on Monday.", name: "Bukit Sera Highlands", type: .place),
        Row(text: "Flood warnings now cover the Upper Mwega Basin and two coastal towns.", name: "Upper Mwega Basin", type: .place),
        Row(text: "Rents in the Greater Fenwick Area rose again in March.", name: "Greater Fenwick Area", type: .place),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
