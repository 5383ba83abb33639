import XCTest
@testable import BonTotKit

final class CollationFormattingTests: XCTestCase {
    func testBaseLettersComeBeforeTheirHatsAndDBeforeĐ() {
        XCTAssertTrue(VietnameseCollation.areInIncreasingOrder("Ấp Bắc", "Bình Minh"))
        XCTAssertTrue(VietnameseCollation.areInIncreasingOrder("Đồng Tâm", "Eo Gió"))
        XCTAssertTrue(VietnameseCollation.areInIncreasingOrder("Dũng", "Đức"))
        XCTAssertFalse(VietnameseCollation.areInIncreasingOrder("Eo Gió", "Đồng Tâm"))
        XCTAssertEqual(VietnameseCollation.sorted(["Eo Gió", "Đồng Tâm", "Bình Minh", "Ấp Bắc", "Đức", "Dũng"]),
                       ["Ấp Bắc", "Bình Minh", "Dũng", "Đồng Tâm", "Đức", "Eo Gió"])
    }

    func testTonesFollowTheBaseLetterInDictionaryOrder() {
        let ordered = ["Dung", "Dùng", "Dủng", "Dũng", "Dúng", "Dụng", "Dưng", "Đung"]
        XCTAssertEqual(VietnameseCollation.sorted(ordered.reversed()), ordered)
        XCTAssertEqual(VietnameseCollation.sorted(["ân", "ăn", "an", "Ba Bà", "Bà Ba", "bac"]),
                       ["an", "ăn", "ân", "Ba Bà", "Bà Ba", "bac"])
    }

    func testAgreesWithFoundationsVietnameseLocale() {
        let names = ["Ông Ích Khiêm", "Ơn Sâu", "Ô Chợ Dừa", "Yên Hòa", "Ưng Hòe", "Uy Nỗ", "Hòa Thuận",
                     "Hoà Bình", "Hoàng Văn Thụ", "Giồng Riềng", "Kho Vàng", "Ngọc Hà", "Nghĩa Đô", "Ấp Bắc",
                     "An Khánh", "Ăn Ninh", "Đồng Tâm", "Dịch Vọng", "Trung Hòa", "Trúc Bạch", "Thành Công"]
        let vietnamese = Locale(identifier: "vi_VN")
        let foundation = names.sorted { $0.compare($1, locale: vietnamese) == .orderedAscending }
        XCTAssertEqual(VietnameseCollation.sorted(names), foundation)
    }

    func testNumbersCompareByValue() {
        XCTAssertTrue(VietnameseCollation.areInIncreasingOrder("Chi bộ khu dân cư số 3", "Chi bộ khu dân cư số 21"))
        XCTAssertTrue(VietnameseCollation.areInIncreasingOrder("Tổ 2", "Tổ A"))
    }

    func testTheOrderIsTotalAndIgnoresNormalization() {
        let composed = "Đồng Tâm", decomposed = "Đồng Tâm".decomposedStringWithCanonicalMapping
        XCTAssertEqual(VietnameseCollation.compare(composed, decomposed), .orderedSame)
        XCTAssertEqual(VietnameseCollation.compare("an", "An"), .orderedAscending)
        XCTAssertEqual(VietnameseCollation.compare("An", "an"), .orderedDescending)
        XCTAssertEqual(VietnameseCollation.compare("a-b", "a b"), .orderedDescending)
        XCTAssertEqual(VietnameseSortKey("Đức"), VietnameseSortKey("Đức".decomposedStringWithCanonicalMapping))
    }

    func testSortingByNameKeepsItemsWithEqualNamesInOrder() {
        let items = [(1, "Bình"), (2, "An"), (3, "Bình"), (4, "Ấp")]
        XCTAssertEqual(VietnameseCollation.sorted(items) { $0.1 }.map(\.0), [2, 4, 1, 3])
    }
}
