/// A container being written: a keyed or unkeyed container with the placeholder of its count, or
/// the value of a super encoder. Frames close in stack order, when their container is finished.
struct EncodingFrame {
    let kind: FrameKind
    let id: Int
    /// The encoder whose top-level container this is; 0 for nested containers and super values.
    let owner: Int
    /// Where the one-byte count placeholder is; unused for super values.
    let countOffset: Int
    /// The length the coding path returns to when the frame closes.
    let pathMark: Int
    /// The fields or elements written so far.
    var count = 0
}
