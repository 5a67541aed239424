import Testing
@testable import NinteiTerminal

struct KeyDecoderTests {
    @Test(arguments: [
        (UInt32(0x03), Key.ctrl("c")),
        (0x13, .ctrl("s")),
        (0x00, .ctrl(" ")),
        (0x09, .tab),
        (0x0D, .enter),
        (0x0A, .ctrl("j")),
        (0x7F, .backspace),
        (0x08, .backspace),
        (0x1B, .escape),
    ])
    func controlCharacters(value: UInt32, expected: Key) {
        #expect(KeyDecoder.key(forControl: Unicode.Scalar(value)!) == expected)
    }

    @Test func textIsNotAKey() {
        #expect(KeyDecoder.key(forControl: "a") == nil)
        #expect(KeyDecoder.key(forControl: "あ") == nil)
        #expect(KeyDecoder.isIgnoredControl(Unicode.Scalar(0x85)!))
    }
}
