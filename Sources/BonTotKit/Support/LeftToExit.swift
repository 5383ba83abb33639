/// Values a command leaves to the end of its process rather than freeing them: the memory goes
/// back to the system at exit in one step, where freeing a loaded site object by object takes
/// a noticeable part of a rebuild. Only for a process that exits right after.
enum LeftToExit {
    private final class Box<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Keeps `value` alive until the process exits.
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
