import BonTotKit

/// The program's entry: the C allocator is set for a build that runs once and exits before any
/// thread but the main one has allocated (each thread's heap is then made at its full size, see
/// `OneShotMemory`), then the command line is parsed and run. The preview server, which runs for
/// long, keeps the allocator's defaults.
@main
enum Main {
    static func main() async {
        if CommandLine.arguments.dropFirst().first != "serve" { OneShotMemory.apply() }
        await BonTot.main()
    }
}
