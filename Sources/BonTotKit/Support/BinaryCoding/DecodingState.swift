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
    @exclusivity(unchecked) var reader: ByteReader
    /// Where the name of each key number is in the input.
    @exclusivity(unchecked) private var keyNames: [Range<Int>] = []
    @exclusivity(unchecked) private var frames: [DecodingFrame] = []
    @exclusivity(unchecked) private var lastID = 0
    /// How many values read through `init(from:)` are open, one inside the other.
    @exclusivity(unchecked) private var depth = 0
    @exclusivity(unchecked) private(set) var path: [any CodingKey] = []
    /// A problem found where nothing can be thrown (`allKeys`, `contains`), thrown at the next chance.
    @exclusivity(unchecked) private var deferredError: (any Error)?

    /// The deepest nesting of values read: damaged data cannot make decoding recurse until the
    /// stack overflows.
    static let maximumDepth = 512

    init(reader: ByteReader) {
        self.reader = reader
        keyNames.reserveCapacity(32)
        frames.reserveCapacity(8)
        path.reserveCapacity(8)
    }

    /// A number not used before in this decoding, for frames and decoders.
    func newID() -> Int {
        lastID += 1
        return lastID
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

    // MARK: Values

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

    // MARK: Fields

    /// The key number of the next field of a keyed frame, reading its header once; nil when every
    /// field is read.
    func nextField(in frame: FrameHandle) throws -> Int? {
        try enter(frame)
        guard frames[frame.index].remaining > 0 else { return nil }
        if frames[frame.index].nextKey < 0 {
            let header = try reader.readVarint()
            let number = header >> 1
            if number == UInt64(keyNames.count) {
                keyNames.append(try reader.readRange())
            } else if number > UInt64(keyNames.count) {
                throw ByteReader.Failure("a field has key number \(number), but only \(keyNames.count) keys are named")
            }
            frames[frame.index].nextKey = Int(number)
            frames[frame.index].nextIsNil = header & 1 == 1
        }
        return frames[frame.index].nextKey
    }

    /// Whether the next field of a keyed frame is `key`.
    func nextFieldIs(_ key: some CodingKey, in frame: FrameHandle) throws -> Bool {
        guard let number = try nextField(in: frame) else { return false }
        return name(number, matches: key)
    }

    /// Whether the next field of a keyed frame, already found by `nextField`, is nil.
    func nextFieldIsNil(in frame: FrameHandle) -> Bool {
        frames[frame.index].nextIsNil
    }

    /// Reads past the header of the next field, which must be `key`; returns whether it is nil.
    func takeField(_ key: some CodingKey, in frame: FrameHandle) throws -> Bool {
        guard let number = try nextField(in: frame) else {
            throw keyNotFound(key, "every field of the container is read")
        }
        guard name(number, matches: key) else {
            throw keyNotFound(key, "the next field is “\(keyName(number))”: fields are read in the order they were written")
        }
        return skipField(in: frame)
    }

    /// Reads past the header of the next field when it is `key`, and returns whether it is nil;
    /// nil when the next field is another key or there is none.
    func takeFieldIfNext(_ key: some CodingKey, in frame: FrameHandle) throws -> Bool? {
        guard try nextFieldIs(key, in: frame) else { return nil }
        return skipField(in: frame)
    }

    /// Reads past the header of the next field, already found by `nextField`; returns whether it is nil.
    func skipField(in frame: FrameHandle) -> Bool {
        frames[frame.index].remaining -= 1
        frames[frame.index].nextKey = -1
        return frames[frame.index].nextIsNil
    }

    /// The key of the next field of a keyed frame, for `allKeys`; nil when there is none.
    func nextKey<Key: CodingKey>(_ type: Key.Type, in frame: FrameHandle) -> Key? {
        do {
            return try nextField(in: frame).flatMap { Key(stringValue: keyName($0)) }
        } catch {
            deferredError = deferredError ?? error
            return nil
        }
    }

    /// The name of key number `number`.
    func keyName(_ number: Int) -> String {
        reader.string(in: keyNames[number]) ?? ""
    }

    private func name(_ number: Int, matches key: some CodingKey) -> Bool {
        var name = key.stringValue
        return name.withUTF8 { reader.bytes(in: keyNames[number], equal: $0) }
    }

    // MARK: Elements

    /// Takes the next element of an unkeyed frame and returns its index.
    func takeElement(_ type: Any.Type, in frame: FrameHandle) throws -> Int {
        try enter(frame)
        guard frames[frame.index].remaining > 0 else {
            throw DecodingError.valueNotFound(type, DecodingError.Context(
                codingPath: path, debugDescription: "every element of the unkeyed container is read"))
        }
        frames[frame.index].remaining -= 1
        return frames[frame.index].count - frames[frame.index].remaining - 1
    }

    /// Takes the next element of an unkeyed frame if it is nil (the byte 0).
    func takeNilElement(in frame: FrameHandle) throws -> Bool {
        try enter(frame)
        guard frames[frame.index].remaining > 0 else {
            throw DecodingError.valueNotFound(Any?.self, DecodingError.Context(
                codingPath: path, debugDescription: "every element of the unkeyed container is read"))
        }
        guard reader.peekByte() == 0 else { return false }
        _ = try reader.readByte()
        frames[frame.index].remaining -= 1
        return true
    }

    /// The count and elements left of an unkeyed frame; nil, and an error for later, when it is closed.
    func elements(in frame: FrameHandle) -> (count: Int, remaining: Int)? {
        guard frame.index < frames.count, frames[frame.index].id == frame.id else {
            deferredError = deferredError ?? misuse("an unkeyed container was used after its value was finished")
            return nil
        }
        return (frames[frame.index].count, frames[frame.index].remaining)
    }

    // MARK: Frames

    /// The top-level container of the value `owner` decodes: a new frame, or the one it opened
    /// before (a subclass and its superclass share their decoder's container).
    func rootFrame(_ kind: FrameKind, owner: Int, start: Int) throws -> FrameHandle {
        if reader.position != start {
            guard let index = frames.lastIndex(where: { $0.owner == owner }) else {
                throw misuse("a decoder was asked for a container after later values were read")
            }
            guard frames[index].kind == kind else { throw misuse("a value asked its decoder for two kinds of container") }
            return FrameHandle(index: index, id: frames[index].id)
        }
        return try openFrame(kind, owner: owner)
    }

    /// Opens a nested container or super value, the field `key` of a keyed frame.
    func openField(_ kind: FrameKind, forKey key: some CodingKey, in frame: FrameHandle) throws -> FrameHandle {
        guard try !takeField(key, in: frame) else { throw valueNotFound(Any.self, forKey: key) }
        return try openFrame(kind, owner: 0, key: key)
    }

    /// Opens a nested container or super value, the next element of an unkeyed frame, after its
    /// presence byte.
    func openElement(_ kind: FrameKind, in frame: FrameHandle) throws -> FrameHandle {
        let index = try takeElement(Any.self, in: frame)
        guard try !readPresence() else { throw valueNotFound(Any.self, forKey: IndexKey(index)) }
        return try openFrame(kind, owner: 0, key: IndexKey(index))
    }

    private func openFrame(_ kind: FrameKind, owner: Int, key: (any CodingKey)? = nil) throws -> FrameHandle {
        let count = kind == .superValue ? 0 : try reader.readCount()
        let pathMark = path.count
        if let key { path.append(key) }
        let id = newID()
        frames.append(DecodingFrame(kind: kind, id: id, owner: owner, pathMark: pathMark, count: count))
        return FrameHandle(index: frames.count - 1, id: id)
    }

    /// Closes the frames above `frame`, which are finished, and checks `frame` is still open.
    @inline(__always)
    private func enter(_ frame: FrameHandle) throws {
        if frame.index != frames.count - 1 || frames[frame.index].id != frame.id || deferredError != nil {
            try enterSlowly(frame)
        }
    }

    private func enterSlowly(_ frame: FrameHandle) throws {
        if let deferredError { throw deferredError }
        guard frame.index < frames.count, frames[frame.index].id == frame.id else {
            throw misuse("a container was read after the value it belongs to was finished")
        }
        try closeFrames(downTo: frame.index + 1)
    }

    /// Closes the frames from the top of the stack down to `mark` frames, each of which must be
    /// read whole, and shortens the coding path.
    func closeFrames(downTo mark: Int) throws {
        while frames.count > mark {
            let frame = frames[frames.count - 1]
            guard frame.remaining == 0 else {
                let what = frame.kind == .keyed ? "fields" : "elements"
                throw DecodingError.dataCorrupted(DecodingError.Context(
                    codingPath: path,
                    debugDescription: "a container was finished with \(frame.remaining) of its \(frame.count) \(what) unread"))
            }
            frames.removeLast()
            if path.count > frame.pathMark {
                path.removeSubrange(frame.pathMark...)
            }
        }
        if let deferredError { throw deferredError }
    }

    // MARK: Coding path and errors

    /// Adds a key to the coding path while a value under it is read.
    func pushPath(_ key: some CodingKey) {
        path.append(key)
    }

    /// Removes the last key of the coding path.
    func popPath() {
        path.removeLast()
    }

    /// The first `length` keys of the coding path.
    func codingPath(_ length: Int) -> [any CodingKey] {
        Array(path.prefix(length))
    }

    /// Keeps a problem found where nothing can be thrown, for the next throwing call.
    func deferError(_ error: any Error) {
        deferredError = deferredError ?? error
    }

    /// The error for a field that is missing or out of order.
    func keyNotFound(_ key: some CodingKey, _ message: String) -> DecodingError {
        .keyNotFound(key, DecodingError.Context(codingPath: path, debugDescription: message))
    }

    /// The error for a nil field read as a value that cannot be nil.
    func valueNotFound(_ type: Any.Type, forKey key: some CodingKey) -> DecodingError {
        .valueNotFound(type, DecodingError.Context(codingPath: path + [key], debugDescription: "the field is nil"))
    }

    /// The error for a nil value, at the current coding path, read as a type that cannot be nil.
    func valueNotFound(_ type: Any.Type) -> DecodingError {
        .valueNotFound(type, DecodingError.Context(codingPath: path, debugDescription: "the value is nil"))
    }

    /// The error for a misuse of the decoders, at the current coding path.
    func misuse(_ message: String) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: path, debugDescription: message))
    }
}
