@testable import BonTotKit
import XCTest

/// The fast reading of a minutes file's name that goes on from its branch's id with its month
/// (`ap-1-2024-09…`) agrees with the full reading (`MinutesFileNameCheck.named`) on every name,
/// the near misses included, so the check says the same with it as without.
final class MinutesFileNameTests: XCTestCase {
    func testTheFastReadingAgreesWithTheFullOne() {
        let slugs = ["ap-1-2024-09", "ap-1-2024-09-chuyen-de", "ap-1-2024-09-2", "ap-1-2024-13", "ap-1-2024-00", "ap-1-2024-9",
                     "ap-1-24-09", "ap-1-2024-09x", "ap-10-2024-09", "ap-1", "ap-1-", "ap-1-2024", "ap-1-abcd-09",
                     "ap-1-2024-09-2024-10", "ap-2-2024-09", "bien-ban-ap-1-2024-09"]
        for id in ["ap-1", "ap-10", "ap"] {
            for slug in slugs {
                let fast = MinutesFileNameCheck.startsWithMonth(slug, after: id)
                let full = MinutesFileNameCheck.named(slug)?.prefix == id
                XCTAssertTrue(!fast || full, "\(slug) after \(id): fast \(fast), full \(full)")
                if slug.hasPrefix(id + "-"), full { XCTAssertTrue(fast, "\(slug) after \(id): the fast reading misses it") }
            }
        }
    }
}
