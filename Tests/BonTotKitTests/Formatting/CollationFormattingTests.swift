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

    /// A Vietnamese dictionary sorts word by word, each word by its letters and then its tone
    /// (Vietlex: "đơn vị căn cứ để xếp là từng khối viết liền … tính từ trái sang phải"): every
    /// name beginning "Ba" before any beginning "Bà". The order compared all the letters first,
    /// and put "Bà Rịa" and "Bá Thước" before "Ba Vì", "Hạ Long" between "Hà Giang" and "Hà Tĩnh".
    func testNamesSortWordByWordAsInADictionary() {
        let dictionary = ["Ba", "Ba Vì", "Bà", "Bà Rịa", "Bá Thước", "Bác", "Bắc Ninh", "Dốc Miếu", "Đông Anh",
                          "Hà Giang", "Hà Tĩnh", "Hạ Long", "Hai Bà Trưng", "Hải Dương", "Hải Phòng"]
        XCTAssertEqual(VietnameseCollation.sorted(dictionary.reversed()), dictionary)
        XCTAssertEqual(VietnameseCollation.sorted(["Cá Biệt", "Cà Mau", "Ca Dao", "Cả Làng", "Cạ", "Cã"]),
                       ["Ca Dao", "Cà Mau", "Cả Làng", "Cã", "Cá Biệt", "Cạ"])
        XCTAssertTrue(VietnameseCollation.areInIncreasingOrder("Ba-Vì", "Bà"))
        XCTAssertTrue(VietnameseCollation.areInIncreasingOrder("Ba 2", "Bà 1"))
    }

    /// The tone belongs to the word: "Hoà" (old placement) and "Hòa" sort together, before "Hóa".
    func testATonesPlaceInTheWordDoesNotMoveIt() {
        XCTAssertEqual(VietnameseCollation.sorted(["Hóa Bình", "Hòa Thuận", "Hoà Bình", "Hoa Lư"]),
                       ["Hoa Lư", "Hoà Bình", "Hòa Thuận", "Hóa Bình"])
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
