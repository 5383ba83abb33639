/// The site's settings from `site.yaml`: who publishes, where, and how pages are addressed.
public struct SiteConfig: Sendable, Equatable, Codable {
    public var title: String
    public var organization: String
    /// The committee above the publisher (`Đảng bộ quận Ba Đình`).
    public var parent: String?
    /// Who signs the bulletin; the organization when not given.
    public var issuer: String?
    /// The place for "<place>, ngày … tháng … năm …".
    public var place: String
    public var baseURL: String
    public var language: String
    public var allowHTML: Bool
    /// The emulation clusters `site.yaml` names (`cum-khu-dan-cu: Cụm thi đua khu dân cư`), in the
    /// order it lists them: the order the pages number them in ("cụm 1", "cụm 2").
    public var clusters: [NamedCluster] = []
    /// The sheet of `evaluations/<period>.xlsx` workbooks that holds the scores; the first when nil.
    public var xlsxSheet: String?
    /// The units (đảng bộ cơ sở) of a district portal, in the order `site.yaml` lists them.
    public var units: [UnitReference] = []
    /// The ids of units `site.yaml` lists but refused (an id against the id rule), as written and
    /// as their suggestion, and the folder's name of a unit listed under a device's name Windows
    /// keeps (`com1` for `./xa-c/`: `xa-c`): the error is reported there once, not again where
    /// they are scored.
    public var refusedUnitIDs: Set<String> = []
    /// The month from which the site's minutes are kept in bontot (`minutes_since: 2025-03`): no
    /// month before it is one a branch missed, though the meetings entered for it still show.
    /// A branch's own `minutes_since` overrides it (`Site.meetingsStart(of:)`).
    public var minutesSince: YearMonth?
    /// The line of `minutes_since:` in `site.yaml`, nil when it is not given.
    public var minutesSinceLine: Int?

    public init(title: String, organization: String, parent: String? = nil, issuer: String? = nil,
                place: String, baseURL: String = "/", language: String = "vi", allowHTML: Bool = false) {
        self.title = title
        self.organization = organization
        self.parent = parent
        self.issuer = issuer
        self.place = place
        self.baseURL = baseURL
        self.language = language
        self.allowHTML = allowHTML
    }

    public var signingBody: String { issuer ?? organization }

    /// The name `site.yaml` gives the cluster `id`, or nil when it names none.
    public func declaredClusterName(_ id: String) -> String? { clusters.first { $0.id == id }?.name }

    /// The display name of a cluster: its name from `site.yaml`, or its id when none is given.
    public func clusterName(_ id: String) -> String { declaredClusterName(id) ?? id }
}

/// An emulation cluster (cụm thi đua) as `site.yaml` lists it under `clusters:`: its id and name.
public struct NamedCluster: Sendable, Equatable, Codable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
