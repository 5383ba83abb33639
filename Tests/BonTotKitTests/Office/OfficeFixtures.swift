import Foundation

/// The committed office documents of `Tests/Fixtures/office` (made by `make_workbooks.py`,
/// `make_documents.py` and `make_attendance_documents.py` with openpyxl, python-docx and
/// LibreOffice; the tests need none of them).
enum OfficeFixtures {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/office")

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appending(path: name))
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try data(name))
    }
}
