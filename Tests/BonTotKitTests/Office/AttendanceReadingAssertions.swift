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
