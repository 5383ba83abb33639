import CBonTotSystem
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
    /// bontot's handler is in place before, as a child started earlier in the test process (the
    /// printing tests) leaves it, so that the test runs alike alone or after them; it is put back
    /// when the test ends, whichever way: it takes the stand-in as what SIGINT did before it, and
    /// left so, a Ctrl-C of the test run would only call the stand-in, never end the run.
    private func withStandInForTheEnd(_ body: () throws -> Void) throws {
        var before = sigaction()
        sigaction(SIGINT, nil, &before)
        // A run started with SIGINT ignored (in the background by a script) keeps it ignored.
        let ignored = unsafeBitCast(before.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
        try putBontotsHandlerInPlace()
        var standIn = sigaction()
        standIn.__sigaction_handler.sa_handler = { _ in SignalWhileStartingTests.interrupted = 1 }
        sigemptyset(&standIn.sa_mask)
        var original = sigaction()
        sigaction(SIGINT, &standIn, &original)
        defer {
            // The test process goes on after the stand-in for bontot's end: children start again.
            bontot_children_forget_signal()
            if ignored {
                sigaction(SIGINT, &original, nil)
            } else {
                // bontot's handler put back over the default, what SIGINT does in the test process
                // without it (neither XCTest nor the libraries put a handler of their own).
                var byDefault = sigaction()
                sigaction(SIGINT, &byDefault, nil)
                try? putBontotsHandlerInPlace()
                XCTAssertTrue(ctrlCEndsAForkOfTheTestProcess(), "after the test, Ctrl-C no longer ends the test run")
            }
        }
        Self.interrupted = 0
        try body()
    }

    /// Starts and forgets a child that does not exist, which puts bontot's handler in place.
    private func putBontotsHandlerInPlace() throws {
        let none = try XCTUnwrap(RunningChildren.start { pid_t(Int32.max) }, "a child is refused: a signal is still taken as bontot's end")
        RunningChildren.finished(none)
    }

    /// True when SIGINT ends a copy of the test process (`fork`), which raises it and does
    /// nothing else: the test process would end on a Ctrl-C as before.
    private func ctrlCEndsAForkOfTheTestProcess() -> Bool {
        let copy = fork()
        if copy == 0 {
            var none = sigset_t()
            sigemptyset(&none)
            sigprocmask(SIG_SETMASK, &none, nil)
            raise(SIGINT)
            _exit(0)
        }
        guard copy > 0 else { return false }
        var status: Int32 = 0
        while waitpid(copy, &status, 0) == -1, errno == EINTR {}
        // Ended by a signal, SIGINT: WIFSIGNALED and WTERMSIG.
        return status & 0x7f == SIGINT
    }

    func testCtrlCWhileAChildStartsWaitsForItAndStopsIt() throws {
        try withStandInForTheEnd(ctrlCWhileAChildStarts)
    }

    private func ctrlCWhileAChildStarts() throws {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/sleep")
        child.arguments = ["60"]
        var interruptedWhileStarting: sig_atomic_t = -1
        let pid = try XCTUnwrap(try RunningChildren.start {
            raise(SIGINT)
            interruptedWhileStarting = Self.interrupted
            try child.run()
            return child.processIdentifier
        })
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
            let ended = try XCTUnwrap(RunningChildren.start { pid_t(Int32.max) })
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

    /// Ctrl-C while another thread is about to start a child, that thread counting itself just
    /// after the handler looked for threads starting one: the handler stopped the children noted
    /// and ended bontot while that thread went on to start its child, which outlived bontot. Now
    /// the child is not started. The handler is held there (a hook of `engines.c` for tests)
    /// until the other thread counted itself; without the fix, that thread starts its child once
    /// the stand-in for bontot's end ran.
    func testAChildAskedForJustAfterCtrlCIsNotStarted() throws {
        try withStandInForTheEnd {
            // Puts bontot's handler in place before the signal, as a child started earlier does.
            let earlier = try XCTUnwrap(RunningChildren.start { pid_t(Int32.max) })
            RunningChildren.finished(earlier)
            bontot_children_pause_signal_for_starter(1)
            defer { bontot_children_pause_signal_for_starter(0) }
            let starter = LateStarter()
            Thread { starter.run() }.start()
            var none = sigset_t(), blocked = sigset_t()
            sigemptyset(&none)
            pthread_sigmask(SIG_SETMASK, &none, &blocked)
            defer { pthread_sigmask(SIG_SETMASK, &blocked, nil) }
            raise(SIGINT)
            XCTAssertEqual(Self.interrupted, 1, "the signal did what it did before")
            XCTAssertEqual(starter.done.wait(timeout: .now() + 60), .success, "the other thread never ended its start")
            XCTAssertTrue(starter.counted, "the handler did not wait for the other thread to count itself")
            guard let child = starter.child else { return }
            defer { RunningChildren.finished(child.processIdentifier) }
            let deadline = Date().addingTimeInterval(10)
            while child.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            if child.isRunning { kill(child.processIdentifier, SIGKILL) }
            XCTFail("a child was started after Ctrl-C had stopped the children: when Ctrl-C ends bontot, it outlives it")
        }
    }

    /// The thread that asks for a child while the handler waits for it: it starts `sleep` once
    /// the stand-in for bontot's end ran, if bontot lets it start one at all.
    private final class LateStarter: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        private(set) var counted = false
        private(set) var child: Process?

        func run() {
            defer { done.signal() }
            let deadline = Date().addingTimeInterval(30)
            while bontot_children_signal_waiting() == 0, Date() < deadline { Thread.sleep(forTimeInterval: 0.001) }
            counted = bontot_children_signal_waiting() != 0
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sleep")
            process.arguments = ["60"]
            _ = try? RunningChildren.start {
                while SignalWhileStartingTests.interrupted == 0, Date() < deadline { Thread.sleep(forTimeInterval: 0.001) }
                try process.run()
                child = process
                return process.processIdentifier
            }
        }
    }
}
