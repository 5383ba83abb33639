import ArgumentParser
import BonTotKit
import Foundation

/// Words a command found no place for (argument-parser's "Unexpected argument"), and what the
/// user most likely meant by them, with the line to type instead:
/// - a command's name, or nearly one, written after the options (`bontot --site . check`,
///   `bontot --site . chek`): a command's name comes first, right after `bontot`;
/// - the rest of a value that has spaces (a folder, a file, a title), written without quotes
///   (`bontot build --site Trang thử`, where no `Trang` is there): such a value goes in quotes;
/// - any other word where no command was named (`bontot --site . bogus`): there is no such
///   command, and the commands are listed, as for `bontot bogus`.
/// A word after a command the user named (`bontot check thua`) keeps argument-parser's message.
struct UnexpectedWords {
    /// What the user reads.
    var message: String

    /// nil unless `parserMessage` (argument-parser's message, without its `Error: ` label) says
    /// words of `arguments` (what follows `bontot`) were unexpected and one of the cases above applies.
    init?(parserMessage: String, arguments: [String], root: ParsableCommand.Type) {
        guard let words = Self.words(in: parserMessage), let start = Self.position(of: words, in: arguments) else { return nil }
        let commands = root.configuration.subcommands.map { $0._commandName }
        let defaultName = root.configuration.defaultSubcommand?._commandName
        let named = arguments.first.flatMap { $0.hasPrefix("-") ? nil : $0 }
        let program = root._commandName
        if named == nil || named == defaultName,
           let meant = commands.contains(words[0]) ? words[0] : Suggestion.closest(to: words[0], among: commands) {
            // The words after it that name its subcommands (`new minutes`) move with it.
            var path = [meant]
            var command = root.configuration.subcommands.first { $0._commandName == meant }
            for word in words.dropFirst() {
                guard let next = command?.configuration.subcommands.first(where: { $0._commandName == word }) else { break }
                path.append(word)
                command = next
            }
            var rest = arguments
            rest.removeSubrange(start..<(start + path.count))
            if named != nil { rest.removeFirst() }
            let head = meant == words[0]
                ? "lỗi: tên lệnh '\(meant)' phải viết ngay sau '\(program)', trước các tuỳ chọn / the command's name comes first"
                : "lỗi: không có lệnh '\(words[0])' (có phải '\(meant)'? / did you mean '\(meant)'?); "
                    + "tên lệnh viết ngay sau '\(program)', trước các tuỳ chọn / unknown command"
            message = head + "\n  Hãy gõ: " + ShellLine.text([program] + path + rest)
                + "\n  Xem thêm: " + ([program] + path + ["--help"]).joined(separator: " ")
            return
        }
        if start >= 2, !arguments[start - 1].hasPrefix("-"), arguments[start - 2].hasPrefix("--"),
           case let name = ([arguments[start - 1]] + words).joined(separator: " "),
           Self.exists(name) || !Self.exists(arguments[start - 1]) {
            let line: [String] = [program] + Array(arguments[..<(start - 1)]) + [name] + Array(arguments[(start + words.count)...])
            message = "lỗi: thừa " + words.map { "'\($0)'" }.joined(separator: ", ")
                + ": giá trị có dấu cách (tên thư mục, tệp, tiêu đề…) phải đặt trong ngoặc kép / a value with spaces needs quotes"
                + "\n  Hãy gõ: " + ShellLine.text(line)
                + "\n  Xem thêm: " + ([program] + Self.commandPath(arguments, root: root) + ["--help"]).joined(separator: " ")
            return
        }
        guard named == nil, words.count == 1, let unknown = UnknownCommand([words[0]], root: root) else { return nil }
        message = unknown.message
    }

    /// For a command line that names no command first but has a command's name further on
    /// (`bontot --site . new minutes --branch x`, which argument-parser reads as `build` and
    /// refuses for `--branch`, before it reaches `new`): what the first such word gets.
    static func misplacedCommand(_ arguments: [String], root: ParsableCommand.Type) -> UnexpectedWords? {
        let commands = root.configuration.subcommands.map { $0._commandName }
        guard arguments.first?.hasPrefix("-") == true,
              let word = arguments.dropFirst().first(where: { commands.contains($0) }) else { return nil }
        let following = arguments[(arguments.lastIndex(of: word) ?? 0)...].prefix { !$0.hasPrefix("-") }
        let message = following.count == 1 ? "Unexpected argument '\(word)'"
            : "\(following.count) unexpected arguments: '" + following.joined(separator: "', '") + "'"
        return UnexpectedWords(parserMessage: message, arguments: arguments, root: root)
    }

    /// Whether a file or folder of that name is there: a value that names one alone
    /// (`--site . bogus`) is taken whole, unless the name with the words after it is there too.
    private static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// The names of the commands `arguments` begin with (`new story`), or the default command's.
    private static func commandPath(_ arguments: [String], root: ParsableCommand.Type) -> [String] {
        var command = root
        var path: [String] = []
        for word in arguments {
            guard let next = command.configuration.subcommands.first(where: { $0._commandName == word }) else { break }
            path.append(word)
            command = next
        }
        return path.isEmpty ? [root.configuration.defaultSubcommand?._commandName].compactMap { $0 } : path
    }

    /// The words argument-parser's message names, or nil when it is another message.
    static func words(in message: String) -> [String]? {
        if let single = ParserVietnamese.match("Unexpected argument '{1}'", message) { return single }
        guard let several = ParserVietnamese.match("{1} unexpected arguments: '{2}'", message), Int(several[0]) != nil else {
            return nil
        }
        return several[1].components(separatedBy: "', '")
    }

    /// Where the words stand together in `arguments`, the last such place (argument-parser
    /// takes the words it expects first), or nil.
    static func position(of words: [String], in arguments: [String]) -> Int? {
        guard !words.isEmpty, arguments.count >= words.count else { return nil }
        return (0...(arguments.count - words.count)).reversed().first { Array(arguments[$0..<($0 + words.count)]) == words }
    }
}
