extension Diagnostic {
    /// What a diagnostic is, for the code that decides something by it: matched on instead of
    /// the message's words, which may be reworded freely. Only the problems some code acts on
    /// have a kind.
    public enum Kind: Hashable, Sendable, Codable {
        /// A file of the given kind names a branch (`id`, as written) the site does not have; in
        /// a district, the error says so when the branch is one of its units' (`UnitBranches`),
        /// and the cross-file check's findings keep their kind in the decode cache.
        case unknownBranch(id: String, in: Subject)
        /// A district's unit scores name a unit (`id`, as written) its `units:` does not list;
        /// the error says whose branch it is when it is one of its units' (`UnitBranches`).
        case unknownUnit(id: String)
        /// A file was saved again while the build read it: building again is all it takes
        /// (`BuildReport.changedDuringBuild`).
        case changedDuringBuild
        /// LibreOffice, converting a file, was stopped with bontot (Ctrl-C, `bontot serve`
        /// stopping), or not started as bontot was stopping: no fault of the file, which the next
        /// build converts (`BuildReport.stoppedWithBontot`).
        case stoppedWithBontot
    }

    /// The kind of content file a diagnostic is about.
    public enum Subject: String, Hashable, Sendable, Codable {
        case minutes
        case story
        case evaluation

        /// How a message names a file of the kind, in Vietnamese ("bài viết ghi chi bộ …").
        public var name: String {
            switch self {
            case .minutes: "biên bản"
            case .story: "bài viết"
            case .evaluation: "bảng điểm"
            }
        }
    }
}
