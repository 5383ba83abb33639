/// What the encoding and decoding states share: a stack of open containers (frames), the coding
/// path, the ids that tell frames apart, and a problem kept for the next throwing call.
///
/// Only `EncodingState` and `DecodingState` conform; the methods here are generic over them and
/// are specialized for each, so the hot paths call them directly.
protocol CodingStack: AnyObject {
    associatedtype Frame: StackFrame
    associatedtype Misuse: Error

    /// The open containers, innermost last.
    var frames: [Frame] { get set }
    /// The keys from the top-level value to the one being coded.
    var path: [any CodingKey] { get set }
    /// The last number `newID()` handed out.
    var lastID: Int { get set }
    /// A problem found where nothing can be thrown, thrown at the next chance.
    var deferredError: (any Error)? { get }

    /// What a container used after its frame closed was doing: read, or written to.
    static var staleContainerMessage: String { get }

    /// The error for a misuse of the containers, at the current coding path.
    func misuse(_ message: String) -> Misuse

    /// Closes the frames from the top of the stack down to `mark` frames.
    func closeFrames(downTo mark: Int) throws
}

/// A frame of a `CodingStack`: what the stack needs of it to check and close it.
protocol StackFrame {
    /// The frame's id, unique within one coding.
    var id: Int { get }
    /// The length the coding path returns to when the frame closes.
    var pathMark: Int { get }
}

extension DecodingFrame: StackFrame {}
extension EncodingFrame: StackFrame {}

extension CodingStack {
    /// A number not used before in this coding, for frames and coders.
    func newID() -> Int {
        lastID += 1
        return lastID
    }

    /// Puts `frame` on top of the stack and returns its handle.
    func pushFrame(_ frame: Frame) -> FrameHandle {
        frames.append(frame)
        return FrameHandle(index: frames.count - 1, id: frame.id)
    }

    /// Closes the frames above `frame`, which are finished, and checks `frame` is still open.
    @inline(__always)
    func enter(_ frame: FrameHandle) throws {
        if frame.index != frames.count - 1 || frames[frame.index].id != frame.id || deferredError != nil {
            try enterSlowly(frame)
        }
    }

    private func enterSlowly(_ frame: FrameHandle) throws {
        if let deferredError { throw deferredError }
        guard frame.index < frames.count, frames[frame.index].id == frame.id else {
            throw misuse(Self.staleContainerMessage)
        }
        try closeFrames(downTo: frame.index + 1)
    }

    /// Shortens the coding path to `mark` keys, as a closing frame does.
    func trimPath(to mark: Int) {
        if path.count > mark {
            path.removeSubrange(mark...)
        }
    }

    /// Adds a key to the coding path while a value under it is coded.
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
}
