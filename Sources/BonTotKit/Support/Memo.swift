import Foundation

/// A value worked out once, by the first caller that needs it, and shared by every later one;
/// callers on other threads meanwhile wait for it rather than working it out again.
final class Memo<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?

    /// The value, made by `make` if no caller made it before.
    func value(_ make: () -> Value) -> Value {
        lock.withLock {
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}
