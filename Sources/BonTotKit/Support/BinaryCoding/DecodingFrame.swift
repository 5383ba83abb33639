/// A container being read: a keyed or unkeyed container with the fields or elements left, or the
/// value of a super decoder. Frames close in stack order, when their container is finished.
struct DecodingFrame {
    let kind: FrameKind
    let id: Int
    /// The decoder whose top-level container this is; 0 for nested containers and super values.
    let owner: Int
    /// The length the coding path returns to when the frame closes.
    let pathMark: Int
    /// The fields or elements the container holds.
    let count: Int
    /// The fields or elements not read yet.
    var remaining: Int
    /// The key number of the next field once its header is read; -1 before.
    var nextKey = -1
    /// Whether the next field's header says nil.
    var nextIsNil = false

    init(kind: FrameKind, id: Int, owner: Int, pathMark: Int, count: Int) {
        self.kind = kind
        self.id = id
        self.owner = owner
        self.pathMark = pathMark
        self.count = count
        self.remaining = count
    }
}
