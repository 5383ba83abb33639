import XCTest
@testable import BonTotKit

final class SlugFormattingTests: XCTestCase {
    func testFoldsVietnameseTitles() {
        XCTAssertEqual(Slug.fold("Chi bộ khu dân cư số 21"), "chi-bo-khu-dan-cu-so-21")
        XCTAssertEqual(Slug.fold("Phòng chống thiên tai"), "phong-chong-thien-tai")
        XCTAssertEqual(Slug.fold("Bí thư 8X xông pha trong lũ"), "bi-thu-8x-xong-pha-trong-lu")
        XCTAssertEqual(Slug.fold("ĐẢNG ỦY Ơ Ư Ă Â Ê Ô"), "dang-uy-o-u-a-a-e-o")
        XCTAssertEqual(Slug.fold("  Đoàn kết, kỷ luật -- tốt!  "), "doan-ket-ky-luat-tot")
        XCTAssertEqual(Slug.fold("Chuyển đổi số (2024)"), "chuyen-doi-so-2024")
        XCTAssertEqual(Slug.fold("???"), "")
    }

    func testFoldsDecomposedText() {
        let decomposed = "Chi bộ Đồng Tâm".decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(decomposed.unicodeScalars), Array("Chi bộ Đồng Tâm".unicodeScalars))
        XCTAssertEqual(Slug.fold(decomposed), "chi-bo-dong-tam")
    }

    func testValidity() {
        XCTAssertTrue(Slug.isValid("chi-bo-khu-dan-cu-so-21"))
        XCTAssertFalse(Slug.isValid(""))
        XCTAssertFalse(Slug.isValid("Chi-bo"))
        XCTAssertFalse(Slug.isValid("chi bo"))
        XCTAssertFalse(Slug.isValid("chi-bộ"))
    }

    func testFoldForSearchKeepsSpaces() {
        XCTAssertEqual(Slug.foldForSearch("Đảng viên  TỐT\n"), "dang vien tot")
        XCTAssertEqual(Slug.foldForSearch("Chi bộ 4 tốt, gương điển hình"), "chi bo 4 tot, guong dien hinh")
        XCTAssertTrue(Slug.foldForSearch("Kết nạp đảng viên mới").contains(Slug.foldForSearch("dang vien")))
    }
}
