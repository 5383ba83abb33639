import BonTotKit
import CBonTotSystem
import Dispatch
import Foundation
import Hummingbird
import Logging

/// `bontot serve`: builds the site, serves its output on 127.0.0.1 (or, asked, to the office's
/// network: `PreviewOptions.listen`), rebuilds it incrementally when a file of the site changes,
/// and makes open pages reload. A build with errors leaves the last good output in place (as
/// every build does): it is still served, with the errors in a banner and in the terminal. Stops cleanly on Ctrl-C (SIGINT) or SIGTERM.
public struct PreviewServer: Sendable {
    let options: PreviewOptions
    /// Prints a line for the user (progress, diagnostics).
    let say: @Sendable (String) -> Void
    /// Runs one build of the site: `SiteBuilder.build`, or, in a test, a build during which a
    /// file is saved.
    private let runBuild: @Sendable (BuildOptions) -> BuildReport
    private let state = PreviewState()
    private let builds = DispatchQueue(label: "bontot.serve.build")

    public init(options: PreviewOptions, say: @escaping @Sendable (String) -> Void) {
        self.init(options: options, say: say, runBuild: { SiteBuilder.build($0) })
    }

    /// A server whose builds `runBuild` runs (a test saves a file while one runs).
    init(options: PreviewOptions, say: @escaping @Sendable (String) -> Void, runBuild: @escaping @Sendable (BuildOptions) -> BuildReport) {
        self.options = options
        self.say = say
        self.runBuild = runBuild
    }

    /// Builds, then serves until interrupted.
    public func run() async throws {
        guard (1...65535).contains(options.port) else { throw PreviewError.portInvalid(options.port) }
        // One preview writes an output: a second one (another terminal window, on any port) is
        // sent to the first, rather than both rebuilding the same output/ at every save.
        let mark = PreviewMark.claim(output: options.output, address: options.address)
        if case .held(let other)? = mark { throw PreviewError.previewRunning(at: other, listen: options.listen) }
        if case .refused(let reason)? = mark { throw PreviewError.output(reason) }
        defer { withExtendedLifetime(mark) {} }
        if let problem = PortCheck.problem(options.port, on: options.listen, site: options.siteRoot) { throw problem }
        let hangUp = HangUp.stopsAsTerminate()
        // Its output piped to a program that ended (`| tee serve.log`, the window closed): the
        // preview goes on, its lines dropped, and stops cleanly when asked, as in a closed terminal.
        bontot_outlive_closed_pipes()
        defer { hangUp?.end() }
        // Taken before the first build reads them, so that a file saved while it runs is built.
        let read = PortalFiles(root: options.siteRoot)
        await build(first: true)
        var logger = Logger(label: "bontot.serve")
        logger.logLevel = .critical
        let address = options.address
        let network = options.networkNotice
        let open = options.openBrowser
        let say = self.say
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(options.listen.host, port: options.port), serverName: "bontot"),
            onServerRunning: { _ in
                say("Xem trước tại \(address) — sửa và lưu tệp, trang sẽ tự tải lại; Ctrl-C để dừng.")
                network.forEach(say)
                if open { BrowserOpener.open(address, say: say) }
            },
            logger: logger)
        let watcher = SiteWatcher(root: options.siteRoot, interval: options.pollInterval, fullLookInterval: options.fullLookInterval,
                                  read: read, home: options.builtHome)
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await app.runService() }
                group.addTask { await watcher.watch { await build(first: false) } }
                var failure: (any Error)?
                do { try await group.next() } catch { failure = error }
                // Stopped (Ctrl-C, SIGTERM): a rebuild running now is waited for with its PDF
                // engines and LibreOffice stopped, and any it starts, not run to their end. The
                // signal may have reached the server without stopping them: libdispatch's
                // signalfd, which the server's signal handling uses, can take it first.
                await RunningChildren.stoppingAll {
                    group.cancelAll()
                    try? await group.waitForAll()
                }
                if let failure { throw failure }
            }
        } catch {
            if "\(error)".localizedCaseInsensitiveContains("address already in use") {
                throw PreviewError.portBusy(options.port, free: PortCheck.freePort(after: options.port, on: options.listen),
                                            on: options.listen)
            }
            throw PreviewError.server("\(error)")
        }
        say("Đã dừng máy chủ xem trước.")
    }

    /// Runs one incremental build away from the server's threads, and reports it. A build that
    /// failed only because a file was saved while it ran (the office still typing and saving) is
    /// no problem of the site: one line says so, and it is built again at once. Should that fail
    /// too, it is reported as any failure, and the watcher builds again once the files settle.
    func build(first: Bool) async {
        let options = self.options
        var report = await build(options)
        // A rebuild whose LibreOffice was stopped as the server stops (Ctrl-C) tells nothing of
        // the site: nothing of it is said (not that the workbook is damaged).
        if report.stoppedWithBontot { return }
        if !report.succeeded, !report.changedDuringBuild.isEmpty {
            say("Tệp \(report.changedDuringBuild.joined(separator: ", ")) vừa được lưu trong khi đang dựng; dựng lại.")
            report = await build(options)
        }
        let diagnostics = report.diagnostics.sorted
        let lines = diagnostics.map(\.description)
        // Warnings the build before printed are not printed again on every save: one line says so.
        let warnings = diagnostics.filter { $0.severity == .warning }.map(\.description)
        if state.repeats(warnings: warnings), !warnings.isEmpty {
            diagnostics.filter { $0.severity != .warning }.map(\.description).forEach(say)
            // Every warning counted, also those of a kind past the 20 a file shows (`DiagnosticLog.sorted`).
            say("(\(VietnameseFormat.count(report.diagnostics.warningCount)) cảnh báo như lần dựng trước)")
        } else {
            lines.forEach(say)
        }
        if first { report.notes.forEach(say) }
        let hasSite = FileManager.default.fileExists(atPath: options.builtHome.path)
        if report.succeeded {
            say("\(report.pagesSentence) trong \(VietnameseFormat.seconds(report.seconds)) giây.")
            state.finished(errors: [], hasSite: hasSite)
        } else {
            say("Dựng không thành công; " + (hasSite ? "vẫn phục vụ bản dựng tốt gần nhất."
                : "chưa có bản dựng tốt nào để xem trước: sửa lỗi rồi lưu tệp, trang sẽ được dựng lại."))
            let errors = diagnostics.filter { $0.severity == .error }.map(\.description)
            state.finished(errors: errors.isEmpty ? lines : errors, hasSite: hasSite)
        }
    }

    /// One incremental build on the build queue.
    private func build(_ options: PreviewOptions) async -> BuildReport {
        let runBuild = self.runBuild
        var build = BuildOptions(siteRoot: options.siteRoot, output: options.output)
        build.previews = true
        // The preview holds the site's preview mark itself: what it waits for is a build.
        let say = self.say
        let output = options.output.path
        build.waiting = { _ in
            say("Đang chờ một lần dựng khác đang ghi vào \(output) (bontot build trong cửa sổ lệnh khác) xong rồi mới dựng lại "
                + "/ waiting for another build")
        }
        return await withCheckedContinuation { [build] continuation in
            builds.async {
                continuation.resume(returning: runBuild(build))
            }
        }
    }

    private func router() -> Hummingbird.Router<PreviewRequestContext> {
        let router = Hummingbird.Router(context: PreviewRequestContext.self)
        let state = self.state
        let files = OutputFiles(output: options.output)
        router.get(RouterPath(stringLiteral: PreviewInjection.versionPath)) { _, _ -> Response in
            Self.response(.ok, type: "text/plain; charset=utf-8", bytes: Array(state.version.utf8))
        }
        let site = OtherPreview.folder(options.siteRoot)
        router.get(RouterPath(stringLiteral: OtherPreview.sitePath)) { request, context -> Response in
            // Another preview started on this computer asks it; the office's network (`--bind
            // 0.0.0.0`) is not told where the site lies: it is answered as any missing page.
            guard OtherPreview.isThisComputer(context.peer) else {
                return Self.respond(to: request.uri.path, query: request.uri.query, files: files, state: state)
            }
            return Self.response(.ok, type: "text/plain; charset=utf-8", bytes: Array(site.utf8))
        }
        let serve: @Sendable (Request, PreviewRequestContext) async throws -> Response = { request, _ in
            Self.respond(to: request.uri.path, query: request.uri.query, files: files, state: state)
        }
        // The home is asked for by `/` itself, which `**` does not match: by a browser (GET) and
        // by a link checker or `curl -I` (HEAD) alike.
        router.get("/", use: serve)
        router.get("**", use: serve)
        router.head("/", use: serve)
        router.head("**", use: serve)
        return router
    }

    /// The answer to a request for `path`; a folder asked without its slash is redirected to it
    /// with the request's `query` kept, so a shared search (`/tim-kiem?q=dang%20vien`) still runs;
    /// a page typed with Vietnamese letters (`/chi-bộ/`) is redirected to its folded address.
    static func respond(to path: String, query: String?, files: OutputFiles, state: PreviewState) -> Response {
        switch files.lookup(path) {
        case .folderWithoutSlash:
            return redirect(to: path + "/", query: query, status: .movedPermanently)
        case .missing:
            // Found, not moved: the same typing may name a page of a later build.
            if let page = files.foldedPage(for: path) { return redirect(to: page, query: query, status: .found) }
            let page = state.hasSite
                ? MissingPage(path: path, above: files.pages(above: path), search: files.searchPage(above: path),
                              nearest: files.nearestPage(to: path)).html
                : PreviewInjection.noSiteYet
            let html = PreviewInjection.inject(into: page, version: state.version, errors: state.failure, hasSite: state.hasSite)
            return response(.notFound, type: "text/html; charset=utf-8", bytes: Array(html.utf8))
        case .file(let url):
            guard let data = FileManager.default.contents(atPath: url.path) else {
                return response(.notFound, type: "text/plain; charset=utf-8", bytes: [])
            }
            let type = OutputFiles.contentType(of: url)
            guard type.hasPrefix("text/html") else { return response(.ok, type: type, bytes: [UInt8](data)) }
            let html = PreviewInjection.inject(into: String(decoding: data, as: UTF8.self), version: state.version,
                                               errors: state.failure, hasSite: state.hasSite)
            return response(.ok, type: type, bytes: Array(html.utf8))
        }
    }

    /// A redirect to `path` on this server with the request's `query` kept. The slashes (or
    /// backslashes) a path was asked with at its start are one: `//chi-bo/` in a Location is
    /// the computer named `chi-bo`, where the browser would go (and, the redirect being
    /// permanent, go again), not the folder of this server.
    private static func redirect(to path: String, query: String?, status: HTTPResponse.Status) -> Response {
        var headers = HTTPFields()
        headers[.location] = "/" + path.drop { $0 == "/" || $0 == "\\" } + (query.map { $0.isEmpty ? "" : "?" + $0 } ?? "")
        return Response(status: status, headers: headers)
    }

    static func response(_ status: HTTPResponse.Status, type: String, bytes: [UInt8]) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
