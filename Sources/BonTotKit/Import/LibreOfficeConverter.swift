import Foundation

/// LibreOffice, when the office's machine has it, saving an old Word document (.doc) or an RTF
/// as .docx so that `import minutes` reads it: offices still keep years of minutes typed in
/// Word 2003. It runs headless with a profile of its own in a temporary folder (so it neither
/// needs nor touches the user's LibreOffice settings, and runs beside an open LibreOffice), on
/// a copy of the document, and leaves nothing behind.
struct LibreOfficeConverter: Sendable {
    let executable: URL

    /// The program names looked up on `PATH`, in order.
    static let commands = ["soffice", "libreoffice"]

    /// How long one conversion may take: the first start of LibreOffice makes its profile.
    static let timeout: Double = 180

    /// LibreOffice on `searchPath` (`:`-separated), nil when it is not installed.
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

    /// The bytes of `document` saved as .docx.
    func docx(of document: URL) throws(Failure) -> Data {
        let folder = FileManager.default.temporaryDirectory.appending(path: "bontot-libreoffice-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        // A plain name: LibreOffice names its output after its input, whatever that holds.
        let input = folder.appending(path: "bien-ban." + document.pathExtension.lowercased())
        let output = folder.appending(path: "bien-ban.docx")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: document, to: input)
        } catch {
            throw Failure(reason: "không chép được tệp vào thư mục tạm (\(error.localizedDescription))")
        }
        let outcome: ChildProcess.Outcome
        do {
            outcome = try ChildProcess.run(executable, arguments: [
                "-env:UserInstallation=" + folder.appending(path: "profile", directoryHint: .isDirectory).absoluteString,
                "--headless", "--norestore", "--nolockcheck", "--convert-to", "docx:MS Word 2007 XML",
                "--outdir", folder.path, input.path,
            ], environment: ["HOME": folder.path], timeout: Self.timeout)
        } catch {
            throw Failure(reason: "không chạy được \(executable.path) (\(error.localizedDescription))")
        }
        guard outcome.succeeded, let data = FileManager.default.contents(atPath: output.path), !data.isEmpty else {
            let detail = outcome.status == nil ? outcome.errorOutput : outcome.errorOutput.isEmpty ? "không có tệp kết quả" : outcome.errorOutput
            throw Failure(reason: "LibreOffice không chuyển được tệp sang .docx (\(detail))")
        }
        return data
    }
}
