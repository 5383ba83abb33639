import ArgumentParser
import BonTotKit
import Foundation

/// `bontot new`: a new minutes, story or branch file from its skeleton.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tạo tệp nội dung mới từ mẫu: biên bản, bài viết hoặc chi bộ.",
        discussion: """
            Tệp mới có đủ các trường (field) của định dạng, kèm gợi ý bằng tiếng Việt trong các dòng ghi chú #, \
            nằm đúng thư mục, và không bao giờ ghi đè tệp đã có. Lệnh in đường dẫn tệp vừa tạo.

            Ví dụ:
              bontot new minutes --branch kdc-so-1 --date 2024-09-05
              bontot new minutes --branch kdc-so-1 --date 2024-09-20 --kind chuyen-de
              bontot new story --title "Bí thư 8X xông pha trong lũ"
              bontot new branch --name "Chi bộ khu dân cư số 21"
            """,
        subcommands: [NewMinutes.self, NewStory.self, NewBranch.self])
}

/// Writes one new file and prints its path, or says why not, followed by what `advice` makes of
/// the refusal.
private func create(_ content: NewContent, site: SiteOptions,
                    advice: (NewContent.Refusal) -> String? = { _ in nil }) throws {
    do {
        let written = try content.create(siteRoot: site.root, siteFolder: site.folder)
        print("Đã tạo \(written.path)")
        if let note = written.note { print("  " + note) }
    } catch let refusal as NewContent.Refusal {
        let advice = advice(refusal).map { $0 + "\n" } ?? ""
        try? FileHandle.standardError.write(contentsOf: Data("lỗi: \(refusal.description)\n\(advice)".utf8))
        throw ExitCode(1)
    }
}

/// A word of a command line as the user pastes it into a shell: quoted unless plain.
private func shellWord(_ word: String) -> String {
    let plain = !word.isEmpty && word.unicodeScalars.allSatisfy {
        $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_./:=@%+,".unicodeScalars.contains($0))
    }
    return plain ? word : "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
}

/// A date from `--date`, or today's. A date written otherwise ("5/3/2025") is told the date to
/// write (2025-03-05), as a file's `date:` is.
private func day(_ text: String?) throws -> CalendarDate {
    if let text {
        guard let date = CalendarDate(iso: text) else {
            // The right shape with a day the calendar lacks (2024-02-30) is not a wrong shape.
            let shaped = text.count == 10 && text.enumerated().allSatisfy { index, character in
                [4, 7].contains(index) ? character == "-" : character.isASCII && character.isNumber
            }
            throw ValidationError(shaped ? "--date '\(text)': không có ngày này trong lịch / no such day"
                                         : DateAdvice.problem(text, field: "--date"))
        }
        return date
    }
    return CalendarDate.today()
}

/// `bontot new minutes`.
struct NewMinutes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "Biên bản sinh hoạt mới: content/minutes/<năm>/<chi-bộ>-<năm>-<tháng>.md",
        discussion: """
            Buổi họp thứ hai cùng loại trong tháng (họp bù, hai buổi thường kỳ) vào ngày khác: tên tệp ghi thêm \
            ngày họp, <chi-bộ>-<năm>-<tháng>-<ngày>.md, và cuộc họp vẫn được tính vào tháng đó.

            Ví dụ:
              bontot new minutes --branch kdc-so-1 --date 2024-09-05
              bontot new minutes --branch kdc-so-1 --date 2024-09-20 --kind chuyen-de
            """)

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Mã chi bộ (tên tệp trong content/branches/, không có đuôi).", valueName: "chi-bộ"))
    var branch: String

    @Option(name: .long, help: ArgumentHelp("Ngày họp (mặc định: hôm nay).", valueName: "yyyy-mm-dd"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("Loại buổi sinh hoạt: thuong-ky (mặc định), chuyen-de, cap-uy hoặc bat-thuong.",
                                            valueName: "loại"))
    var kind: String?

    func validate() throws {
        _ = try day(date)
        _ = try meetingKind()
    }

    private func meetingKind() throws -> MeetingKind {
        try kind.map { try choice($0, for: "--kind") } ?? .thuongKy
    }

    func run() throws {
        let day = try day(date)
        let kind = try meetingKind()
        try create(.minutes(branch: branch, date: day, kind: kind), site: site) { refusal in
            if let successor = refusal.mergedInto {
                return "  Biên bản của chi bộ mới:\n    " + command(branch: successor, day: day, kind: kind)
            }
            return refusal.existingFile == nil ? nil : secondMeeting(day: day, freeKinds: refusal.freeKinds)
        }
    }

    /// The command that writes the minutes of `branch`, as the user pastes it.
    private func command(branch: String, day: CalendarDate, kind: MeetingKind) -> String {
        let words = ["bontot", "new", "minutes", "--branch", branch, "--date", day.description]
            + (kind == .thuongKy ? [] : ["--kind", kind.rawValue]) + (site.site.map { ["--site", $0] } ?? [])
        return words.map(shellWord).joined(separator: " ")
    }

    /// When the month's file for this kind of meeting exists: edit it, or, for another meeting of
    /// the month, the command to paste, with the first free kind, and the file it writes.
    private func secondMeeting(day: CalendarDate, freeKinds: [MeetingKind]) -> String? {
        guard let other = freeKinds.first else {
            return "  Tháng \(day.month)/\(day.year) chi bộ '\(branch)' đã có biên bản của mọi loại buổi sinh hoạt; "
                + "nếu cần ghi thêm, hãy sửa tệp đã có."
        }
        guard let path = try? NewContent.minutes(branch: branch, date: day, kind: other).path() else { return nil }
        return """
              Nếu đây là biên bản của chính buổi họp đó, hãy sửa tệp đã có.
              Nếu là một buổi khác trong tháng, ghi loại buổi bằng --kind (\(freeKinds.map(\.rawValue).joined(separator: ", "))), ví dụ:
                \(command(branch: branch, day: day, kind: other))
              lệnh này tạo \(site.folder + path)
            """
    }
}

/// `bontot new story`.
struct NewStory: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "Bài gương điển hình mới: content/stories/<tiêu-đề-không-dấu>.md",
        discussion: """
            Ví dụ:
              bontot new story --title "Bí thư 8X xông pha trong lũ"
              bontot new story --title "Mô hình camera an ninh" --date 2024-10-01
            """)

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Tiêu đề bài viết.", valueName: "tiêu-đề"))
    var title: String

    @Option(name: .long, help: ArgumentHelp("Ngày đăng (mặc định: hôm nay).", valueName: "yyyy-mm-dd"))
    var date: String?

    func validate() throws {
        _ = try day(date)
    }

    func run() throws {
        try create(.story(title: title, date: try day(date)), site: site)
    }
}

/// `bontot new branch`.
struct NewBranch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "branch",
        abstract: "Hồ sơ chi bộ mới: content/branches/<mã>.yaml",
        discussion: """
            Ví dụ:
              bontot new branch --name "Chi bộ khu dân cư số 21"
              bontot new branch --name "Chi bộ Công an xã" --id cong-an-xa --kind cong-an
            """)

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Tên chi bộ.", valueName: "tên"))
    var name: String

    @Option(name: .long, help: ArgumentHelp("Mã chi bộ (mặc định: tên viết không dấu, ví dụ chi-bo-khu-dan-cu-so-21).", valueName: "mã"))
    var id: String?

    @Option(name: .long, help: ArgumentHelp("Loại chi bộ: khu-dan-cu (mặc định), truong-hoc, cong-an, quan-su, co-quan, doanh-nghiep hoặc khac.",
                                            valueName: "loại"))
    var kind: String?

    func validate() throws {
        _ = try content()
    }

    func run() throws {
        try create(try content(), site: site)
    }

    private func content() throws -> NewContent {
        .branch(name: name, id: id, kind: try kind.map { try choice($0, for: "--kind") } ?? .khuDanCu)
    }
}
