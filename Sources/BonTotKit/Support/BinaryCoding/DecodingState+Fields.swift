/// The fields of keyed frames, read in the order they were written, and the elements of unkeyed frames.
extension DecodingState {
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
}
