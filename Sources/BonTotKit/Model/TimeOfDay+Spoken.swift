/// Times as a clerk says them, not as `start:` and `end:` take them: "7h30", "19h30", "7g30"
/// (as the South writes it), "7 giờ 30 phút", "7.30", "7 giờ 30 tối". Never a time of a minutes
/// file (SPEC §1 asks for `"HH:MM"`): only the time its message tells the clerk to write.
extension TimeOfDay {
    /// The one time that `text` says, or nil when it says none, or says one only ambiguously:
    /// "7h30" is 07:30 and "7h30 tối" 19:30, "19h" is 19:00; "7:5", "+7h30", "19h30 sáng" and
    /// "7" (07:00 or 19:00?) are none.
    init?(spoken text: String) {
        guard let match = text.wholeMatch(of: SpokenTime.pattern), let hour = Int(match.output.1),
              (0...23).contains(hour) else { return nil }
        let minute = match.output.3.flatMap { Int($0) } ?? 0
        guard (0...59).contains(minute) else { return nil }
        // "7.30" and "7:30 tối" need their minutes: "7." and "7:" say no time.
        if [".", ":"].contains(match.output.2), match.output.3 == nil { return nil }
        var hours = hour
        switch match.output.4?.lowercased() {
        case nil: break
        case "sáng": guard hour < 12 else { return nil }
        case "chiều": if (1...11).contains(hour) { hours += 12 } else if hour == 0 { return nil }
        default: if (1...11).contains(hour) { hours += 12 } else if hour <= 12 { return nil }    // tối
        }
        self.init(minutesSinceMidnight: hours * 60 + minute)
    }
}

private enum SpokenTime {
    /// Hour, then "h", "g", "giờ", "." or ":", minutes of two digits with "phút", "p" or "'" after
    /// them, and a word of the day; ASCII digits only, no sign.
    nonisolated(unsafe) static let pattern =
        /\s*([0-9]{1,2})\s*(h|g|giờ|\.|:)\s*(?:([0-9]{2})\s*(?:phút|p|')?)?\s*(sáng|chiều|tối)?\s*/.ignoresCase()
}
