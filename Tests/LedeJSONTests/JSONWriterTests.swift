import LedeJSON
import Testing

@Suite struct JSONWriterTests {
    private func render(_ build: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter()
        build(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test func nestedContainersGetCommasOnlyBetweenMembers() {
        let json = render { w in
            w.beginObject()
            w.field("a", 1)
            w.key("b")
            w.beginArray()
            w.int(1)
            w.string("x")
            w.beginObject()
            w.endObject()
            w.endArray()
            w.field("c", true)
            w.field("d", nil as String?)
            w.endObject()
        }
        #expect(json == #"{"a":1,"b":[1,"x",{}],"c":true,"d":null}"#)
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("quote\"back\\slash", #"quote\"back\\slash"#),
        ("line\nbreak\ttab\r", #"line\nbreak\ttab\r"#),
        ("\u{01}ctl", #"\u0001ctl"#),
        ("curly \u{201C}q\u{201D} § é", "curly \u{201C}q\u{201D} § é"),
        ("sep\u{2028}x\u{2029}", #"sep\u2028x\u2029"#),
    ])
    func escapesStrings(input: String, expected: String) {
        #expect(render { $0.string(input) } == "\"\(expected)\"")
    }

    @Test func doublesAreRoundedAndTrimmed() {
        #expect(render { $0.double(0.5) } == "0.5")
        #expect(render { $0.double(1.0) } == "1")
        #expect(render { $0.double(0.123456) } == "0.1235")
        #expect(render { $0.double(.nan) } == "null")
    }

    @Test func rawFragmentsAreSplicedAsValues() {
        let fragment = Array(#"{"id":"x"}"#.utf8)
        let json = render { w in
            w.beginArray()
            w.raw(fragment)
            w.raw(fragment)
            w.endArray()
        }
        #expect(json == #"[{"id":"x"},{"id":"x"}]"#)
    }
}
