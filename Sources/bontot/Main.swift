import ArgumentParser
import BonTotKit
import Foundation

/// The program's entry, as `BonTot.main()` but for the allocator: the command line is parsed
/// (help, `--version` and usage errors end here, as the library ends them), then the C allocator
/// is set for a command that runs once and exits (`OneShotMemory`: each thread's heap is then
/// made at its full size), unless the parsed command runs for long (`LongRunningCommand`, the
/// preview server), and only then the command runs. Parsing is synchronous, on the main thread,
/// so no other thread has allocated before the allocator is set.
@main
enum Main {
    static func main() async {
        do {
            var command = try BonTot.parseAsRoot()
            if !(command is LongRunningCommand) { OneShotMemory.apply() }
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(with: error, arguments: Array(CommandLine.arguments.dropFirst()))
        }
    }

    /// Ends the program as `BonTot.exit(withError:)` does — help on standard output with status
    /// 0, errors on standard error with argument-parser's status (64 for a usage error) — but in
    /// Vietnamese, with a word that names no command (`bontot biuld`) called what it is, and
    /// words out of place (`bontot --site . check`, `--site Trang thử`) explained (`UnexpectedWords`),
    /// and an option argument-parser finds nothing near given its nearest one or its subcommand
    /// (`UnknownOption`).
    private static func exit(with error: Error, arguments: [String]) -> Never {
        let status = BonTot.exitCode(for: error)
        if status == .validationFailure || (status == .success && arguments.first == "help"),
           let unknown = UnknownCommand(arguments, root: BonTot.self) {
            try? FileHandle.standardError.write(contentsOf: Data((unknown.message + "\n").utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        if status == .validationFailure,
           let unexpected = UnexpectedWords.misplacedCommand(arguments, root: BonTot.self)
               ?? UnexpectedWords(parserMessage: BonTot.message(for: error), arguments: arguments, root: BonTot.self) {
            try? FileHandle.standardError.write(contentsOf: Data((unexpected.message + "\n").utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        let option = status == .validationFailure
            ? UnknownOption.make(parserMessage: BonTot.message(for: error), arguments: arguments, root: BonTot.self) : nil
        if let message = option?.message {
            try? FileHandle.standardError.write(contentsOf: Data((message + "\n").utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        var text = ParserVietnamese.translate(BonTot.fullMessage(for: error))
        if let firstLine = option?.firstLine {
            text = ([firstLine] + text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().map(String.init))
                .joined(separator: "\n")
        }
        if !text.isEmpty {
            if status == .success {
                print(text)
            } else {
                try? FileHandle.standardError.write(contentsOf: Data((text + "\n").utf8))
            }
        }
        Foundation.exit(status.rawValue)
    }
}
