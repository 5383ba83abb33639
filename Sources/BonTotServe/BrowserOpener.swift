import Foundation

/// `bontot serve --open`: the preview opened in the desktop's browser, or, where none can be
/// opened (a server without a desktop, reached by SSH), one line saying so with the address to
/// open: `--open` failed without a word there.
enum BrowserOpener {
    /// Opens `address` with `xdg-open` (`open` on macOS); says the line when there is no desktop
    /// to open it on, or when the opener fails or ends with a failure.
    static func open(_ address: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                     say: @escaping @Sendable (String) -> Void) {
        #if os(Linux)
        // Without a display, xdg-open would start a text browser (lynx) in serve's own terminal.
        guard hasDesktop(environment) else { return say(notOpened(address)) }
        let opener = ["xdg-open", address]
        #else
        let opener = ["open", address]
        #endif
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = opener
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.terminationHandler = { ended in
            if ended.terminationStatus != 0 { say(notOpened(address)) }
        }
        do { try process.run() } catch { say(notOpened(address)) }
    }

    /// True when a graphical session is there to show a browser in.
    static func hasDesktop(_ environment: [String: String]) -> Bool {
        ["DISPLAY", "WAYLAND_DISPLAY"].contains { !(environment[$0] ?? "").isEmpty }
    }

    /// The line said when no browser could be opened.
    static func notOpened(_ address: String) -> String {
        "Không mở được trình duyệt trên máy này (không có màn hình hoặc trình duyệt); hãy mở \(address) trong trình duyệt"
            + " / no browser could be opened: open \(address)"
    }
}
