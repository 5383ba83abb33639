import BonTotOffice
import Foundation

/// `bontot convert FILE`: rewrites a text file typed in a legacy Vietnamese encoding
/// (Windows-1258, TCVN3, VNI) as UTF-8, keeping the original beside it as `FILE.orig`.
public enum LegacyFileConversion {
    /// What a conversion did.
    public struct Outcome: Sendable, Equatable {
        /// The encoding the file was read in.
        public var encoding: LegacyEncoding
        /// Where the original bytes now are.
        public var original: URL
    }

    /// Converts the file at `url`, reading it in `encoding` or in the one its bytes suggest.
    /// `path` is how messages name the file.
    public static func convert(_ url: URL, path: String, encoding: LegacyEncoding? = nil) -> Result<Outcome, Diagnostic> {
        let location = SourceLocation(file: path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(.error(at: location, "không đọc được tệp / cannot read the file"))
        }
        let original = URL(fileURLWithPath: url.path + ".orig")
        if encoding == nil, String(validating: data, as: UTF8.self) != nil {
            return .failure(.warning(at: location, "tệp đã là UTF-8, không cần chuyển / the file is UTF-8 already; nothing done"))
        }
        guard let chosen = encoding ?? LegacyEncodingDetector.guess(data) else {
            return .failure(.error(at: location,
                "không nhận ra bảng mã của tệp (không giống Windows-1258, TCVN3 hay VNI); hãy chỉ rõ bằng --from "
                + "/ cannot tell the file's encoding: name it with --from"))
        }
        guard !FileManager.default.fileExists(atPath: original.path) else {
            return .failure(.error(at: location,
                "đã có \(path).orig từ lần chuyển trước; không ghi đè, hãy xem lại rồi xoá nó "
                + "/ \(path).orig exists already: not overwritten"))
        }
        let text = chosen.decode(data)
        do {
            try FileManager.default.moveItem(at: url, to: original)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            if !FileManager.default.fileExists(atPath: url.path) { try? FileManager.default.moveItem(at: original, to: url) }
            return .failure(.error(at: location, "không ghi được tệp (\(error.localizedDescription)) / cannot write the file"))
        }
        return .success(Outcome(encoding: chosen, original: original))
    }
}
