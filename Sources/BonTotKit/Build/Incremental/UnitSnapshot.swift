import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What loading one unit of a district gave, kept in `.bontot-cache/units/<id>/snapshot.bin`
/// with the size and time of every file of the unit's site (`site.yaml`, `content/`,
/// `templates/`): when none changed, the next district build takes the unit from here without
/// reading, decoding or checking it, and, when its fingerprint also matches the previous
/// build's, takes its output whole. Only for a unit without units of its own and without errors.
struct UnitSnapshot: Codable, Sendable {
    var tool: String
    var stamps: [String: FileStamp]
    /// The unit's folder as diagnostics name it from the top site when it was loaded: its
    /// messages name its other files from there, so a unit whose folder is named otherwise now
    /// (its `path:` in the district changed, its id kept) is loaded again.
    var siteFolder: String
    /// Its diagnostics (warnings), their places named from its own folder, their messages naming
    /// its other files from `siteFolder`.
    var diagnostics: [Diagnostic]
    var figures: UnitFigures
    /// What the district's search page and feed list of the unit.
    var listing: UnitListing
    var inputHashes: [String: UInt64]
    /// The outlines of its minutes and stories, so that its pages are fingerprinted alike whether
    /// the unit was read or taken from here.
    var outlines: InputOutlines?
    var media: [String]
    var branches: Int
    var minutes: Int
    var stories: Int
    /// The LibreOffice that read the unit's .xls score sheets (`oldWorkbooksReader`): another one
    /// (upgraded since) loads the unit again, so its workbooks are converted afresh, as its decode
    /// cache would have them when the unit is built alone.
    var libreOffice: UInt64?

    /// The snapshot of the loaded `site`, whose files had `stamps` before it was read, from `siteFolder`.
    init(site: Site, loaded: LoadedSite, figures: UnitFigures, listing: UnitListing, stamps: [String: FileStamp],
         siteFolder: String) {
        tool = ToolIdentity.current
        self.stamps = stamps
        self.siteFolder = siteFolder
        diagnostics = loaded.diagnostics.entries
        self.figures = figures
        self.listing = listing
        inputHashes = loaded.inputHashes
        outlines = loaded.outlines
        media = site.media
        branches = site.branches.count
        minutes = site.minutes.count
        stories = site.stories.count
        libreOffice = Self.oldWorkbooksReader(stamps: stamps)
    }

    /// The identity of the LibreOffice that reads the .xls among the score sheets of a unit whose
    /// files have `stamps`; nil when it lists none, or when no LibreOffice is found.
    static func oldWorkbooksReader(stamps: [String: FileStamp]) -> UInt64? {
        let listsOne = stamps.keys.contains { $0.hasPrefix(SiteSources.evaluationsFolder + "/") && SiteSources.isOldWorkbook($0) }
        return listsOne ? LibreOfficeConverter.find()?.identity : nil
    }


    private static func file(_ cache: BuildCache) -> URL { cache.folder.appending(path: "snapshot.bin") }

    /// The snapshot kept in `cache` when it was written by this program for files with `stamps`,
    /// each settled when it was written (`FileStamp.isSettled`), of the unit in `siteFolder`.
    static func load(_ cache: BuildCache, stamps: [String: FileStamp], siteFolder: String) -> UnitSnapshot? {
        guard let data = try? Data(contentsOf: file(cache)),
              let snapshot = try? data.withUnsafeBytes({ try BinaryDecoder().decode(UnitSnapshot.self, from: $0) }),
              snapshot.tool == ToolIdentity.current, snapshot.stamps == stamps, snapshot.siteFolder == siteFolder,
              snapshot.libreOffice == oldWorkbooksReader(stamps: stamps),
              let written = FileStamp(path: file(cache).path)?.seconds,
              // A file changed just before the snapshot may change again and keep its stamp.
              stamps.values.allSatisfy({ $0.isSettled(at: written) })
        else { return nil }
        return snapshot
    }

    /// Keeps the snapshot; one that cannot be written only makes the next build load the unit.
    func save(_ cache: BuildCache) {
        try? FileManager.default.createDirectory(at: cache.folder, withIntermediateDirectories: true)
        guard let bytes = try? BinaryEncoder().encode(self) else { return }
        try? AtomicFile.write(bytes, to: Self.file(cache))
    }

    /// Forgets the snapshot (the unit now has errors, or units of its own).
    static func remove(_ cache: BuildCache) {
        try? FileManager.default.removeItem(at: file(cache))
    }
}
