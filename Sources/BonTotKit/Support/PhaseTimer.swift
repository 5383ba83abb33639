import Foundation

/// Prints how long each step of a build took, to standard error, when the environment variable
/// `BONTOT_PHASES` is set: the tool developers use to see where a build spends its time before
/// reaching for a profiler. Silent otherwise, and never part of what a user reads.
enum PhaseTimer {
    private static let enabled = ProcessInfo.processInfo.environment["BONTOT_PHASES"] != nil

    /// Runs `body`, then prints "<name>: <milliseconds> ms (<cpu> ms CPU, peak memory …)" when
    /// enabled: the process's CPU time beside the wall time tells how many cores the step kept
    /// busy, and the peak memory what the step holds (each page the process touches first costs
    /// the kernel a page to clear).
    static func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let start = ContinuousClock.now
        let cpuStart = processorMilliseconds()
        let result = try body()
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let cpu = processorMilliseconds() - cpuStart
        let ended = sinceProcessStart().map { ", ended \(Int($0)) ms after the process started" } ?? ""
        try? FileHandle.standardError.write(contentsOf: Data("phase \(name): \(Int(milliseconds)) ms (\(Int(cpu)) ms CPU, peak memory \(peakMegabytes()) MB)\(ended)\n".utf8))
        return result
    }

    /// Milliseconds since the process started (Linux: its start time in `/proc/self/stat`, in
    /// clock ticks since boot, against the boot-time clock); nil where that cannot be read.
    private static func sinceProcessStart() -> Double? {
        #if os(Linux)
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // Field 22 of the file is the start time; fields are counted from 3 after the ')'.
        guard fields.count > 19, let ticks = Double(fields[19]) else { return nil }
        var now = timespec()
        clock_gettime(CLOCK_BOOTTIME, &now)
        let nowMilliseconds = Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1e6
        return nowMilliseconds - ticks * 1000 / Double(sysconf(Int32(_SC_CLK_TCK)))
        #else
        return nil
        #endif
    }

    /// The most memory the process has held so far, in MiB.
    private static func peakMegabytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }

    /// The user and system time of the whole process so far.
    private static func processorMilliseconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func milliseconds(_ time: timeval) -> Double { Double(time.tv_sec) * 1000 + Double(time.tv_usec) / 1000 }
        return milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime)
    }
}
