import CBonTotSystem
import Foundation

/// The child processes running now (PDF engines, LibreOffice), stopped with bontot. A child runs
/// in a process group of its own (Foundation's `Process` makes one), so Ctrl-C in the terminal
/// does not reach it: without this, a build stopped while printing left its engines printing
/// into the folder it was filling. While children run, SIGINT and SIGTERM first stop each of them with what it started,
/// then do what they did before: end bontot, or go on to the handling `bontot serve` has. One that
/// comes while a child is being started waits until it is noted, and no child starts after it,
/// so that none outlives bontot. The signal handler is C (`engines.c`, which says how every order
/// of a starting child and a stopping thread ends), since a Swift closure may not run in one.
public enum RunningChildren {
    /// Runs `start`, which starts one engine and gives its process id, and notes the engine;
    /// `finished` must be called with that id once the engine ended. Nil, without running
    /// `start`, when bontot is stopping its children (Ctrl-C came, or `stoppingAll` runs): an
    /// engine started then would only be stopped, or, when Ctrl-C ends bontot, outlive it.
    static func start(_ start: () throws -> pid_t) rethrows -> pid_t? {
        // A child starts with the signals its parent's thread blocks blocked; the worker threads
        // that print block nearly all, so an engine could not be stopped by SIGTERM, by us on
        // Ctrl-C or by `Process.terminate()` when it runs too long. It starts with none blocked.
        var none = sigset_t(), blocked = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, &blocked)
        defer { pthread_sigmask(SIG_SETMASK, &blocked, nil) }
        guard bontot_child_starting() == 0 else { return nil }
        let process: pid_t
        do {
            process = try start()
        } catch {
            bontot_child_start_failed()
            throw error
        }
        _ = bontot_child_started(process)
        return process
    }

    /// Runs `body` with every child stopped: those running now at once, and none started
    /// before `body` ends. `bontot serve` stopping (Ctrl-C, SIGTERM) while it rebuilds waits for the
    /// rebuild without its engines or LibreOffice running to their end.
    public static func stoppingAll<Result>(_ body: () async throws -> Result) async rethrows -> Result {
        bontot_children_stop_begin()
        defer { bontot_children_stop_end() }
        return try await body()
    }

    /// Forgets an engine that ended; true when bontot stopped it (Ctrl-C, `stoppingAll`), so
    /// that its failure is no fault of what it was given.
    @discardableResult
    static func finished(_ process: pid_t) -> Bool {
        bontot_child_finished(process) != 0
    }
}
