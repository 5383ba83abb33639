/// What the encoders and containers of one `BinaryEncoder.encode` call share: the output, the key
/// names numbered so far, the stack of open containers and the coding path.
///
/// Containers write straight into one buffer, so a container's fields and elements must be
/// written before its parent's next ones, as synthesized `Codable` does. Writing to a parent closes
/// its nested containers; a container used after it closed is an error.
///
/// One coding runs on one thread and never holds overlapping accesses to the state, so the
/// stored properties skip the runtime's exclusivity checks, which took a fifth of the time.
final class EncodingState {
    /// The output.
    @exclusivity(unchecked) var writer = ByteWriter()
    /// The number of each key name written so far.
    @exclusivity(unchecked) var keyIndices: [String: Int] = [:]
    /// The open containers, innermost last.
    @exclusivity(unchecked) var frames: [EncodingFrame] = []
    /// The last number `newID()` handed out.
    @exclusivity(unchecked) var lastID = 0
    /// The keys from the top-level value to the one being written.
    @exclusivity(unchecked) var path: [any CodingKey] = []
    /// A misuse found where nothing can be thrown (asking for a container), thrown at the next chance.
    @exclusivity(unchecked) var deferredError: (any Error)?

    /// An empty state, with room for a small coding.
    init() {
        writer.reserve(1024)
        frames.reserveCapacity(8)
        path.reserveCapacity(8)
    }

    /// Writes a value: primitives, optionals and collections in their own form, any other value
    /// through its `encode(to:)`.
    func encodeValue<T: Encodable>(_ value: T) throws {
        if T.self == String.self { return writer.writeString(reinterpret(value, as: String.self)) }
        if T.self == Int.self { return writer.writeSigned(Int64(reinterpret(value, as: Int.self))) }
        if let native = T.self as? any NativeEncodable.Type { return try encodeNatively(value, as: native) }
        try encodeComposite(value)
    }

    private func encodeNatively<N: NativeEncodable>(_ value: some Encodable, as type: N.Type) throws {
        try reinterpret(value, as: N.self).encodeNatively(to: self)
    }

    /// Writes a value through its `encode(to:)`, then closes the containers it opened. A value that
    /// writes nothing is an empty keyed container, as `Encoder` documents (and as synthesized
    /// `init(from:)` of a type without properties, which asks for no container, expects).
    func encodeComposite<T: Encodable>(_ value: T) throws {
        let mark = frames.count
        let start = writer.count
        try value.encode(to: ValueEncoder(state: self, owner: newID(), start: start, pathLength: path.count))
        try closeFrames(downTo: mark)
        if writer.count == start {
            writer.writeByte(0)
        }
    }

    /// Writes `value` as the field `key` of a keyed frame: a nil optional is a header marked nil,
    /// a present one holds the wrapped value.
    func encodeField<T: Encodable>(_ value: T, forKey key: some CodingKey, in frame: FrameHandle) throws {
        if let native = T.self as? any NativeEncodable.Type {
            return try encodeNativeField(value, as: native, forKey: key, in: frame)
        }
        try writeFieldHeader(key, isNil: false, in: frame)
        pushPath(key)
        try encodeComposite(value)
        popPath()
    }

    private func encodeNativeField<N: NativeEncodable>(_ value: some Encodable, as type: N.Type,
                                                       forKey key: some CodingKey, in frame: FrameHandle) throws {
        let value = reinterpret(value, as: N.self)
        let isNil = value.isNilOptional
        try writeFieldHeader(key, isNil: isNil, in: frame)
        guard !isNil else { return }
        pushPath(key)
        try value.encodeUnwrapped(to: self)
        popPath()
    }

    /// Writes `value` after a presence byte, as unkeyed and single value containers hold their
    /// values: 0 for a nil optional, or 1 then the value (an optional's wrapped value).
    func encodeMarked<T: Encodable>(_ value: T) throws {
        if let native = T.self as? any NativeEncodable.Type {
            return try encodeNativeMarked(value, as: native)
        }
        writer.writeByte(1)
        try encodeComposite(value)
    }

    private func encodeNativeMarked<N: NativeEncodable>(_ value: some Encodable, as type: N.Type) throws {
        let value = reinterpret(value, as: N.self)
        if value.isNilOptional {
            writer.writeByte(0)
        } else {
            writer.writeByte(1)
            try value.encodeUnwrapped(to: self)
        }
    }

    /// Starts a field of a keyed frame: the header with the key's number, then the key's name if
    /// this is its first use in the coding.
    func writeFieldHeader(_ key: some CodingKey, isNil: Bool, in frame: FrameHandle) throws {
        try enter(frame)
        frames[frame.index].count += 1
        let name = key.stringValue
        let nilBit: UInt64 = isNil ? 1 : 0
        if let index = keyIndices[name] {
            writer.writeVarint(UInt64(index) << 1 | nilBit)
        } else {
            let index = keyIndices.count
            keyIndices[name] = index
            writer.writeVarint(UInt64(index) << 1 | nilBit)
            writer.writeString(name)
        }
    }

    /// Starts an element of an unkeyed frame and returns its index.
    func beginElement(in frame: FrameHandle) throws -> Int {
        try enter(frame)
        frames[frame.index].count += 1
        return frames[frame.index].count - 1
    }

    /// The number of elements an unkeyed frame holds so far.
    func elementCount(in frame: FrameHandle) -> Int {
        frame.index < frames.count && frames[frame.index].id == frame.id ? frames[frame.index].count : 0
    }
}
