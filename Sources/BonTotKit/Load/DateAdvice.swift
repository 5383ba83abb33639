/// What to tell a user who wrote a date otherwise than YYYY-MM-DD, in a file's `date:` or in a
/// command's `--date`: the same words both ways, with the date to write when the text reads as one
/// ("5/3/2025" is 2025-03-05, day first as Vietnamese writes it).
public enum DateAdvice {
    /// Why `text`, given as `field` (`date`, `--date`), is no date; with the date it means when it
    /// says one.
    public static func problem(_ text: String, field: String) -> String {
        FieldReader.dateProblem(text, field: field)
    }
}
