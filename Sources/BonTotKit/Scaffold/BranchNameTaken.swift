import Foundation

/// `bontot new branch --name "…"` without `--id`, for a name that a branch of the site already
/// has under another id ("Chi bộ ấp Hòa Thạnh" in `ap-hoa-thanh.yaml`, while the name folds to
/// `chi-bo-ap-hoa-thanh`): refused. The twin it wrote showed the branch twice in every list and
/// ranking, and made the score sheet naming the branch by its name an error (the name now two
/// branches'). The refusal names the file holding the name, and `--id` for another branch that
/// truly has the same name.
enum BranchNameTaken {
    /// The refusal of a branch named `name` in the site at `siteRoot`, whose folder is named
    /// `siteFolder` from where bontot runs; nil when no branch file of the site has that name
    /// (compared folded, "Chi bộ" in front or not).
    static func refusal(name: String, siteRoot: URL, siteFolder: String) -> NewContent.Refusal? {
        let wanted = comparable(name)
        guard !wanted.isEmpty else { return nil }
        let folder = siteRoot.appending(path: "content/branches")
        let files = SiteReader.files(in: folder, recursive: false, within: folder)
            .filter { ["yaml", "yml", "md"].contains($0.pathExtension.lowercased()) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        for (file, branch) in SiteDecoder.branchesAlone(files) where comparable(branch.name) == wanted {
            let named = siteFolder + "content/branches/" + file.lastPathComponent
            return NewContent.Refusal(
                description: "đã có chi bộ '\(branch.name)' (\(named), mã '\(branch.id)'); không tạo thêm một hồ sơ cùng tên. "
                    + "Nếu là chi bộ này, hãy sửa tệp đã có; nếu là một chi bộ khác cùng tên, hãy ghi mã của nó bằng --id "
                    + "/ a branch named '\(branch.name)' exists (\(named)): not made twice; give --id for another branch of that name",
                existingFile: named)
        }
        return nil
    }

    /// A branch's name as two names are compared: folded, without "Chi bộ" in front.
    private static func comparable(_ name: String) -> String {
        let folded = Slug.fold(name)
        return folded.hasPrefix("chi-bo-") ? String(folded.dropFirst("chi-bo-".count)) : folded
    }
}
