/// The record of one meeting (biên bản sinh hoạt), from `minutes/<year>/<file>.md`.
public struct Minutes: Sendable, Equatable, Codable {
    public var slug: String
    public var branchID: String
    public var date: CalendarDate
    public var kind: MeetingKind
    public var topic: String?
    public var format: MeetingFormat
    public var chair: String?
    public var recorder: String?
    public var start: TimeOfDay?
    public var end: TimeOfDay?
    public var attendance: Attendance?
    public var absent: [Absentee]
    public var speakers: Int?
    public var guests: [String]
    public var resolutions: [Resolution]
    /// The meeting's own quality score out of 100, where the locality scores meetings.
    public var qualityScore: Double?
    public var body: String
    public var source: SourceLocation

    public init(slug: String, branchID: String, date: CalendarDate, kind: MeetingKind,
                format: MeetingFormat = .trucTiep, source: SourceLocation) {
        self.slug = slug
        self.branchID = branchID
        self.date = date
        self.kind = kind
        self.format = format
        self.absent = []
        self.guests = []
        self.resolutions = []
        self.body = ""
        self.source = source
    }

    /// Minutes between start and end, when both are given.
    public var durationMinutes: Int? {
        guard let start, let end else { return nil }
        let difference = end.minutesSinceMidnight - start.minutesSinceMidnight
        return difference >= 0 ? difference : difference + 24 * 60
    }
}

/// Who came to a meeting.
public struct Attendance: Sendable, Equatable, Codable {
    public var present: Int
    /// Members expected, excluding those exempt from meetings.
    public var expected: Int
    public var excused: Int?
    public var unexcused: Int?

    public init(present: Int, expected: Int, excused: Int? = nil, unexcused: Int? = nil) {
        self.present = present
        self.expected = expected
        self.excused = excused
        self.unexcused = unexcused
    }

    /// present / expected, or nil when nobody was expected.
    public var rate: Double? {
        expected > 0 ? Double(present) / Double(expected) : nil
    }
}

/// A member absent from a meeting; without a reason the absence is unexcused.
public struct Absentee: Sendable, Equatable, Codable {
    public var name: String
    public var reason: String?

    public init(name: String, reason: String? = nil) {
        self.name = name
        self.reason = reason
    }
}

/// A decision of a meeting, possibly with a deadline.
public struct Resolution: Sendable, Equatable, Codable {
    public var text: String
    public var due: CalendarDate?

    public init(text: String, due: CalendarDate? = nil) {
        self.text = text
        self.due = due
    }
}

/// The kind of a meeting.
public enum MeetingKind: String, CaseIterable, Sendable, Codable {
    case thuongKy = "thuong-ky"
    case chuyenDe = "chuyen-de"
    case capUy = "cap-uy"
    case batThuong = "bat-thuong"

    public var displayName: String {
        switch self {
        case .thuongKy: return "Sinh hoạt thường kỳ"
        case .chuyenDe: return "Sinh hoạt chuyên đề"
        case .capUy: return "Họp cấp ủy"
        case .batThuong: return "Sinh hoạt bất thường"
        }
    }
}

/// How a meeting was held.
public enum MeetingFormat: String, CaseIterable, Sendable, Codable {
    case trucTiep = "truc-tiep"
    case trucTuyen = "truc-tuyen"
    case ketHop = "ket-hop"

    public var displayName: String {
        switch self {
        case .trucTiep: return "Trực tiếp"
        case .trucTuyen: return "Trực tuyến"
        case .ketHop: return "Kết hợp trực tiếp và trực tuyến"
        }
    }
}
