/// The text of new content files (`bontot new`): every field of the formats in SPEC §1, the
/// ones that need a value filled in, the others commented out with a Vietnamese hint, so the
/// file passes `bontot check` as written and the editor uncomments what the meeting had. The
/// body of new minutes and of a new story holds placeholder sentences (`SkeletonPlaceholder`), which `check`
/// warns about until they are replaced.
public enum Skeleton {
    /// A meeting's minutes for `branch` on `date`.
    public static func minutes(branch: String, date: CalendarDate, kind: MeetingKind) -> String {
        """
        ---
        # Biên bản sinh hoạt chi bộ. Dòng bắt đầu bằng # là gợi ý: bỏ dấu # ở đầu dòng để dùng trường đó.
        branch: \(branch)    # mã chi bộ: tên tệp trong content/branches/
        date: \(date)    # ngày họp, dạng YYYY-MM-DD
        kind: \(kind.rawValue)    # thuong-ky (thường kỳ) | chuyen-de (chuyên đề) | cap-uy (họp cấp ủy) | bat-thuong (bất thường)
        format: truc-tiep    # truc-tiep (trực tiếp) | truc-tuyen (trực tuyến) | ket-hop (kết hợp)
        # topic: Chủ đề sinh hoạt, nhiệm vụ trọng tâm của tháng
        # chair: Họ tên người chủ trì
        # recorder: Họ tên thư ký
        # start: "19:30"    # giờ bắt đầu, viết trong dấu ngoặc kép
        # end: "21:15"    # giờ kết thúc; buổi sinh hoạt có chất lượng kéo dài từ 90 phút
        # attendance: { present: 25, expected: 28, excused: 2, unexcused: 1 }    # có mặt, phải dự (không tính người miễn sinh hoạt), vắng có lý do, vắng không lý do
        # absent:    # người vắng; không ghi lý do là vắng không lý do
        #   - { name: Họ tên, reason: ốm }
        #   - { name: Họ tên }
        # speakers: 8    # số đảng viên phát biểu
        # guests: [Họ tên — chức vụ]    # cấp trên về dự
        # resolutions:    # nghị quyết; có thể kèm hạn hoàn thành
        #   - Nội dung nghị quyết
        #   - { text: Nội dung nghị quyết, due: 2024-10-30 }
        # quality: { score: 90 }    # điểm chất lượng buổi sinh hoạt (trên 100), nếu địa phương chấm điểm
        ---
        ## Diễn biến

        \(SkeletonPlaceholder.proceedings)

        ## Kết luận

        \(SkeletonPlaceholder.conclusion)

        """
    }

    /// A model-example story titled `title`, dated `date`; in a site listing units, whose stories
    /// may name a unit's branch (`xa-a/ap-1`), `unitExample` is its first unit's id, which the
    /// hint of `branch:` shows that form with.
    public static func story(title: String, date: CalendarDate, unitExample: String? = nil) -> String {
        // A district's story may be about one of its units' branches, named by the unit's id first.
        let branchHint = unitExample.map { "chi bộ: tên tệp trong content/branches/; chi bộ của đơn vị ghi kèm mã đơn vị, ví dụ \($0)/ma-chi-bo" }
            ?? "chi bộ: tên tệp trong content/branches/"
        return """
        ---
        # Gương điển hình. Dòng bắt đầu bằng # là gợi ý: bỏ dấu # ở đầu dòng để dùng trường đó.
        title: \(yamlString(title))
        kind: ca-nhan    # ca-nhan (gương cá nhân) | tap-the (gương tập thể) | mo-hinh (mô hình tiêu biểu)
        date: \(date)    # ngày đăng, dạng YYYY-MM-DD
        # slug: duong-dan-rieng    # đường dẫn của bài; mặc định làm từ tiêu đề
        # person: Họ tên    # người được nêu gương
        # branch: ma-chi-bo    # \(branchHint)
        # tags: [chủ đề thứ nhất, chủ đề thứ hai]
        # image: media/ten-anh.jpg    # ảnh đặt trong content/media/
        # image_alt: Ảnh cho thấy …    # ảnh có số liệu, biểu đồ, chữ: tả lại cho người không xem được ảnh
        # summary: Một câu tóm tắt cho danh sách bài và bản tin.
        ---
        \(SkeletonPlaceholder.storyBody)

        """
    }

    /// A branch named `name`, of `kind`.
    public static func branch(name: String, kind: BranchKind) -> String {
        """
        # Hồ sơ chi bộ. Dòng bắt đầu bằng # là gợi ý: bỏ dấu # ở đầu dòng để dùng trường đó.
        name: \(yamlString(name))
        kind: \(kind.rawValue)    # khu-dan-cu | truong-hoc | cong-an | quan-su | co-quan | doanh-nghiep | khac
        # parent: dang-bo-phuong    # đảng bộ cấp trên, với trang nhiều cấp
        # cluster: cum-1    # cụm thi đua (tên cụm khai trong site.yaml, mục clusters)
        # secretary: Họ tên Bí thư
        # deputies: [Họ tên Phó Bí thư]
        # committee: [Họ tên, Họ tên]    # chi ủy viên
        # members: { official: 40, probationary: 2 }    # đảng viên chính thức, dự bị
        # exempt: 2    # đảng viên được miễn sinh hoạt
        # households: 420    # số hộ gia đình trên địa bàn
        # assigned: { members: 30, households: 420, max: 18, min: 10 }    # đảng viên phụ trách hộ
        # founded: 1976-03-02    # ngày thành lập
        # minutes_since: 2026-11    # tháng chi bộ bắt đầu ghi biên bản trên bontot, nếu sau tháng ở site.yaml: các tháng trước không tính là thiếu
        # dissolved: 2025-07-01    # ngày giải thể hoặc sáp nhập (khi chi bộ không còn)
        # merged_into: ma-chi-bo-moi    # sáp nhập vào chi bộ nào (mã chi bộ)
        # address: Địa chỉ của chi bộ
        # summary: Một câu giới thiệu chi bộ.
        # member_ratings:    # xếp loại đảng viên cuối năm, số người mỗi mức
        #   2024: { xuat-sac: 6, tot: 30, hoan-thanh: 6, khong-hoan-thanh: 0 }
        # awards:    # khen thưởng
        #   - { year: 2024, title: Giấy khen, by: Đảng ủy xã, for: Hoàn thành xuất sắc nhiệm vụ năm 2024 }
        # photo: media/ten-anh.jpg    # ảnh đặt trong content/media/
        # photo_alt: Ảnh cho thấy …    # ảnh có chữ, băng rôn: tả lại cho người không xem được ảnh

        """
    }

    /// A YAML scalar holding `text` as it is: quoted when it holds what YAML would read otherwise.
    static func yamlString(_ text: String) -> String {
        let special = ":#{}[],&*!|>'\"%@`"
        let plain = !text.isEmpty && !text.contains(where: { special.contains($0) || $0.isNewline })
            && text.first?.isWhitespace == false && text.last?.isWhitespace == false && text.first != "-" && text.first != "?"
        if plain { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: " ") + "\""
    }
}
