import Foundation

/// Prints the built bulletins to PDF beside their pages (`Route.bulletinPDF`),
/// several at a time. Failures become diagnostics; the HTML output is never touched.
public enum BulletinPDFs {
    /// What printing did.
    public struct Summary: Sendable {
        public var written: [String] = []
        /// Each PDF written, its path inside the output and its size.
        public var files: [(path: String, size: Int)] = []
        public var bytes = 0
        public var diagnostics: [Diagnostic] = []
    }

    /// Seconds one bulletin may take before its engine is stopped.
    public static let timeout: Double = 120

    /// Prints the bulletin of each month in `months` found in `folder` (the output, or the new
    /// output before it is published), where `router` placed it, with `engine`; diagnostics name
    /// the files as in `shownAs` (the output). The links to the portal's pages are printed as
    /// their addresses under `address` (`PrintedLinks`), or taken off when it is nil.
    public static func write(months: [YearMonth], in folder: URL, shownAs output: URL? = nil, router: Router = Router(),
                             address: SiteAddress? = nil, engine: PDFEngine) -> Summary {
        let shown = (output ?? folder).lastPathComponent
        let box = ResultBox(count: months.count)
        let workers = max(1, min(months.count, ProcessInfo.processInfo.activeProcessorCount))
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = workers
        for (index, month) in months.enumerated() {
            queue.addOperation {
                box.set(index, printBulletin(month, folder: folder, shownAs: shown, router: router, address: address, engine: engine))
            }
        }
        queue.waitUntilAllOperationsAreFinished()
        var result = Summary()
        for outcome in box.outcomes {
            switch outcome {
            case .written(let path, let bytes)?:
                result.written.append(path)
                result.files.append((path, bytes))
                result.bytes += bytes
            case .failed(let diagnostic)?:
                result.diagnostics.append(diagnostic)
            case nil:
                continue
            }
        }
        return result
    }

    /// One bulletin: its page must exist in `folder`. It is printed from a copy beside it whose
    /// links are those the PDF keeps (`PrintedLinks`), removed once printed.
    private static func printBulletin(_ month: YearMonth, folder: URL, shownAs shown: String, router: Router,
                                      address: SiteAddress?, engine: PDFEngine) -> Outcome {
        let pagePath = router.file(.bulletin(month))
        let page = folder.appending(path: pagePath)
        let pdfPath = router.file(.bulletinPDF(month))
        let pdf = folder.appending(path: pdfPath)
        let location = SourceLocation(file: shown + "/" + pagePath)
        guard FileManager.default.fileExists(atPath: page.path) else {
            return .failed(.warning(at: location, "không có trang bản tin để in PDF / no bulletin page to print"))
        }
        try? FileManager.default.removeItem(at: pdf)
        let printed = page.deletingLastPathComponent().appending(path: ".in-pdf-" + page.lastPathComponent)
        defer { try? FileManager.default.removeItem(at: printed) }
        do {
            let html = String(decoding: try Data(contentsOf: page), as: UTF8.self)
            try Data(PrintedLinks.rewriting(html, page: pagePath, base: address?.base).utf8).write(to: printed)
        } catch {
            return .failed(.warning(at: location, "không chuẩn bị được trang để in PDF: \(error.localizedDescription) / cannot prepare the page to print"))
        }
        do {
            let run = try ChildProcess.run(engine.executable, arguments: engine.arguments(input: printed, output: pdf),
                                         environment: ["SOURCE_DATE_EPOCH": String(epoch(of: BulletinMasthead.date(of: month)))],
                                         timeout: timeout)
            let size = (try? FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int) ?? 0
            guard run.succeeded, size > 0 else {
                let status = run.status.map { "mã thoát \($0)" } ?? "bị dừng"
                return .failed(.warning(at: location,
                                        "\(engine.kind.displayName) không tạo được PDF (\(status)): \(run.errorOutput) / PDF engine failed"))
            }
            return .written(pdfPath, size)
        } catch {
            return .failed(.warning(at: location, "không chạy được \(engine.executable.path): \(error.localizedDescription) / cannot run the PDF engine"))
        }
    }

    /// Seconds from 1970-01-01 to the start of `date`, in UTC: the PDF's timestamps, so that
    /// the same bulletin prints to the same bytes.
    static func epoch(of date: CalendarDate) -> Int {
        let year = date.month <= 2 ? date.year - 1 : date.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let monthIndex = (date.month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return (era * 146_097 + dayOfEra - 719_468) * 86_400
    }

    /// How one bulletin's printing ended.
    private enum Outcome: Sendable {
        case written(String, Int)
        case failed(Diagnostic)
    }

    /// The outcomes of the workers, each in its month's slot.
    private final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var outcomes: [Outcome?]

        init(count: Int) { outcomes = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ outcome: Outcome) {
            lock.lock()
            outcomes[index] = outcome
            lock.unlock()
        }
    }
}
