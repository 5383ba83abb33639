import Foundation

/// What `bontot build` was asked to do.
public struct BuildOptions: Sendable {
    public var siteRoot: URL
    public var output: URL
    public var strict: Bool
    /// Also print each month's bulletin to PDF beside its page.
    public var pdf: Bool
    /// The PDF engine asked for (`weasyprint`, `chromium` or a path); nil finds one.
    public var pdfEngine: String?
    /// The folders searched for the PDF engine, `:`-separated as `PATH`
    /// (`PDFEngine.defaultSearchPath` unless set otherwise, as tests do to find none).
    public var pdfSearchPath: String? = PDFEngine.defaultSearchPath
    /// Build only this month's bulletin, in place in an existing output (the editor's quick loop).
    public var month: YearMonth?
    /// Ignore the previous build's manifest and build everything anew.
    public var clean: Bool
    /// Replace the output folder even when bontot did not write it.
    public var force: Bool
    /// Failures to inject into the build's writes (tests of a full or read-only disk).
    var faults: WriteFaults?
    /// Called once the site is loaded and checked, before any page is made (tests that save a
    /// file while the build runs, as an office does while `bontot serve` rebuilds).
    var afterLoading: (@Sendable () -> Void)?
    /// Build only this unit of a district, into `don-vi/<unit>/` of the output (`--unit`).
    public var unit: String?
    /// Take the units' outputs, built elsewhere with `--unit`, from this folder (`--units-from`).
    public var unitsFrom: URL?
    /// A build whose output is published (`bontot build`): a `base_url` of this computer is then
    /// a warning (`LoopbackBaseURL`), which `--strict` fails on before anything is written. Not
    /// the preview's builds, served on this computer, nor a month's bulletin or a unit's build,
    /// which write no feed.
    public var publishes = false
    /// Told, in one line for the user, that the build waits for another one writing the same
    /// output (a `bontot serve` rebuilding it) before it writes; the progress is told it when nil.
    public var waiting: (@Sendable (String) -> Void)?
    /// Leave the loaded site in memory when the build ends, for the process to drop at its exit:
    /// for a command that exits right after, which saves freeing hundreds of MB piece by piece.
    /// Never for a process that goes on (the preview server, tests).
    public var leavesMemoryToExit = false
    /// A build of `bontot serve`'s, which has no `--output`: an output it cannot use (a link to
    /// no folder) is told by its folder, with what serve can do about it (`OutputLink.Command`).
    public var previews = false

    /// Where a problem of the output is told: the `--output` a build is given, or the output
    /// folder of `bontot serve`'s builds, which have no such option (`output: error: …`).
    var outputLocation: SourceLocation { previews ? .output(output.lastPathComponent) : .option("--output") }
    /// The command an output it cannot use is told to, for what it can do about it.
    var outputCommand: OutputLink.Command { previews ? .serve : .build }

    public init(siteRoot: URL, output: URL? = nil, strict: Bool = false, pdf: Bool = false,
                pdfEngine: String? = nil, month: YearMonth? = nil, clean: Bool = false, force: Bool = false,
                unit: String? = nil, unitsFrom: URL? = nil) {
        self.clean = clean
        self.force = force
        self.unit = unit
        self.unitsFrom = unitsFrom
        self.siteRoot = siteRoot
        self.output = output ?? siteRoot.appending(path: "output")
        self.strict = strict
        self.pdf = pdf
        self.pdfEngine = pdfEngine
        self.month = month
    }
}

extension BuildOptions {
    /// Why the output folder may not be used, or nil when it is safe. A build replaces its output
    /// whole, so the output must never be the site itself, a folder above it, one of its inputs,
    /// or its cache.
    var unsafeOutputReason: String? {
        unsafeOutputReason(site: siteRoot)
    }

    /// Why the output folder may not be used with the site at `site` among the inputs (the
    /// top site, or a unit of a district), or nil.
    func unsafeOutputReason(site: URL) -> String? {
        let output = self.output.resolvingSymlinksInPath().standardizedFileURL.path
        let root = site.resolvingSymlinksInPath().standardizedFileURL.path
        if root == output || root.hasPrefix(output.hasSuffix("/") ? output : output + "/") {
            return "thư mục kết quả '\(output)' chứa chính thư mục trang; bản dựng sẽ xóa nội dung / the output folder holds the site itself"
        }
        // The cache is no input, but bontot's own, and safe to delete: an output in it went with it.
        let cache = BuildCache(siteRoot: URL(fileURLWithPath: root)).folder.lastPathComponent
        for input in ["content", "templates", "site.yaml", cache] {
            let inputPath = root + "/" + input
            if output == inputPath || output.hasPrefix(inputPath + "/") {
                return "thư mục kết quả '\(output)' nằm trong '\(input)' của trang / the output folder is inside the site's \(input)"
            }
        }
        return nil
    }
}

extension BuildOptions {
    /// Says that the build waits for the lock of `output` (`OutputLock.waitingLine`), through
    /// `waiting`, or `progress` when none is set.
    func tellWaiting(for output: URL, or progress: (String) -> Void) {
        let line = OutputLock.waitingLine(output: output)
        if let waiting { waiting(line) } else { progress(line) }
    }
}
