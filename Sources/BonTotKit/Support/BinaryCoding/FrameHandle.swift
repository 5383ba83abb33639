/// Names an open container in a coding state's stack of frames: its place and its unique id, so
/// a container used after its frame closed is caught instead of reading or writing another one's.
struct FrameHandle {
    /// The frame's position in the stack.
    let index: Int
    /// The frame's id, unique within one coding.
    let id: Int
}

/// What a frame of a coding state holds.
enum FrameKind {
    /// A keyed container: a count, then fields.
    case keyed
    /// An unkeyed container: a count, then elements.
    case unkeyed
    /// The value of a super encoder or decoder: no header, only a place in the coding path.
    case superValue
}
