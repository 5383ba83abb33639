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

extension XCTestCase {
    /// Builds `site` twice, its LibreOffice (counted by `starts`) failing through the machine at
    /// its first start: the first build fails, calling the workbook nothing damaged and keeping
    /// no damage note (`.bontot-cache/converted/<key>.damaged`), the second
    /// converts the unchanged workbook, LibreOffice started again. Returns the first build.
    @discardableResult
    func assertTriedAgainAfterAMachineFailure(_ site: IncrementalSite, starts: () throws -> Int,
                                              file: StaticString = #filePath, line: UInt = #line) throws -> BuildReport {
        let failed = site.build()
        XCTAssertFalse(failed.succeeded, file: file, line: line)
        XCTAssertEqual(try starts(), 1, file: file, line: line)
        XCTAssertFalse(failed.problems.contains("tệp hỏng"), "the workbook is not damaged: \(failed.problems)", file: file, line: line)
        XCTAssertEqual(((try? site.files(in: ".bontot-cache/converted")) ?? []).filter { $0.hasSuffix(".damaged") }, [],
                       "no damage note for a LibreOffice that failed through the machine", file: file, line: line)

        let next = site.build()
        XCTAssertTrue(next.succeeded, "the unchanged .xls is converted again:\n\(next.problems)", file: file, line: line)
        XCTAssertEqual(try starts(), 2, "LibreOffice is started again", file: file, line: line)
        return failed
    }

    /// Builds `site` twice (LibreOffice, counted by `starts`, started once), upgrades its
    /// LibreOffice (`upgradeCountingLibreOffice`) and builds again: LibreOffice converts the
    /// unchanged workbook afresh, as a clean build would, and `page` (read after each build)
    /// is the same.
    func assertConvertedAgainAfterAnUpgrade(_ site: IncrementalSite, starts: () throws -> Int, page: () throws -> String,
                                            file: StaticString = #filePath, line: UInt = #line) throws {
        let first = site.build()
        XCTAssertTrue(first.succeeded, first.problems, file: file, line: line)
        let shown = try page()
        let second = site.build()
        XCTAssertTrue(second.succeeded, second.problems, file: file, line: line)
        XCTAssertEqual(try starts(), 1, "the .xls is unchanged: what LibreOffice made of it is kept", file: file, line: line)

        try upgradeCountingLibreOffice(in: site.sibling("bin"))
        let upgraded = site.build()
        XCTAssertTrue(upgraded.succeeded, upgraded.problems, file: file, line: line)
        XCTAssertEqual(try starts(), 2, "LibreOffice was upgraded: the workbook is converted again, as a clean build would",
                       file: file, line: line)
        XCTAssertEqual(try page(), shown, file: file, line: line)
    }

    /// Builds `site`, whose .xls is damaged, twice: the first build fails calling it damaged
    /// (LibreOffice, counted by `starts`, started once), the second gives the same error without
    /// starting LibreOffice again. Returns the first build.
    @discardableResult
    func assertADamagedXLSKeepsItsError(_ site: IncrementalSite, starts: () throws -> Int,
                                        file: StaticString = #filePath, line: UInt = #line) throws -> BuildReport {
        let first = site.build()
        XCTAssertFalse(first.succeeded, file: file, line: line)
        XCTAssertTrue(first.problems.contains("tệp hỏng"), first.problems, file: file, line: line)
        XCTAssertEqual(try starts(), 1, file: file, line: line)

        let second = site.build()
        XCTAssertFalse(second.succeeded, file: file, line: line)
        XCTAssertEqual(second.problems, first.problems, "the same error, at the same file and line", file: file, line: line)
        XCTAssertEqual(try starts(), 1, "the damaged .xls is unchanged: LibreOffice is not started again", file: file, line: line)
        return first
    }
}
