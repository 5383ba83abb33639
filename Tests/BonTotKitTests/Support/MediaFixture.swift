/// What the tests of `content/media/` put in a site: a picture of 10 × 10 pixels, and the
/// portal's story of Ấp Bình Minh (`content/stories/hien-dat.md`) with a body, and an image,
/// of the test's own.
enum MediaFixture {
    static let picture = """
        <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>
        """

    /// The story's text with `body`, and `image:` written as `image` (quotes and all) when given.
    static func story(body: String, image: String? = nil) -> String {
        """
        ---
        title: Ấp Bình Minh hiến đất làm đường
        slug: hien-dat
        kind: tap-the
        branch: binh-minh
        date: 2024-08-15
        \(image.map { "image: \($0)\n" } ?? "")---
        \(body)

        """
    }
}
