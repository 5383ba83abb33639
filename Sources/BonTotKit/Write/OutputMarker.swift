import Foundation

/// The file bontot leaves at the top of every output it publishes. Because a build replaces its
/// output folder whole, bontot only replaces a folder that is empty, or that it marked, or that
/// its cache says it built: never a shared folder holding an office's other files, unless told
/// to with `--force`.
enum OutputMarker {
    static let name = ".bontot-output"
    static let text = "Thư mục này do bontot tạo ra; mỗi lần dựng, bontot thay toàn bộ nội dung của nó.\n"
        + "This folder was written by bontot, which replaces all of it on every build.\n"

    /// Why bontot may not replace `output`, or nil when it may: the folder is missing or empty,
    /// holds the marker, or is the output the site's cache says the last build published
    /// (`cachedOutput`, for outputs built before the marker existed).
    static func refusal(_ output: URL, cachedOutput: String?) -> String? {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: output.path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else {
            return "'\(output.path)' là một tệp, không phải thư mục; hãy chọn thư mục kết quả khác / the output is a file, not a folder"
        }
        if manager.fileExists(atPath: output.appending(path: name).path) { return nil }
        if cachedOutput == output.standardizedFileURL.path { return nil }
        guard let entries = try? manager.contentsOfDirectory(atPath: output.path), !entries.isEmpty else { return nil }
        return "thư mục kết quả '\(output.path)' đã có \(VietnameseFormat.number(entries.count)) mục không do bontot tạo ra; "
            + "bản dựng sẽ thay toàn bộ thư mục và xóa chúng. Hãy chọn một thư mục trống, hoặc thêm --force nếu chắc chắn muốn thay "
            + "/ the output folder holds files bontot did not write; choose an empty folder or pass --force"
    }
}
