/// The stack of open containers, the coding path, and the errors that name where decoding failed.
extension DecodingState: CodingStack {
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
        return pushFrame(DecodingFrame(kind: kind, id: newID(), owner: owner, pathMark: pathMark, count: count))
    }

    /// What a container used after its frame closed was doing.
    static var staleContainerMessage: String { "a container was read after the value it belongs to was finished" }

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
            trimPath(to: frame.pathMark)
        }
        if let deferredError { throw deferredError }
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
