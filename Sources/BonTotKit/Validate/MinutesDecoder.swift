import Yams

/// Reads the front matter of one minutes file, checking dates, times and attendance.
enum MinutesDecoder {
    static let fields = ["branch", "date", "kind", "topic", "format", "chair", "recorder", "start", "end", "attendance",
                         "absent", "speakers", "guests", "resolutions", "quality"]

    static func decode(_ node: Node?, slug: String, path: String, lineOffset: Int, body: String,
                       context: DecodeContext) -> Minutes? {
        guard let reader = FieldReader(node, path: path, lineOffset: lineOffset, known: fields, sink: context.sink,
                                       fallbackLine: lineOffset) else { return nil }
        let branchID = reader.string("branch", required: true)
        let date = reader.date("date", required: true)
        let kind = reader.choice("kind", MeetingKind.self, required: true)
        let format = reader.choice("format", MeetingFormat.self)
        guard let branchID, let date, let kind else { return nil }
        var minutes = Minutes(slug: slug, branchID: branchID, date: date, kind: kind, format: format ?? .trucTiep,
                              source: SourceLocation(file: path, line: reader.location(of: "branch").line))
        minutes.topic = reader.string("topic")
        minutes.chair = reader.string("chair")
        minutes.recorder = reader.string("recorder")
        minutes.start = time("start", reader)
        minutes.end = time("end", reader)
        minutes.attendance = attendance(reader)
        minutes.absent = absentees(reader)
        minutes.speakers = reader.int("speakers")
        minutes.guests = reader.strings("guests")
        minutes.resolutions = resolutions(reader)
        if let quality = reader.nested("quality", known: ["score"]), let score = quality.number("score", required: true) {
            if score < 0 || score > 100 {
                context.sink.error(quality.location(of: "score"), field: "quality.score",
                                   "điểm chất lượng \(Plain.number(score)) phải từ 0 đến 100 / quality score must be 0–100")
            } else {
                minutes.qualityScore = score
            }
        }
        minutes.body = body
        return minutes
    }

    private static func time(_ key: String, _ reader: FieldReader) -> TimeOfDay? {
        guard let text = reader.string(key) else { return nil }
        if let time = TimeOfDay(text) { return time }
        reader.sink.error(reader.location(of: key), field: key,
                          "giờ '\(text)' không hợp lệ; viết \"19:30\" trong dấu ngoặc kép / invalid time, write \"HH:MM\" in quotes")
        return nil
    }

    private static func attendance(_ reader: FieldReader) -> Attendance? {
        guard let fields = reader.nested("attendance", known: ["present", "expected", "excused", "unexcused"]),
              let present = fields.int("present", required: true), let expected = fields.int("expected", required: true)
        else { return nil }
        let attendance = Attendance(present: present, expected: expected,
                                    excused: fields.int("excused"), unexcused: fields.int("unexcused"))
        if present > expected {
            reader.sink.error(fields.location(of: "present"), field: "attendance.present",
                              "số có mặt (\(present)) lớn hơn số phải dự (\(expected)) / present is above expected")
        }
        let absentCount = (attendance.excused ?? 0) + (attendance.unexcused ?? 0)
        if attendance.excused != nil || attendance.unexcused != nil, present + absentCount > expected {
            reader.sink.warning(fields.location, field: "attendance",
                                "có mặt + vắng (\(present + absentCount)) vượt số phải dự (\(expected)) / present plus absent exceeds expected")
        }
        return attendance
    }

    private static func absentees(_ reader: FieldReader) -> [Absentee] {
        reader.sequence("absent").enumerated().compactMap { index, node in
            if let name = node.scalar?.string { return Absentee(name: name) }
            guard let fields = FieldReader(node, path: reader.path, lineOffset: reader.lineOffset, prefix: "absent[\(index)]",
                                           known: ["name", "reason"], sink: reader.sink),
                  let name = fields.string("name", required: true)
            else { return nil }
            return Absentee(name: name, reason: fields.string("reason"))
        }
    }

    private static func resolutions(_ reader: FieldReader) -> [Resolution] {
        reader.sequence("resolutions").enumerated().compactMap { index, node in
            if let text = node.scalar?.string { return Resolution(text: text) }
            guard let fields = FieldReader(node, path: reader.path, lineOffset: reader.lineOffset, prefix: "resolutions[\(index)]",
                                           known: ["text", "due"], sink: reader.sink),
                  let text = fields.string("text", required: true)
            else { return nil }
            return Resolution(text: text, due: fields.date("due"))
        }
    }
}
