import Foundation
import PackagePlugin

/// Embeds the package's top-level `templates/` folder (the built-in theme) into the module
/// `BonTotTheme` (whose folder it is) as generated Swift source, so the `bontot` binary carries
/// its theme wherever it is copied.
@main
struct EmbedTemplatesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let themeFolder = context.package.directoryURL.appending(path: "templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInTheme+Files.swift")
        let inputs = themeFiles(in: themeFolder)
        return [
            .buildCommand(
                displayName: "Embedding the built-in theme",
                executable: try context.tool(named: "EmbedTemplates").url,
                arguments: [themeFolder.path(), output.path()],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func themeFiles(in folder: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if !url.hasDirectoryPath, url.pathExtension != "swift" { files.append(url) }
        }
        return files.sorted { $0.path() < $1.path() }
    }
}
