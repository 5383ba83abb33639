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
    /// Names of the emulation clusters by id (`cum-khu-dan-cu: Cụm thi đua khu dân cư`), for display.
    public var clusterNames: [String: String] = [:]
    /// The sheet of `evaluations/<period>.xlsx` workbooks that holds the scores; the first when nil.
    public var xlsxSheet: String?
    /// The units (đảng bộ cơ sở) of a district portal, in the order `site.yaml` lists them.
    public var units: [UnitReference] = []

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

    /// The display name of a cluster: its name from `site.yaml`, or its id when none is given.
    public func clusterName(_ id: String) -> String { clusterNames[id] ?? id }
}
