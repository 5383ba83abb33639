/// Files that are not text, known by their extension: Office documents (`OfficeFiles`), pictures,
/// PDFs, archives, presentations, sound and video. None has lines a clerk can look up, so a
/// place in one is printed as the file alone (a workbook's cell aside): `content/stories/anh.jpg:1`
/// sent the clerk to look for a first line in a photo. The one place that decides it, for
/// `SourceLocation` (every diagnostic is printed through it) and for what `UnreadFile` advises.
enum BinaryFiles {
    /// Pictures a camera, a phone or a scanner saves, or a browser on Windows (`jfif`): `jpg`, `png`,
    /// `heic` …, lowercased. An SVG is a picture too but written as text (`isPicture`), with lines.
    static let pictureExtensions: Set<String> = ["jpg", "jpeg", "jfif", "png", "gif", "webp", "avif", "bmp", "tif", "tiff", "heic", "heif"]

    /// Pictures most browsers and the printed bulletin cannot show, which a phone saves (`heic`,
    /// `heif`), a browser downloads (`avif`) or a scanner saves (`tif`, `tiff`: only Safari shows
    /// them): to be saved as JPG before they are used, lowercased.
    static let picturesToSaveAsJPG: Set<String> = ["heic", "heif", "avif", "tif", "tiff"]

    /// The JPG `path` is to be saved as when it is a picture most browsers cannot show
    /// (`picturesToSaveAsJPG`): `media/IMG_0001.jpg` for `media/IMG_0001.HEIC`; nil for any other file.
    static func jpgToSaveAs(_ path: String) -> String? {
        guard picturesToSaveAsJPG.contains(PathParts.lowercasedExtension(of: path)) else { return nil }
        let folder = PathParts.folder(of: path)
        return (folder == path ? "" : folder + "/") + PathParts.stem(of: path) + ".jpg"
    }

    /// Why a picture of `kind` (`heic`) is to be saved as JPG, in the words every such warning opens with.
    static func unshownPicture(_ kind: String) -> String {
        "ảnh .\(kind) đa số trình duyệt và bản tin in không hiển thị được"
    }

    /// Archives a folder is sent in by mail or Zalo: `zip`, `rar`, `7z` …, lowercased.
    static let archiveExtensions: Set<String> = ["zip", "rar", "7z", "gz", "tgz", "tar"]

    /// Other files that are not text: PDFs, presentations, sound and video, lowercased.
    private static let otherExtensions: Set<String> = [
        "pdf", "ppt", "pptx", "odp", "mp3", "m4a", "wav", "amr", "ogg", "mp4", "mov", "avi", "mkv", "3gp", "exe",
    ]

    /// True when `path` names a file that is not text, its extension in any case (`ANH-1.JPG`):
    /// a place in it is a cell or the whole file, never a line.
    static func hasNoLines(_ path: String) -> Bool {
        let kind = PathParts.lowercasedExtension(of: path)
        return pictureExtensions.contains(kind) || archiveExtensions.contains(kind) || otherExtensions.contains(kind)
            || OfficeFiles.workbookExtensions.contains(kind) || OfficeFiles.documentExtensions.contains(kind)
    }

    /// The extension a file's first bytes `head` tell, for a file whose name has none (a photo
    /// saved from Zalo or a browser as `IMG_2024`): `jpg`, `png`, `gif`, `heic` or `pdf`; nil for
    /// any other, a text among them.
    static func extensionTold(byFirstBytes head: [UInt8]) -> String? {
        func starts(_ bytes: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + bytes.count && Array(head[offset..<offset + bytes.count]) == bytes
        }
        if starts([0xFF, 0xD8, 0xFF]) { return "jpg" }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "png" }
        if starts(Array("GIF8".utf8)) { return "gif" }
        if starts(Array("%PDF".utf8)) { return "pdf" }
        if starts(Array("ftyp".utf8), at: 4), ["heic", "heix", "mif1"].contains(where: { starts(Array($0.utf8), at: 8) }) { return "heic" }
        return nil
    }

    /// True when `path` names a picture, an SVG's too.
    static func isPicture(_ path: String) -> Bool {
        let kind = PathParts.lowercasedExtension(of: path)
        return pictureExtensions.contains(kind) || kind == "svg"
    }
}
