/// The record of one meeting (biên bản sinh hoạt), from `minutes/<year>/<file>.md`.
///
/// A value like any struct, whose fields sit behind one reference (copied when a shared copy is
/// changed): a site holds tens of thousands, which the rules and pages group and copy often,
/// and a copy costs one retain instead of one per text and list.
public struct Minutes: Sendable, Equatable, Codable {
    /// The stored fields.
    private struct Fields: Equatable, Codable {
        var slug: String
        var branchID: String
        var date: CalendarDate
        var kind: MeetingKind
        var topic: String?
        var format: MeetingFormat
        var chair: String?
        var recorder: String?
        var start: TimeOfDay?
        var end: TimeOfDay?
        var attendance: Attendance?
        var absent: [Absentee]
        var speakers: Int?
        var guests: [String]
        var resolutions: [Resolution]
        var qualityScore: Double?
        var body: String
        var source: SourceLocation
        /// The line of `date:` in the file, when it differs from `source`'s.
        var dateLine: Int?
        /// The line of `attendance:` in the file, when given.
        var attendanceLine: Int?
    }

    /// The fields' one reference; changed in place when no other copy shares it. The body is
    /// in `fields` unless it is still the bytes it was stored as (`storedBody`).
    private final class Storage: @unchecked Sendable {
        var fields: Fields
        var storedBody: StoredText?
        /// True when the body in `fields` is, byte for byte, the end of the minutes' file
        /// (`bodyIsFileTail`).
        var bodyIsFileTail: Bool
        init(_ fields: Fields, storedBody: StoredText? = nil, bodyIsFileTail: Bool = false) {
            self.fields = fields
            self.storedBody = storedBody
            self.bodyIsFileTail = bodyIsFileTail
        }
    }

    private var storage: Storage

    private var fields: Fields {
        get { storage.fields }
        _modify {
            if !isKnownUniquelyReferenced(&storage) {
                storage = Storage(storage.fields, storedBody: storage.storedBody, bodyIsFileTail: storage.bodyIsFileTail)
            }
            yield &storage.fields
        }
    }

    /// Minutes whose body is `body`'s bytes, decoded when read.
    init(copying other: Minutes, storedBody body: StoredText) {
        storage = Storage(other.storage.fields, storedBody: body)
        storage.fields.body = ""
    }

    /// The body as stored, when it has not been read into a text: written back as it is.
    var storedBody: StoredText? { storage.storedBody }

    /// True when the body is the end of the minutes' file as it is on disk (its front matter
    /// split off on bytes, nothing else changed): the decode cache then keeps only its length
    /// and reads it from the file when a page needs it. Setting `body` clears it.
    var bodyIsFileTail: Bool {
        get { storage.bodyIsFileTail }
        set {
            if !isKnownUniquelyReferenced(&storage) {
                storage = Storage(storage.fields, storedBody: storage.storedBody, bodyIsFileTail: newValue)
            } else {
                storage.bodyIsFileTail = newValue
            }
        }
    }

    /// Every field, the body included however it is kept.
    private var resolvedFields: Fields {
        guard storage.storedBody != nil else { return storage.fields }
        var fields = storage.fields
        fields.body = body
        return fields
    }

    public var slug: String {
        get { storage.fields.slug }
        set { fields.slug = newValue }
    }
    public var branchID: String {
        get { storage.fields.branchID }
        set { fields.branchID = newValue }
    }
    public var date: CalendarDate {
        get { storage.fields.date }
        set { fields.date = newValue }
    }
    public var kind: MeetingKind {
        get { storage.fields.kind }
        set { fields.kind = newValue }
    }
    public var topic: String? {
        get { storage.fields.topic }
        set { fields.topic = newValue }
    }
    public var format: MeetingFormat {
        get { storage.fields.format }
        set { fields.format = newValue }
    }
    public var chair: String? {
        get { storage.fields.chair }
        set { fields.chair = newValue }
    }
    public var recorder: String? {
        get { storage.fields.recorder }
        set { fields.recorder = newValue }
    }
    public var start: TimeOfDay? {
        get { storage.fields.start }
        set { fields.start = newValue }
    }
    public var end: TimeOfDay? {
        get { storage.fields.end }
        set { fields.end = newValue }
    }
    public var attendance: Attendance? {
        get { storage.fields.attendance }
        set { fields.attendance = newValue }
    }
    public var absent: [Absentee] {
        get { storage.fields.absent }
        set { fields.absent = newValue }
    }
    public var speakers: Int? {
        get { storage.fields.speakers }
        set { fields.speakers = newValue }
    }
    public var guests: [String] {
        get { storage.fields.guests }
        set { fields.guests = newValue }
    }
    public var resolutions: [Resolution] {
        get { storage.fields.resolutions }
        set { fields.resolutions = newValue }
    }
    /// The meeting's own quality score out of 100, where the locality scores meetings.
    public var qualityScore: Double? {
        get { storage.fields.qualityScore }
        set { fields.qualityScore = newValue }
    }
    public var body: String {
        get { storage.storedBody?.text ?? storage.fields.body }
        set {
            fields.body = newValue
            storage.storedBody = nil
            storage.bodyIsFileTail = false
        }
    }
    public var source: SourceLocation {
        get { storage.fields.source }
        set { fields.source = newValue }
    }

    /// The line of `date:` in the file, when known.
    public var dateLine: Int? {
        get { storage.fields.dateLine }
        set { fields.dateLine = newValue }
    }

    /// The line of `attendance:` in the file, when given.
    public var attendanceLine: Int? {
        get { storage.fields.attendanceLine }
        set { fields.attendanceLine = newValue }
    }

    /// Where the date is written: the `date:` line, or `source` when it is not known.
    public var dateSource: SourceLocation { source.atLine(dateLine) }

    /// Where the attendance is written: the `attendance:` line, or `source` when it is not known.
    public var attendanceSource: SourceLocation { source.atLine(attendanceLine) }

    public init(slug: String, branchID: String, date: CalendarDate, kind: MeetingKind,
                format: MeetingFormat = .trucTiep, source: SourceLocation) {
        storage = Storage(Fields(slug: slug, branchID: branchID, date: date, kind: kind, topic: nil, format: format,
                                 chair: nil, recorder: nil, start: nil, end: nil, attendance: nil, absent: [],
                                 speakers: nil, guests: [], resolutions: [], qualityScore: nil, body: "", source: source,
                                 dateLine: nil, attendanceLine: nil))
    }

    public static func == (lhs: Minutes, rhs: Minutes) -> Bool {
        lhs.storage === rhs.storage || lhs.resolvedFields == rhs.resolvedFields
    }

    public init(from decoder: Decoder) throws {
        storage = Storage(try Fields(from: decoder))
    }

    public func encode(to encoder: Encoder) throws {
        try resolvedFields.encode(to: encoder)
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
