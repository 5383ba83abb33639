@testable import BonTotKit
import Foundation
import XCTest

/// The temporary folders LibreOffice converts in: one left by a bontot that ended (stopped while
/// LibreOffice ran) long ago is removed by the next conversion; one a running bontot converts
/// in, one changed lately (whose bontot may run in another container, its id looking ended),
/// or one named otherwise, is left.
final class ConversionFoldersTests: FolderTestCase {
    func testAFolderOfABontotThatEndedGoesAtTheNextConversionAndOthersStay() throws {
        // No process has this id: above the kernel's largest (`pid_max`).
        let ended = folder.appending(path: "\(ConversionFolders.prefix)\(Int32.max)-\(UUID().uuidString)")
        let running = folder.appending(path: "\(ConversionFolders.prefix)1-\(UUID().uuidString)")
        let fresh = folder.appending(path: "\(ConversionFolders.prefix)\(Int32.max - 1)-\(UUID().uuidString)")
        let older = folder.appending(path: "\(ConversionFolders.prefix)\(UUID().uuidString)")
        let other = folder.appending(path: "bontot-tests-\(Int32.max)-\(UUID().uuidString)")
        // Changed just longer ago than a conversion may run, but for the folder just made.
        let longAgo = Date().addingTimeInterval(-ConversionFolders.leftoverAge - 60)
        for made in [ended, running, fresh, older, other] {
            try FileManager.default.createDirectory(at: made.appending(path: "profile"), withIntermediateDirectories: true)
            try Data("điểm".utf8).write(to: made.appending(path: "nguon-0.xls"))
            if made != fresh { try FileManager.default.setAttributes([.modificationDate: longAgo], ofItemAtPath: made.path) }
        }

        let new = try ConversionFolders.make(in: folder)

        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        XCTAssertFalse(left.contains(ended.lastPathComponent), "the copy of a stopped bontot's workbook is still there")
        XCTAssertTrue(left.contains(fresh.lastPathComponent), "a folder changed lately, maybe in use by a bontot in another container, was removed")
        for kept in [running, older, other, new] {
            XCTAssertTrue(left.contains(kept.lastPathComponent), "\(kept.lastPathComponent), in use or not a conversion's, was removed")
        }
        let permissions = try FileManager.default.attributesOfItem(atPath: new.path)[.posixPermissions] as? Int
        XCTAssertEqual(permissions, 0o700, "another user of the machine can read the copy of the clerk's document")
    }
}
