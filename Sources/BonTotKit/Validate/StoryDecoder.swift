import Foundation
import Yams

/// Reads the front matter of one story; its slug is `slug:` or the folded title.
enum StoryDecoder {
    static let fields = ["title", "slug", "kind", "person", "branch", "date", "tags", "image", "image_alt", "summary"]

    /// Every field is read and checked before giving up, so one run reports all of a file's
    /// problems; `bodyLine` is the file line on which `body` starts.
    static func decode(_ node: Node?, path: String, lineOffset: Int, body: String, bodyLine: Int, context: DecodeContext) -> Story? {
        guard let reader = FieldReader(node, path: path, lineOffset: lineOffset, known: fields,
                                       misplaced: PictureAltText.misplaced(in: .story), sink: context.sink) else { return nil }
        let title = reader.string("title", required: true)
        let kind = reader.choice("kind", StoryKind.self, required: true)
        let date = reader.date("date", required: true, inThePast: true)
        let slug = self.slug(reader, title: title)
        if let slug {
            let field = reader.value("slug") != nil ? "slug" : "title"
            context.claim(.story, slug, at: reader.location(of: field), field: field)
        }
        let branchID = reader.string("branch")
        if let branchID { context.referenceBranch(branchID, at: reader.location(of: "branch"), in: .story) }
        let image = reader.string("image")
        if let image { context.referenceMedia(image, at: reader.location(of: "image"), field: "image") }
        let imageAlt = PictureAltText.read(.story, reader)
        let person = reader.string("person")
        let tags = reader.strings("tags", oneEach: true).map { $0.trimmed(.whitespaces) }.filter { !$0.isEmpty }
        if !tags.isEmpty { checkTags(tags, at: reader.location(of: "tags"), sink: context.sink) }
        let summary = reader.string("summary")
        guard let title, let kind, let date, let slug else { return nil }
        var story = Story(slug: slug, title: title, kind: kind, date: date, source: reader.location)
        story.dateLine = reader.location(of: "date").line
        story.person = person
        story.branchID = branchID
        story.branchLine = branchID.map { _ in reader.location(of: "branch").line }
        story.tags = tags
        story.tagsLine = tags.isEmpty ? nil : reader.location(of: "tags").line
        story.summary = summary
        story.image = image
        story.imageAlt = imageAlt
        story.body = body
        checkPlaceholder(body, path: path, bodyLine: bodyLine, sink: context.sink)
        return story
    }

    /// Reports at `location` (the `tags:` line) what is wrong with a story's tags: too many,
    /// one with no letter or digit, one too long for a folder name, or one that Windows keeps
    /// for a device. Each tag is folded once (by `fold`, `Slug.fold` but for a test counting
    /// its calls), not once per check: a story of twenty tags was folded eighty times.
    static func checkTags(_ tags: [String], at location: SourceLocation, sink: DiagnosticSink,
                          fold: (String) -> String = Slug.fold) {
        let folded = tags.map { (tag: $0, slug: fold($0)) }
        let distinctTags = Set(folded.map(\.slug).filter { !$0.isEmpty }).count
        if distinctTags > ContentLimits.tagsPerStory {
            sink.error(location, field: "tags",
                       "bài có \(VietnameseFormat.number(distinctTags)) chủ đề, vượt giới hạn \(ContentLimits.tagsPerStory) chủ đề "
                       + "của một bài: mỗi chủ đề là một trang riêng của cổng; hãy giữ vài chủ đề chính "
                       + "/ \(distinctTags) tags, more than the \(ContentLimits.tagsPerStory) a story may have")
        }
        // A tag of no letter or digit (an emoji, "!!!") has no page, and the story's pages leave it
        // out: told, not dropped without a word.
        for (tag, slug) in folded where slug.isEmpty {
            sink.warning(location, field: "tags",
                         "chủ đề '\(tag.prefix(40))' không có chữ hay số nào để đặt tên trang chủ đề, nên bị bỏ qua, "
                         + "không hiện ở bài; hãy viết chủ đề bằng chữ / the tag has no letter or digit to name its page "
                         + "and is left out")
        }
        for (tag, slug) in folded where slug.utf8.count > RouteCheck.longestName {
            sink.error(location, field: "tags",
                       "chủ đề '\(tag.prefix(40))…' quá dài để làm tên thư mục (tối đa \(RouteCheck.longestName) ký tự) / "
                       + "the tag is too long for a folder name (\(RouteCheck.longestName) bytes at most)")
        }
        for (_, slug) in folded {
            if let error = RouteCheck.windowsDevice(slug, noun: ("chủ đề", "tag"), fix: ("hãy đổi chủ đề", "change the tag"),
                                                    at: location, field: "tags") {
                sink.report(error)
            }
        }
    }

    /// A story whose body is still the placeholder of `bontot new story` would be published
    /// with it, on the home page and in the bulletin: a warning on the placeholder's line. Not an
    /// error, since the office may be half-way through writing it (and `serve` previews it).
    private static func checkPlaceholder(_ body: String, path: String, bodyLine: Int, sink: DiagnosticSink) {
        guard let placeholder = SkeletonPlaceholder.first(of: SkeletonPlaceholder.story, in: body, firstLine: bodyLine) else { return }
        sink.warning(SourceLocation(file: path, line: placeholder.line), field: "body",
                     "bài viết còn nội dung mẫu chưa điền: '\(placeholder.text)'; hãy viết nội dung bài thay cho dòng này, "
                         + "nếu không bài sẽ được đăng lên cổng đúng như vậy / the story still holds the placeholder text of "
                         + "'bontot new story' and would be published with it")
    }

    /// The slug, checked for its characters; the router checks it against its own folders.
    private static func slug(_ reader: FieldReader, title: String?) -> String? {
        let slug: String
        if let written = reader.string("slug") {
            guard Slug.isValid(written) else {
                reader.sink.error(reader.location(of: "slug"), field: "slug",
                                  "slug '\(written)' chỉ được gồm a-z, 0-9 và '-' (gợi ý: '\(Slug.fold(written))') / a slug must be [a-z0-9-]+")
                return nil
            }
            slug = written
        } else if let title {
            slug = Slug.fold(title)
            guard !slug.isEmpty else {
                reader.sink.error(reader.location(of: "title"), field: "title",
                                  "không tạo được slug từ tiêu đề '\(title)'; hãy ghi 'slug:' / the title gives no slug, add a 'slug:' field")
                return nil
            }
        } else {
            return nil
        }
        return slug
    }
}
