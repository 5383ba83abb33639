/// The decode cache's records in compact coding (`CompactCodable`): a rebuild of a large site
/// reads tens of thousands of them. Each `init(compact:)` sets every stored property itself, so a
/// field added to a model without a default value and not coded here fails to compile; one with
/// a default is caught by `CompactCodingTests`, which fill every field.

extension DecodeCache.Entry: CompactCodable {
    func write(to writer: inout ByteWriter) {
        stamp.write(to: &writer)
        hash.write(to: &writer)
        model.write(to: &writer)
        CompactBox(diagnostics).write(to: &writer)
        CompactBox(media).write(to: &writer)
        branches.write(to: &writer)
        claims.write(to: &writer)
    }

    convenience init(compact reader: inout ByteReader) throws {
        self.init(stamp: try FileStamp(compact: &reader), hash: try UInt64(compact: &reader),
                  model: try DecodeCache.DecodedModel(compact: &reader),
                  diagnostics: try CompactBox<[Diagnostic]>(compact: &reader).value,
                  media: try CompactBox<[MediaReference]>(compact: &reader).value,
                  branches: try [BranchReference](compact: &reader), claims: try [Claim](compact: &reader))
    }
}

extension DecodeCache.DecodedModel: CompactCodable {
    func write(to writer: inout ByteWriter) {
        switch self {
        case .minutes(let minutes):
            writer.writeByte(0)
            minutes.write(to: &writer)
        case .story(let story):
            writer.writeByte(1)
            CompactBox(story).write(to: &writer)
        case .branch(let branch):
            writer.writeByte(2)
            CompactBox(branch).write(to: &writer)
        case .nothing:
            writer.writeByte(3)
        }
    }

    init(compact reader: inout ByteReader) throws {
        switch try reader.readByte() {
        case 0: self = .minutes(try Minutes(compact: &reader))
        case 1: self = .story(try CompactBox<Story>(compact: &reader).value)
        case 2: self = .branch(try CompactBox<Branch>(compact: &reader).value)
        case 3: self = .nothing
        case let other: throw ByteReader.Failure("unknown decoded model \(other)")
        }
    }
}

extension FileStamp: CompactCodable {
    func write(to writer: inout ByteWriter) {
        size.write(to: &writer)
        seconds.write(to: &writer)
        nanoseconds.write(to: &writer)
    }

    init(compact reader: inout ByteReader) throws {
        size = try Int(compact: &reader)
        seconds = try Int(compact: &reader)
        nanoseconds = try Int(compact: &reader)
    }
}

extension Minutes: CompactCodable {
    func write(to writer: inout ByteWriter) {
        slug.write(to: &writer)
        branchID.write(to: &writer)
        date.write(to: &writer)
        kind.write(to: &writer)
        topic.write(to: &writer)
        format.write(to: &writer)
        chair.write(to: &writer)
        recorder.write(to: &writer)
        start.write(to: &writer)
        end.write(to: &writer)
        attendance.write(to: &writer)
        absent.write(to: &writer)
        speakers.write(to: &writer)
        guests.write(to: &writer)
        resolutions.write(to: &writer)
        qualityScore.write(to: &writer)
        body.write(to: &writer)
        source.write(to: &writer)
    }

    init(compact reader: inout ByteReader) throws {
        slug = try String(compact: &reader)
        branchID = try String(compact: &reader)
        date = try CalendarDate(compact: &reader)
        kind = try MeetingKind(compact: &reader)
        topic = try String?(compact: &reader)
        format = try MeetingFormat(compact: &reader)
        chair = try String?(compact: &reader)
        recorder = try String?(compact: &reader)
        start = try TimeOfDay?(compact: &reader)
        end = try TimeOfDay?(compact: &reader)
        attendance = try Attendance?(compact: &reader)
        absent = try [Absentee](compact: &reader)
        speakers = try Int?(compact: &reader)
        guests = try [String](compact: &reader)
        resolutions = try [Resolution](compact: &reader)
        qualityScore = try Double?(compact: &reader)
        body = try String(compact: &reader)
        source = try SourceLocation(compact: &reader)
    }
}

extension MeetingKind: CompactRawValue {}
extension MeetingFormat: CompactRawValue {}
extension Claim.Kind: CompactRawValue {}

extension CalendarDate: CompactCodable {
    func write(to writer: inout ByteWriter) {
        year.write(to: &writer)
        month.write(to: &writer)
        day.write(to: &writer)
    }

    init(compact reader: inout ByteReader) throws {
        year = try Int(compact: &reader)
        month = try Int(compact: &reader)
        day = try Int(compact: &reader)
    }
}

extension TimeOfDay: CompactCodable {
    func write(to writer: inout ByteWriter) {
        minutesSinceMidnight.write(to: &writer)
    }

    init(compact reader: inout ByteReader) throws {
        minutesSinceMidnight = try Int(compact: &reader)
    }
}

extension Attendance: CompactCodable {
    func write(to writer: inout ByteWriter) {
        present.write(to: &writer)
        expected.write(to: &writer)
        excused.write(to: &writer)
        unexcused.write(to: &writer)
    }

    init(compact reader: inout ByteReader) throws {
        present = try Int(compact: &reader)
        expected = try Int(compact: &reader)
        excused = try Int?(compact: &reader)
        unexcused = try Int?(compact: &reader)
    }
}

extension Absentee: CompactCodable {
    func write(to writer: inout ByteWriter) {
        name.write(to: &writer)
        reason.write(to: &writer)
    }

    init(compact reader: inout ByteReader) throws {
        name = try String(compact: &reader)
        reason = try String?(compact: &reader)
    }
}

extension Resolution: CompactCodable {
    func write(to writer: inout ByteWriter) {
        text.write(to: &writer)
        due.write(to: &writer)
    }

    init(compact reader: inout ByteReader) throws {
        text = try String(compact: &reader)
        due = try CalendarDate?(compact: &reader)
    }
}

extension SourceLocation: CompactCodable {
    func write(to writer: inout ByteWriter) {
        file.write(to: &writer)
        line.write(to: &writer)
        cell.write(to: &writer)
    }

    init(compact reader: inout ByteReader) throws {
        file = try String(compact: &reader)
        line = try Int(compact: &reader)
        cell = try String?(compact: &reader)
    }
}

extension BranchReference: CompactCodable {
    func write(to writer: inout ByteWriter) {
        id.write(to: &writer)
        location.write(to: &writer)
        what.write(to: &writer)
    }

    init(compact reader: inout ByteReader) throws {
        id = try String(compact: &reader)
        location = try SourceLocation(compact: &reader)
        what = try String(compact: &reader)
    }
}

extension Claim: CompactCodable {
    func write(to writer: inout ByteWriter) {
        kind.write(to: &writer)
        key.write(to: &writer)
        location.write(to: &writer)
        field.write(to: &writer)
    }

    init(compact reader: inout ByteReader) throws {
        kind = try Kind(compact: &reader)
        key = try String(compact: &reader)
        location = try SourceLocation(compact: &reader)
        field = try String?(compact: &reader)
    }
}
