import Testing

@testable import LedeExtract

/// Fixes round twenty (fixes20, eighteenth session): outlets named in a credit give no agency
/// (`Fixes20.swift`): a picture credit naming the photographer after a colon, a wire's sign-off
/// closing a paragraph, a bracketed list of wires closing a line and a republication notice; and a
/// role's acronym spelled in brackets ("the assistant engineer (AE)") and two places joined by a
/// hyphen before a noun ("the Sudan-Chad border") name no body. Every
/// text is written for the test; the rows marked "fails without" fail at the round's start, the
/// others guard the outlet a sentence names.
@Suite struct Fixes20Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A picture credit with the photographer after a colon, in brackets closing a caption
        // or alone on its line (fails without: an agency "ABC News").
        Row(text: "Floods cut the road to Kelmora\n\nWater covered the main road at Kelmora on Tuesday.(ABC News: Jo Lendis)\n\n"
                + "Residents were moved to the school hall overnight, the council said.\n\n"
                + "Volunteers filled bags beside the river in Kelmora. (ABC News: Ana Pirel)\n\nThe river is expected to peak on Thursday.",
            name: "ABC News", type: nil),
        Row(text: "The Kelmora council met on Monday to discuss the pool.\n\nThe pool in Kelmora closed in May.\n\nABC News: Jo Lendis\n\n"
                + "The council voted to close the pool in March.",
            name: "ABC News", type: nil),
        // A wire's sign-off after a sentence's end, closing the paragraph (fails without: an agency).
        Row(text: "The ministry said the talks would resume in March. AFP", name: "AFP", type: nil),
        Row(text: "Two men were arrested after the fight in Kelmora. - Bernama.", name: "Bernama", type: nil),
        // A bracketed list of wires closing a line (fails without: two agencies).
        Row(text: "Troops returned fire after the attack near Kelmora, the army said.\n\njl/ks (AFP, dpa, Reuters)",
            name: "AFP", type: nil),
        Row(text: "Troops returned fire after the attack near Kelmora, the army said.\n\njl/ks (AFP, dpa, Reuters)",
            name: "Reuters", type: nil),
        // A republication notice (fails without: an agency).
        Row(text: "The council approved the plan on Monday.\n\nThis story first appeared in the Kelmora Times.",
            name: "Kelmora Times", type: nil),
        Row(text: "The post Troops killed in clash near Kelmora appeared first on Tarrow Radio.", name: "Tarrow Radio", type: nil),
        // The body naming an outlet keeps it: a quoted name after its noun, a list inside a sentence,
        // "first reported by", an outlet a verb governs.
        Row(text: "The minister spoke to the news agency \"Reuters\".", name: "Reuters", type: .agency),
        Row(text: "The report was confirmed by three agencies (AFP, AP and Reuters) on Monday.", name: "Reuters", type: .agency),
        Row(text: "The leak was first reported by the Kelmora Times on Monday.", name: "Kelmora Times", type: .agency),
        Row(text: "The minister told Reuters on Monday that the talks would resume.", name: "Reuters", type: .agency),
        // A role's acronym, spelled in brackets by a title, a rank or a person's noun, names no body
        // anywhere in the text (fails without: agencies "AE", "JE", "PO", "SI").
        Row(text: "The district magistrate suspended the assistant engineer (AE) and the junior engineer (JE) of the works "
                + "department on Monday. The AE had approved the design, officials said.",
            name: "AE", type: nil),
        Row(text: "The district magistrate suspended the assistant engineer (AE) and the junior engineer (JE) of the works "
                + "department on Monday. The AE had approved the design, officials said.",
            name: "JE", type: nil),
        Row(text: "Police arrested a proclaimed offender (PO) at the airport in Kelmora on Tuesday. The PO was wanted in two cases.",
            name: "PO", type: nil),
        Row(text: "Sub-Inspector (SI) Rafiq Kelmani of Tarrow police station confirmed the arrest on Monday.", name: "SI", type: nil),
        // A body's head spelling it keeps the body ("guard" is a title too): the run is the whole
        // body, "TCG" its alias (fixes35, placefp36 and fixes39 each mend a cut of "Guard").
        Row(text: "The Tarrow Coast Guard (TCG) rescued six fishermen on Sunday. The TCG said the boat had sunk.",
            name: "Tarrow Coast Guard", type: .agency),
        // Two listed places joined by a hyphen before a noun name no body (fails without: an agency).
        Row(text: "Mediators welcomed a Qatar-Egypt ceasefire plan on Monday.", name: "Qatar-Egypt", type: nil),
        Row(text: "Thousands of refugees remain stranded on the Sudan-Chad border, the agency said.", name: "Sudan-Chad", type: nil),
        // A listed name of that shape stays.
        Row(text: "The Guinea-Bissau government announced new elections on Monday.", name: "Guinea-Bissau government", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// The three word lists load.
    @Test func listsLoad() {
        #expect(Lexicon.shared.wireNames20.contains("dpa"))
        #expect(Lexicon.shared.noticeWords20.contains("republished"))
        #expect(Lexicon.shared.roleNouns20.contains("offender"))
    }
}
