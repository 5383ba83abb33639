import BonTotOffice
import Foundation

/// LibreOffice, when the office's machine has it, saving a document in an old Microsoft format
/// as its Office Open XML successor, which bontot reads: minutes typed in Word 2003 (.doc) or
/// kept as RTF become .docx for `import minutes`, and a score sheet of Excel 2003 (.xls) becomes
/// .xlsx for the build. It runs headless with a profile of its own in a temporary folder (so it
/// neither needs nor touches the user's LibreOffice settings, and runs beside an open
/// LibreOffice), on a copy of the document, and leaves nothing behind: the folder of a
/// conversion bontot was stopped in goes at the next one (`ConversionFolders`).
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
        /// True when bontot stopped LibreOffice (Ctrl-C, `bontot serve` stopping) before it
        /// converted the document: no fault of the document, which the next build converts.
        var stoppedWithBontot = false
        /// True when LibreOffice ran to its end but could not open the document (damaged, cut
        /// short, not of its kind): the document's fault, which converting it again would not
        /// mend; false when the machine failed (a timeout, a LibreOffice that would not start, a
        /// copy that could not be made), which the next build may not.
        var documentAtFault = false

        /// LibreOffice stopped with bontot before it converted the document.
        static let stopped = Failure(reason: "LibreOffice đã dừng cùng bontot trước khi chuyển xong tệp", stoppedWithBontot: true)

        /// True when `reason` is the whole message, what to do included: no advice to save the
        /// document in the new format follows it.
        var isWholeMessage = false

        /// The document is encrypted with a password to open (`CompoundFile.encrypted`), which
        /// LibreOffice, given no password, would only call a file it could not open.
        static let encrypted = Failure(reason: CompoundFile.encrypted.advice, documentAtFault: true, isWholeMessage: true)
    }

    /// The failure to expect without starting LibreOffice: `data` is encrypted with a password.
    static func refusal(of data: Data) -> Failure? {
        CompoundFile.kind(of: data) == .encrypted ? .encrypted : nil
    }

    /// `data`, a document of the kind `fileExtension` names, saved as `target`.
    func convert(_ data: Data, fileExtension: String, to target: Target) throws(Failure) -> Data {
        if let refusal = Self.refusal(of: data) { throw refusal }
        let folder: URL
        do {
            folder = try ConversionFolders.make()
        } catch {
            throw Failure(reason: "không chép được tệp vào thư mục tạm (\(error.localizedDescription))")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appending(path: "nguon-0." + fileExtension.lowercased())
        do {
            try data.write(to: input)
        } catch {
            throw Failure(reason: "không chép được tệp vào thư mục tạm (\(error.localizedDescription))")
        }
        guard let result = run([input], kind: fileExtension, in: folder, to: target)[input] else {
            throw Failure(reason: "không đọc được tệp")
        }
        return try result.get()
    }

    /// Each of `documents` saved as `target`, by document; LibreOffice starts once for all the
    /// documents of one kind (a folder of a hundred old minutes takes seconds, not minutes).
    func convert(_ documents: [URL], to target: Target) -> [URL: Result<Data, Failure>] {
        var results: [URL: Result<Data, Failure>] = [:]
        for (kind, group) in Dictionary(grouping: documents, by: { $0.pathExtension.lowercased() }) {
            let folder: URL
            do {
                folder = try ConversionFolders.make()
            } catch {
                for document in group {
                    results[document] = .failure(Failure(reason: "không chép được tệp vào thư mục tạm (\(error.localizedDescription))"))
                }
                continue
            }
            defer { try? FileManager.default.removeItem(at: folder) }
            // Plain names: LibreOffice names its outputs after its inputs, whatever those hold.
            var copies: [(original: URL, copy: URL)] = []
            do {
                for (index, document) in group.enumerated() {
                    if let data = FileManager.default.contents(atPath: document.path), let refusal = Self.refusal(of: data) {
                        results[document] = .failure(refusal)
                        continue
                    }
                    let copy = folder.appending(path: "nguon-\(index).\(kind)")
                    try FileManager.default.copyItem(at: document, to: copy)
                    copies.append((document, copy))
                }
            } catch {
                for document in group {
                    results[document] = .failure(Failure(reason: "không chép được tệp vào thư mục tạm (\(error.localizedDescription))"))
                }
                continue
            }
            guard !copies.isEmpty else { continue }
            let converted = run(copies.map(\.copy), kind: kind, in: folder, to: target)
            for (original, copy) in copies { results[original] = converted[copy] }
        }
        return results
    }

    /// Runs LibreOffice once over `inputs`, files of one `kind` in `folder`, writing each
    /// converted beside it; what each gave.
    private func run(_ inputs: [URL], kind: String, in folder: URL, to target: Target) -> [URL: Result<Data, Failure>] {
        let filter = Self.importFilter(fileExtension: kind).map { ["--infilter=" + $0] } ?? []
        let outcome: ChildProcess.Outcome
        do {
            outcome = try ChildProcess.run(executable, arguments: [
                "-env:UserInstallation=" + folder.appending(path: "profile", directoryHint: .isDirectory).absoluteString,
                "--headless", "--norestore", "--nolockcheck",
            ] + filter + ["--convert-to", target.filter, "--outdir", folder.path] + inputs.map(\.path),
                environment: ["HOME": folder.path], timeout: Self.timeout + 20 * Double(inputs.count))
        } catch {
            let failure = Failure(reason: "không chạy được \(executable.path) (\(error.localizedDescription))")
            return Dictionary(uniqueKeysWithValues: inputs.map { ($0, .failure(failure)) })
        }
        // LibreOffice ends with status 0 when it could not open a file ("Error: source file
        // could not be loaded"), among warnings of its own about Java. Killed by a signal (the
        // out-of-memory killer, a crash), or ending with another status (81, asking to be started
        // again after making its profile), it may say nothing either: the machine's failure, not the file's.
        let said = outcome.errorOutput.components(separatedBy: " | ").filter { !$0.hasPrefix("Warning:") }.joined(separator: " | ")
        let couldNotOpen = outcome.status != nil && outcome.signal == nil
            && (said.contains("could not be loaded") || (said.isEmpty && outcome.status == 0))
        let killed = outcome.signal.map { "bị dừng đột ngột bởi tín hiệu \($0) / killed by signal \($0)" }
        let detail = couldNotOpen ? "không mở được tệp: tệp hỏng, bị cắt cụt hoặc không đúng loại" : said.isEmpty ? killed ?? said : said
        var results: [URL: Result<Data, Failure>] = [:]
        for input in inputs {
            let output = input.deletingPathExtension().appendingPathExtension(target.rawValue)
            if outcome.status != nil, let converted = FileManager.default.contents(atPath: output.path), !converted.isEmpty {
                results[input] = .success(converted)
            } else if outcome.stoppedWithBontot {
                results[input] = .failure(.stopped)
            } else {
                results[input] = .failure(Failure(reason: "LibreOffice không chuyển được tệp sang .\(target.rawValue) (\(detail))",
                                                  documentAtFault: couldNotOpen))
            }
        }
        return results
    }
}
