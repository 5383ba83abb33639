/// The alternative text of a picture: `image_alt:` beside a story's `image:`, `photo_alt:`
/// beside a branch's `photo:`. It says what the picture shows to a reader who cannot see it (a
/// chart's figures, words written in a picture), and becomes the picture's `alt` wherever it is
/// shown; without it the picture is decorative (`alt=""`).
enum PictureAltText {
    /// The file a picture belongs to, with its picture field and that field's alternative text.
    enum Holder {
        case story, branch

        var picture: String { self == .story ? "image" : "photo" }
        var field: String { "\(picture)_alt" }
        /// The other kind's alternative-text field, which a file of this kind does not know.
        var otherField: String { self == .story ? "photo_alt" : "image_alt" }
        var what: (vi: String, en: String) {
            self == .story ? ("ảnh của bài", "the story's image") : ("ảnh của chi bộ", "the branch's photo")
        }
    }

    /// The alternative text of `holder`'s picture, its white space folded to single spaces; nil
    /// (reported) when it is not a text, or when the file has no picture for it to describe.
    static func read(_ holder: Holder, _ reader: FieldReader) -> String? {
        guard let text = reader.string(holder.field) else { return nil }
        let folded = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !folded.isEmpty else { return nil }
        guard reader.value(holder.picture) != nil else {
            reader.sink.warning(reader.location(of: holder.field), field: reader.qualified(holder.field),
                                "'\(holder.field)' mô tả \(holder.what.vi), nhưng tệp không có trường '\(holder.picture)': "
                                + "hãy thêm \(holder.picture): media/ten-anh.jpg, hoặc bỏ dòng này / '\(holder.field)' describes "
                                + "\(holder.what.en), but the file has no '\(holder.picture)' field")
            return nil
        }
        return folded
    }

    /// What to say of the other kind's field in a file of `holder`'s kind (`photo_alt:` in a story).
    static func misplaced(in holder: Holder) -> [String: String] {
        [holder.otherField: "; \(holder.what.vi) được mô tả bằng '\(holder.field)' / "
            + "\(holder.what.en) is described with '\(holder.field)'"]
    }
}
