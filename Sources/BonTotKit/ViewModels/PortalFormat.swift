/// Small formats the portal pages share, built on `VietnameseFormat`: cluster names, member
/// counts, titles.
enum PortalFormat {
    /// An emulation cluster's name: the one `site.yaml` gives under `clusters:`, else from its id,
    /// `cum-1` → `"Cụm 1"`, `khoi-2` → `"Khối 2"`; any other id is shown as written, since its
    /// folded words cannot be given their diacritics back.
    static func cluster(_ id: String, config: SiteConfig) -> String {
        if let name = config.declaredClusterName(id) { return name }
        let names = ["cum": "Cụm", "khoi": "Khối"]
        let parts = id.split(separator: "-", maxSplits: 1).map(String.init)
        guard parts.count == 2, let name = names[parts[0]], !parts[1].isEmpty,
              parts[1].allSatisfy({ ("0"..."9").contains($0) })
        else { return id }
        return name + " " + parts[1]
    }

    /// `"42 đảng viên"`.
    static func members(_ count: Int) -> String {
        "\(VietnameseFormat.number(count)) đảng viên"
    }

    /// The title of a ranking: the evaluation's own title, else "Xếp hạng thi đua năm 2024" (in a
    /// district, "Xếp hạng thi đua các chi bộ trực thuộc năm 2024").
    static func rankingTitle(_ period: Period, site: Site) -> String {
        // A district ranks only its chi bộ trực thuộc here; its units have their own ranking.
        let ranked = site.config.units.isEmpty ? "" : "các chi bộ trực thuộc "
        return present(site.evaluations.last { $0.period == period }?.title)
            ?? "Xếp hạng thi đua \(ranked)\(VietnameseFormat.period(period))"
    }

    /// The text, or nil when it is missing or blank.
    static func present(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }

    /// The text with its first letter upper-cased: "tháng 9 năm 2024" → "Tháng 9 năm 2024".
    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
