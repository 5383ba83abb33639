@testable import BonTotKit
import XCTest
import Yams

/// Counts are read on a fast path for plain decimals; every other spelling must still read as
/// YAML (Yams) reads it (`_` separators, signs, radix prefixes), but for a count typed with a
/// leading zero (`present: 025`), which is read in decimal, as the office means it, not in octal.
final class FieldReaderIntegerTests: XCTestCase {
    func testEveryValueReadsAsYamsReadsIt() throws {
        let values = ["1", "42", "560", "0", "1_000", "-3", "+4", "0x1F", "0o17", "0b101",
                      "12:30", "999999999999999999", "9999999999999999999", "1e3", "3.443", "12a", "", "'12'", "\"12\""]
        for value in values {
            let node = try XCTUnwrap(Yams.compose(yaml: "n: \(value)\n")?.mapping?["n"], value)
            XCTAssertEqual(FieldReader.integer(node), node.int, "\(value)")
        }
    }

    func testPlainDecimalsAndZeroPaddedCounts() throws {
        let node = { (text: String) in try XCTUnwrap(Yams.compose(yaml: "n: \(text)\n")?.mapping?["n"]) }
        XCTAssertEqual(FieldReader.integer(try node("560")), 560)
        XCTAssertEqual(FieldReader.integer(try node("010")), 10)
        XCTAssertEqual(FieldReader.integer(try node("007")), 7)
        XCTAssertEqual(FieldReader.integer(try node("09")), 9)
        XCTAssertEqual(FieldReader.integer(try node("025")), 25, "YAML alone reads 21 (octal)")
        XCTAssertNil(FieldReader.integer(try node("\"12\"")))
    }
}
