import Foundation

extension MinutesImport {
    /// The warnings for minutes that may be another branch's than `--branch`, never a refusal (a
    /// clerk may know better): the chi bộ the document's header names is another branch of the
    /// site (`HeaderBranch`), with the command that imports it for that one; the same document is
    /// already imported for another branch (`elsewhere`), so one meeting would count for two.
    /// `path` is the file written (or, with `dryRun`, to be written), named from where bontot runs.
    static func warnOfOtherBranch(_ draft: Draft, header: HeaderBranch?, elsewhere: (path: String, branch: String)?,
                                  branch: String, path: String, at location: SourceLocation, siteFolder: String,
                                  dryRun: Bool, sink: DiagnosticSink) {
        let source = location.file
        if let named = header?.named(in: lines(of: draft.document)) ?? header?.named(in: PageHeaderLines.headed(draft.document)),
           named.id != branch {
            let command = "bontot import minutes \(ShellLine.word(source)) --branch \(named.id)"
                + (siteFolder.isEmpty ? "" : " --site \(ShellLine.word(String(siteFolder.dropLast(siteFolder.hasSuffix("/") ? 1 : 0))))")
            let undo = dryRun ? ("", "") : ("xoá \(path) rồi ", "delete \(path) and ")
            sink.warning(location, field: "branch",
                         "biên bản ghi '\(named.written)', là chi bộ '\(named.id)', không phải '\(branch)' (--branch); "
                         + "nếu nhầm chi bộ, hãy \(undo.0)chạy: \(command) / the document names '\(named.written)', the branch "
                         + "'\(named.id)', not '\(branch)' (--branch): if that is the wrong branch, \(undo.1)run: \(command)")
        }
        if let elsewhere {
            let other = siteFolder + elsewhere.path
            let undo = dryRun ? ("", "") : ("; nếu nhầm, xoá \(path)", "; if wrong, delete \(path)")
            sink.warning(location, field: "branch",
                         "biên bản này (cùng nội dung) đã được nhập cho chi bộ '\(elsewhere.branch)' vào \(other): một cuộc họp sẽ "
                         + "được đếm cho cả hai chi bộ '\(elsewhere.branch)' và '\(branch)'\(undo.0). Nếu đúng là họp chung của hai "
                         + "chi bộ, chạy với --allow-duplicate để không báo nữa / this document is already imported for the branch "
                         + "'\(elsewhere.branch)' into \(other): one meeting would count for both '\(elsewhere.branch)' and "
                         + "'\(branch)'\(undo.1) (a joint meeting: --allow-duplicate silences this)")
        }
    }
}
