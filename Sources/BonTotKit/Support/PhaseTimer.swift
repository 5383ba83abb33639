import Foundation

/// Prints how long each step of a build took, to standard error, when the environment variable
/// `BONTOT_PHASES` is set: the tool developers use to see where a build spends its time before
/// reaching for a profiler. Silent otherwise, and never part of what a user reads.
enum PhaseTimer {
    private static let enabled = ProcessInfo.processInfo.environment["BONTOT_PHASES"] != nil

    /// Runs `body`, then prints "<name>: <milliseconds> ms (<cpu> ms CPU)" when enabled: the
    /// process's CPU time beside the wall time tells how many cores the step kept busy.
    static func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let start = ContinuousClock.now
        let cpuStart = processorMilliseconds()
        let result = try body()
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let cpu = processorMilliseconds() - cpuStart
        FileHandle.standardError.write(Data("phase \(name): \(Int(milliseconds)) ms (\(Int(cpu)) ms CPU)\n".utf8))
        return result
    }

    /// The user and system time of the whole process so far.
    private static func processorMilliseconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func milliseconds(_ time: timeval) -> Double { Double(time.tv_sec) * 1000 + Double(time.tv_usec) / 1000 }
        return milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime)
    }
}
