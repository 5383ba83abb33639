import Foundation

/// The committed office documents of `Tests/Fixtures/office` (made by `make_workbooks.py`,
/// `make_documents.py`, `make_attendance_documents.py` and `make_wording_documents.py` with openpyxl, python-docx and
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

    /// The minimal site's ap-1 as the documents of November 2026 count it (99 members, 16 exempt
    /// from meetings, 83 expected), so that their attendance is not above the branch's members.
    static func siteOfTheDocuments() throws -> URL {
        let branch = try String(contentsOf: ValidationSite.fixtures.appending(path: "minimal/content/branches/ap-1.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "members: { official: 40, probationary: 2 }", with: "members: { official: 97, probationary: 2 }")
            .replacingOccurrences(of: "exempt: 2\n", with: "exempt: 16\n")
        return try ValidationSite.make("minimal", ["content/branches/ap-1.yaml": .text(branch)])
    }
}
