import Foundation

/// Every input file of a site, read as text and sorted by path: what the loader hands to validation.
public struct SiteSources: Sendable {
    public var root: URL
    public var siteConfig: SourceText?
    public var rubric: SourceText?
    /// The former scales, `content/rubrics/<yyyy>.yaml`, sorted by path.
    public var formerRubrics: [SourceText] = []
    /// The folder of the former scales, relative to the site.
    public static let formerRubricsFolder = "content/rubrics"
    /// The endings of the files read as former scales in `formerRubricsFolder`.
    static let formerRubricExtensions: Set<String> = ["yaml", "yml"]
    /// The folder of the branches, relative to the site.
    static let branchesFolder = "content/branches"
    /// The endings of the files read as branches in `branchesFolder`.
    static let branchExtensions: Set<String> = ["yaml", "yml", "md"]
    public var branches: [SourceText] = []
    /// Every branch file under `branches/` (not what no clerk put there, `PassedOverName`), also
    /// those that could not be read: each one's name is a branch id other files may name.
    public var branchPaths: [String] = []
    public var evaluations: [SourceText] = []
    /// Whether `content/evaluations/` lists an Excel 97–2003 workbook (`.xls`), which only
    /// LibreOffice reads: known before the decode cache opens, whose context names LibreOffice
    /// only then.
    var listsOldWorkbooks = false
    /// The names of the score files `content/evaluations/` lists, sorted: known before the decode
    /// cache opens, whose context names them, since a score table naming another year is told
    /// which of them already holds that year (`OtherYearScoreSheet`).
    var scoreFileNames: [String] = []
    /// The folder of the score sheets, relative to the site.
    static let evaluationsFolder = "content/evaluations"

    /// True for a score sheet that only LibreOffice reads, an Excel 97–2003 workbook, by its
    /// path in `evaluationsFolder` (absolute, or relative to the site).
    static func isOldWorkbook(_ path: String) -> Bool {
        PathParts.lowercasedExtension(of: path) == "xls"
    }
    public var minutes: [SourceText] = []
    public var stories: [SourceText] = []
    public var bulletins: [SourceText] = []
    /// Media files as paths relative to `content/` (`media/lu.jpg`).
    public var media: [String] = []

    /// Every text input read (site.yaml, content files), path → hash of its bytes.
    public var inputHashes: [String: UInt64] {
        let groups = [[siteConfig, rubric].compactMap { $0 } + formerRubrics, branches, evaluations, minutes, stories, bulletins]
        var hashes: [String: UInt64] = [:]
        hashes.reserveCapacity(groups.reduce(0) { $0 + $1.count })
        // Should a path come twice, the first one counts: the texts are taken last to first.
        for texts in groups.reversed() {
            for index in texts.indices.reversed() { hashes[texts[index].path] = texts[index].contentHash }
        }
        return hashes
    }

    public init(root: URL) {
        self.root = root
    }
}
