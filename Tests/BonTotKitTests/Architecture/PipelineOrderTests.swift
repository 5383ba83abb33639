import Foundation
import XCTest

/// The folders of `Sources/BonTotKit` are the steps of a build, and each step uses only the
/// steps before it: a file that names a type declared in a later folder fails here, with both
/// named. (Types are matched by name; comments and string literals are not read.)
final class PipelineOrderTests: XCTestCase {
    /// The folders, each after every folder it may use: the shared ground (support code,
    /// diagnostics, the domain model, formatting, routes, Markdown and charts), then load →
    /// validate → rules → view models → render → write, the build that runs them, and the
    /// commands built on a build (office import, new-site scaffolding).
    static let order = ["Support", "Diagnostics", "Model", "Formatting", "Routing", "Markup", "Load", "Validate",
                        "Rules", "ViewModels", "Render", "Write", "Build", "Import", "Scaffold"]

    static let kit = PathLiteralTests.sources.appending(path: "BonTotKit")

    /// One source file: its folder (the first below `BonTotKit/`), its path and its code.
    struct SourceFile {
        var folder: String
        var path: String
        var code: String
    }

    func testEachFolderUsesOnlyTheFoldersBeforeIt() throws {
        let files = try Self.sourceFiles()
        XCTAssertGreaterThan(files.count, 100, "the sources are found")
        XCTAssertEqual(Self.offences(in: files), [], "a step uses only the steps before it (PipelineOrderTests.order)")
    }

    func testEveryFolderHasItsPlaceInTheOrder() throws {
        let folders = try FileManager.default.contentsOfDirectory(at: Self.kit, includingPropertiesForKeys: [.isDirectoryKey])
            .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
            .map(\.lastPathComponent)
        XCTAssertEqual(Set(folders), Set(Self.order), "a new folder of BonTotKit is given its place in the pipeline")
    }

    func testTheCheckFindsAUseOfALaterStep() {
        let files = [
            SourceFile(folder: "Load", path: "Load/Reader.swift", code: Self.code(of: """
                /// Not a use: DecodeCache in a comment.
                struct Reader {
                    let name = "DecodeCache in a string, // not a comment"
                    var cache: DecodeCache?
                }
                """)),
            SourceFile(folder: "Validate", path: "Validate/DecodeCache.swift", code: Self.code(of: """
                final class DecodeCache {
                    var reader: Reader?
                }
                """)),
        ]
        XCTAssertEqual(Self.offences(in: files), ["Load/Reader.swift uses DecodeCache of Validate, a later step"])
    }

    func testAPrivateTypeIsNoOtherFilesToUse() {
        let files = [
            SourceFile(folder: "Model", path: "Model/Minutes.swift", code: Self.code(of: """
                struct Minutes {
                    private let storage: Storage
                }
                private final class Storage {}
                """)),
            SourceFile(folder: "Render", path: "Render/Object.swift", code: Self.code(of: """
                struct Object {
                    private let storage: Storage
                }
                private final class Storage {}
                """)),
            SourceFile(folder: "Load", path: "Load/Reader.swift", code: Self.code(of: """
                struct Reader {
                    var object: Object?
                }
                """)),
        ]
        XCTAssertEqual(Self.offences(in: files), ["Load/Reader.swift uses Object of Render, a later step"],
                       "each file's private Storage is its own; a later step's internal type is still found")
    }

    func testCodeLeavesOutCommentsAndStrings() {
        let code = Self.code(of: #"""
            let a = "Page \(Route.home(x ? "Page" : "Comment")) \"Quoted\"" // Comment
            /* Block /* nested */ Comment */ let b = #"Raw "Page""#
            let c = """
                Multi Page
                """
            """#)
        XCTAssertFalse(code.contains("Page"), code)
        XCTAssertFalse(code.contains("Comment"), code)
        XCTAssertTrue(code.contains("let a ="), code)
        XCTAssertTrue(code.contains("Route.home(x ?"), "an interpolation is code: \(code)")
        XCTAssertTrue(code.contains("let c ="), code)
    }

    // MARK: - The check

    /// The uses of a later folder's type, one line each.
    static func offences(in files: [SourceFile]) -> [String] {
        var owner: [String: String] = [:]
        for file in files {
            for name in declaredTypes(in: file.code, visibleOutsideTheFile: true) { owner[name] = file.folder }
        }
        var found: [String] = []
        for file in files {
            guard let rank = order.firstIndex(of: file.folder) else { continue }
            // A name the file declares itself is its own type, a private one too.
            let own = Set(declaredTypes(in: file.code))
            for name in Set(typeNames(in: file.code)).subtracting(own).sorted() {
                guard let folder = owner[name], let later = order.firstIndex(of: folder), later > rank else { continue }
                found.append("\(file.path) uses \(name) of \(folder), a later step")
            }
        }
        return found.sorted()
    }

    /// The Swift files below `BonTotKit/`, with their code.
    static func sourceFiles() throws -> [SourceFile] {
        let urls = FileManager.default.enumerator(at: kit, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        let base = kit.standardizedFileURL.path + "/"
        return try urls.map { url in
            let path = String(url.standardizedFileURL.path.dropFirst(base.count))
            let folder = path.split(separator: "/").first.map(String.init) ?? ""
            return SourceFile(folder: folder, path: path, code: code(of: try String(contentsOf: url, encoding: .utf8)))
        }
    }

    /// The names of the types declared at the top level of `code`; with `visibleOutsideTheFile`,
    /// only those another file can use (not `private` or `fileprivate`: two files may each have
    /// a private type of one name).
    static func declaredTypes(in code: String, visibleOutsideTheFile: Bool = false) -> [String] {
        let modifiers = visibleOutsideTheFile ? "public|package|internal|final|indirect" : "public|package|internal|fileprivate|private|final|indirect"
        let pattern = #"^(?:(?:"# + modifiers + #")\s+)*"#
            + #"(?:struct|enum|class|protocol|actor|typealias)\s+([A-Z][A-Za-z0-9_]*)"#
        return matches(of: pattern, in: code, options: [.anchorsMatchLines])
    }

    /// Every capitalised identifier in `code`.
    static func typeNames(in code: String) -> [String] {
        matches(of: #"\b([A-Z][A-Za-z0-9_]*)\b"#, in: code, options: [])
    }

    private static func matches(of pattern: String, in text: String, options: NSRegularExpression.Options) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern, options: options) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// `source` without its comments and the text of its string literals (their quotes and
    /// the code of their interpolations kept), so that only code is searched.
    static func code(of source: String) -> String {
        var scanner = CodeScanner(characters: Array(source))
        scanner.scanCode(inInterpolation: false)
        return scanner.result
    }

    /// Copies code, skipping comments and the text of string literals.
    private struct CodeScanner {
        let characters: [Character]
        var index = 0
        var result = ""

        private func starts(_ token: String) -> Bool {
            var position = index
            for character in token {
                guard position < characters.count, characters[position] == character else { return false }
                position += 1
            }
            return true
        }

        /// Copies code up to the end, or past the `)` that closes an interpolation.
        mutating func scanCode(inInterpolation: Bool) {
            var depth = 0
            while index < characters.count {
                let character = characters[index]
                if inInterpolation, character == ")" {
                    index += 1
                    if depth == 0 { return }
                    depth -= 1
                    result.append(character)
                } else if starts("//") {
                    while index < characters.count, characters[index] != "\n" { index += 1 }
                } else if starts("/*") {
                    skipBlockComment()
                } else if let hashes = stringStart() {
                    scanString(hashes: hashes)
                } else {
                    if character == "(" { depth += 1 }
                    result.append(character)
                    index += 1
                }
            }
        }

        /// The number of `#` before the `"` that opens a string here; nil when none opens here.
        private func stringStart() -> Int? {
            var hashes = 0
            while index + hashes < characters.count, characters[index + hashes] == "#" { hashes += 1 }
            return index + hashes < characters.count && characters[index + hashes] == "\"" ? hashes : nil
        }

        private mutating func skipBlockComment() {
            var depth = 0
            repeat {
                if starts("/*") {
                    depth += 1
                    index += 2
                } else if starts("*/") {
                    depth -= 1
                    index += 2
                } else {
                    index += 1
                }
            } while depth > 0 && index < characters.count
            result.append(" ")
        }

        private mutating func scanString(hashes: Int) {
            let marks = String(repeating: "#", count: hashes)
            index += hashes
            let quote = starts("\"\"\"") ? "\"\"\"" : "\""
            index += quote.count
            result.append("\"")
            while index < characters.count, !starts(quote + marks) {
                if starts("\\" + marks) {
                    index += 1 + hashes
                    if index < characters.count, characters[index] == "(" {
                        index += 1
                        result.append(" ")
                        scanCode(inInterpolation: true)
                        result.append(" ")
                        continue
                    }
                }
                index += 1
            }
            index += quote.count + hashes
            result.append("\"")
        }
    }
}
