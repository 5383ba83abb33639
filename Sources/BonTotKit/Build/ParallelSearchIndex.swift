import Foundation

/// Writes the parts of the search index on every core: each part whose inputs changed since the
/// previous build is made again, and written when its bytes changed. Within a part made again,
/// an entry whose inputs did not change is taken from `entries` (the last build's lines) when
/// given. A file that cannot be written (a full disk) is thrown, once, as `ParallelPages` does.
enum ParallelSearchIndex {
    static func write(_ parts: [SearchIndex.Part], router: Router, fingerprints: PageFingerprint,
                      output: BuildOutput, entries: SearchEntryCache? = nil) throws {
        try Parallel.forEach(parts.count) { index in
            let part = parts[index]
            let file = router.file(part.route)
            try output.generated(file, fingerprint: fingerprints.of(inputs: part.inputs, file: file)) {
                script(of: part, file: file, fingerprints: fingerprints, entries: entries)
            }
        }
        entries?.prune(keeping: parts.map(\.name))
    }

    /// The part's script, each entry's line taken from `entries` when its inputs are unchanged.
    private static func script(of part: SearchIndex.Part, file: String, fingerprints: PageFingerprint,
                               entries: SearchEntryCache?) -> String {
        guard let entries else { return part.script }
        let keys = (0..<part.count).map { fingerprints.of(inputs: part.inputsOfEntry($0), file: file) }
        let kept = entries.lines(of: part.name)
        let lines = keys.indices.map { kept[keys[$0]] ?? part.makeEntry($0).json }
        entries.save(part.name, fingerprints: keys, lines: lines)
        return SearchIndex.script(name: part.name, lines: lines)
    }
}
