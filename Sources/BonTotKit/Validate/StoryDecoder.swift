import Foundation
import Yams

/// Reads the front matter of one story; its slug is `slug:` or the folded title.
enum StoryDecoder {
    static let fields = ["title", "slug", "kind", "person", "branch", "date", "tags", "image", "summary"]

    static func decode(_ node: Node?, path: String, lineOffset: Int, body: String, context: DecodeContext) -> Story? {
        guard let reader = FieldReader(node, path: path, lineOffset: lineOffset, known: fields, sink: context.sink,
                                       fallbackLine: lineOffset) else { return nil }
        let title = reader.string("title", required: true)
        let kind = reader.choice("kind", StoryKind.self, required: true)
        let date = reader.date("date", required: true)
        let slug = self.slug(reader, title: title)
        guard let title, let kind, let date, let slug else { return nil }
        var story = Story(slug: slug, title: title, kind: kind, date: date, source: reader.location)
        story.person = reader.string("person")
        story.branchID = reader.string("branch")
        story.tags = reader.strings("tags").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        story.summary = reader.string("summary")
        if let image = reader.string("image") {
            story.image = image
            context.referenceMedia(image, at: reader.location(of: "image"), field: "image")
        }
        story.body = body
        return story
    }

    private static func slug(_ reader: FieldReader, title: String?) -> String? {
        if let written = reader.string("slug") {
            guard Slug.isValid(written) else {
                reader.sink.error(reader.location(of: "slug"), field: "slug",
                                  "slug '\(written)' chỉ được gồm a-z, 0-9 và '-' / a slug must be [a-z0-9-]+ (gợi ý: '\(Slug.fold(written))')")
                return nil
            }
            return written
        }
        return title.map(Slug.fold)
    }
}
