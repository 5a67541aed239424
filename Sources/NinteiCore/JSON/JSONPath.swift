/// Where a value sits inside a JSON document, written the way a person finds it:
/// `answers.2-3.options[1]`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public private(set) var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    public static let root = JSONPath()

    // One array each, not a one-element array and then the sum: a reader makes a path for
    // every value of a document.
    public func appending(_ key: String) -> JSONPath {
        appending(component: .key(key))
    }

    public func appending(index: Int) -> JSONPath {
        appending(component: .index(index))
    }

    private func appending(component: Component) -> JSONPath {
        var longer = components
        longer.reserveCapacity(components.count + 1)
        longer.append(component)
        return JSONPath(longer)
    }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text.isEmpty ? "(top level)" : text
    }
}

/// A value in a JSON document that is not what the format allows: where, and what is wrong.
public struct DataError: Error, Sendable, Equatable, Codable {
    public let path: JSONPath
    public let message: LocalizedText

    public init(path: JSONPath, message: LocalizedText) {
        self.path = path
        self.message = message
    }

    public func text(_ language: Language) -> String {
        "\(path): \(message.text(language))"
    }
}
