/// Pages whose path Windows cannot hold once the portal is copied to a shared folder: Explorer
/// refuses a path of more than 259 characters (`MAX_PATH`), and leaves the page behind. A
/// story's slug folded from a long title ("Đảng bộ phường … lãnh đạo thực hiện thắng lợi Nghị
/// quyết Đại hội …, gắn với việc đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ
/// Chí Minh", 200 characters) makes one, which nothing else would show.
extension RouteCheck {
    /// The longest path Windows takes, in characters.
    static let windowsLongestPath = 259

    /// What the portal being built is assumed to sit under on Windows: a shared folder
    /// (`\\server\share\Cong thong tin\`, 30 characters) and, should it be copied into the
    /// portal of the committee above as one of its units, its folder there
    /// (`don-vi\phuong-thanh-lam\`, 30 characters allowed). The folders of a unit inside the
    /// portal being built (`don-vi\giong-rieng\don-vi\xa-a\` in a province's) are counted as they
    /// are, however many levels deep.
    static let windowsFolderAbove = 60

    /// A warning when the claim's page, from the root of the portal being built (its site's
    /// folders in it included), is longer than `windowsLongestPath` less `windowsFolderAbove`;
    /// nil when not, or when one of its names is too long for any file system (`overlongName`,
    /// an error already).
    static func overlongWindowsPath(of claim: RouteClaim) -> Diagnostic? {
        let longest = windowsLongestPath - windowsFolderAbove
        // Nearly every path is far shorter: told by its names' lengths (each with its `/`), without
        // making the path of each of a large site's 40,000 pages at every build.
        let names = claim.router.prefixFolders + claim.route.components.map(\.name)
        guard names.reduce(Route.pageFileName.utf16.count, { $0 + $1.utf16.count + 1 }) > longest else { return nil }
        let file = claim.router.file(claim.route)
        guard file.utf16.count > longest, overlongName(of: claim) == nil else { return nil }
        let value = claim.route.components.last { if case .value = $0 { return true } else { return false } }?.name ?? ""
        let shortest = max(1, value.utf16.count - (file.utf16.count - longest))
        let (fix, fixEn) = switch claim.route.kind {
        case .story: ("hãy ghi 'slug:' ngắn hơn, tối đa \(shortest) ký tự", "write a 'slug:' of \(shortest) characters at most")
        case .storyTag: ("hãy ghi chủ đề ngắn hơn, tối đa \(shortest) ký tự", "write a tag of \(shortest) characters at most")
        default: ("hãy đặt tên tệp ngắn hơn, tối đa \(shortest) ký tự", "give the file a name of \(shortest) characters at most")
        }
        return .warning(at: claim.location, field: claim.field,
                        "đường dẫn trang '\(file.prefix(60))…' dài \(file.utf16.count) ký tự: chép vào thư mục dùng chung của Windows "
                        + "(\\\\server\\share\\Cong thong tin\\), trong cổng của cấp trên (don-vi\\<đơn vị>\\), trang sẽ vượt "
                        + "\(windowsLongestPath) ký tự Windows cho phép và bị bỏ lại; \(fix) / the page's path is \(file.utf16.count) "
                        + "characters long: under a Windows share, inside the portal above, it would pass Windows' limit; \(fixEn)")
    }
}
