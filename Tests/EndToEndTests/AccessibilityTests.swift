import Foundation
import NinteiTestSupport
import Testing

/// The published pages checked with axe-core's WCAG 2.1 A and AA rules in headless Chromium, in
/// both languages: the list and a firm's page. axe-core comes from `make test`'s dependency
/// check (scripts/check-deps.sh, into .build/axe); without it or Chromium the suite is skipped.
@Suite("The published pages pass axe-core (WCAG 2.1 AA)",
       .enabled(if: AxeCore.available, "needs chromium and .build/axe/axe.min.js (scripts/check-deps.sh fetches axe-core from PyPI)"))
struct AccessibilityTests {
    @Test("the list and a firm's page have no violation, in Japanese and in English", arguments: ["ja", "en"])
    func publishedPages(_ language: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-axe-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("office.sqlite").path
        let site = folder.appendingPathComponent("site").path
        #expect(try Binary.run(["demo", "--db", db]).status == 0)
        let published = try Binary.run(["publish", "--db", db, "--out", site, "--lang", language])
        #expect(published.status == 0, "\(published.standardError)")
        let firms = try FileManager.default.contentsOfDirectory(atPath: site + "/firms").filter { $0.hasSuffix(".html") }.sorted()
        let firm = try #require(firms.first, "a firm's page is published")
        for page in ["index.html", "firms/" + firm] {
            let violations = try AxeCore.violations(ofPage: site + "/" + page, profile: folder.path + "/profile")
            #expect(violations == "[]", "\(page) (\(language)): \(violations)")
        }
    }

    @Test("the check finds a violation where there is one (an image without a text alternative)")
    func findsAViolation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-axe-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("bad.html").path
        try #"<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>t</title></head><body><main><img src="x.png"></main></body></html>"#
            .write(toFile: page, atomically: true, encoding: .utf8)
        let violations = try AxeCore.violations(ofPage: page, profile: folder.path + "/profile")
        #expect(violations.contains("image-alt"), "\(violations)")
    }
}

/// axe-core run in a copy of a page by headless Chromium; the violations come back in the DOM.
enum AxeCore {
    static let script = Binary.repository.appendingPathComponent(".build/axe/axe.min.js").path
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var available: Bool { chromium != nil && FileManager.default.isReadableFile(atPath: script) }

    /// The rules of WCAG 2.0 and 2.1, levels A and AA.
    static let runner = """
        <script>axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}).then(function (r) {
          var p = document.createElement('pre'); p.id = 'axe-result';
          p.textContent = JSON.stringify(r.violations.map(function (v) { return {id: v.id, nodes: v.nodes.map(function (n) { return n.target.join(' '); })}; }));
          document.body.appendChild(p);
        }).catch(function (e) { var p = document.createElement('pre'); p.id = 'axe-result'; p.textContent = 'axe failed: ' + e; document.body.appendChild(p); });</script>
        """

    /// The violations as JSON (`[]` for none), or what went wrong.
    static func violations(ofPage path: String, profile: String) throws -> String {
        let html = try String(contentsOfFile: path, encoding: .utf8)
        let axe = try String(contentsOfFile: script, encoding: .utf8)
        // Beside the page, so its links and styles resolve as they do for a reader.
        let checked = path + ".axe.html"
        try html.replacingOccurrences(of: "</body>", with: "<script>" + axe + "</script>" + runner + "</body>")
            .write(toFile: checked, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: checked) }
        let dom = try toolOutput(chromium!, [
            "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile)", "--virtual-time-budget=30000",
            "--dump-dom", URL(fileURLWithPath: checked).absoluteString,
        ])
        guard let start = dom.range(of: "<pre id=\"axe-result\">"), let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex) else {
            return "no result from axe-core (Chromium printed no page)"
        }
        return String(dom[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&amp;", with: "&")
    }
}
