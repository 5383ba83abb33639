import Foundation

/// Writes the files that are not pages (CSV exports, the feed, the sitemap) on every core. A
/// file the site's inputs alone decide (`OutputFile.madeFromSite`) is taken from an earlier
/// output, without being made, when the site's digest is the one it was made from; any other
/// file is made, and written when its bytes changed. A file that cannot be written is thrown,
/// once, as `ParallelPages` does.
enum ParallelFiles {
    static func write(_ files: [OutputFile], router: Router, fingerprints: PageFingerprint, output: BuildOutput) throws {
        try Parallel.forEach(files.count) { index in
            let file = files[index]
            let path = router.file(file.route)
            if file.madeFromSite, let fingerprint = fingerprints.ofSiteFile(path) {
                try output.file(path, fingerprint: fingerprint) { Data(file.bytes) }
            } else {
                try output.file(path, bytes: Data(file.bytes))
            }
        }
    }
}
