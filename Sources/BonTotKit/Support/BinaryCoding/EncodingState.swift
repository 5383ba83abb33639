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
    @exclusivity(unchecked) var writer = ByteWriter()
    @exclusivity(unchecked) private var keyIndices: [String: Int] = [:]
    @exclusivity(unchecked) private var frames: [EncodingFrame] = []
    @exclusivity(unchecked) private var lastID = 0
    @exclusivity(unchecked) private(set) var path: [any CodingKey] = []
    /// A misuse found where nothing can be thrown (asking for a container), thrown at the next chance.
    @exclusivity(unchecked) private var deferredError: (any Error)?

    init() {
        writer.reserve(1024)
        frames.reserveCapacity(8)
        path.reserveCapacity(8)
    }

    /// A number not used before in this coding, for frames and encoders.
    func newID() -> Int {
        lastID += 1
        return lastID
    }

    // MARK: Values

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

    // MARK: Frames

    /// The top-level container of the value `owner` encodes: a new frame, or the one it opened
    /// before (a subclass and its superclass share their encoder's container).
    func rootFrame(_ kind: FrameKind, owner: Int, start: Int) -> FrameHandle {
        if writer.count != start {
            if let index = frames.lastIndex(where: { $0.owner == owner }) {
                if frames[index].kind == kind { return FrameHandle(index: index, id: frames[index].id) }
                deferError("a value asked its encoder for two kinds of container")
            } else {
                deferError("an encoder was asked for a container after later values were written")
            }
        }
        return openFrame(kind, owner: owner)
    }

    /// Starts a nested container or super value as the field `key` of a keyed frame.
    func openField(_ kind: FrameKind, forKey key: some CodingKey, in frame: FrameHandle) -> FrameHandle {
        do {
            try writeFieldHeader(key, isNil: false, in: frame)
        } catch {
            deferredError = deferredError ?? error
        }
        return openFrame(kind, owner: 0, key: key)
    }

    /// Starts a nested container or super value as the next element of an unkeyed frame, after
    /// its presence byte.
    func openElement(_ kind: FrameKind, in frame: FrameHandle) -> FrameHandle {
        var index = 0
        do {
            index = try beginElement(in: frame)
        } catch {
            deferredError = deferredError ?? error
        }
        writer.writeByte(1)
        return openFrame(kind, owner: 0, key: IndexKey(index))
    }

    private func openFrame(_ kind: FrameKind, owner: Int, key: (any CodingKey)? = nil) -> FrameHandle {
        let pathMark = path.count
        if let key { path.append(key) }
        let countOffset = kind == .superValue ? -1 : writer.reserveCount()
        let id = newID()
        frames.append(EncodingFrame(kind: kind, id: id, owner: owner, countOffset: countOffset, pathMark: pathMark))
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
            throw misuse("a container was written to after the value it belongs to was finished")
        }
        try closeFrames(downTo: frame.index + 1)
    }

    /// Closes the frames from the top of the stack down to `mark` frames: writes their counts and
    /// shortens the coding path.
    func closeFrames(downTo mark: Int) throws {
        while frames.count > mark {
            let frame = frames.removeLast()
            if frame.kind != .superValue {
                writer.patchCount(frame.count, at: frame.countOffset)
            }
            if path.count > frame.pathMark {
                path.removeSubrange(frame.pathMark...)
            }
        }
        if let deferredError { throw deferredError }
    }

    // MARK: Coding path and errors

    /// Adds a key to the coding path while a value under it is written.
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

    /// The error for a misuse of the encoders, at the current coding path.
    func misuse(_ message: String) -> EncodingError {
        EncodingError.invalidValue((), EncodingError.Context(codingPath: path, debugDescription: message))
    }

    /// Keeps a misuse found where nothing can be thrown, for the next throwing call.
    func deferError(_ message: String) {
        deferredError = deferredError ?? misuse(message)
    }
}
