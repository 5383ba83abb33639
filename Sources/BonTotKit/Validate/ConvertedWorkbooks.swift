import Foundation

/// The `.xlsx` copies LibreOffice made of Excel 97–2003 workbooks, kept in
/// `.bontot-cache/converted/<key>.xlsx` (a unit's in the portal's
/// `.bontot-cache/units/<id>/converted/`), so that a district's `.xls` among its
/// `unit-evaluations/` (read afresh at every build) starts LibreOffice once, not at every build.
/// Only a finished conversion is kept, or a workbook LibreOffice could not open (damaged: its
/// error is given again without LibreOffice, `keepDamage`); a conversion the machine failed
/// (a timeout, a LibreOffice that would not start) or bontot stopped is not, and is tried again.
/// The key is the workbook's bytes with the LibreOffice that converts it (`identity`): decoding
/// the copy is what decoding a fresh conversion would be (the sheet named, the unit scales and
/// names are applied afterwards), and a LibreOffice upgraded since converts the workbook afresh.
struct ConvertedWorkbooks: Sendable {
    let folder: URL
    /// Whether copies kept by earlier builds are taken (not in a clean build).
    let reads: Bool
    /// Whether new copies are kept (not in `bontot check`).
    let writes: Bool
    /// The LibreOffice this build converts with, nil when the machine has none (no copy is then
    /// taken, as a clean build could make none).
    var libreOffice = LibreOfficeConverter.find()

    /// The `.xlsx` bytes of the workbook whose bytes hash to `contentHash`, if kept.
    func copy(of contentHash: UInt64) -> Data? {
        guard reads, let file = file(for: contentHash, ending: "xlsx") else { return nil }
        return try? Data(contentsOf: file)
    }

    /// Keeps `converted` as the copy of the workbook whose bytes hash to `contentHash`; a file
    /// written whole or not at all, and no error when it cannot be (the next build converts again).
    func keep(_ converted: Data, of contentHash: UInt64) {
        guard writes, let file = file(for: contentHash, ending: "xlsx") else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? AtomicFile.write([UInt8](converted), to: file)
        try? FileManager.default.removeItem(at: file.deletingPathExtension().appendingPathExtension(Self.damageEnding))
    }

    /// Removes the copies and damage notes of workbooks other than those whose bytes hash to
    /// `used` (the copy of a workbook since edited or removed, or made by a LibreOffice since
    /// upgraded), so that the folder holds no more than the site does. A build that finds no
    /// LibreOffice (one run where it is not on the `PATH`) removes nothing: the copies of the one
    /// the machine has are still good once it is found again.
    func keepOnly(_ used: Set<UInt64>) {
        guard writes, libreOffice != nil, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        let wanted = Set(used.flatMap { hash in
            ["xlsx", Self.damageEnding].compactMap { file(for: hash, ending: $0)?.lastPathComponent }
        })
        for name in names where !wanted.contains(name) {
            try? FileManager.default.removeItem(at: folder.appending(path: name))
        }
    }

    /// The file of the workbook whose bytes hash to `contentHash`, converted by this build's
    /// LibreOffice, with the `ending` of what it holds; nil without LibreOffice.
    func file(for contentHash: UInt64, ending: String) -> URL? {
        guard let libreOffice else { return nil }
        var hasher = StableHasher()
        hasher.combine(contentHash)
        hasher.combine(libreOffice.identity)
        return folder.appending(path: String(hasher.finalize(), radix: 16) + "." + ending)
    }
}
