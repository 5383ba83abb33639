extension BodyAddress {
    /// The ways of reading where the path of a body's address ends, what follows being an anchor
    /// or a query: `media/bao-cao.pdf#chuong.hai` is the file `bao-cao.pdf` with the anchor
    /// `#chuong.hai`, or a file named `bao-cao.pdf#chuong.hai`. A `#` or `?` may end the path
    /// after a name that ends in an extension (`bao-cao.pdf`); or the path goes on, and ends with
    /// the address. Which reading names a file is for the site's media files to tell
    /// (`BodyAddress.resolve(_:in:media:)`).
    struct PathReadings {
        /// Where each reading ends the path, the shortest path first; the address's end last.
        private(set) var ends: [String.Index] = []
        /// Where the path ends when no reading names a file: after the last piece of the name,
        /// between `#` or `?`, that ends in an extension (`media/bao-cao.pdf#page=3`: the anchor
        /// `#page=3` in the file). A `#` before the name's extension is part of the name, however
        /// many dots and `#` it holds: `media/anh#1.jpg` and `media/anh.goc#1#2.jpg` name photos
        /// so named by a clerk (an anchor in `media/anh` or `media/anh.goc` would name a file
        /// without its extension, which media files are not); each is linked as `media/anh%231.jpg`
        /// (`FileNameSpelling`), as front matter's `image:` is. A piece holding `=` is an
        /// anchor's parameter (`#search=bao.cao`), and an extension holds a letter (`#muc-1.2` is
        /// an anchor), so neither continues a name. A name with no extension at all keeps its `#`
        /// (`media/anh#1`), but an empty one is a folder's address with its anchor
        /// (`../sinh-hoat/x/#phan-2`).
        private(set) var usual: String.Index

        init(of url: String) {
            usual = url.endIndex
            var segmentStart = url.startIndex, usualFound = false
            while segmentStart < url.endIndex {
                let segmentEnd = url[segmentStart...].firstIndex(of: "/") ?? url.endIndex
                let segment = url[segmentStart..<segmentEnd]
                ends += Self.nameEnds(in: segment)
                if !usualFound, let end = Self.usualNameEnd(in: segment) {
                    usual = end
                    usualFound = true
                }
                segmentStart = segmentEnd < url.endIndex ? url.index(after: segmentEnd) : segmentEnd
            }
            ends.append(url.endIndex)
        }

        /// True when more than one reading is to be told apart by the files: the address holds a
        /// `#` or `?` that may end its path or belong to a name, at no more than `mostReadings` places.
        var dependOnFiles: Bool {
            ends.count <= Self.mostReadings && (ends.count > 1 || usual != ends[0])
        }

        /// The most readings of an address told apart by the files: one with more places where
        /// its name may end than any file's name has (`media/a.b#a.b#…`, a page of them) is read
        /// the usual way only. Each reading is looked for as a whole path: the thousands of such
        /// an address took seconds to check and render.
        static let mostReadings = 16

        /// The `#` and `?` in `segment` (between two `/`) that follow a piece of it ending in an
        /// extension: where a name ending in its extension may end.
        private static func nameEnds(in segment: Substring) -> [String.Index] {
            var ends: [String.Index] = []
            var pieceStart = segment.startIndex
            for index in segment.indices where segment[index] == "#" || segment[index] == "?" {
                if endsInExtension(segment[pieceStart..<index]) { ends.append(index) }
                pieceStart = segment.index(after: index)
            }
            return ends
        }

        /// Where the name `segment` ends when a `#` or `?` in it starts an anchor or a query (see
        /// `usual`); nil when the whole of it is the name.
        private static func usualNameEnd(in segment: Substring) -> String.Index? {
            let marks = segment.indices.filter { segment[$0] == "#" || segment[$0] == "?" }
            guard let first = marks.first else { return nil }
            var named: String.Index?
            for (number, start) in ([segment.startIndex] + marks).enumerated() {
                let end = number < marks.count ? marks[number] : segment.endIndex
                let piece = segment[start..<end].drop { $0 == "#" || $0 == "?" }
                if number > 0, piece.contains("=") { break }
                if endsInExtension(piece) { named = end }
            }
            if let named { return named < segment.endIndex ? named : nil }
            return first == segment.startIndex ? first : nil
        }

        /// True when `name` ends in a dot and an extension holding a letter (`.jpg`, `.mp4`).
        private static func endsInExtension(_ name: Substring) -> Bool {
            guard let dot = name.lastIndex(of: ".") else { return false }
            let extensionPart = name[name.index(after: dot)...]
            return extensionPart.contains(where: \.isLetter) && extensionPart.allSatisfy { $0.isLetter || $0.isNumber }
        }
    }
}
