/// Writes JSON with keys in the order given, two-space indentation, and Japanese text as is
/// (not \u-escaped), so files stay readable and diffs stay small.
public enum JSONWriter {
    public static func write(_ value: JSONValue, pretty: Bool = true) -> String {
        var output = ""
        write(value, into: &output, indent: pretty ? 0 : nil)
        if pretty { output += "\n" }
        return output
    }

    private static func write(_ value: JSONValue, into output: inout String, indent: Int?) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let number): output += number.plainText
        case .string(let text): writeString(text, into: &output)
        case .array(let elements):
            writeContainer(open: "[", close: "]", count: elements.count, into: &output, indent: indent) { index, output, inner in
                write(elements[index], into: &output, indent: inner)
            }
        case .object(let members):
            writeContainer(open: "{", close: "}", count: members.count, into: &output, indent: indent) { index, output, inner in
                writeString(members[index].key, into: &output)
                output += indent == nil ? ":" : ": "
                write(members[index].value, into: &output, indent: inner)
            }
        }
    }

    private static func writeContainer(
        open: String, close: String, count: Int, into output: inout String, indent: Int?,
        element: (Int, inout String, Int?) -> Void
    ) {
        output += open
        guard count > 0 else {
            output += close
            return
        }
        let inner = indent.map { $0 + 2 }
        for index in 0..<count {
            if index > 0 { output += "," }
            if let inner { output += "\n" + String(repeating: " ", count: inner) }
            element(index, &output, inner)
        }
        if let indent { output += "\n" + String(repeating: " ", count: indent) }
        output += close
    }

    private static func writeString(_ text: String, into output: inout String) {
        output += "\""
        // Most text has nothing to escape: appended whole, not scalar by scalar.
        guard text.unicodeScalars.contains(where: needsEscape) else {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            // Every control character, DEL, C1 and the bidirectional controls too: the same
            // text, but nothing that acts on a terminal the file is shown in.
            case let control where String.isEscapedForDisplay(control):
                let hex = String(control.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "\\" || String.isEscapedForDisplay(scalar)
    }
}
