/// The inputs of a build as pages that show no minutes' or story's body see them: a minutes or
/// a story by the hash of its model without its body (its outline), any other file by the hash
/// of its bytes. An edit of a body alone changes neither, so it re-renders only the pages that
/// show that body (the file's own page) and the search index.
struct InputOutlines: Codable, Sendable {
    /// Path → outline, for the minutes and stories whose outline is known (decoded by this
    /// build or taken from its decode cache).
    var hashes: [String: UInt64] = [:]
    /// The digest of every input so seen, for the pages that draw on the whole site (the home
    /// page, rankings, indexes). Files are summed, so their order does not matter.
    var digest: UInt64 = 0
}
