/// A clock time written as `"19:30"`, used for a meeting's start and end.
public struct TimeOfDay: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public var minutesSinceMidnight: Int

    /// The time `minutes` after midnight.
    init(minutesSinceMidnight minutes: Int) {
        minutesSinceMidnight = minutes
    }

    /// Parses `H:MM` or `HH:MM`.
    public init?(_ text: String) {
        let parts = ASCIIParts.split(text, at: ":")
        guard parts.count == 2, parts[1].length == 2, let hour = parts[0].number, let minute = parts[1].number,
              (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        minutesSinceMidnight = hour * 60 + minute
    }

    public var hour: Int { minutesSinceMidnight / 60 }
    public var minute: Int { minutesSinceMidnight % 60 }

    /// `19:30`.
    public var description: String {
        "\(CalendarDate.pad(hour)):\(CalendarDate.pad(minute))"
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }
}
