/// The sane ranges of what the content may say, checked where it is read, so that no value
/// from a file can overflow a sum, stretch a build over the calendar or exhaust the machine:
/// a count of 9223372036854775807 households, a meeting dated 0202, a 50 MB minutes file.
public enum ContentLimits {
    /// The largest count a file may give (members, households, attendance, member ratings):
    /// ten million, more than any committee has; a million branches of such counts still sum
    /// far below `Int.max`.
    public static let count = 10_000_000

    /// The largest score or number of points in size (a rubric's max, a bonus, a penalty).
    public static let score = 1_000_000.0

    /// The years a date, a period or an award may fall in. The Party was founded in 1930; a
    /// year outside this range is a typo (`0202-01-05` for `2022-01-05`).
    public static let years = 1900...2100

    /// The largest text file the site may hold, in bytes (5 MB): a minutes file or a branch
    /// profile is a few kilobytes; a bigger one is a mistake (a pasted export, a binary file).
    public static let textFileBytes = 5 * 1024 * 1024

    /// The most tags a story may carry: a story has two or five. Each tag is a page, and each
    /// tag page lists every tag of the site, so ten thousand tags pasted into one story made
    /// ten thousand pages of ten thousand links each, a build of hours and gigabytes.
    public static let tagsPerStory = 20
}
