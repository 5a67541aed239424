import Foundation
import NinteiStore
import Testing

/// docs/API.md is the administrator's description of the office server's routes: it must name
/// every route of `OfficeRoute` with its method and path, and no route that does not exist.
@Suite struct ApiDocumentTests {
    static let documentPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/API.md").path

    static func document() throws -> String {
        try String(contentsOfFile: documentPath, encoding: .utf8)
    }

    @Test func everyRouteIsDescribedWithItsMethodAndPath() throws {
        let lines = try Self.document().split(separator: "\n", omittingEmptySubsequences: false)
        for route in OfficeRoute.allCases {
            let written = "`\(route.method) \(route.path)`"
            let described = lines.contains { $0.contains(written) }
            #expect(described, "docs/API.md does not describe the route \(written) (OfficeRoute.\(route.rawValue))")
        }
    }

    @Test func theDocumentNamesNoRouteThatDoesNotExist() throws {
        let text = try Self.document()
        let known = Set(OfficeRoute.allCases.map(\.rawValue))
        let mentions = text.matches(of: try Regex("/v1/([A-Za-z0-9_]+)")).compactMap { $0.output[1].substring.map(String.init) }
        #expect(!mentions.isEmpty, "docs/API.md names no /v1/ route at all")
        for name in Set(mentions).sorted() {
            let exists = known.contains(name)
            #expect(exists, "docs/API.md names /v1/\(name), which is not a route of OfficeRoute")
        }
    }

    @Test func everyMethodWrittenBesideARouteIsItsMethod() throws {
        let text = try Self.document()
        for match in text.matches(of: try Regex("\\b(GET|POST|PUT|PATCH|DELETE) /v1/([A-Za-z0-9_]+)")) {
            guard let method = match.output[1].substring.map(String.init), let name = match.output[2].substring.map(String.init),
                  let route = OfficeRoute(rawValue: name) else { continue }
            let answers = route.method
            #expect(answers == method, "docs/API.md writes \(method) /v1/\(name), but that route answers \(answers)")
        }
    }
}
