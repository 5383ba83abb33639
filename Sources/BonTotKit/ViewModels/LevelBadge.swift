/// A classification level as a coloured badge: `<span class="badge badge-xuat-sac">`.
struct LevelBadge: Encodable {
    var name: String
    /// `badge badge-<level-id>`.
    var cssClass: String

    init(_ level: Level) {
        name = level.name
        cssClass = "badge badge-" + Slug.fold(level.id)
    }
}
