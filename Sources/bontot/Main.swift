import ArgumentParser
import BonTotKit

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
            BonTot.exit(withError: error)
        }
    }
}
