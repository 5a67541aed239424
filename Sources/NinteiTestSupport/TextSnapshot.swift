import Foundation
import Testing

/// Compares a screen, rendered as text, with its stored snapshot in `Snapshots/NAME.txt` beside
/// the calling test file. A missing snapshot is written and the test fails once, so every new
/// snapshot is looked at before it is committed; `NINTEI_RECORD_SNAPSHOTS=1` rewrites them all.
public func expectSnapshot(
    _ text: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name + ".txt")
    let recording = ProcessInfo.processInfo.environment["NINTEI_RECORD_SNAPSHOTS"] == "1"
    guard !recording, let stored = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? text.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("recorded the snapshot \(name); look at it and run the tests again", sourceLocation: sourceLocation)
        return
    }
    #expect(text == stored, "the screen differs from Snapshots/\(name).txt:\n\(text)", sourceLocation: sourceLocation)
}
