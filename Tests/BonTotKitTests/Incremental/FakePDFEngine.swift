import Foundation

extension IncrementalSite {
    /// A stand-in for WeasyPrint (`weasyprint --encoding utf-8 <page> <pdf>`), beside the site,
    /// that writes a small file named after the PDF, the same wherever the output is: whether a
    /// build printed a PDF again or kept it is told by the file (`BulletinReprintTests.inode`).
    func fakePDFEngine() throws -> String {
        let engine = sibling("weasyprint")
        try "#!/bin/sh\nprintf '%%PDF-1.4 gia %s' \"$(basename \"$4\")\" > \"$4\"\n".write(to: engine, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: engine.path)
        return engine.path
    }
}
