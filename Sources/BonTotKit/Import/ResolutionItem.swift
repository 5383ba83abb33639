/// One item under the minutes' "Nghị quyết" heading, with the items nested under it ("a) Chi ủy
/// chuẩn bị phiếu đánh giá" under "1. Hoàn thành đánh giá…", a list level deeper or typed with a
/// letter under a number): those are part of the resolution, not resolutions of their own.
struct ResolutionItem: Equatable, ExpressibleByStringLiteral {
    /// The item's own words.
    var text: String
    /// The items nested under it, in order.
    var subItems: [String] = []

    init(text: String, subItems: [String] = []) {
        self.text = text
        self.subItems = subItems
    }

    init(stringLiteral text: String) {
        self.init(text: text)
    }

    /// The resolution as the front matter writes it: the item, then its sub-items after a colon
    /// ("Ra quân dọn vệ sinh: Tổ 1 phụ trách ngõ 15; Tổ 2 phụ trách ngõ 17"), so that what each
    /// part is to do, and by when, stays with the resolution.
    var fullText: String {
        guard !subItems.isEmpty else { return text }
        return text + (text.hasSuffix(":") ? " " : ": ") + subItems.joined(separator: "; ")
    }
}
