import Foundation

/// Prints how long each step of a build took, to standard error, when the environment variable
/// `BONTOT_PHASES` is set: the tool developers use to see where a build spends its time before
/// reaching for a profiler. Silent otherwise, and never part of what a user reads.
enum PhaseTimer {
    private static let enabled = ProcessInfo.processInfo.environment["BONTOT_PHASES"] != nil

    /// Runs `body`, then prints "<name>: <milliseconds> ms" when enabled.
    static func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let start = ContinuousClock.now
        let result = try body()
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        FileHandle.standardError.write(Data("phase \(name): \(Int(milliseconds)) ms\n".utf8))
        return result
    }
}
