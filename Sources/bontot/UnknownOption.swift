import ArgumentParser
import BonTotKit
import Foundation

/// An option the command does not have, where argument-parser suggests nothing: an option of a
/// subcommand written before the subcommand's name (`bontot new --site . minutes`), `--version`
/// misspelt (`bontot --verison`, which argument-parser does not count among the options it
/// suggests), a short option the command lacks (`-o` for `--output`, `-v` for `--version`), or
/// a misspelt required option (`bontot new story --titel …`, which argument-parser reports as
/// `--title` missing). Where no command is named (`bontot --verison`, `bontot --hlep`, `bontot -v`),
/// the line is not shown as the default command's, whose usage would follow: the user is told the
/// option meant and the line to type, as for a misspelt command.
struct UnknownOption {
    /// The whole message, for an option that belongs to a subcommand.
    var message: String?
    /// The first line of the message, for a misspelt option: argument-parser's usage lines follow it.
    var firstLine: String?

    /// What to print, or nil unless `parserMessage` (argument-parser's message, without its
    /// `Error: ` label) is an unknown option with no suggestion and one of the cases above
    /// applies to `arguments` (what follows `bontot`).
    static func make(parserMessage: String, arguments: [String], root: ParsableCommand.Type) -> UnknownOption? {
        if let topLevel = topLevel(parserMessage: parserMessage, arguments: arguments, root: root) { return topLevel }
        guard !parserMessage.contains("Did you mean") else { return nil }
        var command = root
        var path = [root._commandName]
        var rest = arguments[...]
        while let word = rest.first, let next = command.configuration.subcommands.first(where: { $0._commandName == word }) {
            command = next
            path.append(word)
            rest = rest.dropFirst()
        }
        let leaf = command.configuration.defaultSubcommand ?? command
        let known = options(of: leaf, root: root)
        let option: String
        var missing: String?
        if let unknown = ParserVietnamese.match("Unknown option '{1}'", parserMessage)?.first {
            option = unknown
        } else if parserMessage.hasPrefix("Missing expected argument"),
                  let unknown = rest.lazy.map({ String($0.prefix { $0 != "=" }) })
                      .first(where: { $0.hasPrefix("--") && $0.count > 2 && !known.contains($0) }) {
            // argument-parser names the required option missing, not the misspelt one that stood for it.
            option = unknown
            missing = ParserVietnamese.match("Missing expected argument '{1}'", parserMessage)?.first
                .map { String($0.prefix { $0 != " " }) }
        } else {
            return nil
        }
        let subcommands = command.configuration.subcommands
        if !subcommands.isEmpty, command.configuration.defaultSubcommand == nil {
            let owners = subcommands.filter { options(of: $0, root: root).contains(option) }
            guard !owners.isEmpty else { return nil }
            let ownerNames = owners.map { $0._commandName }
            if let index = rest.firstIndex(where: { ownerNames.contains($0) }) {
                let sub = rest[index]
                var words = Array(rest)
                words.remove(at: index - rest.startIndex)
                let line = path + [sub] + words
                return UnknownOption(message: "lỗi: tuỳ chọn '\(option)' thuộc lệnh con '\(sub)', phải viết sau tên lệnh con "
                    + "/ the option belongs to the subcommand\n"
                    + "  Hãy gõ: " + ShellLine.text(line) + "\n"
                    + "  Xem thêm: " + (path + [sub, "--help"]).joined(separator: " "))
            } else {
                let names = ownerNames
                return UnknownOption(message: "lỗi: '\(path.joined(separator: " "))' không có tuỳ chọn '\(option)'; tuỳ chọn này thuộc lệnh con "
                    + names.map { "'\($0)'" }.joined(separator: ", ") + ", viết sau tên lệnh con, ví dụ: "
                    + (path + [names[0], option]).joined(separator: " ") + " … / the option belongs to a subcommand\n"
                    + "  Xem thêm: " + (path + ["--help"]).joined(separator: " "))
            }
        }
        let meant: String?
        if let missing, Suggestion.closest(to: option, among: [missing]) != nil {
            meant = missing
        } else {
            meant = meaning(of: option, among: known)
        }
        guard let meant else { return nil }
        return UnknownOption(firstLine: heading(option, meant))
    }

    /// argument-parser's own options, which the program's help (`bontot --help`) lists.
    private static let builtIn: Set<String> = ["--help", "-h", "--version"]

    /// For an unknown option where no command is named: the whole message, with the line to type
    /// and the help to see (the program's for `--help` and `--version`, the default command's
    /// for its options: `bontot --sitee .`). argument-parser's own suggestion is not taken: it
    /// leaves `--help` out (`--hlep` would be `--clean`) and `--version` too.
    private static func topLevel(parserMessage: String, arguments: [String], root: ParsableCommand.Type) -> UnknownOption? {
        let commands = root.configuration.subcommands.map { $0._commandName }
        guard let defaultCommand = root.configuration.defaultSubcommand,
              arguments.first?.hasPrefix("-") == true, !arguments.contains(where: commands.contains),
              let option = (ParserVietnamese.match("Unknown option '{1}'. Did you mean '{2}'?", parserMessage)
                  ?? ParserVietnamese.match("Unknown option '{1}'", parserMessage))?.first,
              let index = arguments.firstIndex(where: { $0 == option || $0.hasPrefix(option + "=") }),
              let meant = meaning(of: option, among: options(of: defaultCommand, root: root)) else { return nil }
        let program = root._commandName
        var line = arguments
        line[index] = meant + line[index].dropFirst(option.count)
        let help = builtIn.contains(meant) ? [program, "--help"] : [program, defaultCommand._commandName, "--help"]
        let typed = ShellLine.text([program] + line)
        return UnknownOption(message: heading(option, meant) + "\n  Hãy gõ: " + typed
            + (typed == help.joined(separator: " ") ? "" : "\n  Xem thêm: " + help.joined(separator: " ")))
    }

    /// The option of `known` a mistyped one stands for: the nearest long option to a long one
    /// (`--verison` → `--version`), the one long option a short one begins (`-o` → `--output`).
    private static func meaning(of option: String, among known: Set<String>) -> String? {
        if option.hasPrefix("--") {
            return Suggestion.closest(to: option, among: known.filter { $0.hasPrefix("--") })
        }
        let letter = option.dropFirst()
        let longs = known.filter { $0.hasPrefix("--") && letter.count == 1 && $0.dropFirst(2).hasPrefix(letter.lowercased()) }
        return longs.count == 1 ? longs.first : nil
    }

    /// The first line of the message for a mistyped option.
    private static func heading(_ option: String, _ meant: String) -> String {
        "lỗi: không có tuỳ chọn '\(option)' (có phải '\(meant)'? / did you mean '\(meant)'?) / unknown option"
    }

    /// The options a command's help lists (`--site`, `-h`, `--version`…).
    static func options(of command: ParsableCommand.Type, root: ParsableCommand.Type) -> Set<String> {
        let help = root.helpMessage(for: command, columns: 1_000)
        let words = help.split(whereSeparator: { $0.isWhitespace || "[],|=<>()".contains($0) })
        return Set(words.map(String.init).filter { word in
            let body = word.drop { $0 == "-" }
            return word.hasPrefix("-") && word.count - body.count <= 2 && body.first?.isLetter == true
                && body.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        })
    }
}
