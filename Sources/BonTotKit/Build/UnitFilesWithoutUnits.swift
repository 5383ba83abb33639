import Foundation

/// A site with the files of a district (`content/unit-rubric.yaml`, `content/unit-rubrics/`,
/// `content/unit-evaluations/`)
/// whose `site.yaml` lists no `units:`, most often because the key is misspelt (`unit:`), which
/// is only a warning of an unknown field: the portal would be built without any of its units,
/// and the units' scores left unread. An error, at the misspelt key when there is one.
enum UnitFilesWithoutUnits {
    /// The error for the site at `root`, whose `site.yaml` listed no unit and whose own
    /// diagnostics are `diagnostics`; nil when it has no district files or when `units:` was
    /// written and its entries are reported already. The files are named from the top site, the
    /// site lying in `siteFolder`.
    static func error(root: URL, siteFolder: String = "", diagnostics: [Diagnostic]) -> Diagnostic? {
        let manager = FileManager.default
        let files = [UnitEvaluationsDecoder.rubricPath, RubricHistoryDecoder.unitFolder + "/",
                     UnitEvaluationsDecoder.evaluationsFolder + "/"].filter {
            manager.fileExists(atPath: root.appending(path: $0).path)
        }
        guard !files.isEmpty,
              !diagnostics.contains(where: {
                  $0.location.file == "site.yaml" && $0.severity == .error && ($0.field == "units" || $0.field?.hasPrefix("units[") == true)
              })
        else { return nil }
        // The warning of an unknown key of site.yaml whose closest known key, as its hint says, is 'units'.
        let misspelt = diagnostics.first {
            guard $0.location.file == "site.yaml", $0.severity == .warning, let key = $0.field,
                  !SiteConfigDecoder.fields.contains(key) else { return false }
            return Suggestion.closest(to: key, among: SiteConfigDecoder.fields) == "units"
        }
        return .error(at: misspelt?.location ?? SourceLocation(file: "site.yaml"), field: "units",
                      "trang có \(files.map { siteFolder + $0 }.joined(separator: " và ")) (thang điểm, điểm của đảng bộ cơ sở) "
                      + "nhưng site.yaml không liệt kê đơn vị nào trong 'units:'; cổng thông tin sẽ thiếu mọi đảng bộ cơ sở. "
                      + "Hãy ghi 'units:' với mỗi đơn vị '- { id: …, path: … }' / district files but no 'units:' listed")
    }
}
