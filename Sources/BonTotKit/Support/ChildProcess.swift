import CBonTotSystem
import Foundation

/// Runs a program bontot hands work to (a PDF engine, LibreOffice converting an old Word
/// document) as a child process with a time limit, keeping what it writes to standard error for
/// the diagnostic when it fails.
enum ChildProcess {
    /// How a run ended.
    struct Outcome: Sendable {
        /// The exit status; nil when the process was stopped for running too long.
        var status: Int32?
        /// The last lines the process wrote to standard error.
        var errorOutput: String
        /// True when bontot stopped the process (Ctrl-C, `bontot serve` stopping), or did not
        /// start it as it was stopping: no fault of what it was given.
        var stoppedWithBontot = false
        /// The signal that ended the process, when one did (the system's out-of-memory killer,
        /// a crash): `status` is then that signal's number, not a status the program chose.
        var signal: Int32?

        var succeeded: Bool { status == 0 }
    }

    /// Runs `executable` and waits for it at most `timeout` seconds; `environment` is added to ours.
    static func run(_ executable: URL, arguments: [String], environment: [String: String],
                    timeout: Double) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let errorHandle = try errorLog()
        defer { try? errorHandle.close() }
        process.standardError = errorHandle
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        // Stopped with bontot (Ctrl-C), although it runs in a process group of its own.
        guard let child = try RunningChildren.start({
            try process.run()
            return process.processIdentifier
        }) else { return Outcome(status: nil, errorOutput: "", stoppedWithBontot: true) }
        var outcome = wait(for: process, finished: finished, timeout: timeout, errorHandle: errorHandle)
        outcome.stoppedWithBontot = RunningChildren.finished(child)
        return outcome
    }

    /// How `process` ended, waiting for it at most `timeout` seconds, then stopping it.
    private static func wait(for process: Process, finished: DispatchSemaphore, timeout: Double,
                             errorHandle: FileHandle) -> Outcome {
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 5) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
            return Outcome(status: nil, errorOutput: "quá \(Int(timeout)) giây / timed out")
        }
        try? errorHandle.seek(toOffset: 0)
        let text = String(decoding: (try? errorHandle.readToEnd()) ?? Data(), as: UTF8.self)
        let lastLines = text.split(whereSeparator: \.isNewline).suffix(3).joined(separator: " | ")
        let signal = process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil
        return Outcome(status: process.terminationStatus, errorOutput: lastLines, signal: signal)
    }

    /// A file for what the child writes to standard error, which leaves nothing behind, even when
    /// bontot is stopped (Ctrl-C) while the child runs: a file without a name where the system
    /// makes one, else a named one unlinked at once and kept open.
    private static func errorLog() throws -> FileHandle {
        let folder = FileManager.default.temporaryDirectory
        let unnamed = bontot_open_unnamed(folder.path)
        if unnamed >= 0 { return FileHandle(fileDescriptor: unnamed, closeOnDealloc: true) }
        let errorFile = folder.appending(path: "bontot-child-\(UUID().uuidString).log")
        guard FileManager.default.createFile(atPath: errorFile.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let opened = Result { try FileHandle(forUpdating: errorFile) }
        try? FileManager.default.removeItem(at: errorFile)
        return try opened.get()
    }
}
