import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An output given as a symbolic link to a folder (`output -> /var/www/html/dang-bo`, a link into
/// a web root or onto a USB stick): the build writes into the folder it points to, and its
/// staging folder and spare lie beside that folder, on its disk, so the link stays a link. The
/// atomic exchange of the link itself put the new site where the link was, on this disk, and
/// left the folder served or copied holding the old site, without a word.
enum OutputLink {
    /// What `output` stands for.
    enum Target: Equatable {
        /// The folder to build into: `output` itself, or the end of its chain of links.
        case folder(URL)
        /// No folder to build into, and why, in the office's words: a link to nothing there (a
        /// stick not plugged in, a folder removed), which built into would make the folder on
        /// this disk, or a loop of links (`a -> b -> a`), which the system never follows to an end.
        case refused(String)
    }

    /// The command told why its output cannot be used, for the way out it has besides mending
    /// the link: a build is given another output with `--output`; `serve`, which has no such
    /// option, builds into a new folder in the link's place once the link is removed.
    enum Command {
        case build, serve

        /// That way out, for `output`.
        func otherOutput(_ output: URL) -> String {
            switch self {
            case .build:
                "hoặc chọn thư mục kết quả khác bằng --output"
            case .serve:
                "hoặc xóa liên kết '\(output.path)' (chỉ xóa liên kết, thư mục nó trỏ tới vẫn giữ nguyên) để bontot serve dựng "
                    + "trang vào một thư mục mới ở đó"
            }
        }

        /// The way to make the site on another disk or folder when the output's cannot be
        /// written (read-only, protected): a build is given another output with `--output`;
        /// `serve`, which always builds into the site's `output/`, previews a copy of the site.
        var elsewhere: String {
            switch self {
            case .build:
                "chọn thư mục kết quả khác bằng --output"
            case .serve:
                "chép cả thư mục trang sang một ổ hoặc thư mục ghi được rồi xem trước bản chép đó (bontot serve --site <thư mục mới>)"
            }
        }

        /// The path to check when the folder holding the output is missing.
        var outputPath: String {
            switch self {
            case .build: "đường dẫn --output"
            case .serve: "thư mục trang (--site) và thư mục output/ của nó"
            }
        }
    }

    /// The folder `output` stands for, following links as the system does (`realpath`): a
    /// relative link's `..` is taken from the folder it really lies in, which may itself be
    /// reached through a link (`~/trang -> /data/trang` holding `output -> ../www`), not by
    /// cutting the path given. Why not is said to `command`.
    static func target(of output: URL, for command: Command = .build) -> Target {
        let given = output.standardizedFileURL
        let other = command.otherOutput(given)
        guard isLink(given) else {
            guard let loop = firstLoop(along: given) else { return .folder(given) }
            return .refused(loopAboveMessage(given, chain(from: loop), other: other))
        }
        if let resolved = realpath(given.path, nil) {
            defer { free(resolved) }
            return .folder(URL(fileURLWithPath: String(cString: resolved)))
        }
        if errno == ELOOP {
            let links = chain(from: given)
            if !isClosed(links), let last = links.last, let loop = firstLoop(along: last) {
                return .refused(loopAlongMessage(given, last, chain(from: loop), other: other))
            }
            return .refused(loopMessage(given, links, other: other))
        }
        return .refused(missingMessage(given, chain(from: given).last ?? given, other: other))
    }

    /// The chain of links from `given`, each hop's destination (relative ones taken from that
    /// link's folder), `given` first: it ends where a link leads to no link (nothing there, for
    /// the message), or at the first link met again (a loop).
    private static func chain(from given: URL) -> [URL] {
        var chain = [given]
        var current = given
        while chain.count <= 32, isLink(current), let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current.path) {
            current = (destination.hasPrefix("/") ? URL(fileURLWithPath: destination)
                : current.deletingLastPathComponent().appending(path: destination)).standardizedFileURL
            let looped = chain.contains(current)
            chain.append(current)
            if looped { break }
        }
        return chain
    }

    /// True when `chain` ends on a link met before in it.
    private static func isClosed(_ chain: [URL]) -> Bool {
        chain.last.map(chain.dropLast().contains) ?? false
    }

    /// The first folder on the way to `path`, from the top, that the system cannot follow for
    /// a loop of links (`lp` in `lp/www` with `lp -> lp`): the part the office must mend.
    private static func firstLoop(along path: URL) -> URL? {
        var current = URL(fileURLWithPath: "/")
        for part in path.pathComponents.dropFirst() {
            current = current.appending(path: part)
            var info = stat()
            if stat(current.path, &info) != 0 && errno == ELOOP { return current }
        }
        return nil
    }

    /// True when `url` is a symbolic link itself.
    private static func isLink(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// The error of an output whose chain of links ends at `destination`, where nothing is.
    private static func missingMessage(_ output: URL, _ destination: URL, other: String) -> String {
        "thư mục kết quả '\(output.path)' là liên kết (shortcut) tới '\(destination.path)', nơi không có thư mục nào "
            + "(ổ USB hay ổ mạng chưa gắn vào, hoặc thư mục đã bị xóa hay đổi tên); hãy gắn ổ hoặc tạo lại thư mục đó, "
            + "\(other) / the output is a link to a missing folder"
    }

    /// The error of an output whose links lead round in a loop, `chain` from the output: the
    /// link must be pointed again at a folder.
    private static func loopMessage(_ output: URL, _ chain: [URL], other: String) -> String {
        guard loopPart(of: chain).lead.count < 2 else {
            // `output -> a`, `a -> b`, `b -> a`: the output's own link may be right, `a` and `b` are the ones to mend.
            return "thư mục kết quả " + loopToMend(chain, or: output, other: other) + " / the output is a link into a loop of symbolic links"
        }
        return "thư mục kết quả '\(output.path)' là liên kết (shortcut) trỏ vòng: \(spokenLoop(chain)) mà không dẫn "
            + "tới thư mục nào; hãy sửa liên kết cho trỏ tới thư mục kết quả thật, \(other) "
            + "/ the output is a loop of symbolic links"
    }

    /// The error of an output whose links lead to `destination`, on whose way lies a folder
    /// linked round in a loop, `loop` its chain (`output -> lp/www`, `lp -> lp`): that folder
    /// is named, as the output itself is no loop and its own link may well be right.
    private static func loopAlongMessage(_ output: URL, _ destination: URL, _ loop: [URL], other: String) -> String {
        "thư mục kết quả '\(output.path)' là liên kết (shortcut) tới '\(destination.path)', nhưng đường dẫn đó đi qua "
            + loopToMend(loop, or: destination, other: other) + " / the output is a link through a loop of symbolic links"
    }

    /// The loop of links met on the way to `path`, found while writing after the output's own
    /// path was checked (a folder inside the output made a loop between builds): the folder that
    /// loops named with its hops and the links to mend, as for the output's own; nil when the
    /// system now finds no loop there.
    static func loopOnTheWay(to path: URL) -> String? {
        guard let loop = firstLoop(along: path.standardizedFileURL) else { return nil }
        return "đường dẫn đi qua " + loopToMend(chain(from: loop), or: loop, other: Command.build.otherOutput(path))
    }

    /// The error of an output given as it is (no link) inside a folder linked round in a loop,
    /// `loop` its chain (`--output lp/www`, `lp -> lp`): that folder is named, with its hops.
    private static func loopAboveMessage(_ output: URL, _ loop: [URL], other: String) -> String {
        "thư mục kết quả '\(output.path)' nằm trong " + loopToMend(loop, or: output, other: other)
            + " / the output's path goes through a loop of symbolic links"
    }

    /// The loop of `chain` said to be links that lead round, named with their hops, and what to
    /// do, `other` the way out besides mending them; when the chain leads into the loop from a
    /// link outside it (`x -> a`, `a -> b`, `b -> a`), that link is said to lead there, and the
    /// links of the loop are the ones to mend. `fallback` is named when the chain is empty.
    private static func loopToMend(_ chain: [URL], or fallback: URL, other: String) -> String {
        let (lead, loop) = loopPart(of: chain)
        let folder = loop.first?.path ?? fallback.path
        let way = lead.count < 2 ? ""
            : "'\(lead[0].path)' là liên kết dẫn tới '\(folder)'" + (lead.count > 2 ? " (\(spokenHops(lead)))" : "") + ", mà "
        return way + "'\(folder)' là liên kết trỏ vòng: \(spokenLoop(loop)) mà không dẫn tới thư mục nào; hãy sửa liên kết "
            + "\(spokenLinks(loop, or: fallback)) cho trỏ tới thư mục thật, \(other)"
    }

    /// `chain` cut where it closes: the links leading to the loop, from the first to the link
    /// met again, and the loop itself, from that link back to it. The lead is that link alone
    /// when the loop starts the chain, and empty when the chain does not close.
    private static func loopPart(of chain: [URL]) -> (lead: [URL], loop: [URL]) {
        guard isClosed(chain), let last = chain.last, let start = chain.firstIndex(of: last) else { return ([], chain) }
        return (Array(chain[...start]), Array(chain[start...]))
    }

    /// The links of `loop`, each once, to be mended (`'a' hoặc 'b'`); `fallback` when none.
    private static func spokenLinks(_ loop: [URL], or fallback: URL) -> String {
        let links = (isClosed(loop) ? loop.dropLast() : loop.prefix(1)).map { "'\($0.path)'" }
        guard let last = links.last else { return "'\(fallback.path)'" }
        return links.count == 1 ? last : links.dropLast().joined(separator: ", ") + " hoặc " + last
    }

    /// The hops of `chain`, `'a' → 'b' → 'a'`.
    private static func spokenHops(_ chain: [URL]) -> String {
        chain.map { "'\($0.path)'" }.joined(separator: " → ")
    }

    /// How links that lead round are said, naming each hop of `chain` when it closes on a link
    /// met before. A link to itself (`output -> output`) is said to be one: there are no links
    /// pointing to each other.
    private static func spokenLoop(_ chain: [URL]) -> String {
        let closed = isClosed(chain)
        let hops = closed ? " (" + spokenHops(chain) + ")" : ""
        return (closed && chain.count == 2 ? "liên kết trỏ về chính nó" : "các liên kết trỏ lẫn nhau") + hops
    }
}
