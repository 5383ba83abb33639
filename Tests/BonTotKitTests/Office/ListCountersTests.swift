@testable import BonTotOffice
import XCTest

/// The numbers Word and LibreOffice show before the items of their numbered lists, which the
/// import now gives (`WordParagraph.listLabel`): counted on within a list, sub-levels afresh
/// under each item, in Roman numerals, letters or figures.
final class ListCountersTests: XCTestCase {
    func testLabelsCountOnAndStartSubLevelsAfresh() {
        let formats: [Int: ListLevelFormat] = [
            0: ListLevelFormat(style: .upperRoman, pattern: "%1."),
            1: ListLevelFormat(style: .decimal, pattern: "%2."),
            2: ListLevelFormat(style: .lowerLetter, pattern: "%1.%2.%3)"),
        ]
        var counters = ListCounters()
        let labels = [0, 1, 1, 2, 0, 1, 0, 0, 0].map { counters.next(list: "20", level: $0, formats: formats) }
        XCTAssertEqual(labels, ["I.", "1.", "2.", "I.2.a)", "II.", "1.", "III.", "IV.", "V."])
        XCTAssertEqual(counters.next(list: "21", level: 0, formats: [0: ListLevelFormat(style: .decimal, start: 5, pattern: "%1)")]), "5)")
        counters.restart("20")
        XCTAssertEqual(counters.next(list: "20", level: 0, formats: formats), "I.")
        XCTAssertNil(counters.next(list: "22", level: 0, formats: [0: ListLevelFormat(style: .bullet, pattern: "")]))
    }

    /// A level started afresh in a count other lists share starts the levels below it afresh
    /// too, and leaves the levels above it as they were.
    func testRestartingALevel() {
        let formats: [Int: ListLevelFormat] = [0: ListLevelFormat(style: .decimal, pattern: "%1."),
                                               1: ListLevelFormat(style: .lowerLetter, start: 3, pattern: "%1.%2.")]
        var counters = ListCounters()
        _ = [0, 0, 1, 1].map { counters.next(list: "a", level: $0, formats: formats) }
        counters.restart("a", level: 1)
        XCTAssertEqual(counters.next(list: "a", level: 1, formats: formats), "2.c.")
        counters.restart("a", level: 0)
        XCTAssertEqual([0, 1].map { counters.next(list: "a", level: $0, formats: formats) }, ["1.", "1.c."])
        counters.restart("none", level: 0)
        XCTAssertEqual(counters.next(list: "none", level: 0, formats: formats), "1.")
    }

    /// A damaged or hostile list starting at 2^63 - 1, or below 0, is counted without overflow.
    func testAStartNoListHasDoesNotOverflow() {
        var counters = ListCounters()
        let huge: [Int: ListLevelFormat] = [0: ListLevelFormat(style: .decimal, start: .max, pattern: "%1.")]
        XCTAssertEqual([counters.next(list: "1", level: 0, formats: huge), counters.next(list: "1", level: 0, formats: huge)],
                       ["1000000.", "1000001."])
        let below: [Int: ListLevelFormat] = [0: ListLevelFormat(style: .upperRoman, start: .min, pattern: "%1.")]
        XCTAssertEqual(counters.next(list: "2", level: 0, formats: below), "0.")
    }

    func testNumeralsAndLetters() {
        XCTAssertEqual([4, 9, 14, 39, 2024].map { ListLevelFormat(style: .upperRoman, pattern: "").written($0) },
                       ["IV", "IX", "XIV", "XXXIX", "MMXXIV"])
        XCTAssertEqual([1, 26, 27].map { ListLevelFormat(style: .lowerLetter, pattern: "").written($0) }, ["a", "z", "aa"])
    }
}
