import Foundation

/// The `.xlsx` copies LibreOffice made of Excel 97–2003 workbooks, kept in
/// `.bontot-cache/converted/<content hash>.xlsx` (a unit's in the portal's
/// `.bontot-cache/units/<id>/converted/`), so that a district's `.xls` among its
/// `unit-evaluations/` (read afresh at every build) starts LibreOffice once, not at every build.
/// Only a finished conversion is kept: a failed or stopped one is not, and is tried again.
/// The copy is keyed by the workbook's bytes alone, so decoding it is what decoding a fresh
/// conversion would be: the sheet named, the unit scales and names are applied afterwards.
struct ConvertedWorkbooks: Sendable {
    let folder: URL
    /// Whether copies kept by earlier builds are taken (not in a clean build).
    let reads: Bool
    /// Whether new copies are kept (not in `bontot check`).
    let writes: Bool

    /// The `.xlsx` bytes of the workbook whose bytes hash to `contentHash`, if kept.
    func copy(of contentHash: UInt64) -> Data? {
        guard reads else { return nil }
        return try? Data(contentsOf: file(for: contentHash))
    }

    /// Keeps `converted` as the copy of the workbook whose bytes hash to `contentHash`; a file
    /// written whole or not at all, and no error when it cannot be (the next build converts again).
    func keep(_ converted: Data, of contentHash: UInt64) {
        guard writes else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? AtomicFile.write([UInt8](converted), to: file(for: contentHash))
    }

    /// Removes the copies of workbooks other than those whose bytes hash to `used` (the copy of
    /// a workbook since edited or removed), so that the folder holds no more than the site does.
    func keepOnly(_ used: Set<UInt64>) {
        guard writes, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        let wanted = Set(used.map { file(for: $0).lastPathComponent })
        for name in names where !wanted.contains(name) {
            try? FileManager.default.removeItem(at: folder.appending(path: name))
        }
    }

    private func file(for contentHash: UInt64) -> URL {
        folder.appending(path: String(contentHash, radix: 16) + ".xlsx")
    }
}
