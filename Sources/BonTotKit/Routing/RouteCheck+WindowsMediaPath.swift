/// Media files whose path in the portal Windows cannot hold once the portal is copied to a shared
/// folder: a clerk's folder and photo named in full (`media/Hội nghị tổng kết công tác xây dựng
/// Đảng và hệ thống chính trị năm 2024/Ảnh đoàn chủ tịch …jpg`) passes the 259 characters of a
/// path Explorer takes, as a long slug does (`overlongWindowsPath`), and the photo is left behind.
extension RouteCheck {
    /// A warning on the media file at `path` (from `content/`, `media/…`) when its copy in the
    /// portal, placed by `router` (a unit's folders counted), leaves less than
    /// `windowsFolderAbove` for the share and the portal above; nil when not.
    static func overlongWindowsPath(ofMedia path: String, router: Router) -> Diagnostic? {
        let longest = windowsLongestPath - windowsFolderAbove
        let file = router.file(.media(path))
        guard file.utf16.count > longest else { return nil }
        let excess = file.utf16.count - longest
        return .warning(at: SourceLocation(file: "content/" + path), field: nil,
                        "tệp media ở '\(file.prefix(60))…' trong cổng, đường dẫn dài \(file.utf16.count) ký tự: chép vào thư mục "
                        + "dùng chung của Windows (\\\\server\\share\\Cong thong tin\\), trong cổng của cấp trên (don-vi\\<đơn vị>\\), "
                        + "đường dẫn sẽ vượt \(windowsLongestPath) ký tự Windows cho phép và tệp bị bỏ lại; hãy đặt tên tệp hoặc thư "
                        + "mục chứa nó ngắn hơn, bớt ít nhất \(excess) ký tự / the media file's path in the portal is "
                        + "\(file.utf16.count) characters long: under a Windows share, inside the portal above, it would pass "
                        + "Windows' limit; shorten its name or its folder's by \(excess) characters at least")
    }
}
