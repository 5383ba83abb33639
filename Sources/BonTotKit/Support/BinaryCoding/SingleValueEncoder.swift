/// Writes a value as one other value (a raw-value enum as its raw value, a wrapper as what it wraps):
/// a presence byte, 0 for nil, or 1 then the value (an optional's wrapped value).
struct SingleValueEncoder: SingleValueEncodingContainer, MarkedValueEncoder {
    let state: EncodingState
    /// The output length when the value started: the container writes once, there.
    let start: Int
    let pathLength: Int

    var codingPath: [any CodingKey] { state.codingPath(pathLength) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try beginValue()
        try state.encodeMarked(value)
    }

    /// Checks nothing was written since the value started: a single value container holds one value.
    func beginValue() throws {
        guard state.writer.count == start else {
            throw state.misuse("a single value container was written to twice, or after other values")
        }
    }
}
