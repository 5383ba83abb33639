/// The stack of open containers, the coding path, and the errors for misused encoders.
extension EncodingState: CodingStack {
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
        return pushFrame(EncodingFrame(kind: kind, id: newID(), owner: owner, countOffset: countOffset, pathMark: pathMark))
    }

    /// What a container used after its frame closed was doing.
    static var staleContainerMessage: String { "a container was written to after the value it belongs to was finished" }

    /// Closes the frames from the top of the stack down to `mark` frames: writes their counts and
    /// shortens the coding path.
    func closeFrames(downTo mark: Int) throws {
        while frames.count > mark {
            let frame = frames.removeLast()
            if frame.kind != .superValue {
                writer.patchCount(frame.count, at: frame.countOffset)
            }
            trimPath(to: frame.pathMark)
        }
        if let deferredError { throw deferredError }
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
