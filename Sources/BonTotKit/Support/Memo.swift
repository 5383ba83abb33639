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

/// Values made once per key and shared, by any number of threads.
final class KeyedMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Key: Value] = [:]

    /// The value for `key`, made by `make` if no caller made it before.
    func value(for key: Key, _ make: () -> Value) -> Value {
        lock.withLock {
            if let value = stored[key] { return value }
            let made = make()
            stored[key] = made
            return made
        }
    }
}
