import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The handlers of SIGINT and SIGTERM as a test found them, put back when it ends: a preview
/// server run inside the test process puts handlers of its own in place, which stay.
struct SignalHandlers {
    private let saved: [(Int32, sigaction)]

    /// The handlers now in place.
    init() {
        saved = [SIGINT, SIGTERM].map { signal in
            var action = sigaction()
            sigaction(signal, nil, &action)
            return (signal, action)
        }
    }

    /// Puts the handlers back as they were.
    func restore() {
        for (signal, var action) in saved { sigaction(signal, &action, nil) }
    }
}
