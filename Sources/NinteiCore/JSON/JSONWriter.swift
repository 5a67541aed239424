/// Writes JSON with keys in the order given, two-space indentation, and Japanese text as is
/// (not \u-escaped), so files stay readable and diffs stay small.
public enum JSONWriter {
    public static func write(_ value: JSONValue, pretty: Bool = true) -> String {
        // Written as UTF-8 bytes and made a String once: appending to a String piece by piece
        // cost about a fifth of an import's preparation of each document.
        var output = Output()
        output.write(value, indent: pretty ? 0 : nil)
        if pretty { output.bytes.append(UInt8(ascii: "\n")) }
        return String(decoding: output.bytes, as: UTF8.self)
    }
}

private struct Output {
    var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(4096)
    }

    mutating func write(_ value: JSONValue, indent: Int?) {
        switch value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .number(let number): append(number.plainText)
        case .string(let text): writeString(text)
        case .array(let elements):
            writeContainer(open: "[", close: "]", count: elements.count, indent: indent) { index, output, inner in
                output.write(elements[index], indent: inner)
            }
        case .object(let members):
            writeContainer(open: "{", close: "}", count: members.count, indent: indent) { index, output, inner in
                output.writeString(members[index].key)
                output.append(indent == nil ? ":" : ": ")
                output.write(members[index].value, indent: inner)
            }
        }
    }

    mutating func writeContainer(
        open: Unicode.Scalar, close: Unicode.Scalar, count: Int, indent: Int?, element: (Int, inout Output, Int?) -> Void
    ) {
        bytes.append(UInt8(ascii: open))
        guard count > 0 else {
            bytes.append(UInt8(ascii: close))
            return
        }
        let inner = indent.map { $0 + 2 }
        for index in 0..<count {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            if let inner { newline(indent: inner) }
            element(index, &self, inner)
        }
        if let indent { newline(indent: indent) }
        bytes.append(UInt8(ascii: close))
    }

    mutating func newline(indent: Int) {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most text has nothing to escape: appended whole, not scalar by scalar.
        guard Self.mayNeedEscape(text), text.unicodeScalars.contains(where: Self.needsEscape) else {
            append(text)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": append("\\\"")
            case "\\": append("\\\\")
            case "\n": append("\\n")
            case "\r": append("\\r")
            case "\t": append("\\t")
            // Every control character, DEL, C1 and the bidirectional controls too: the same
            // text, but nothing that acts on a terminal the file is shown in.
            case let control where String.isEscapedForDisplay(control):
                let hex = String(control.value, radix: 16)
                append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// False when no scalar of `text` needs an escape, judged by its UTF-8 bytes alone: every
    /// such scalar is ASCII (a quote, a backslash, C0, DEL) or starts with the byte 0xC2 (C1),
    /// 0xD8 (U+061C) or 0xE2 (the other bidirectional controls), bytes that only start a scalar.
    static func mayNeedEscape(_ text: String) -> Bool {
        text.utf8.contains { byte in
            byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
                || byte == 0xC2 || byte == 0xD8 || byte == 0xE2
        }
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "\\" || String.isEscapedForDisplay(scalar)
    }
}
