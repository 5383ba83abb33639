@testable import BonTotKit
import XCTest

/// Work spread over the cores gives what the same work done in order gives: every result, in
/// input order, each object handed on once (moved out of its slot, not left behind or freed).
final class ParallelTests: XCTestCase {
    /// An object that counts how many of its kind are alive.
    private final class Tracked: @unchecked Sendable {
        static let lock = NSLock()
        nonisolated(unsafe) static var alive = 0
        let value: Int

        init(_ value: Int) {
            self.value = value
            Self.lock.withLock { Self.alive += 1 }
        }

        deinit { Self.lock.withLock { Self.alive -= 1 } }
    }

    func testMapKeepsInputOrder() {
        XCTAssertEqual(Parallel.map(10_000) { $0 * 3 }, (0..<10_000).map { $0 * 3 })
        XCTAssertEqual(Parallel.map(1) { $0 + 7 }, [7])
        XCTAssertEqual(Parallel.map(0) { $0 }, [])
    }

    func testCompactMapDropsNilsAndKeepsOrder() {
        let odd = Parallel.compactMap(5_001) { $0 % 2 == 1 ? "số \($0)" : nil }
        XCTAssertEqual(odd, (0..<5_001).filter { $0 % 2 == 1 }.map { "số \($0)" })
        XCTAssertEqual(Parallel.compactMap(3) { _ -> Int? in nil }, [])
    }

    func testResultsAreHandedOnOnceAndFreedWithTheirArray() {
        let before = Tracked.lock.withLock { Tracked.alive }
        do {
            let kept = Parallel.compactMap(2_000) { $0 % 4 == 0 ? nil : Tracked($0) }
            XCTAssertEqual(kept.count, 1_500)
            XCTAssertEqual(kept.map(\.value), (0..<2_000).filter { $0 % 4 != 0 })
            XCTAssertEqual(Tracked.lock.withLock { Tracked.alive }, before + 1_500, "none freed while still in use, none kept twice")
        }
        XCTAssertEqual(Tracked.lock.withLock { Tracked.alive }, before, "all freed with the array")
    }

    func testMapOfItemsKeepsOrderAndFreesEveryResultWithItsArray() {
        let items = (0..<20_000).map { "mục \($0)" }
        XCTAssertEqual(Parallel.map(items) { $0.uppercased() }, items.map { $0.uppercased() })
        XCTAssertEqual(Parallel.map(["một"]) { $0 + "!" }, ["một!"])
        XCTAssertEqual(Parallel.map([String]()) { $0 }, [])
        let before = Tracked.lock.withLock { Tracked.alive }
        do {
            let made = Parallel.map(Array(0..<3_000)) { Tracked($0) }
            XCTAssertEqual(made.map(\.value), Array(0..<3_000))
            XCTAssertEqual(Tracked.lock.withLock { Tracked.alive }, before + 3_000)
        }
        XCTAssertEqual(Tracked.lock.withLock { Tracked.alive }, before)
    }

    func testBothGivesEachResult() {
        let (words, total) = Parallel.both({ ["một", "hai", "ba"] }, { (1...100).reduce(0, +) })
        XCTAssertEqual(words, ["một", "hai", "ba"])
        XCTAssertEqual(total, 5_050)
    }
}
