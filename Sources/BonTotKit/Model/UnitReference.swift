import Foundation

/// One unit (đảng bộ cơ sở) a district's `site.yaml` lists under `units:` (SPEC §7): its id in
/// the district, the folder of its own site, and where the entry is written.
public struct UnitReference: Sendable, Equatable, Codable {
    /// The unit's id: its folder in the portal, `don-vi/<id>/`.
    public var id: String
    /// The unit's site folder as written, relative to the district's site (`../hoa-thuan`).
    public var path: String
    /// The path as typed when it held Windows backslashes (`units\an-hoa`, `path` reading them as
    /// `/`), for messages to quote it as the clerk will find it, and for a folder on the server
    /// whose name has a backslash in it (`a\b`), which is found as typed.
    public var typedPath: String?
    /// The line of the entry in `site.yaml`.
    public var location: SourceLocation
    /// The day the unit ceased to exist (dissolved, or merged into another, as communes were in
    /// 2025): its pages keep its history, but it counts no more in the district's figures.
    public var dissolved: CalendarDate?
    /// The unit it was merged into (sáp nhập), by id, when `dissolved` came of a merger.
    public var mergedInto: String?
    /// The day the unit was founded (thành lập), as a commune made of merged ones was in 2025:
    /// it counts in no figure of the district before that month.
    public var founded: CalendarDate?

    public init(id: String, path: String, location: SourceLocation) {
        self.id = id
        self.path = path
        self.location = location
    }

    /// The unit's folder as diagnostics name it from the district: `../hoa-thuan/`,
    /// `units/long-thanh/` (`./` and repeated or trailing `/` dropped).
    /// An absolute path (`/srv/xa-a`, a commune's site on a shared drive) keeps its leading `/`.
    public var displayFolder: String {
        let parts = path.split(separator: "/").filter { $0 != "." }
        return (isAbsolute ? "/" : "") + parts.map { $0 + "/" }.joined()
    }

    /// True when `path` is absolute (`/srv/xa-a`): it names the same folder from every site.
    public var isAbsolute: Bool { path.hasPrefix("/") }

    /// The unit's folder, its path read from the folder `root` of the site that lists it, or as
    /// written when absolute; its Vietnamese letters spelled as the disk spells them, when the
    /// folder was copied from a Mac and the path typed on a Windows keyboard (`DiskSpelling`).
    public func folder(in root: URL) -> URL {
        if let typedPath, !typedPath.hasPrefix("/") {
            let asTyped = root.appending(path: typedPath).standardizedFileURL
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: asTyped.path, isDirectory: &isFolder), isFolder.boolValue { return asTyped }
        }
        return DiskSpelling.existing((isAbsolute ? URL(fileURLWithPath: path) : root.appending(path: path)).standardizedFileURL)
    }

    /// The name of the unit's folder, the last of its path: `hoa-thuan` for `../hoa-thuan`,
    /// `xa-c` for `./xa-c/`.
    public var folderName: String {
        String(PathParts.name(of: String(displayFolder.dropLast())))
    }

    /// The unit's folder as diagnostics name it from the top site, the site that lists it lying
    /// in `siteFolder` as they name it (`""` for the top site, `../district/` for a district
    /// inside a province): `xa-a/`, `../district/xa-a/`. A `..` stepping back out of a folder
    /// named before it takes that folder away (`xa-a/../xa-b/` is `xa-b/`). Every message and
    /// place naming a unit's folder or file names it so.
    public func displayFolder(from siteFolder: String) -> String {
        guard !isAbsolute else { return displayFolder }
        var parts: [Substring] = []
        for part in (siteFolder + displayFolder).split(separator: "/") {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.map { $0 + "/" }.joined()
    }

    /// The unit's path as a message of the site in `siteFolder` quotes it: as written (`'xa-b'`),
    /// and, when that site is itself a unit, with its folder from the top site, where the user
    /// looks for it (`'xa-b' (../district/xa-b/)`).
    public func writtenPath(from siteFolder: String) -> String {
        siteFolder.isEmpty ? "'\(typedPath ?? path)'" : "'\(typedPath ?? path)' (\(displayFolder(from: siteFolder)))"
    }

    /// The last month the unit existed in, for a dissolved unit: the month of the day before it
    /// was dissolved (dissolved on 01/07/2025, June is its last month), as `Branch.lastMonth`.
    public var lastMonth: YearMonth? {
        dissolved?.monthOfDayBefore
    }

    /// True when the unit existed in `month`: founded in that month or before (or giving no
    /// founding day), and not dissolved before the month's end, as `Branch.exists(in:)`.
    public func exists(in month: YearMonth) -> Bool {
        (founded.map { $0.yearMonth <= month } ?? true) && (lastMonth.map { month <= $0 } ?? true)
    }
}
