import Foundation

/// LibreOffice, when the office's machine has it, saving a document in an old Microsoft format
/// as its Office Open XML successor, which bontot reads: minutes typed in Word 2003 (.doc) or
/// kept as RTF become .docx for `import minutes`, and a score sheet of Excel 2003 (.xls) becomes
/// .xlsx for the build. It runs headless with a profile of its own in a temporary folder (so it
/// neither needs nor touches the user's LibreOffice settings, and runs beside an open
/// LibreOffice), on a copy of the document, and leaves nothing behind.
struct LibreOfficeConverter: Sendable {
    let executable: URL

    /// What a document is saved as.
    enum Target: String, Sendable {
        case docx, xlsx

        /// LibreOffice's name for the export filter.
        var filter: String {
            switch self {
            case .docx: "docx:MS Word 2007 XML"
            case .xlsx: "xlsx:Calc MS Excel 2007 XML"
            }
        }
    }

    /// LibreOffice's import filter for a document of the kind `fileExtension` names: given, so a
    /// damaged file fails to open rather than being read as plain text.
    static func importFilter(fileExtension: String) -> String? {
        switch fileExtension.lowercased() {
        case "doc": "MS Word 97"
        case "rtf": "Rich Text Format"
        case "xls": "MS Excel 97"
        default: nil
        }
    }

    /// The program names looked up on `PATH`, in order.
    static let commands = ["soffice", "libreoffice"]

    /// How long one conversion may take: the first start of LibreOffice makes its profile.
    static let timeout: Double = 180

    /// LibreOffice on `searchPath` (`:`-separated, the `PATH` by default), nil when it is not installed.
    static func find(searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) -> LibreOfficeConverter? {
        for folder in (searchPath ?? "").split(separator: ":") {
            for command in commands {
                let candidate = URL(fileURLWithPath: String(folder), isDirectory: true).appending(path: command)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return LibreOfficeConverter(executable: candidate) }
            }
        }
        return nil
    }

    /// Why a conversion gave no document, in the clerk's words.
    struct Failure: Error {
        var reason: String
    }

    /// The bytes of `document` saved as `target`.
    func convert(_ document: URL, to target: Target) throws(Failure) -> Data {
        guard let data = FileManager.default.contents(atPath: document.path) else {
            throw Failure(reason: "không đọc được tệp")
        }
        return try convert(data, fileExtension: document.pathExtension, to: target)
    }

    /// `data`, a document of the kind `fileExtension` names, saved as `target`.
    func convert(_ data: Data, fileExtension: String, to target: Target) throws(Failure) -> Data {
        let folder = FileManager.default.temporaryDirectory.appending(path: "bontot-libreoffice-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        // A plain name: LibreOffice names its output after its input, whatever that holds.
        let input = folder.appending(path: "tai-lieu." + fileExtension.lowercased())
        let output = folder.appending(path: "tai-lieu." + target.rawValue)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: input)
        } catch {
            throw Failure(reason: "không chép được tệp vào thư mục tạm (\(error.localizedDescription))")
        }
        let outcome: ChildProcess.Outcome
        do {
            let filter = Self.importFilter(fileExtension: fileExtension).map { ["--infilter=" + $0] } ?? []
            outcome = try ChildProcess.run(executable, arguments: [
                "-env:UserInstallation=" + folder.appending(path: "profile", directoryHint: .isDirectory).absoluteString,
                "--headless", "--norestore", "--nolockcheck",
            ] + filter + ["--convert-to", target.filter, "--outdir", folder.path, input.path],
                environment: ["HOME": folder.path], timeout: Self.timeout)
        } catch {
            throw Failure(reason: "không chạy được \(executable.path) (\(error.localizedDescription))")
        }
        guard outcome.succeeded, let converted = FileManager.default.contents(atPath: output.path), !converted.isEmpty else {
            // LibreOffice ends with status 0 when it could not open the file ("Error: source file
            // could not be loaded"), among warnings of its own about Java.
            let said = outcome.errorOutput.components(separatedBy: " | ").filter { !$0.hasPrefix("Warning:") }.joined(separator: " | ")
            let detail = outcome.status == nil ? said
                : said.contains("could not be loaded") || said.isEmpty ? "không mở được tệp: tệp hỏng, bị cắt cụt hoặc không đúng loại" : said
            throw Failure(reason: "LibreOffice không chuyển được tệp sang .\(target.rawValue) (\(detail))")
        }
        return converted
    }
}
