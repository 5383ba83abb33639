import ArgumentParser

/// A command that runs until the user stops it (the preview server). The process then keeps
/// the C allocator's defaults, which give memory back to the system, instead of
/// `OneShotMemory`'s settings for a command that runs once and exits.
protocol LongRunningCommand: ParsableCommand {}
