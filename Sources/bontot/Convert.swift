import ArgumentParser
import BonTotKit
import BonTotOffice
import Foundation

/// `bontot convert FILE`: a text file in a legacy Vietnamese encoding or in UTF-16 rewritten as UTF-8.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Chuyển tệp gõ bằng bảng mã cũ (Windows-1258, TCVN3, VNI) hoặc lưu dạng UTF-16 sang UTF-8, giữ bản gốc <tệp>.orig.")

    @Argument(help: ArgumentHelp("Tệp cần chuyển (.md, .yaml, .csv).", valueName: "tệp"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Bảng mã của tệp: windows-1258, tcvn3 hoặc vni (mặc định: tự nhận ra).", valueName: "bảng-mã"))
    var from: String?

    func validate() throws {
        _ = try encoding()
    }

    /// The encoding `--from` names, or nil to recognise it.
    private func encoding() throws -> LegacyEncoding? {
        guard let from else { return nil }
        let names: [String: LegacyEncoding] = ["windows-1258": .windows1258, "cp1258": .windows1258,
                                               "tcvn3": .tcvn3, "abc": .tcvn3, "vni": .vni]
        guard let named = names[from.lowercased()] else {
            throw ValidationError("bảng mã không biết '\(from)'; dùng windows-1258, tcvn3 hoặc vni / unknown encoding")
        }
        return named
    }

    func run() throws {
        let encoding = try encoding()
        let url = URL(fileURLWithPath: file)
        if let problem = Self.notAFile(file) {
            try? FileHandle.standardError.write(contentsOf: Data((problem.description + "\n").utf8))
            throw ExitCode(1)
        }
        switch LegacyFileConversion.convert(url, path: file, encoding: encoding) {
        case .success(let outcome):
            print("\(file): đã chuyển từ \(outcome.encoding.displayName) sang UTF-8; bản gốc: \(file).orig")
            if let lost = outcome.lostLetters {
                try? FileHandle.standardError.write(contentsOf: Data((lost.description + "\n").utf8))
            }
        case .failure(let diagnostic):
            try? FileHandle.standardError.write(contentsOf: Data((diagnostic.description + "\n").utf8))
            if diagnostic.severity == .error { throw ExitCode(1) }
        }
    }

    /// Why `path` cannot be converted before it is even read: it is not there (a misspelt name,
    /// said as `import` says it), or it is a folder, which is converted file by file.
    static func notAFile(_ path: String) -> Diagnostic? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return .error(at: SourceLocation(file: path), "không tìm thấy tệp / no such file")
        }
        guard !isFolder.boolValue else {
            return .error(at: SourceLocation(file: path), "đây là thư mục; bontot convert chuyển từng tệp một, ví dụ: "
                + "bontot convert content/evaluations/2024.csv / a folder, not a file")
        }
        return nil
    }
}
