@testable import BonTotKit
import XCTest

/// Work spread over the cores gives what the same work done in order gives: every result, in
/// input order, each object handed on once (moved out of its slot, not left behind or freed).
final class ParallelTests: XCTestCase {
    /// How many objects of one test are alive: each test makes its own, so tests that ran at
    /// the same time would not count each other's objects.
    private final class LiveCount: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0

        /// The objects alive now.
        var alive: Int { lock.withLock { count } }

        /// Counts an object made.
        func born() { lock.withLock { count += 1 } }
        /// Counts an object freed.
        func died() { lock.withLock { count -= 1 } }
    }

    /// An object that tells its test's count when it is made and when it is freed.
    private final class Tracked: Sendable {
        let value: Int
        private let live: LiveCount

        init(_ value: Int, counted live: LiveCount) {
            self.value = value
            self.live = live
            live.born()
        }

        deinit { live.died() }
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
        let live = LiveCount()
        do {
            let kept = Parallel.compactMap(2_000) { $0 % 4 == 0 ? nil : Tracked($0, counted: live) }
            XCTAssertEqual(kept.count, 1_500)
            XCTAssertEqual(kept.map(\.value), (0..<2_000).filter { $0 % 4 != 0 })
            XCTAssertEqual(live.alive, 1_500, "none freed while still in use, none kept twice")
        }
        XCTAssertEqual(live.alive, 0, "all freed with the array")
    }

    func testMapOfItemsKeepsOrderAndFreesEveryResultWithItsArray() {
        let items = (0..<20_000).map { "mục \($0)" }
        XCTAssertEqual(Parallel.map(items) { $0.uppercased() }, items.map { $0.uppercased() })
        XCTAssertEqual(Parallel.map(["một"]) { $0 + "!" }, ["một!"])
        XCTAssertEqual(Parallel.map([String]()) { $0 }, [])
        let live = LiveCount()
        do {
            let made = Parallel.map(Array(0..<3_000)) { Tracked($0, counted: live) }
            XCTAssertEqual(made.map(\.value), Array(0..<3_000))
            XCTAssertEqual(live.alive, 3_000)
        }
        XCTAssertEqual(live.alive, 0)
    }

    func testBothGivesEachResult() {
        let (words, total) = Parallel.both({ ["một", "hai", "ba"] }, { (1...100).reduce(0, +) })
        XCTAssertEqual(words, ["một", "hai", "ba"])
        XCTAssertEqual(total, 5_050)
    }
}
