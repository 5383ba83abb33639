/// What the decoders and containers of one `BinaryDecoder.decode` call share: the input, the key
/// names read so far, the stack of open containers and the coding path.
///
/// The input is read front to back once, so a container's fields and elements are read in the
/// order they were written, and all of them, before the parent's next ones: as synthesized
/// `Codable` does. A container finished with fields or elements unread is an error.
///
/// One coding runs on one thread and never holds overlapping accesses to the state, so the
/// stored properties skip the runtime's exclusivity checks, which took a fifth of the time.
final class DecodingState {
    /// The input and the position in it.
    @exclusivity(unchecked) var reader: ByteReader
    /// Where the name of each key number is in the input.
    @exclusivity(unchecked) var keyNames: [Range<Int>] = []
    /// The open containers, innermost last.
    @exclusivity(unchecked) var frames: [DecodingFrame] = []
    /// The last number `newID()` handed out.
    @exclusivity(unchecked) var lastID = 0
    /// How many values read through `init(from:)` are open, one inside the other.
    @exclusivity(unchecked) private var depth = 0
    /// The keys from the top-level value to the one being read; on an error, to where it happened.
    @exclusivity(unchecked) var path: [any CodingKey] = []
    /// A problem found where nothing can be thrown (`allKeys`, `contains`), thrown at the next chance.
    @exclusivity(unchecked) var deferredError: (any Error)?

    /// The deepest nesting of values read: damaged data cannot make decoding recurse until the
    /// stack overflows.
    static let maximumDepth = 512

    /// A state reading from `reader`, with room for a small coding's keys and nesting.
    init(reader: ByteReader) {
        self.reader = reader
        keyNames.reserveCapacity(32)
        frames.reserveCapacity(8)
        path.reserveCapacity(8)
    }

    /// Reads a whole coding: the version byte, the value, and nothing after it.
    func decodeCoding<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            let version = try reader.readByte()
            guard version == BinaryFormat.version else {
                throw ByteReader.Failure("the data is in binary format version \(version), not \(BinaryFormat.version)")
            }
            let value = try decodeValue(T.self)
            try closeFrames(downTo: 0)
            guard reader.remaining == 0 else { throw ByteReader.Failure("\(reader.remaining) bytes follow the value") }
            return value
        } catch let failure as ByteReader.Failure {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: path, debugDescription: failure.description))
        }
    }

    /// Stops reading: the input may go away, so any later use of a container fails.
    func finish() {
        reader = ByteReader(UnsafeBufferPointer(start: nil, count: 0))
        frames.removeAll()
    }

    /// Reads a value: primitives, optionals and collections in their own form, any other value
    /// through its `init(from:)`.
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return reinterpret(try reader.readString(), as: T.self) }
        if T.self == Int.self { return reinterpret(try Int.read(from: &reader), as: T.self) }
        if let native = T.self as? any NativeDecodable.Type { return try decodeNatively(native, as: T.self) }
        return try decodeComposite(T.self)
    }

    private func decodeNatively<N: NativeDecodable, T>(_ native: N.Type, as type: T.Type) throws -> T {
        reinterpret(try N.decodeNatively(from: self), as: T.self)
    }

    /// Reads a value through its `init(from:)`, then closes the containers it opened. A value that
    /// reads nothing must have written nothing: an empty keyed container.
    func decodeComposite<T: Decodable>(_ type: T.Type) throws -> T {
        depth += 1
        guard depth <= Self.maximumDepth else { throw ByteReader.Failure("values nest more than \(Self.maximumDepth) deep") }
        let mark = frames.count
        let start = reader.position
        let value = try T(from: ValueDecoder(state: self, owner: newID(), start: start, pathLength: path.count))
        try closeFrames(downTo: mark)
        if reader.position == start {
            let count = try reader.readByte()
            guard count == 0 else { throw ByteReader.Failure("a \(T.self) read none of the \(count) fields it was written with") }
        }
        depth -= 1
        return value
    }

    /// Reads the value of the field `key`, whose header is read: nil, which only an optional may
    /// be, or the value (an optional's wrapped value).
    func decodeField<T: Decodable>(_ type: T.Type, forKey key: some CodingKey, isNil: Bool) throws -> T {
        pushPath(key)
        let value = try decodeSlot(T.self, isNil: isNil)
        popPath()
        return value
    }

    /// Reads a value after its presence byte, as unkeyed and single value containers hold their
    /// values: 0 for nil, which only an optional may be, or 1 then the value (an optional's
    /// wrapped value).
    func decodeMarked<T: Decodable>(_ type: T.Type) throws -> T {
        try decodeSlot(T.self, isNil: try readPresence())
    }

    /// Reads a primitive after its presence byte, which must say present.
    func decodeMarkedPrimitive<P: BinaryPrimitive>(_ type: P.Type) throws -> P {
        guard try !readPresence() else { throw valueNotFound(P.self) }
        return try P.read(from: &reader)
    }

    /// Reads a presence byte: whether it says nil.
    func readPresence() throws -> Bool {
        switch try reader.readByte() {
        case 0: return true
        case 1: return false
        case let byte: throw ByteReader.Failure("a presence byte is \(byte), not 0 or 1")
        }
    }

    private func decodeSlot<T: Decodable>(_ type: T.Type, isNil: Bool) throws -> T {
        if let native = T.self as? any NativeDecodable.Type {
            return try decodeNativeSlot(native, as: T.self, isNil: isNil)
        }
        guard !isNil else { throw valueNotFound(T.self) }
        return try decodeComposite(T.self)
    }

    private func decodeNativeSlot<N: NativeDecodable, T>(_ native: N.Type, as type: T.Type, isNil: Bool) throws -> T {
        if isNil {
            guard let none = N.nilOptional else { throw valueNotFound(T.self) }
            return reinterpret(none, as: T.self)
        }
        return reinterpret(try N.decodeUnwrapped(from: self), as: T.self)
    }

    /// Reads a primitive value, adding `key` to the coding path of the error if it cannot.
    func readPrimitive<P: BinaryPrimitive>(_ type: P.Type, forKey key: some CodingKey) throws -> P {
        do {
            return try P.read(from: &reader)
        } catch {
            path.append(key)
            throw error
        }
    }
}
