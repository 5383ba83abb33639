import Foundation

/// Where a unit's `--unit` build lies in the folder given to `--units-from` when it is not where
/// bontot looks (`<dir>/don-vi/<unit>/`): gathered one level too high (`<dir>/<unit>/`, the unit's
/// folder copied alone), or inside each job's whole output (`<dir>/out-an-hoa/don-vi/<unit>/`).
/// The clerk is told where it is and where to copy it, not only that it is missing.
enum MisplacedUnitOutput {
    /// "; có kết quả dựng ở '…/g/phuong-an-hoa/': hãy chép thư mục đó thành '…/g/don-vi/phuong-an-hoa/'"
    /// with its English twin, or empty strings when the unit's build is nowhere near.
    static func hint(unitID: String, router: Router, source: URL) -> (vi: String, en: String) {
        let manager = FileManager.default
        let home = Router().file(.home)
        var candidates = [source.appending(path: unitID)]
        let folders = ((try? manager.contentsOfDirectory(atPath: source.path)) ?? []).sorted().filter { !$0.hasPrefix(".") }
        candidates += folders.map { source.appending(path: $0).appending(path: router.prefix) }
        guard let found = candidates.first(where: { manager.fileExists(atPath: $0.appending(path: home).path) }) else { return ("", "") }
        let here = found.standardizedFileURL.path + "/"
        let there = source.standardizedFileURL.path + "/" + router.prefix
        return ("; có kết quả dựng ở '\(here)': hãy chép thư mục đó thành '\(there)'", " (found at \(here): copy it to \(there))")
    }
}
