import Foundation
import TextCatalogue

// TextCatalogueGenerator <catalogue file> <Swift file>: run by the TextCatalogue build plugin. A
// malformed entry fails the build with `<file>:<line>: error: <what is wrong>`.
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: TextCatalogueGenerator <catalogue file> <Swift file>\n".utf8))
    exit(2)
}
let input = URL(fileURLWithPath: arguments[1])
let output = URL(fileURLWithPath: arguments[2])
do {
    let text = try String(contentsOf: input, encoding: .utf8)
    let catalogue = try CatalogueReader.read(text)
    let typeName = input.deletingPathExtension().lastPathComponent
    let swift = CatalogueSwiftWriter.swift(for: catalogue, typeName: typeName, sourcePath: input.path)
    // Unchanged output is not written again, so the module is not compiled again for nothing.
    if (try? String(contentsOf: output, encoding: .utf8)) != swift {
        try swift.write(to: output, atomically: true, encoding: .utf8)
    }
} catch let error as CatalogueError {
    FileHandle.standardError.write(Data("\(input.path):\(error.line): error: \(error.message)\n".utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("\(input.path): error: \(error)\n".utf8))
    exit(1)
}
