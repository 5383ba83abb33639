/// One unit (đảng bộ cơ sở) a district's `site.yaml` lists under `units:` (SPEC §7): its id in
/// the district, the folder of its own site, and where the entry is written.
public struct UnitReference: Sendable, Equatable, Codable {
    /// The unit's id: its folder in the portal, `don-vi/<id>/`.
    public var id: String
    /// The unit's site folder as written, relative to the district's site (`../hoa-thuan`).
    public var path: String
    /// The line of the entry in `site.yaml`.
    public var location: SourceLocation

    public init(id: String, path: String, location: SourceLocation) {
        self.id = id
        self.path = path
        self.location = location
    }

    /// The unit's folder as diagnostics name it from the district: `../hoa-thuan/`,
    /// `units/long-thanh/` (`./` and repeated or trailing `/` dropped).
    public var displayFolder: String {
        let parts = path.split(separator: "/").filter { $0 != "." }
        return parts.map { $0 + "/" }.joined()
    }
}
