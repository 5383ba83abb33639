@testable import BonTotKit
import Foundation
import XCTest

/// How the counting `soffice` (`countingLibreOffice`) fails at its first start, as LibreOffice
/// fails through the machine: never the workbook's fault.
enum FirstStartFailure {
    /// Ends with status 1 saying why ("Error: no display"), as a LibreOffice that cannot start.
    case sayingSo
    /// Killed by a signal (9), saying nothing, as the out-of-memory killer kills it.
    case killed
    /// Ends with `status` saying nothing, as LibreOffice ends with 81 asking to be started again
    /// once it has made its profile.
    case silent(status: Int32)

    /// The shell commands the first start runs instead of LibreOffice.
    var commands: String {
        switch self {
        case .sayingSo: "echo 'Error: no display' >&2; exit 1"
        case .killed: "kill -9 $$"
        case .silent(let status): "exit \(status)"
        }
    }
}

extension XCTestCase {
    /// Puts first on the `PATH`, until the test ends, a `soffice` in `folder` that notes each
    /// start and runs `executable` (but, when `failingFirst`, fails at its first start, saying
    /// so on its error output); returns how to read the number of starts.
    func countingLibreOffice(_ executable: URL, in folder: URL, failingFirst: Bool = false) throws -> () throws -> Int {
        try countingLibreOffice(executable, in: folder, failingFirstAs: failingFirst ? .sayingSo : nil)
    }

    /// The counting `soffice` failing at its first start as `failure` says (nil: never).
    func countingLibreOffice(_ executable: URL, in folder: URL, failingFirstAs failure: FirstStartFailure?) throws -> () throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let log = folder.appending(path: "starts.log")
        let script = folder.appending(path: "soffice")
        let first = failure.map { "[ -s '\(log.path)' ] || { echo started >> '\(log.path)'; \($0.commands); }\n" } ?? ""
        try "#!/bin/sh\n\(first)echo started >> '\(log.path)'\nexec '\(executable.path)' \"$@\"\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        setenv("PATH", "\(folder.path):\(path)", 1)
        addTeardownBlock { setenv("PATH", path, 1) }
        return {
            guard let text = try? String(contentsOf: log, encoding: .utf8) else { return 0 }
            return text.split(separator: "\n").count
        }
    }
}

extension XCTestCase {
    /// Gives the counting `soffice` in `folder` (`countingLibreOffice`) the modification time of
    /// `secondsAgo` (an hour by default), as an upgrade of LibreOffice gives its program the time
    /// of its package: the same command on the `PATH`, another LibreOffice.
    func upgradeCountingLibreOffice(in folder: URL, secondsAgo: TimeInterval = 3600) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -secondsAgo)],
                                              ofItemAtPath: folder.appending(path: "soffice").path)
    }
}
