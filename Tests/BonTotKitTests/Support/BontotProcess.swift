import Foundation
import XCTest

/// The `bontot` executable run as a user runs it: a process of its own, so with its own seed for
/// Swift's hashing (dictionaries list their keys in another order in every process).
enum BontotProcess {
    /// The executable SwiftPM builds beside the test bundle (`.build/<config>/bontot`).
    static func executable() throws -> URL {
        let folders = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
                       Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        for folder in folders {
            let candidate = folder.appending(path: "bontot")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw Missing(folders: folders.map(\.path))
    }

    /// The executable is missing: a failure, not a skip (`swift test` builds it).
    struct Missing: Error, CustomStringConvertible {
        var folders: [String]
        var description: String { "the bontot executable was not built beside the tests (looked in \(folders))" }
    }

    /// Runs `bontot` with `arguments`, in `folder` when one is given; its exit status and what
    /// it printed. Hashing is left seeded at random, whatever the environment of the tests says.
    /// `launcher` runs it (`setpriv --reuid=…`, as another user), given its path after its own
    /// arguments.
    static func run(_ arguments: [String], in folder: URL? = nil, environment extra: [String: String] = [:],
                    launcher: [String] = []) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        let bontot = try executable()
        process.executableURL = launcher.first.map(URL.init(fileURLWithPath:)) ?? bontot
        process.arguments = launcher.isEmpty ? arguments : launcher.dropFirst() + [bontot.path] + arguments
        if let folder { process.currentDirectoryURL = folder }
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_DETERMINISTIC_HASHING"] = nil
        environment.merge(extra) { _, given in given }
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Standard error is read on a thread of its own while standard output is read here,
        // so a child that fills one pipe while the other is being drained never blocks.
        let errorBox = ErrorBytes()
        let errorsRead = DispatchSemaphore(value: 0)
        let errorHandle = errors.fileHandleForReading
        Thread.detachNewThread {
            errorBox.data = errorHandle.readDataToEndOfFile()
            errorsRead.signal()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        errorsRead.wait()
        let errorData = errorBox.data
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }
}

/// The bytes a child wrote to standard error, filled by the thread that reads them and read
/// once that thread has signalled.
private final class ErrorBytes: @unchecked Sendable {
    var data = Data()
}
