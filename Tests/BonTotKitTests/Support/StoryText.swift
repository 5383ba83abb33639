/// The text of a story file of the portal fixture's Bình Minh branch, with the body a test
/// gives it: the front matter every test of a body's links writes alike.
enum StoryText {
    /// The story titled "Ấp Bình Minh hiến đất làm đường", with `slug`, `body` and, when given,
    /// the front matter's `image`. Its body starts on line 8 (9 with an image).
    static func binhMinh(slug: String, body: String, image: String? = nil) -> String {
        """
        ---
        title: Ấp Bình Minh hiến đất làm đường
        slug: \(slug)
        kind: tap-the
        branch: binh-minh
        date: 2024-08-15
        \(image.map { "image: \($0)\n" } ?? "")---
        \(body)

        """
    }
}
