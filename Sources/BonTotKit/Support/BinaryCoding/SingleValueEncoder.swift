/// Writes a value as one other value (a raw-value enum as its raw value, a wrapper as what it wraps):
/// a presence byte, 0 for nil, or 1 then the value (an optional's wrapped value).
struct SingleValueEncoder: SingleValueEncodingContainer {
    let state: EncodingState
    /// The output length when the value started: the container writes once, there.
    let start: Int
    let pathLength: Int

    var codingPath: [any CodingKey] { state.codingPath(pathLength) }

    /// The presence byte 0.
    mutating func encodeNil() throws {
        try claim()
        state.writer.writeByte(0)
    }

    mutating func encode(_ value: Bool) throws { try encodePrimitive(value) }
    mutating func encode(_ value: String) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Double) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Float) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Int) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Int8) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Int16) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Int32) throws { try encodePrimitive(value) }
    mutating func encode(_ value: Int64) throws { try encodePrimitive(value) }
    mutating func encode(_ value: UInt) throws { try encodePrimitive(value) }
    mutating func encode(_ value: UInt8) throws { try encodePrimitive(value) }
    mutating func encode(_ value: UInt16) throws { try encodePrimitive(value) }
    mutating func encode(_ value: UInt32) throws { try encodePrimitive(value) }
    mutating func encode(_ value: UInt64) throws { try encodePrimitive(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try claim()
        try state.encodeMarked(value)
    }

    private func encodePrimitive(_ value: some BinaryPrimitive) throws {
        try claim()
        state.writer.writeByte(1)
        value.write(to: &state.writer)
    }

    /// Checks nothing was written since the value started: a single value container holds one value.
    private func claim() throws {
        guard state.writer.count == start else {
            throw state.misuse("a single value container was written to twice, or after other values")
        }
    }
}
