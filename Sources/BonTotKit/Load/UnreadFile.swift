/// A file in a content folder that the folder's reader passes over (a Word or Writer document or a .txt
/// dropped among the minutes, a photo among the stories): a warning naming it and what to do,
/// since the meeting or story it holds would otherwise be missing from the portal in silence.
/// What no clerk put there on purpose (Office lock files `~$…`, `Thumbs.db`, `desktop.ini`, an
/// editor's backups, swap and save files: `FILE~`, `FILE.bak`, Emacs's `#FILE#`, Vim's `FILE.swp` and
/// `.swo`, Word's and LibreOffice's `….tmp`; hidden files, Vim's usual `.FILE.swp` among them, are never listed) is left alone, and
/// so is the `FILE.orig` that `bontot convert` keeps of a file it rewrote (SPEC §8).
enum UnreadFile {
    /// The warning for `path` (relative to the site) in `folder` (`content/minutes`), whose
    /// files are read when they end in one of `extensions`; nil for a file left alone. The folder,
    /// and the file in the command to run, are named from the top site, where the user runs
    /// `bontot`: the site lies in `siteFolder` (`../district/xa-a/`, `""` for the top site). A
    /// file whose name has no extension is told by its first bytes `head` (`IMG_2024`, a photo
    /// saved from Zalo): named alone, told to be renamed (`IMG_2024.jpg`), then advised as one.
    /// `twin`: what lies beside a Notepad `FILE.md.txt` under the name it was meant to have.
    static func diagnostic(path: String, folder: String, extensions: Set<String>, siteFolder: String = "", head: [UInt8] = [],
                           twin: NotepadName.Twin = .none) -> Diagnostic? {
        let name = PathParts.name(of: path)
        guard !isNotPutThereOnPurpose(name), PathParts.lowercasedExtension(of: path) != "orig" else { return nil }
        let read = extensions.sorted().map { "." + $0 }.joined(separator: ", ")
        let told = PathParts.lowercasedExtension(of: path).isEmpty ? BinaryFiles.extensionTold(byFirstBytes: head) : nil
        let named = told.map { path + "." + $0 } ?? path
        let renamed = told.map { "; tệp không có đuôi nhưng là tệp .\($0): hãy đổi tên thành \(PathParts.name(of: named))" } ?? ""
        return .warning(at: SourceLocation(file: path, line: told == nil ? 1 : 0),
                        "tệp không được đọc: thư mục \(siteFolder)\(folder) chỉ đọc tệp \(read)\(renamed)"
                        + hint(path: named, folder: folder, siteFolder: siteFolder, extensions: extensions, twin: twin)
                        + " / not read: \(siteFolder)\(folder) reads only \(read) files")
    }

    /// True for a file named `name` that a program, not a clerk, put in a folder: Office's lock
    /// file of a document open in Word or Excel (`~$bao-cao.docx`), Windows Explorer's
    /// `Thumbs.db` and `desktop.ini` (in any case), or an editor's leftover (`isEditorLeftover`).
    /// Hidden files (`.DS_Store`, macOS's `._anh.jpg`, Vim's usual `.FILE.swp`) are never listed,
    /// so they need no test here. Content folders, the media, the site's theme (`templates/`) and
    /// `bontot import minutes DIR` pass such a file over alike (`diagnostic`, and `PassedOverName`
    /// for the site's folders, `MinutesImport.run`): neither read, copied to the portal, imported
    /// nor warned of.
    /// `bontot convert`'s `FILE.orig` is not one: among the media it can only be a clerk's file,
    /// since `convert` rewrites text files only.
    static func isNotPutThereOnPurpose(_ name: Substring) -> Bool {
        name.utf8.starts(with: "~$".utf8) || ["thumbs.db", "desktop.ini"].contains(name.lowercased()) || isEditorLeftover(name)
    }

    /// True for a file an editor keeps beside the one being edited, named `name`: a backup
    /// (`2024-09-05-cb01.md~`, `….md.bak`), Emacs's autosave (`#2024-09-05-cb01.md#`), Vim's
    /// swap file where it is not hidden (`….md.swp`, then `.swo`), or the temporary file a save
    /// writes beside the document (Word's `~WRL0001.tmp`, LibreOffice's `lu4f2a9c.tmp`, Excel's
    /// `8F3A1B20`), which a slow save on a shared folder, or a crash, leaves there long enough for `serve` to build.
    private static func isEditorLeftover(_ name: Substring) -> Bool {
        // Its bytes are looked at before its characters (a name's characters were counted for
        // every file listed): a name that ends with the character `~` ends with its byte, and one
        // that starts and ends with `#` has more than one character when it has more than one byte.
        let bytes = name.utf8
        return (bytes.last == UInt8(ascii: "~") && name.hasSuffix("~"))
            || (bytes.first == UInt8(ascii: "#") && bytes.last == UInt8(ascii: "#") && bytes.count > 1
                && name.hasPrefix("#") && name.hasSuffix("#"))
            || ["bak", "swp", "swo", "tmp"].contains(PathParts.lowercasedExtension(of: String(name)))
            || isExcelSaveFile(bytes)
    }

    /// True for the temporary file Excel writes beside a workbook it saves, left by a slow save
    /// on a shared folder or a crash: eight hexadecimal digits in capitals and no extension
    /// (`8F3A1B20`). A name of digits alone (`20240915`) may be a clerk's, and is still named.
    private static func isExcelSaveFile(_ bytes: Substring.UTF8View) -> Bool {
        var count = 0, letter = false
        for byte in bytes {
            count += 1
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9") where count <= 8: continue
            case UInt8(ascii: "A")...UInt8(ascii: "F") where count <= 8: letter = true
            default: return false
            }
        }
        return count == 8 && letter
    }

    /// What to do with the file, by its kind and the folder it lies in.
    private static func hint(path: String, folder: String, siteFolder: String, extensions: Set<String>, twin: NotepadName.Twin) -> String {
        let kind = PathParts.lowercasedExtension(of: path)
        let media = "\(siteFolder)content/media"
        if OfficeFiles.documentExtensions.contains(kind) {
            // A unit's minutes are imported, and its stories made, in the unit's site (`--site`).
            let site = siteFolder.isEmpty ? "" : " --site \(ShellLine.word(String(siteFolder.dropLast())))"
            switch folder {
            case "content/minutes":
                return "; biên bản Word hãy chuyển bằng 'bontot import minutes \(ShellLine.word(siteFolder + path)) --branch <mã chi bộ>\(site)', "
                    + "rồi xoá tệp .\(kind) khỏi thư mục này"
            case "content/stories":
                return "; bài viết soạn bằng Word hãy chép nội dung sang một tệp .md (tạo bằng 'bontot new story --title \"…\"\(site)'), "
                    + "rồi xoá tệp .\(kind) khỏi thư mục này"
            default:
                return attachmentHint(path: path, folder: folder, media: media)
            }
        }
        if OfficeFiles.workbookExtensions.contains(kind) {
            return "; bảng chấm điểm hãy đặt trong \(siteFolder)content/evaluations, tên tệp là kỳ chấm (ví dụ 2025.\(kind))"
                + attachmentHint(path: path, folder: folder, media: media, otherwise: true)
        }
        if kind == "txt", let meant = NotepadName.meant(path, extensions: extensions) {
            return NotepadName.advice(meant, twin: twin)
        }
        if ["txt", "markdown", "mdown", "text"].contains(kind) {
            return "; nếu là nội dung của trang, hãy đổi đuôi tệp thành .md"
        }
        if BinaryFiles.isPicture(path) {
            // "IMG_0001.HEIC": most browsers and the printed bulletin cannot show it; saved as JPG first, the
            // picture moved and linked is the JPG ("media/IMG_0001.jpg").
            let jpg = BinaryFiles.jpgToSaveAs(path).map { String(PathParts.name(of: $0)) }
            let picture = jpg ?? String(PathParts.name(of: path))
            let move = jpg != nil
                ? "; \(BinaryFiles.unshownPicture(kind)): hãy lưu lại thành ảnh JPG (\(picture)) và chuyển vào \(media)"
                : "; ảnh hãy chuyển vào \(media)"
            let link = mediaLink(picture)
            switch folder {
            case "content/stories":
                return move + ", rồi ghi 'image: media/\(picture)' ở đầu bài (ảnh đại diện) hoặc chèn ![mô tả ảnh](\(link)) vào nội dung bài"
            case "content/minutes", "content/bulletins":
                return move + ", rồi chèn ![mô tả ảnh](\(link)) vào nội dung"
            case "content/branches":
                return move + ", rồi ghi 'photo: media/\(picture)' trong tệp của chi bộ"
            default:
                return move
            }
        }
        if BinaryFiles.archiveExtensions.contains(kind) {
            return "; tệp nén không được giải nén: hãy giải nén rồi đặt mỗi tệp vào đúng thư mục của nó (ảnh, tệp đính kèm vào \(media)), "
                + "rồi xoá tệp .\(kind) khỏi thư mục này"
        }
        return BinaryFiles.hasNoLines(path) ? attachmentHint(path: path, folder: folder, media: media) : ""
    }

    /// What to do with a file to attach (a PDF, a presentation, a document kept as it is) among
    /// the texts (minutes, stories, bulletins): move it to the media and link it from the text.
    /// Elsewhere nothing: what the media hold is published, and a decision kept beside the scores
    /// is no attachment. `otherwise` says it after another advice ("; nếu là tệp đính kèm, …").
    private static func attachmentHint(path: String, folder: String, media: String, otherwise: Bool = false) -> String {
        guard ["content/minutes", "content/stories", "content/bulletins"].contains(folder) else { return "" }
        return (otherwise ? "; nếu là tệp đính kèm, hãy chuyển vào \(media)" : "; tệp đính kèm hãy chuyển vào \(media)")
            + ", rồi ghi liên kết [\(PathParts.name(of: path))](\(mediaLink(path))) trong nội dung"
    }

    /// The address a text links the file by once it lies in the media: `media/anh-1.jpg`, in
    /// angle brackets when its name holds a space or a bracket (`<media/Ảnh đại hội.jpg>`), as
    /// Markdown needs it.
    private static func mediaLink(_ path: String) -> String {
        let address = "media/\(PathParts.name(of: path))"
        return address.contains(where: { $0 == " " || $0 == "(" || $0 == ")" }) ? "<\(address)>" : address
    }
}
