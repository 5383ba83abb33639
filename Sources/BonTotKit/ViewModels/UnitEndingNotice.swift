/// The notice near the top of a dissolved or merged unit's home page and branch directory:
/// "Đảng bộ xã Long Thạnh đã sáp nhập vào Đảng bộ xã Bình Minh từ ngày 01 tháng 10 năm 2024;
/// trang này lưu lại hoạt động của đảng bộ đến thời điểm đó.", the new unit's name a link to
/// its home page.
struct UnitEndingNotice: Encodable {
    /// The words before the successor's name, or the whole sentence's start for a unit dissolved.
    var opening: String
    var successor: NavLink?
    var closing: String

    /// The notice on the page at `route` of `context`'s unit; nil when the unit exists, or is
    /// not inside a district.
    init?(_ context: PortalContext, route: Route) {
        guard let ending = context.upLink?.ending else { return nil }
        let organization = context.site.config.organization
        let date = VietnameseFormat.longDate(ending.dissolved)
        let links = context.links(from: route)
        successor = ending.successor.map {
            NavLink(label: $0.name, href: links.router.link(from: route, to: .home, in: $0.router), current: false)
        }
        opening = successor == nil ? "\(organization) đã giải thể" : "\(organization) đã sáp nhập vào "
        closing = " từ \(date); trang này lưu lại hoạt động của đảng bộ đến thời điểm đó."
    }
}
