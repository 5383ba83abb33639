import Foundation

/// What a `--unit ID` build may replace. A build replaces its output folder whole, and a unit's
/// build holds that unit alone (`don-vi/<id>/`): run over the district's published portal (the
/// default `output/`), or over a folder where another unit was built, it would delete the
/// district's pages, the other units and their PDFs. Refused unless `--force`.
enum UnitBuildOutput {
    /// Why `bontot build --unit unit` may not replace `output`, or nil when the folder is missing
    /// or holds only that unit's earlier build.
    static func refusal(_ output: URL, unit: String) -> String? {
        let folders = Router().unit(unit).prefixFolders
        guard let unitsFolder = folders.first else { return nil }
        let top = visibleEntries(output)
        let district = top.filter { $0 != unitsFolder }
        // `don-vi/` of a district's build holds its units' folders and its own page of units.
        let units = output.appending(path: unitsFolder)
        let otherUnits = top.contains(unitsFolder)
            ? visibleEntries(units).filter { $0 != unit && isFolder(units.appending(path: $0)) } : []
        guard !district.isEmpty || !otherUnits.isEmpty else { return nil }
        var held: [String] = []
        if !district.isEmpty {
            held.append(top.contains(Router().file(.home)) ? "trang của cả huyện (\(Router().file(.home)), …)"
                                                         : "\(VietnameseFormat.number(district.count)) mục khác (\(district.prefix(3).joined(separator: ", ")))")
        }
        if !otherUnits.isEmpty {
            held.append("kết quả dựng của đơn vị " + otherUnits.map { "'\($0)'" }.joined(separator: ", "))
        }
        return "thư mục kết quả '\(output.path)' đang giữ \(held.joined(separator: " và ")); "
            + "'bontot build --unit \(unit)' thay cả thư mục bằng riêng đơn vị '\(unit)' nên sẽ xóa chúng. "
            + "Hãy dựng đơn vị vào một thư mục riêng (--output ket-qua-\(unit)), hoặc dựng lại cả trang bằng 'bontot build' "
            + "(chỉ đơn vị có thay đổi được dựng lại); thêm --force nếu chắc chắn muốn thay "
            + "/ the output holds the district's portal or other units' builds, which a --unit build would delete"
    }

    private static func isFolder(_ url: URL) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &folder) && folder.boolValue
    }

    /// The names in `folder` but hidden ones (the output's marker), sorted; none when it is missing.
    private static func visibleEntries(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }
}
