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
        /// LibreOffice gave no converted file through the machine's fault (it timed out, could
        /// not be started, or the file could not be copied for it), which may be gone by the
        /// next build: the file is not kept in the decode cache, and the next build converts it
        /// again. A file LibreOffice ran to its end but could not open (damaged, cut short) is
        /// the file's fault: its error has no kind and is kept with it in the decode cache.
        case notConverted
        /// A score table names another year than its file (`OtherYearScoreSheet`): its advice
        /// names the file to rename it to, or the score file that already holds that year. It is
        /// kept in the decode cache, whose context names the site's score files: one added,
        /// removed or renamed reads every file again. A district's unit scores are not cached.
        case otherYearScoreSheet
        /// A score file's name is no period but holds one (`ScoreFileNameAdvice`): its error
        /// names the file to rename it to unless another score file holds that period. Kept in the
        /// decode cache like `otherYearScoreSheet`: the cache's context names the score files.
        case scoreFileName
        /// A content file is named as a copy (`CopiedFile`): its advice names the original when
        /// that file is there, which may change with the file unchanged, so it is read again.
        case copyName
        /// A date in the past by nature (a branch's `founded`) written with a two-digit year above
        /// this year's ("19/5/78"), its advice read as last century's by today's year
        /// (`FieldReader.dateProblem`): the file is read again, so the advice follows the year.
        case twoDigitYearByToday

        /// Whether a file with a diagnostic of this kind is read again by the next build instead
        /// of being kept in the decode cache: its problem may be gone with the file unchanged.
        var keepsFileOutOfDecodeCache: Bool {
            self == .stoppedWithBontot || self == .notConverted || self == .copyName || self == .twoDigitYearByToday
        }
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
