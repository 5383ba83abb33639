import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The group of a web root shared by a group (`chgrp www-data`, `chmod g+s`) holding the output:
/// every folder made in it takes its set-group-ID bit and its group, and so every page its group,
/// which the web server reads by. A site built by a version of bontot that cleared the bit has
/// folders without it and pages of the clerk's group; a clean build (`build --clean`) gives them
/// the bit and the group again, where the system lets the clerk give that group.
enum SharedGroup {
    /// The group of the folder holding `output` when that folder has the set-group-ID bit; nil
    /// when it has not (no group shares it).
    static func of(output: URL) -> gid_t? {
        var info = stat()
        let parent = output.standardizedFileURL.deletingLastPathComponent().path
        guard stat(parent, &info) == 0, info.st_mode & S_ISGID != 0 else { return nil }
        return info.st_gid
    }

    /// True when this process may give a folder `group` and keep its set-group-ID bit: `group`
    /// is its own or one of its supplementary groups, or it is the administrator's. For any other
    /// group the system refuses `chown` and clears the bit at every `chmod` (the staging folder's
    /// own, `PrivateFolder`), so every folder made after takes the clerk's group.
    static func isMember(_ group: gid_t) -> Bool {
        if geteuid() == 0 || getegid() == group { return true }
        var groups = [gid_t](repeating: 0, count: Int(max(getgroups(0, nil), 0)))
        let count = getgroups(Int32(groups.count), &groups)
        return groups.prefix(Int(max(count, 0))).contains(group)
    }

    /// What a build into a web root shared by `group`, which the clerk is no member of, says
    /// once: the pages will not carry that group (the system does not let the clerk give it),
    /// so the web server may not read them; the clerk should be added to the group.
    static func notMemberWarning(_ group: gid_t) -> String {
        let groupName = getgrgid(group).map { String(cString: $0.pointee.gr_name) } ?? String(group)
        let userName = getpwuid(geteuid()).map { String(cString: $0.pointee.pw_name) } ?? String(geteuid())
        return "thư mục web dùng chung (chmod g+s) chứa thư mục kết quả thuộc nhóm '\(groupName)' mà người dùng '\(userName)' "
            + "không thuộc, nên hệ thống không cho bontot trao nhóm đó: các trang mang nhóm riêng của '\(userName)' và máy chủ web "
            + "có thể không đọc được; hãy nhờ người quản trị máy thêm '\(userName)' vào nhóm '\(groupName)' "
            + "(sudo usermod -aG \(groupName) \(userName)), đăng nhập lại rồi chạy 'bontot build --clean' một lần "
            + "/ you are not a member of the shared web root's group '\(groupName)': pages will not carry it; ask to be added"
    }

    /// Gives the folder at `path` `group` and the set-group-ID bit, keeping the rest of its mode.
    static func mend(_ path: String, group: gid_t) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if info.st_gid != group { give(path, group: group) }
        if lstat(path, &info) == 0, info.st_mode & S_ISGID == 0 { chmod(path, (info.st_mode & 0o7777) | S_ISGID) }
    }

    /// Gives the folder at `path` `group`, keeping its set-group-ID bit, which the system may
    /// clear as it changes the group; a group the clerk is no member of is quietly not given
    /// (the system refuses it).
    static func give(_ path: String, group: gid_t) {
        var before = stat(), after = stat()
        guard lstat(path, &before) == 0, chown(path, uid_t.max, group) == 0, lstat(path, &after) == 0 else { return }
        if after.st_mode & S_ISGID == 0 && before.st_mode & S_ISGID != 0 { chmod(path, (after.st_mode & 0o7777) | S_ISGID) }
    }

    /// True when the folder at `path` has the set-group-ID bit and `group`.
    static func holds(_ path: String, group: gid_t) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_ISGID != 0 && info.st_gid == group
    }

    /// What an ordinary build says, once, of a site in a web root shared by a group that has
    /// folders without the set-group-ID bit or pages of the clerk's group (built by an older
    /// version, or while the clerk was no member of the group, `notMemberWarning`): the folders
    /// it wrote into are mended, the rest only a clean build mends.
    static let lostWarning = "một số thư mục hoặc trang của thư mục kết quả không mang nhóm của thư mục web dùng chung (chmod g+s) "
        + "chứa nó (dựng bằng phiên bản bontot cũ, hoặc khi người dựng chưa thuộc nhóm đó), nên máy chủ web có thể không đọc được; bontot đã trả nhóm cho các thư mục "
        + "vừa ghi, còn các trang khác hãy chạy 'bontot build --clean' một lần để trả nhóm cho mọi trang "
        + "/ some folders or pages lost the shared web root's group; run bontot build --clean once"

    /// True when the folder at `path` and every folder in it have the set-group-ID bit, and they
    /// and every file in them the group of the folder at `mended` (`mend` gave it what the system
    /// let it). Every entry is looked at, not the top folder alone: an office that mended that
    /// one by hand (`chmod g+s dang-bo`) left the folders and pages in it as they were.
    static func holds(_ path: String, like mended: String) -> Bool {
        var model = stat()
        guard lstat(mended, &model) == 0, isShared(path, group: model.st_gid),
              let entries = FileManager.default.enumerator(atPath: path) else { return false }
        while let entry = entries.nextObject() as? String {
            if !isShared(path + "/" + entry, group: model.st_gid) { return false }
        }
        return true
    }

    /// True when the entry at `path` has `group`, and the set-group-ID bit if it is a folder.
    private static func isShared(_ path: String, group: gid_t) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_gid == group else { return false }
        return (info.st_mode & S_IFMT) != S_IFDIR || info.st_mode & S_ISGID != 0
    }
}
