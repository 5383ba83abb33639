@testable import BonTotKit
import Foundation
import XCTest

extension XCTestCase {
    /// Puts first on the `PATH`, until the test ends, a `soffice` in `folder` that notes each
    /// start and runs `executable` (but, when `failingFirst`, fails at its first start, saying
    /// so on its error output); returns how to read the number of starts.
    func countingLibreOffice(_ executable: URL, in folder: URL, failingFirst: Bool = false) throws -> () throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let log = folder.appending(path: "starts.log")
        let script = folder.appending(path: "soffice")
        let failure = failingFirst ? "[ -s '\(log.path)' ] || { echo started >> '\(log.path)'; echo 'Error: no display' >&2; exit 1; }\n" : ""
        try "#!/bin/sh\n\(failure)echo started >> '\(log.path)'\nexec '\(executable.path)' \"$@\"\n".write(to: script, atomically: true, encoding: .utf8)
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
