@testable import BonTotKit
import XCTest

/// Asserts that each sentence of `readings`, after `lead` ("Có mặt: 25/28 đồng chí; "), reads as
/// the text after it, read by `read` (by default the absent named with their reasons and the
/// excused/unexcused, `AttendanceLineReading.absent`): one table of the sentences a clerk writes, a
/// failure naming the sentence that failed.
func assertReadings(_ readings: KeyValuePairs<String, String>, after lead: String = "",
                    by read: (String) -> String = AttendanceLineReading.absent(_:), file: StaticString = #filePath, line: UInt = #line) {
    for (sentence, expected) in readings {
        XCTAssertEqual(read(lead + sentence), expected, "'\(sentence)'", file: file, line: line)
    }
}

/// Asserts the front matter `import minutes` writes for `words` after "Có mặt: `present`/28 đồng
/// chí; ": its attendance line ending as `attendance`, its `absent:` entries (each "name, reason:
/// …"), the reasons-unsaid warning (with its unexcused count, none when nil) and the villages of
/// heads with no name the editor is asked about (none when empty).
func assertAbsentWritten(_ words: String, present: Int, attendance: String, absent: [String], unsaid: Int? = nil,
                         villages: [String] = [], file: StaticString = #filePath, line: UInt = #line) {
    let source = "thang-10.docx"
    let text = "Có mặt: \(present)/28 đồng chí; " + words
    let front = AttendanceLineReading.frontMatter(text)
    let facts = AttendanceLineReading.facts(text)
    XCTAssertTrue(front.contains("attendance: { present: \(present), expected: 28, " + attendance + "\n"), front, file: file, line: line)
    let written = absent.isEmpty ? "" : "absent:\n" + absent.map { "  - { name: \($0) }\n" }.joined()
    XCTAssertTrue(front.contains("\n" + written + "# resolutions:"), front, file: file, line: line)
    if absent.isEmpty { XCTAssertFalse(front.contains("\nabsent:"), front, file: file, line: line) }
    let warning = AttendanceMessages.reasonsUnsaid(facts, source: source)
    if let unsaid {
        XCTAssertTrue(warning?.contains("đã ghi là vắng không lý do (unexcused: \(unsaid))") == true, warning ?? "no warning",
                      file: file, line: line)
    } else {
        XCTAssertNil(warning, file: file, line: line)
    }
    let heads = AttendanceMessages.unnamedVillageHeads(facts, source: source)
    if villages.isEmpty {
        XCTAssertNil(heads, file: file, line: line)
    } else {
        XCTAssertTrue(heads?.contains(villages.map { "'\($0)'" }.joined(separator: ", ") + " là tên thôn") == true, heads ?? "no warning",
                      file: file, line: line)
    }
}
