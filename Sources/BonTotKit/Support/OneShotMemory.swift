#if canImport(Glibc)
import Glibc
#endif

/// Settings of the C allocator for a process that builds once and exits (the command line):
/// the heap grows in large steps and keeps what is freed, instead of asking the system for
/// memory and giving it back thousands of times during a build (`mprotect`, `brk` and page
/// faults were a tenth of a rebuild's time). A long-lived process (the preview server) keeps
/// the defaults.
public enum OneShotMemory {
    /// Applies the settings; call once, at the start of the process.
    public static func apply() {
        #if canImport(Glibc)
        // glibc's `mallopt`, which its module does not export (malloc.h), and its settings.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let trimThreshold: Int32 = -1, topPad: Int32 = -2
        _ = mallopt(topPad, 256 << 20)
        _ = mallopt(trimThreshold, 1 << 30)
        #endif
    }
}
