import BonTotKit
import Foundation
import XCTest

/// Minutes or a branch file whose every letter beyond ASCII was lost as '?' ("T?ng k?t"):
/// saved once in a code page that lacked them, and since as it stood, its bytes are plain
/// ASCII and read as UTF-8, and the build was silent while the portal printed the '?'. It is
/// told that the letters were lost before and cannot be brought back, not that it is "ANSI".
final class LostLettersTextFileTests: XCTestCase {
    private let minutes = "content/minutes/2024/ap-2-2024-09.md"
    private let head = "---\nbranch: ap-2\ndate: 2024-09-06\nkind: thuong-ky\n---\n"

    func testMinutesOfPlainLettersThatLostLettersAreTold() throws {
        let loaded = try ValidationSite.load("minimal", [minutes: .text(head + "Chi bo trien khai nghi quyet.\nT?ng k?t qu? III, Huy?n ?y.\n")])
        assertDiagnostics(loaded, [
            .warning(minutes, 7, "tệp có dấu '?' thay cho chữ có dấu (như 'T?ng' ở dòng 7; cả tệp có 4 chữ như vậy): các chữ ấy đã mất "
                     + "từ trước, khi tệp được lưu bằng một bảng mã không có chúng (như ANSI của Windows), nên lưu lại hay chuyển mã cũng "
                     + "không lấy lại được; hãy gõ lại các chữ có dấu '?'"),
        ])
        XCTAssertFalse(loaded.diagnostics.sorted.first?.message.contains("không phải UTF-8") ?? true, "it reads as UTF-8")
    }

    func testABranchFileOfPlainLettersThatLostLettersIsTold() throws {
        let branch = "name: Chi bo ap 2\nkind: khu-dan-cu\ncluster: cum-ap\nsecretary: Nguy?n V?n An\nmembers: { official: 31, probationary: 0 }\n"
        try assertDiagnostics(["content/branches/ap-2.yaml": .text(branch)], [
            .warning("content/branches/ap-2.yaml", 4, "tệp có dấu '?' thay cho chữ có dấu (như 'Nguy?n' ở dòng 4; cả tệp có 2 chữ như vậy)"),
        ])
    }

    /// A '?' typed in a file that holds its letters, or a question in one of plain letters.
    func testTypedQuestionsAreNotTold() throws {
        try assertDiagnostics([minutes: .text(head + "Chi bộ hỏi: T?ng số bao nhiêu?\n")], [])
        try assertDiagnostics([minutes: .text(head + "Hoi dap: ?ai phu trach? Cau 3?a. Q?A\n")], [])
    }

    /// A code example in a story of plain letters: "c?a:b" there is a choice written in code,
    /// which read as "của" that lost a letter and was told.
    func testCodeInAStoryOfPlainLettersIsNotTold() throws {
        let story = "content/stories/huong-dan.md"
        let head = "---\ntitle: Huong dan\nkind: mo-hinh\ndate: 2025-02-02\n---\n"
        try assertDiagnostics([story: .text(head + "Dung lenh sau:\n\n```\nx = c?a:b\n```\n\nHoac `n?o:p` trong code.\n")], [])
        try assertDiagnostics([story: .text(head + "Dung lenh sau:\n\n~~~~\n```\nx = c?a:b\n~~~~\n\nHoac ``n?o:p`` va `(?i)` `(?m)`.\n")], [])
        try assertDiagnostics([story: .text(head + "Dung lenh `x` sau: T?ng k?t qu? III.\n")], [
            .warning(story, 6, "tệp có dấu '?' thay cho chữ có dấu (như 'T?ng' ở dòng 6; cả tệp có 2 chữ như vậy)"),
        ])
    }
}
