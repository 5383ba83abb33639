import XCTest

/// Asserts that each sentence of `readings` reads as the text after it, read by `read` (by default
/// the absent named with their reasons and the excused/unexcused, `AttendanceLineReading.absent`):
/// one table of the sentences a clerk writes, a failure naming the sentence that failed.
func assertReadings(_ readings: KeyValuePairs<String, String>, by read: (String) -> String = AttendanceLineReading.absent(_:),
                    file: StaticString = #filePath, line: UInt = #line) {
    for (sentence, expected) in readings {
        XCTAssertEqual(read(sentence), expected, "'\(sentence)'", file: file, line: line)
    }
}
