@testable import BonTotKit
import XCTest
import Yams

/// Counts are read on a fast path for plain decimals; every other spelling must still read as
/// YAML (Yams) reads it: octal after a leading zero, `_` separators, signs, radix prefixes.
final class FieldReaderIntegerTests: XCTestCase {
    func testEveryValueReadsAsYamsReadsIt() throws {
        let values = ["1", "42", "560", "0", "007", "010", "09", "1_000", "-3", "+4", "0x1F", "0o17", "0b101",
                      "12:30", "999999999999999999", "9999999999999999999", "1e3", "3.443", "12a", "", "'12'", "\"12\""]
        for value in values {
            let node = try XCTUnwrap(Yams.compose(yaml: "n: \(value)\n")?.mapping?["n"], value)
            XCTAssertEqual(FieldReader.integer(node), node.int, "\(value)")
        }
    }

    func testPlainDecimalsAndZeroPaddedCounts() throws {
        let node = { (text: String) in try XCTUnwrap(Yams.compose(yaml: "n: \(text)\n")?.mapping?["n"]) }
        XCTAssertEqual(FieldReader.integer(try node("560")), 560)
        XCTAssertEqual(FieldReader.integer(try node("010")), 8)
        XCTAssertNil(FieldReader.integer(try node("\"12\"")))
    }
}
