@testable import BonTotKit
import XCTest

/// The charts' tones (`ChartTone`: one per level, best first) as the theme prints them: an office
/// prints in black and white, where a level known only by its hue is lost.
final class PrintedToneTests: XCTestCase {
    /// The ranking's chart printed its "xuất sắc" bars red and its "tốt" bars green, the same dark
    /// grey on a black-and-white printer, and its legend told them apart by colour alone.
    func testEachLevelPrintsAGreyOfItsOwnTheBestDarkest() throws {
        let css = String(decoding: try XCTUnwrap(BuiltInTheme.theme.assets["style.css"]), as: UTF8.self)
        let printed = css.components(separatedBy: "@media print").dropFirst().joined()
        var fills: [Int: String] = [:]
        for match in printed.matches(of: #/\.chart \.tone-([0-9]) \{ fill: (#[0-9a-f]{6});/#) {
            fills[Int(match.output.1) ?? -1] = String(match.output.2)
        }
        let greys = (0...3).map { Self.grey(fills[$0] ?? ChartTone.palette[$0]) }
        for first in 0..<greys.count {
            for second in first + 1..<greys.count {
                XCTAssertGreaterThanOrEqual(abs(greys[first] - greys[second]), 40,
                                            "tones \(first) and \(second) print as greys \(greys[first]) and \(greys[second]) of 255")
            }
        }
        XCTAssertEqual(greys, greys.sorted(), "the best level prints darkest")
    }

    /// The grey a black-and-white printer gives `hex` (`#b3161b` → 69), by its luma (Rec. 601).
    static func grey(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let red = Double(value >> 16 & 0xff), green = Double(value >> 8 & 0xff), blue = Double(value & 0xff)
        return 0.299 * red + 0.587 * green + 0.114 * blue
    }
}
