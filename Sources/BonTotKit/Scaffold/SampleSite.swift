import Foundation

/// `bontot init`: a new site with a small sample (two branches, one evaluation, three meetings,
/// one story) that builds at once and shows every section of the portal, for the editor to
/// rename and fill in.
public enum SampleSite {
    /// The sample's files: path relative to the site → text.
    public static let files: [String: String] = [
        "site.yaml": """
            # Cài đặt của cổng thông tin. Sửa tên, địa danh cho đúng đơn vị mình.
            title: Cổng thông tin Đảng bộ xã Mẫu
            organization: Đảng bộ xã Mẫu    # đơn vị phát hành
            parent: Đảng bộ huyện Mẫu    # cấp ủy cấp trên
            issuer: Đảng ủy xã Mẫu    # nơi ký bản tin
            place: Xã Mẫu    # địa danh ghi ở "…, ngày … tháng … năm …"
            # base_url: địa chỉ tuyệt đối của cổng khi đưa lên mạng nội bộ, ví dụ https://intranet.example/dang-bo/;
            # cần cho feed.xml và sitemap.xml. Địa chỉ dưới đây là của bản xem trước `bontot serve`, chỉ mở được trên máy này:
            # hãy thay trước khi chép trang đi nơi khác (bontot build nhắc việc này).
            base_url: http://127.0.0.1:8080/
            language: vi
            allow_html: false    # true: giữ mã HTML viết trong Markdown
            clusters:    # cụm thi đua
              cum-1: Cụm thi đua khu dân cư và trường học

            """,
        "content/rubric.yaml": """
            # Thang điểm "Chi bộ 4 tốt": bốn tiêu chí, mức xếp loại theo tổng điểm.
            scale: 100
            criteria:
              - { id: nhiem-vu-chinh-tri, name: Lãnh đạo hoàn thành tốt nhiệm vụ chính trị, max: 30 }
              - { id: sinh-hoat, name: Chất lượng sinh hoạt tốt, max: 30 }
              - { id: doan-ket-ky-luat, name: "Đoàn kết, kỷ luật tốt", max: 20 }
              - { id: dang-vien, name: "Cán bộ, đảng viên tốt", max: 20 }
            bonus_max: 5
            levels:
              - { id: xuat-sac, name: Hoàn thành xuất sắc nhiệm vụ, min: 90 }
              - { id: tot, name: Hoàn thành tốt nhiệm vụ, min: 70 }
              - { id: hoan-thanh, name: Hoàn thành nhiệm vụ, min: 50 }
              - { id: khong-hoan-thanh, name: Không hoàn thành nhiệm vụ, min: 0 }
            four_good:
              # title: Chi bộ trong sạch, vững mạnh    # tên danh hiệu; bỏ dòng này thì là "Chi bộ 4 tốt"
              min_share_each: 0.8
              min_level: tot
              no_violations: true
            excellent_quota: 0.5

            """,
        "content/branches/khu-dan-cu-so-1.yaml": """
            name: Chi bộ khu dân cư số 1
            kind: khu-dan-cu
            cluster: cum-1
            secretary: Nguyễn Văn An
            deputies: [Trần Thị Bình]
            committee: [Trần Thị Bình, Lê Văn Cường]
            members: { official: 32, probationary: 2 }
            exempt: 3
            households: 410
            assigned: { members: 28, households: 410, max: 18, min: 10 }
            founded: 1978-05-19
            address: Thôn Một, xã Mẫu
            summary: Chi bộ đông đảng viên nhất xã, mỗi đảng viên phụ trách từ 10 đến 18 hộ.

            """,
        "content/branches/truong-tieu-hoc.yaml": """
            name: Chi bộ Trường Tiểu học xã Mẫu
            kind: truong-hoc
            cluster: cum-1
            secretary: Phạm Thị Dung
            members: { official: 12, probationary: 1 }
            founded: 1995-09-05
            summary: Chi bộ của thầy cô giáo Trường Tiểu học xã Mẫu.

            """,
        "content/evaluations/2024.yaml": """
            period: 2024
            title: Kết quả chấm điểm thi đua năm 2024
            scores:
              khu-dan-cu-so-1:
                nhiem-vu-chinh-tri: 28
                sinh-hoat: 27
                doan-ket-ky-luat: 18
                dang-vien: 18
                bonus: 2
              truong-tieu-hoc:
                nhiem-vu-chinh-tri: 25
                sinh-hoat: 24
                doan-ket-ky-luat: 17
                dang-vien: 16

            """,
        "content/minutes/2025/khu-dan-cu-so-1-2025-01.md": """
            ---
            branch: khu-dan-cu-so-1
            date: 2025-01-06
            kind: thuong-ky
            topic: Chăm lo Tết cho hộ nghèo, hộ chính sách
            format: truc-tiep
            chair: Nguyễn Văn An
            recorder: Trần Thị Bình
            start: "19:30"
            end: "21:10"
            attendance: { present: 29, expected: 31, excused: 2, unexcused: 0 }
            speakers: 7
            resolutions:
              - { text: Thăm và tặng quà Tết 15 hộ nghèo, due: 2025-01-25 }
            ---
            ## Diễn biến

            Đồng chí Bí thư báo cáo kết quả tháng 12; các đảng viên phụ trách hộ báo cáo hoàn cảnh từng hộ khó khăn.

            ## Kết luận

            Chi bộ thống nhất phân công mỗi chi ủy viên phụ trách thăm năm hộ trước Tết.

            """,
        "content/minutes/2025/khu-dan-cu-so-1-2025-02.md": """
            ---
            branch: khu-dan-cu-so-1
            date: 2025-02-10
            kind: thuong-ky
            topic: Ra quân trồng cây đầu xuân
            chair: Nguyễn Văn An
            recorder: Trần Thị Bình
            attendance: { present: 30, expected: 31, excused: 1, unexcused: 0 }
            ---
            Chi bộ đánh giá công tác bảo đảm an ninh trật tự dịp Tết và giao nhiệm vụ trồng 300 cây xanh.

            """,
        "content/minutes/2025/truong-tieu-hoc-2025-01.md": """
            ---
            branch: truong-tieu-hoc
            date: 2025-01-08
            kind: chuyen-de
            topic: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
            chair: Phạm Thị Dung
            attendance: { present: 13, expected: 13 }
            ---
            Các đảng viên đăng ký việc làm cụ thể để nêu gương trước học sinh.

            """,
        "content/stories/mot-dang-vien-muoi-ho-dan.md": """
            ---
            title: Một đảng viên, mười hộ dân
            kind: mo-hinh
            branch: khu-dan-cu-so-1
            date: 2025-01-20
            tags: [dân vận khéo, đảng viên phụ trách hộ]
            summary: Ở khu dân cư số 1, mỗi đảng viên phụ trách hộ là người đầu tiên dân tìm đến.
            ---
            Từ năm 2020, Chi bộ khu dân cư số 1 phân công mỗi đảng viên phụ trách từ 10 đến 18 hộ gia đình.

            Mỗi tháng, đảng viên đến từng hộ, nghe ý kiến của dân và báo cáo tại buổi sinh hoạt chi bộ \
            (xem [biên bản sinh hoạt tháng 1/2025](../minutes/2025/khu-dan-cu-so-1-2025-01.md)).

            """,
    ]

    /// Writes the sample into `folder`, which must be missing or empty; returns the paths written.
    @discardableResult
    public static func write(to folder: URL) throws -> [String] {
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: folder.path), !existing.isEmpty {
            throw NewContent.Refusal(description: "\(folder.path) đã có tệp; hãy chọn một thư mục mới hoặc trống / the folder is not empty")
        }
        for path in files.keys.sorted() {
            let url = folder.appending(path: path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((files[path] ?? "").utf8).write(to: url)
        }
        return files.keys.sorted()
    }
}
