import Testing

@testable import LedeExtract

/// Speed round forty-seven: the merger's values held without an allocation, and words read on
/// bytes. Each shortcut against the code it spares, on invented values.
@Suite struct Speed47Tests {
    /// `GroupMembers` reads, appends, joins and sorts as the array it replaces.
    @Test func groupMembersActAsAnArray() {
        let runs: [[Int]] = [[], [4], [4, 2], [1, 2, 3], [9, 3, 7, 1, 8], [0, 0, 5]]
        for a in runs {
            for b in runs {
                var members = GroupMembers(a)
                var array = a
                #expect(Array(members) == array)
                #expect(members.count == array.count && members.isEmpty == array.isEmpty && members.first == array.first)
                #expect(Array(members.prefix(2)) == Array(array.prefix(2)))
                #expect(Array(members.prefix(9)) == Array(array.prefix(9)))
                members += GroupMembers(b)
                array += b
                #expect(Array(members) == array)
                members.append(6)
                array.append(6)
                #expect(Array(members) == array)
                members.sort()
                array.sort()
                #expect(Array(members) == array)
                for k in array.indices { #expect(members[k] == array[k]) }
                members = []
                #expect(members.isEmpty && members.count == 0 && Array(members) == [])
            }
        }
        var literal: GroupMembers = [3, 1]
        literal[1] = 5
        #expect(Array(literal) == [3, 5])
        literal += [2, 8]
        #expect(Array(literal) == [3, 5, 2, 8])
    }

    /// `UsedIDs` answers as the set of ids taken, growing past its capacity.
    @Test func usedIDsAreTheIDsTaken() {
        var used = UsedIDs(capacity: 2)
        var set: Set<String> = []
        let ids = ["harbour-board", "lena-brandt", "harbour-board", "oakridge", "lena-brandt-2", "a", "b", "c", "d", "e", "f", "oakridge", "g", "h"]
        for id in ids {
            #expect(used.take(id) == set.insert(id).inserted, "\(id)")
            for probe in ids + ["absent", "harbour-board-2"] { #expect(used.contains(probe) == set.contains(probe)) }
        }
    }

    /// A first word's range and the word built from it are `firstSpaceSeparatedWord`'s word.
    @Test func firstWordRangesAreTheFirstWords() {
        let keys = ["", " ", "velocor", "velocor technologies", "  talia moreno", "eog  resources inc.", "zoë brandt", "ångström labs", "a b", "trailing "]
        for key in keys {
            for another in [false, true] {
                let range = key.firstSpaceSeparatedWordRange47(requiringAnother: another)
                #expect(range.map { key.word47($0) } == key.firstSpaceSeparatedWord(requiringAnother: another), "\(key)")
                if let range { #expect(key.isASCII47(range) == key.word47(range).utf8.allSatisfy { $0 < 0x80 }) }
            }
        }
    }

    /// Byte prefixes of spans.
    @Test func spansOpenWithTheirPrefixes() {
        func opens(_ a: String, _ b: String) -> Bool { a.utf8.span.startsWith47(b.utf8.span) }
        #expect(opens("moreno", "moreno"))
        #expect(opens("morenos", "moreno"))
        #expect(!opens("moreno", "morena"))
        #expect(!opens("moreno", "morenos"))
        #expect(opens("moreno", ""))
    }

    /// Capitals tested on the text's bytes, and a mention's text shared with its name, against
    /// the strings they spare.
    @Test func textReadInPlace() {
        let text = "EOG Resources said ÉTAT and Zoë Brandt met NASA."
        let doc = Document(text: text, lexicon: Lexicon.shared)
        let bytes = Array(text.utf8)
        for start in 0...bytes.count {
            for end in start...min(bytes.count, start + 6) {
                let built = Document.text(bytes, start, end)
                #expect(doc.isCapitalLetters47(start, end) == built.utf8.allSatisfy { $0 >= 65 && $0 <= 90 })
                for name in [built, "EOG", "Zoë", built + "s"] {
                    let shared = doc.text47(start, end, orName: name)
                    #expect(shared == built && Array(shared.utf8) == Array(built.utf8))
                }
            }
        }
    }

    /// `EntityForms` with its first form inline: the same aliases in the same order as before,
    /// the name and its key passed in.
    @Test func entityFormsKeepTheirOrder() {
        var forms = EntityForms()
        let name = "Velocor Technologies", nameKey = "velocor technologies"
        let considered: [(form: String, key: String?)] = [
            ("Velocor", nil), ("Velocor Technologies", nil), ("velocor", nil), ("VT", nil), ("Velocor", nil),
            ("VELOCOR TECHNOLOGIES", nil), ("V.T.", "vt"), ("Velocor Tech", "velocor tech"), ("VT", nil),
        ]
        for c in considered { forms.consider(c.form, key: c.key, name: name, nameKey: nameKey) }
        #expect(forms.takeAliases() == ["Velocor", "VT", "Velocor Tech"])
    }
}
