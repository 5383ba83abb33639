extension Slug {
    /// A name for a file instead of `name`, one that Markdown links plainly and every file
    /// system takes: its name folded as a slug, its extension kept, folded too
    /// (`Ảnh đại hội.JPG` → `anh-dai-hoi.jpg`, `Biên bản: họp?.pdf` → `bien-ban-hop.pdf`).
    static func fileName(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return fold(name).isEmpty ? "tep" : fold(name) }
        let stem = fold(String(name[..<dot])), suffix = fold(String(name[name.index(after: dot)...]))
        return (stem.isEmpty ? "tep" : stem) + (suffix.isEmpty ? "" : "." + suffix)
    }
}
