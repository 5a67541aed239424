import Foundation
import NinteiStore

/// The named arguments of one request: a JSON object, each member read as the type the
/// operation needs. A missing optional argument is nil; a missing required one is an error
/// that names it.
struct Arguments {
    private let container: KeyedDecodingContainer<ArgumentKey>

    init(_ body: Data, decoder: JSONDecoder) throws {
        container = try decoder.decode(Root.self, from: body).container
    }

    subscript<Value: Decodable>(_ name: String) -> Value {
        get throws { try container.decode(Value.self, forKey: ArgumentKey(name)) }
    }

    func optional<Value: Decodable>(_ name: String) throws -> Value? {
        try container.decodeIfPresent(Value.self, forKey: ArgumentKey(name))
    }

    /// A decoding error in words: which argument, and what is wrong with it.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context)
            return "missing \"\(parent.isEmpty ? key.stringValue : parent + "." + key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let place = path(context)
            return (place.isEmpty ? "" : "\"\(place)\": ") + context.debugDescription
        @unknown default:
            return String(describing: error)
        }
    }

    private struct Root: Decodable {
        let container: KeyedDecodingContainer<ArgumentKey>
        init(from decoder: any Decoder) throws {
            container = try decoder.container(keyedBy: ArgumentKey.self)
        }
    }
}

struct ArgumentKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
