import Foundation

extension ConvertedWorkbooks {
    /// The ending of the note kept beside the copies for a workbook LibreOffice could not open.
    static let damageEnding = "damaged"

    /// Why LibreOffice could not open the workbook whose bytes hash to `contentHash`, when an
    /// earlier build (with this LibreOffice) found it damaged: the same error is given again
    /// without starting LibreOffice, as a damaged branch's `.xls` keeps its error in the decode cache.
    func damage(of contentHash: UInt64) -> String? {
        guard reads, let file = file(for: contentHash, ending: Self.damageEnding),
              let data = FileManager.default.contents(atPath: file.path) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// Notes that LibreOffice could not open the workbook whose bytes hash to `contentHash`, for
    /// `reason`; only for a workbook at fault (damaged, cut short, not a workbook), never for a
    /// machine's failure, which the next build tries again. No error when it cannot be written.
    func keepDamage(_ reason: String, of contentHash: UInt64) {
        guard writes, let file = file(for: contentHash, ending: Self.damageEnding) else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? AtomicFile.write(Array(reason.utf8), to: file)
        try? FileManager.default.removeItem(at: file.deletingPathExtension().appendingPathExtension("xlsx"))
    }
}
