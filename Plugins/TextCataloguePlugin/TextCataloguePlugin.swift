import Foundation
import PackagePlugin

/// Turns each `<Type>.catalogue` file of a module (`UIText.catalogue`) into Swift in the build
/// folder: `extension UIText` with one `LocalizedText` per entry (Sources/TextCatalogue reads it).
@main
struct TextCataloguePlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        let generator = try context.tool(named: "TextCatalogueGenerator")
        return module.sourceFiles(withSuffix: "catalogue").map { file in
            let typeName = file.url.deletingPathExtension().lastPathComponent
            let output = context.pluginWorkDirectoryURL.appendingPathComponent("\(typeName)+Catalogue.swift")
            return .buildCommand(
                displayName: "Generating \(output.lastPathComponent) from \(file.url.lastPathComponent)",
                executable: generator.url,
                arguments: [file.url.path, output.path],
                inputFiles: [file.url],
                outputFiles: [output])
        }
    }
}
