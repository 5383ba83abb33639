import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest
@testable import BonTotKit

/// Ctrl-C that comes while a PDF engine is being started, after the system made the process and
/// before bontot noted it, used to end bontot at once and leave that engine printing on its own
/// (it runs in a process group of its own, which the terminal's Ctrl-C does not reach). Now the
/// signal waits until the engine is noted, then stops it with bontot. Raises the signal itself,
/// in the middle of starting a child, with a handler of its own standing for bontot's end.
final class SignalWhileStartingTests: XCTestCase {
    /// Set by the handler that stands for what SIGINT did before.
    nonisolated(unsafe) private static var interrupted: sig_atomic_t = 0

    /// Runs `body` with SIGINT handled by a stand-in for bontot's end, which sets `interrupted`.
    private func withStandInForTheEnd(_ body: () throws -> Void) rethrows {
        var standIn = sigaction()
        standIn.__sigaction_handler.sa_handler = { _ in SignalWhileStartingTests.interrupted = 1 }
        sigemptyset(&standIn.sa_mask)
        var original = sigaction()
        sigaction(SIGINT, &standIn, &original)
        defer { sigaction(SIGINT, &original, nil) }
        Self.interrupted = 0
        try body()
    }

    func testCtrlCWhileAChildStartsWaitsForItAndStopsIt() throws {
        try withStandInForTheEnd(ctrlCWhileAChildStarts)
    }

    private func ctrlCWhileAChildStarts() throws {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/sleep")
        child.arguments = ["60"]
        var interruptedWhileStarting: sig_atomic_t = -1
        let pid = try RunningChildren.start {
            raise(SIGINT)
            interruptedWhileStarting = Self.interrupted
            try child.run()
            return child.processIdentifier
        }
        defer {
            RunningChildren.finished(pid)
            if child.isRunning { kill(pid, SIGKILL) }
        }
        XCTAssertEqual(interruptedWhileStarting, 0, "the signal ended bontot before the child it was starting was noted")
        XCTAssertEqual(Self.interrupted, 1, "the signal did what it did before once the child was noted")
        let deadline = Date().addingTimeInterval(10)
        while child.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        guard !child.isRunning else { return XCTFail("the child started while Ctrl-C came is still running") }
        XCTAssertEqual(child.terminationReason, .uncaughtSignal)
        XCTAssertEqual(child.terminationStatus, SIGTERM)
    }

    /// The handler stops a child that already ended (its `kill` fails with ESRCH) and leaves
    /// `errno` as the code the signal came in found it: `bontot serve` goes on after Ctrl-C, and
    /// a file error read at that moment would have been told as "No such process".
    func testCtrlCLeavesErrnoAsItFoundIt() throws {
        try withStandInForTheEnd {
            // A process id no process has (above any `pid_max`), noted as a child that ended.
            let ended = RunningChildren.start { pid_t(Int32.max) }
            defer { RunningChildren.finished(ended) }
            var none = sigset_t(), blocked = sigset_t()
            sigemptyset(&none)
            pthread_sigmask(SIG_SETMASK, &none, &blocked)
            defer { pthread_sigmask(SIG_SETMASK, &blocked, nil) }
            errno = EAGAIN
            raise(SIGINT)
            let found = errno
            XCTAssertEqual(Self.interrupted, 1, "the signal did what it did before")
            XCTAssertEqual(found, EAGAIN, "the handler changed errno under the code it interrupted")
        }
    }
}
