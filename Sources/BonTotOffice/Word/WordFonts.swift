/// The fonts a `w:rFonts` element names for the two ranges of characters a legacy Vietnamese font
/// decides: ASCII (`w:ascii`) and every character beyond it (`w:hAnsi`), where all the letters
/// of a TCVN3 or VNI text are. Each is a font's name or one of the theme's two fonts
/// (`w:hAnsiTheme="minorHAnsi"`), which Word takes over the name where both are given.
struct WordFonts: Equatable {
    /// A font as `w:rFonts` names it.
    enum Font: Equatable {
        case named(String)
        /// A theme font: `majorHAnsi`, `minorAscii`…
        case theme(String)
    }

    var ascii: Font?
    var highANSI: Font?

    /// The fonts `rPr`'s `w:rFonts` names; nil where it names none of the two.
    init?(_ rPr: XMLPartNode?) {
        guard let fonts = rPr?.child("rFonts") else { return nil }
        func font(_ name: String) -> Font? {
            fonts[name + "Theme"].map(Font.theme) ?? fonts[name].map(Font.named)
        }
        ascii = font("ascii")
        highANSI = font("hAnsi")
        if ascii == nil && highANSI == nil { return nil }
    }
}

/// The theme's two fonts (`word/theme/theme1.xml`): the headings' (major) and the body's (minor)
/// Latin typeface, which a `w:asciiTheme` or `w:hAnsiTheme` names.
struct WordThemeFonts {
    var major: String?
    var minor: String?

    init(_ root: XMLPartNode?) {
        let scheme = root?.child("themeElements")?.child("fontScheme")
        major = scheme?.child("majorFont")?.child("latin")?["typeface"]
        minor = scheme?.child("minorFont")?.child("latin")?["typeface"]
    }

    /// The typeface of theme font `name` (`minorHAnsi` → the minor font); nil where the theme
    /// does not say.
    func typeface(_ name: String) -> String? {
        if name.hasPrefix("major") { return major }
        if name.hasPrefix("minor") { return minor }
        return nil
    }
}
