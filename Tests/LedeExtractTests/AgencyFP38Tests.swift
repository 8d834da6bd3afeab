import Testing

@testable import LedeExtract

/// Agency false-positive round thirty-eight (agencyfp38, twenty-second session; `AgencyFP38.swift`):
/// an office or an honour written as an acronym is no body. Every text is written for the test;
/// the rows marked "fails without" fail at the round's start, the others guard what must stay.
@Suite struct AgencyFP38Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // An office's initials after "the" (fails without: an agency).
        Row(text: "Schools in Tarrow will stay shut next week. The announcement was made by the CM on Friday. In a post, the CM wrote that parents should keep children at home.",
            name: "CM", type: nil),
        Row(text: "Governor Ravi Menon directed the DGP and the Home Secretary to start relief work in Kelmora district on Monday.",
            name: "DGP", type: nil),
        Row(text: "The DM also ordered that the contractor be blacklisted, officials in Kelmora said on Tuesday. \"Both engineers are suspended,\" the DM added.",
            name: "DM", type: nil),
        // A degree or a judge's honour after a name (fails without: an agency).
        Row(text: "\"The drug works for most patients,\" said Mara Quill, M.D., director of the cancer unit at Kelmora General Hospital.",
            name: "M.D.", type: nil),
        Row(text: "He pleaded guilty to theft before the Honorable Dana Kirwin, J.S.C., in Tarrow on Monday.",
            name: "J.S.C.", type: nil),
        // Only the exact acronym: a body spelled out stays one.
        Row(text: "The Kelmora Dairy Board (KDB) said on Monday that the KDB would cut milk prices.",
            name: "Kelmora Dairy Board", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// The list loads as written, case and all.
    @Test func listLoads() {
        func has(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return EntityRecognizer.isTitleAcronym38(bytes, 0, bytes.count)
        }
        #expect(has("CM"))
        #expect(has("M.D."))
        #expect(has("J.S.C."))
        #expect(!has("Cm"))
        #expect(!has("QC"))
        #expect(!has("BDO"))
    }

    /// Bytes packed in a word, the first lowest; more than eight give none.
    @Test func packing() {
        #expect(EntityRecognizer.packed38(Array("AB".utf8), 0, 2) == 0x4241)
        #expect(EntityRecognizer.packed38(Array("xABy".utf8), 1, 3) == 0x4241)
        #expect(EntityRecognizer.packed38(Array("ABCDEFGHI".utf8), 0, 9) == nil)
    }
}
