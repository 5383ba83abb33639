/// A container that writes each value after a presence byte (0 for nil, or 1 then the value), as
/// single value and unkeyed containers do: the standard types and nil are written the same way in
/// both, once the container has started the value's slot.
protocol MarkedValueEncoder {
    var state: EncodingState { get }

    /// Checks the container may write a value now and starts it: claims the single value, or
    /// begins the next element.
    mutating func beginValue() throws
}

extension MarkedValueEncoder {
    /// A nil value: the presence byte 0.
    mutating func encodeNil() throws {
        try beginValue()
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

    /// A standard type: the presence byte 1, then its binary form.
    private mutating func encodePrimitive(_ value: some BinaryPrimitive) throws {
        try beginValue()
        state.writer.writeByte(1)
        value.write(to: &state.writer)
    }
}
