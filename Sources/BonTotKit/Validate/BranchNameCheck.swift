/// Two branch files with one name (a file copied under a new id and never renamed inside, or
/// one cell entered twice): the directory and the ranking would list two rows a reader cannot
/// tell apart, and a score table naming the branch by its name could not say which. A warning
/// in each file, naming every file that gives the name, compared as `Slug.fold` compares them
/// (any case, with or without diacritics), from the top site (the site lying in `siteFolder`).
enum BranchNameCheck {
    static func check(_ branches: [Branch], siteFolder: String = "", sink: DiagnosticSink) {
        let byName = Dictionary(grouping: branches, by: { Slug.fold($0.name) })
        for (_, group) in byName where group.count > 1 {
            let files = group.map { siteFolder + $0.source.file }.sorted()
            let list = files.joined(separator: ", ")
            let name = group[0].name
            for branch in group {
                sink.warning(branch.source, field: "name",
                             "\(VietnameseFormat.count(group.count)) chi bộ cùng tên '\(name)': \(list); danh sách và bảng xếp hạng sẽ có "
                             + "\(group.count) dòng cùng tên. Hãy sửa 'name' cho đúng chi bộ, hoặc xoá tệp chép thừa "
                             + "/ \(group.count) branches are named '\(name)': \(list)")
            }
        }
    }
}
