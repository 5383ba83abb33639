#if canImport(Glibc)
import Glibc
#endif

/// Settings of the C allocator for a process that builds once and exits (the command line):
/// the heap grows in large steps and keeps what is freed, instead of asking the system for
/// memory and giving it back thousands of times during a build (`mprotect`, `brk` and page
/// faults were a tenth of a rebuild's time). A long-lived process (the preview server) keeps
/// the defaults.
///
/// Each thread but the main one allocates from a heap of its own, which glibc makes at its full
/// size (64 MiB, reserved, not touched) when the top pad is that large, but otherwise grows page
/// by page, each step an `mprotect` that stops every other thread's page faults: so the settings
/// must be made before any other thread allocates, first thing in `main`. Blocks under 32 MiB
/// come from those heaps too, not from `mmap` and `munmap` each time.
public enum OneShotMemory {
    /// Applies the settings; call once, at the start of the process, before other threads run.
    public static func apply() {
        #if canImport(Glibc)
        // glibc's `mallopt`, which its module does not export (malloc.h), and its settings.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let trimThreshold: Int32 = -1, topPad: Int32 = -2, mmapThreshold: Int32 = -3
        _ = mallopt(topPad, 256 << 20)
        _ = mallopt(trimThreshold, 1 << 30)
        _ = mallopt(mmapThreshold, 32 << 20)
        #endif
    }
}
