import Foundation

/// Headless Chromium opening a page from disk (`file://`), as an office opens `output/` without
/// a server: what the page logged to the console (errors, uncaught exceptions, warnings) and the
/// document it ended with.
struct HeadlessChromium {
    let executable: URL
    /// A profile folder of the test's own, so nothing is written to the user's.
    let profile: URL

    /// Loads `page`, lets its scripts run, and returns its console lines and its final DOM.
    func load(_ page: URL) throws -> (console: [String], dom: String) {
        let result = try ExternalTool.run(executable, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0",
            "--virtual-time-budget=5000", "--dump-dom", page.absoluteString,
        ])
        let console = result.errors.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        return (console, result.output)
    }
}
