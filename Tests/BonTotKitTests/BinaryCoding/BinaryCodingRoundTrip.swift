import BonTotKit
import XCTest

/// Encodes `value`, decodes the bytes, and asserts the result equals `value`; returns the bytes.
@discardableResult
func assertBinaryRoundTrip<T: Codable & Equatable>(_ value: T, file: StaticString = #filePath, line: UInt = #line) -> [UInt8] {
    do {
        let bytes = try BinaryEncoder().encode(value)
        let decoded = try BinaryDecoder().decode(T.self, from: bytes)
        XCTAssertEqual(decoded, value, file: file, line: line)
        return bytes
    } catch {
        XCTFail("\(T.self) does not round-trip: \(error)", file: file, line: line)
        return []
    }
}
