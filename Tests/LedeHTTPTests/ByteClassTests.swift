@testable import LedeHTTP
import Testing

@Suite("Byte classes")
struct ByteClassTests {
    @Test("literal bitmaps equal their character lists")
    func bitmaps() {
        for byte in UInt8.min...UInt8.max {
            #expect(ByteClass.isToken(byte) == Bitmap(ascii: ByteClass.tokenCharacters).contains(byte), "\(byte)")
            #expect(ByteClass.isTargetChar(byte) == Bitmap(ascii: ByteClass.targetCharacters).contains(byte), "\(byte)")
            #expect(ByteClass.isHostChar(byte) == Bitmap(ascii: ByteClass.hostCharacters).contains(byte), "\(byte)")
        }
        #expect(!ByteClass.isToken(UInt8(ascii: ":")) && ByteClass.isToken(UInt8(ascii: "~")))
        #expect(!ByteClass.isTargetChar(UInt8(ascii: "#")) && !ByteClass.isTargetChar(0x80))
    }
}
