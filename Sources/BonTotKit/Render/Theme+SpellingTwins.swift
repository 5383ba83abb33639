import Foundation

/// A site's own theme files named with the same letters typed two ways: precomposed (`ả`, as
/// Windows keyboards type, NFC) and decomposed (`a` and its mark, as macOS and zip tools may
/// name files, NFD): `templates/ảnh-nền.png` typed one way beside the same name typed the
/// other, as a theme copied from a Mac or a zip file may bring. Swift takes the two
/// names for one, so the theme keeps one of the two files, which one depending on the order the
/// folder lists them in, and the pages show the other's picture or template without a word. An
/// error naming both, as for media files so named (`WindowsFileNames`, a warning there: each is
/// published under one name, the second copied over the first) and for theme files differing
/// in case (`reportWindowsNames`). The built-in theme's names are ASCII, which has one spelling,
/// so a site's file never replaces a built-in one by another spelling.
extension Theme {
    /// A theme file (`path`, inside `templates/`) named as another (`other`) typed another way.
    struct SpellingTwin: Sendable, Equatable {
        let path: String
        let other: String

        /// The twins among `paths`: for each name typed more than one way, each spelling but
        /// one, named with that one, the precomposed spelling when there is one (the file to
        /// rename is the other).
        static func among(_ paths: [String]) -> [SpellingTwin] {
            // Swift's `String` compares and hashes two spellings of the same letters as one.
            var spellings: [String: [String]] = [:]
            for path in paths where !path.utf8.allSatisfy({ $0 < 0x80 }) {
                if !(spellings[path] ?? []).contains(where: { $0.utf8.elementsEqual(path.utf8) }) {
                    spellings[path, default: []].append(path)
                }
            }
            var twins: [SpellingTwin] = []
            for group in spellings.values where group.count > 1 {
                let ordered = group.sorted { first, second in
                    let (isFirstPrecomposed, isSecondPrecomposed) = (isPrecomposed(first), isPrecomposed(second))
                    if isFirstPrecomposed != isSecondPrecomposed { return isFirstPrecomposed }
                    return first.utf8.lexicographicallyPrecedes(second.utf8)
                }
                twins += ordered.dropFirst().map { SpellingTwin(path: $0, other: ordered[0]) }
            }
            return twins.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        }

        /// True when `path` is spelt precomposed (NFC), byte for byte.
        private static func isPrecomposed(_ path: String) -> Bool {
            path.utf8.elementsEqual(path.precomposedStringWithCanonicalMapping.utf8)
        }
    }

    /// An error at each of the site's theme files named as another typed another way.
    func reportSpellingTwins(sink: DiagnosticSink) {
        for twin in spellingTwins {
            sink.error(SourceLocation(file: "templates/" + twin.path, line: 0),
                       "tên tệp giống 'templates/\(twin.other)' nhưng gõ dấu kiểu khác (Unicode tổ hợp / dựng sẵn): giao diện "
                       + "chỉ dùng được một trong hai tệp, không biết là tệp nào; hãy xoá tệp thừa hoặc đổi tên một tệp (và tên "
                       + "ghi trong các mẫu) / the same name as 'templates/\(twin.other)' spelt with other Unicode marks: the "
                       + "theme keeps only one of the two files; remove or rename one")
        }
    }
}
