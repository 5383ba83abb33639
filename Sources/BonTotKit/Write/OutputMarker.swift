import Foundation

/// The file bontot leaves at the top of every output it publishes. Because a build replaces its
/// output folder whole, bontot only replaces a folder that is empty, or that it marked, or that
/// its cache says it built: never a shared folder holding an office's other files, unless told
/// to with `--force`.
enum OutputMarker {
    static let name = ".bontot-output"
    static let text = "Thư mục này do bontot tạo ra; mỗi lần dựng, bontot thay toàn bộ nội dung của nó.\n"
        + "This folder was written by bontot, which replaces all of it on every build.\n"

    /// True when `output` holds the marker: the folder a build published, which the site's
    /// cache describes when it names it. A folder without it that stands where the cache says
    /// the last build published (the office's own, put there since) is not what the cache
    /// describes: nothing of it may be kept (`SiteBuilder`).
    static func marks(_ output: URL) -> Bool {
        FileManager.default.fileExists(atPath: output.appending(path: name).path)
    }

    /// Why bontot may not replace `output`, or nil when it may: the folder is missing or empty,
    /// holds the marker, or holds nothing but what the site's cache says the last build published
    /// there (`published`, asked only then: an output whose marker was removed). A folder the
    /// office put where the site was published holds other entries, and is refused as any
    /// other is. What to do is said to `command`: `serve` has neither `--output` nor `--force`.
    static func refusal(_ output: URL, published: () -> Set<String>?, for command: OutputLink.Command = .build) -> String? {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: output.path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else {
            let way = command == .build ? "hãy chọn thư mục kết quả khác"
                : "hãy đổi tên hoặc chuyển tệp đó ra chỗ khác để bontot serve dựng trang vào một thư mục mới ở đó"
            return "'\(output.path)' là một tệp, không phải thư mục; \(way) / the output is a file, not a folder"
        }
        if marks(output) { return nil }
        guard let all = try? manager.contentsOfDirectory(atPath: output.path), !all.isEmpty else { return nil }
        let built = published() ?? []
        let entries = all.filter { !built.contains($0) }
        if entries.isEmpty { return nil }
        let way = command == .build ? "Hãy chọn một thư mục trống, hoặc thêm --force nếu chắc chắn muốn thay "
            + "/ the output folder holds files bontot did not write; choose an empty folder or pass --force"
            : "Hãy chuyển các mục đó ra chỗ khác, hoặc dựng một lần bằng bontot build --force nếu chắc chắn muốn thay "
            + "/ the output folder holds files bontot did not write; move them elsewhere or run bontot build --force once"
        return "thư mục kết quả '\(output.path)' đã có \(VietnameseFormat.number(entries.count)) mục không do bontot tạo ra; "
            + "bản dựng sẽ thay toàn bộ thư mục và xóa chúng. \(way)"
    }
}
