/// One item under the minutes' "Nghị quyết" heading, with the items nested under it ("a) Chi ủy
/// chuẩn bị phiếu đánh giá" under "1. Hoàn thành đánh giá…", a list level deeper or typed with a
/// letter under a number): those are part of the resolution, not resolutions of their own. A
/// task under a group heading ("- Tiếp tục kiện toàn tổ đảng…" under "1. Về công tác xây dựng
/// Đảng:") is a resolution of its own, the heading its group.
struct ResolutionItem: Equatable, ExpressibleByStringLiteral {
    /// The item's own words.
    var text: String
    /// The items nested under it, in order.
    var subItems: [String] = []
    /// The words of the group heading it is under ("Về công tác xây dựng Đảng", without the
    /// colon), nil for an item under none.
    var group: String?
    /// The words of its deadline cell, in a table of resolutions ("30/9/2024", "Thường xuyên":
    /// `ResolutionTable`): its deadline when they hold a date, otherwise kept after its text.
    var deadline: String?

    init(text: String, subItems: [String] = [], group: String? = nil, deadline: String? = nil) {
        self.text = text
        self.subItems = subItems
        self.group = group
        self.deadline = deadline
    }

    init(stringLiteral text: String) {
        self.init(text: text)
    }

    /// The resolution as the front matter writes it: its group's words first ("Về công tác xây
    /// dựng Đảng: Phân công đảng viên phụ trách hộ"), so that a task read alone in the bulletin
    /// still says what it is about; then the item, then its sub-items after a colon ("Ra quân
    /// dọn vệ sinh: Tổ 1 phụ trách ngõ 15; Tổ 2 phụ trách ngõ 17"), so that what each part is to
    /// do, and by when, stays with the resolution.
    var fullText: String {
        let own = subItems.isEmpty ? text : text + (text.hasSuffix(":") ? " " : ": ") + subItems.joined(separator: "; ")
        guard let group else { return own }
        return group + ": " + own
    }

    /// The same item with `transform` applied to every piece of its text.
    func mapText(_ transform: (String) -> String) -> ResolutionItem {
        ResolutionItem(text: transform(text), subItems: subItems.map(transform), group: group.map(transform), deadline: deadline.map(transform))
    }
}
