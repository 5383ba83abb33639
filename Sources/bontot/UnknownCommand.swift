import ArgumentParser
import BonTotKit
import Foundation

/// A word where `bontot` expects a command that names none (`bontot biuld`, `bontot new minuets`,
/// `bontot help biuld`). argument-parser would call it an unexpected argument of the default
/// command and show that command's usage; the user is told instead that there is no such
/// command, which commands there are, and the nearest one when one is close.
struct UnknownCommand {
    /// The misspelt word.
    var word: String
    /// The command whose subcommand the word should have named (`bontot`, `bontot new`).
    var parent: String
    /// That command's subcommands: name and what each does.
    var commands: [(name: String, abstract: String)]

    /// The first word of `arguments` (what follows `bontot`) that stands where a command's name
    /// belongs and names none, or nil when every such word names a command.
    init?(_ arguments: [String], root: ParsableCommand.Type) {
        var command = root
        var path = [root._commandName]
        var words = arguments[...]
        if words.first == "help" { words = words.dropFirst() }
        while let word = words.first, !word.hasPrefix("-"), !command.configuration.subcommands.isEmpty {
            let subcommands = command.configuration.subcommands
            guard let next = subcommands.first(where: { $0._commandName == word }) else {
                self.word = word
                parent = path.joined(separator: " ")
                commands = subcommands.map { ($0._commandName, $0.configuration.abstract) }
                return
            }
            command = next
            path.append(word)
            words = words.dropFirst()
        }
        return nil
    }

    /// What the user reads, shaped as argument-parser's usage errors are once translated.
    var message: String {
        let hint = Suggestion.hint(for: word, among: commands.map(\.name))
        let width = commands.map(\.name.count).max() ?? 0
        let list = commands.map { "  " + $0.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.abstract }
        let isRoot = !parent.contains(" ")
        return (isRoot ? "lỗi: không có lệnh '\(word)'\(hint) / unknown command"
                       : "lỗi: '\(parent)' không có lệnh con '\(word)'\(hint) / unknown subcommand")
            + "\n" + (isRoot ? "Các lệnh:" : "Các lệnh con của '\(parent)':") + "\n"
            + list.joined(separator: "\n")
            + "\n  Xem thêm: \(parent) --help"
    }
}
