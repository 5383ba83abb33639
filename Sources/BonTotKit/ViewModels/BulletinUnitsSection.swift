/// The units of a district's bulletin: a line for each unit that met or told a story in the
/// month, then those that held no meeting named together in one line, in listing order
/// ("Chưa có biên bản sinh hoạt trong tháng (14/20 đảng bộ cơ sở): …"). A district office reads
/// at a glance who has not met, instead of twenty lines saying the same.
struct BulletinUnitsSection: Encodable {
    /// The units that met or told a story, each on its line.
    var units: [BulletinUnitView]
    var hasUnits: Bool
    /// "Chưa có biên bản sinh hoạt trong tháng (14/20 đảng bộ cơ sở)".
    var silentLead: String
    /// The units without minutes in the month, story tellers among them.
    var silent: [BulletinUnitMention]
    var hasSilent: Bool

    /// Splits `all` (every unit of the month, `BulletinUnitView.units`); `noun` is what the
    /// units are ("đảng bộ cơ sở").
    init(_ all: [BulletinUnitView], noun: String) {
        units = all.filter { $0.met || $0.hasStories }
        hasUnits = !units.isEmpty
        let silent = all.filter { !$0.met }
        silentLead = "Chưa có biên bản sinh hoạt trong tháng (\(VietnameseFormat.count(silent.count))/\(VietnameseFormat.count(all.count)) \(noun))"
        self.silent = silent.enumerated().map { index, unit in
            BulletinUnitMention(name: unit.name, href: unit.href, separator: index < silent.count - 1 ? ", " : "")
        }
        hasSilent = !silent.isEmpty
    }
}

/// A unit named in a line of several, linked into its portal.
struct BulletinUnitMention: Encodable {
    var name: String
    var href: String
    /// `", "` between two units, nothing after the last (the sentence's full stop follows).
    var separator: String
}
