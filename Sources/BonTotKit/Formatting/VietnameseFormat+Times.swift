extension VietnameseFormat {
    /// `105` → `"1 giờ 45 phút"`, `120` → `"2 giờ"`, `45` → `"45 phút"`.
    public static func duration(minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        switch (hours, rest) {
        case (0, _): return "\(minutes) phút"
        case (_, 0): return "\(hours) giờ"
        default: return "\(hours) giờ \(rest) phút"
        }
    }

    /// `"19 giờ 30"`, `"8 giờ 05"`: a clock time as written in meeting minutes.
    public static func time(_ time: TimeOfDay) -> String {
        "\(time.hour) giờ \(twoDigits(time.minute))"
    }
}
