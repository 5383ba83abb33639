import Foundation
import XCTest

/// A program the checkers run (`tidy`, `chromium`, `python3`), found on the PATH. `make test`
/// installs each one (TEST_PACKAGES in the Makefile); a missing tool fails the test.
enum ExternalTool {
    /// The program's path; throws (failing the test, not skipping it) when it is not installed.
    static func find(_ name: String, package: String) throws -> URL {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for folder in folders {
            let url = URL(fileURLWithPath: String(folder)).appending(path: name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw Missing(name: name, package: package)
    }

    /// A checker's program is not installed.
    struct Missing: Error, CustomStringConvertible {
        var name: String
        var package: String
        var description: String { "'\(name)' is not installed: run `make test` (it installs the Debian package \(package))" }
    }

    /// Runs `tool` and returns its exit status and what it printed on each stream.
    static func run(_ tool: URL, _ arguments: [String], in folder: URL? = nil) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Both pipes are drained at once, so neither fills up and blocks the program.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }
}
