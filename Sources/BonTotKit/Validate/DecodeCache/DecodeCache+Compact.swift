/// The decode cache's records in compact coding (`CompactCodable`): a rebuild of a large site
/// reads tens of thousands of them. Each record lists its fields once (`CompactRecord`); a field
/// added to a model must be added to its list, which `CompactCodingTests` check by filling
/// every field.

#if canImport(Glibc)
import Glibc
#endif

extension DecodeCache.Entry: CompactCodable {
    func write(to writer: inout ByteWriter) {
        stamp.write(to: &writer)
        hash.write(to: &writer)
        model.write(to: &writer)
        CompactList(diagnostics).write(to: &writer)
        CompactList(media).write(to: &writer)
        branches.write(to: &writer)
        claims.write(to: &writer)
        CompactList(pages).write(to: &writer)
        outline.write(to: &writer)
        links.write(to: &writer)
    }

    convenience init(compact reader: inout ByteReader) throws {
        let stamp = try FileStamp(compact: &reader)
        reader.sourceStamp = stamp
        defer { reader.sourceStamp = nil }
        self.init(stamp: stamp, hash: try UInt64(compact: &reader),
                  model: try DecodeCache.DecodedModel(compact: &reader),
                  diagnostics: try CompactList<Diagnostic>(compact: &reader).items,
                  media: try CompactList<MediaReference>(compact: &reader).items,
                  branches: try [BranchReference](compact: &reader), claims: try [Claim](compact: &reader),
                  pages: try CompactList<PageLinkReference>(compact: &reader).items,
                  outline: try UInt64(compact: &reader), links: try UInt64(compact: &reader))
    }
}

extension DecodeCache.DecodedModel {
    /// The hash of a minutes' or a story's model without its body, which only the file's own
    /// page and the search index show; nil for other files, which are taken by their bytes.
    var outline: UInt64? {
        var writer = ByteWriter()
        switch self {
        case .minutes(var minutes):
            minutes.body = ""
            DecodeCache.DecodedModel.minutes(minutes).write(to: &writer)
        case .story(var story):
            story.body = ""
            DecodeCache.DecodedModel.story(story).write(to: &writer)
        case .branch, .evaluation, .nothing:
            return nil
        }
        return writer.bytes.withUnsafeBytes { StableHasher.hash($0) }
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
            story.write(to: &writer)
        case .branch(let branch):
            writer.writeByte(2)
            branch.write(to: &writer)
        case .nothing:
            writer.writeByte(3)
        case .evaluation(let evaluation):
            writer.writeByte(4)
            evaluation.write(to: &writer)
        }
    }

    init(compact reader: inout ByteReader) throws {
        switch try reader.readByte() {
        case 0: self = .minutes(try Minutes(compact: &reader))
        case 1: self = .story(try Story(compact: &reader))
        case 2: self = .branch(try Branch(compact: &reader))
        case 3: self = .nothing
        case 4: self = .evaluation(try Evaluation(compact: &reader))
        case let other: throw ByteReader.Failure("unknown decoded model \(other)")
        }
    }
}

extension FileStamp: CompactRecord {
    static var blank: FileStamp { FileStamp(stat()) }

    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&size)
        try visitor.field(&seconds)
        try visitor.field(&nanoseconds)
        try visitor.field(&changeSeconds)
        try visitor.field(&changeNanoseconds)
    }
}

extension Minutes: CompactRecord {
    static var blank: Minutes { Minutes(slug: "", branchID: "", date: .blank, kind: .thuongKy, source: .blank) }

    /// The fields of `visitFields(_:)`, then the body: only its length when it is the end of
    /// the minutes' file (`bodyIsFileTail`), else its bytes, written apart when the writer keeps
    /// long texts apart (`ByteWriter.writeApart`); a body never read is written as it was stored.
    func write(to writer: inout ByteWriter) {
        writeFields(to: &writer)
        if let stored = storedBody {
            stored.write(to: &writer)
        } else if bodyIsFileTail {
            var body = body
            StoredText.writeFileTail(count: body.withUTF8 { $0.count }, to: &writer)
        } else {
            var body = body
            writer.writeByte(StoredTextTag.bytes)
            body.withUTF8 { writer.writeApart(UnsafeRawBufferPointer($0)) }
        }
    }

    /// Reads what `write(to:)` wrote. A body kept as bytes stays stored bytes when the reader
    /// knows the `Data` it reads (`ByteReader.owner`), else is read as a text; a body kept as
    /// the end of the file is read from the file, under the reader's `sourceRoot`, when a page
    /// needs it.
    init(compact reader: inout ByteReader) throws {
        var value = try Self.readFields(from: &reader)
        switch try reader.readByte() {
        case StoredTextTag.fileTail:
            let count = try reader.readVarint()
            guard count <= UInt64(ContentLimits.textFileBytes) else {
                throw ByteReader.Failure("a minutes' body of \(count) bytes is longer than any file read")
            }
            guard let root = reader.sourceRoot, let stamp = reader.sourceStamp, let changes = reader.sourceChanges else {
                throw ByteReader.Failure("a minutes' body kept in its file, read without the site's folder or the file's stamp")
            }
            let tail = StoredText.FileTail(root: root, file: value.source.file, count: Int(count), stamp: stamp, changes: changes)
            self.init(copying: value, storedBody: StoredText(tail: tail))
        case StoredTextTag.bytes:
            let range = try reader.readApartRange()
            if let owner = reader.owner {
                let start = owner.startIndex
                self.init(copying: value, storedBody: StoredText(bytes: owner[start + range.lowerBound ..< start + range.upperBound]))
            } else {
                guard let body = reader.string(in: range) else { throw ByteReader.Failure("a minutes' body is not valid UTF-8") }
                value.body = body
                self = value
            }
        case let tag:
            throw ByteReader.Failure("a minutes' body kept in an unknown way (\(tag))")
        }
    }

    /// Every field but the body, which `write(to:)` writes last.
    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&slug)
        try visitor.field(&branchID)
        try visitor.field(&date)
        try visitor.field(&kind)
        try visitor.field(&topic)
        try visitor.field(&format)
        try visitor.field(&chair)
        try visitor.field(&recorder)
        try visitor.field(&start)
        try visitor.field(&end)
        try visitor.field(&attendance)
        try visitor.field(&absent)
        try visitor.field(&speakers)
        try visitor.field(&guests)
        try visitor.field(&resolutions)
        try visitor.field(&qualityScore)
        try visitor.field(&source)
        try visitor.field(&dateLine)
        try visitor.field(&attendanceLine)
    }
}

extension MeetingKind: CompactRawValue {}

extension Story: CompactRecord {
    static var blank: Story { Story(slug: "", title: "", kind: .caNhan, date: .blank, source: .blank) }

    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&slug)
        try visitor.field(&title)
        try visitor.field(&kind)
        try visitor.field(&person)
        try visitor.field(&branchID)
        try visitor.field(&date)
        try visitor.field(&tags)
        try visitor.field(&image)
        try visitor.field(&summary)
        try visitor.field(&body)
        try visitor.field(&source)
        try visitor.field(&dateLine)
        try visitor.field(&branchLine)
        try visitor.field(&imageAlt)
        try visitor.field(&tagsLine)
    }
}

extension StoryKind: CompactRawValue {}

extension Branch: CompactRecord {
    static var blank: Branch { Branch(id: "", name: "", kind: .khuDanCu, source: .blank) }

    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&id)
        try visitor.field(&name)
        try visitor.field(&kind)
        try visitor.field(&parent)
        try visitor.field(&cluster)
        try visitor.field(&secretary)
        try visitor.field(&deputies)
        try visitor.field(&committee)
        try visitor.field(&members)
        try visitor.field(&exempt)
        try visitor.field(&households)
        try visitor.field(&assigned)
        try visitor.field(&founded)
        try visitor.field(&dissolved)
        try visitor.field(&mergedInto)
        try visitor.field(&address)
        try visitor.field(&summary)
        var ratings = YearCounts(memberRatings)
        try visitor.field(&ratings)
        memberRatings = ratings.counts
        try visitor.field(&awards)
        try visitor.field(&photo)
        try visitor.field(&introduction)
        try visitor.field(&source)
        try visitor.field(&foundedLine)
        try visitor.field(&dissolvedLine)
        try visitor.field(&mergedIntoLine)
        try visitor.field(&photoAlt)
        try visitor.field(&awardYearLines)
        try visitor.field(&ratingYearLines)
        try visitor.field(&minutesSince)
        try visitor.field(&minutesSinceLine)
    }
}

extension BranchKind: CompactRawValue {}

extension MemberCount: CompactRecord {
    static var blank: MemberCount { MemberCount(official: 0, probationary: 0) }

    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&official)
        try visitor.field(&probationary)
    }
}

extension HouseholdAssignment: CompactRecord {
    static var blank: HouseholdAssignment { HouseholdAssignment(members: 0, households: 0) }

    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&members)
        try visitor.field(&households)
        try visitor.field(&max)
        try visitor.field(&min)
    }
}

extension Award: CompactRecord {
    static var blank: Award { Award(year: 0, title: "") }

    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&year)
        try visitor.field(&title)
        try visitor.field(&by)
        try visitor.field(&reason)
    }
}

/// Counts by year, then by key (`Branch.memberRatings`): the years in order, each with its counts.
struct YearCounts: CompactCodable {
    var counts: [Int: [String: Int]]

    init(_ counts: [Int: [String: Int]]) {
        self.counts = counts
    }

    func write(to writer: inout ByteWriter) {
        writer.writeCount(counts.count)
        for year in counts.keys.sorted() {
            year.write(to: &writer)
            counts[year]!.write(to: &writer)
        }
    }

    init(compact reader: inout ByteReader) throws {
        let count = try reader.readCount()
        counts = Dictionary(minimumCapacity: count)
        for _ in 0..<count {
            let year = try Int(compact: &reader)
            counts[year] = try [String: Int](compact: &reader)
        }
    }
}

/// A list of the few kinds a rebuild reads rarely (diagnostics, media references) in the generic
/// binary coding (`CompactBox`), except that an empty list, by far the most common, is one byte
/// read without the generic decoder.
struct CompactList<Item: Codable>: CompactCodable {
    var items: [Item]

    init(_ items: [Item]) {
        self.items = items
    }

    func write(to writer: inout ByteWriter) {
        if items.isEmpty { writer.writeCount(0) } else { CompactBox(items).write(to: &writer) }
    }

    init(compact reader: inout ByteReader) throws {
        if reader.peekByte() == 0 {
            _ = try reader.readByte()
            items = []
        } else {
            items = try CompactBox<[Item]>(compact: &reader).value
        }
    }
}

extension MeetingFormat: CompactRawValue {}

extension Claim.Kind: CompactRawValue {}

extension Diagnostic.Subject: CompactRawValue {}

extension CalendarDate: CompactRecord {
    static var blank: CalendarDate { CalendarDate(year: 1, month: 1, day: 1)! }

    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&year)
        try visitor.field(&month)
        try visitor.field(&day)
    }
}

extension YearMonth: CompactRecord {
    static var blank: YearMonth { YearMonth(year: 1, month: 1) }

    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&year)
        try visitor.field(&month)
    }
}

extension TimeOfDay: CompactRecord {
    static var blank: TimeOfDay { TimeOfDay(minutesSinceMidnight: 0) }

    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&minutesSinceMidnight)
    }
}

extension Attendance: CompactRecord {
    static var blank: Attendance { Attendance(present: 0, expected: 0) }

    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&present)
        try visitor.field(&expected)
        try visitor.field(&excused)
        try visitor.field(&unexcused)
    }
}

extension Absentee: CompactRecord {
    static var blank: Absentee { Absentee(name: "") }

    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&name)
        try visitor.field(&reason)
    }
}

extension Resolution: CompactRecord {
    static var blank: Resolution { Resolution(text: "") }

    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&text)
        try visitor.field(&due)
    }
}

extension SourceLocation: CompactRecord {
    static var blank: SourceLocation { SourceLocation(file: "") }

    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&file)
        try visitor.field(&line)
        try visitor.field(&cell)
    }
}

extension BranchReference: CompactRecord {
    static var blank: BranchReference { BranchReference(id: "", location: .blank, subject: .minutes) }

    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&id)
        try visitor.field(&location)
        try visitor.field(&subject)
    }
}

extension Claim: CompactRecord {
    static var blank: Claim { Claim(kind: .branch, key: "", location: .blank) }

    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&kind)
        try visitor.field(&key)
        try visitor.field(&location)
        try visitor.field(&field)
    }
}

extension Evaluation: CompactRecord {
    static var blank: Evaluation { Evaluation(period: Period(year: 1), entries: [], source: .blank) }

    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&period)
        try visitor.field(&title)
        try visitor.field(&entries)
        try visitor.field(&source)
    }
}

extension EvaluationEntry: CompactRecord {
    static var blank: EvaluationEntry { EvaluationEntry(branchID: "", criterionScores: [:], location: .blank) }

    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.field(&branchID)
        try visitor.field(&criterionScores)
        try visitor.field(&itemScores)
        try visitor.field(&bonus)
        try visitor.field(&penalty)
        try visitor.field(&violations)
        try visitor.field(&statedLevel)
        try visitor.field(&statedLevelLocation)
        try visitor.field(&statedLevelText)
        try visitor.field(&note)
        try visitor.field(&location)
        try visitor.field(&sheetRank)
        try visitor.field(&sheetFourGood)
        try visitor.field(&sheetSecondName)
        try visitor.field(&sheetCluster)
        try visitor.field(&hasUnreadScore)
    }
}

extension SheetStatement: CompactCodable where Value: CompactCodable {
    func write(to writer: inout ByteWriter) {
        value.write(to: &writer)
        location.write(to: &writer)
        copiedFrom.write(to: &writer)
    }

    init(compact reader: inout ByteReader) throws {
        self.init(value: try Value(compact: &reader), location: try SourceLocation(compact: &reader),
                  copiedFrom: try SourceLocation?(compact: &reader))
    }
}

extension Period: CompactCodable {
    func write(to writer: inout ByteWriter) {
        year.write(to: &writer)
        switch span {
        case .year: writer.writeByte(0)
        case .quarter(let quarter):
            writer.writeByte(1)
            quarter.write(to: &writer)
        case .month(let month):
            writer.writeByte(2)
            month.write(to: &writer)
        }
    }

    init(compact reader: inout ByteReader) throws {
        let year = try Int(compact: &reader)
        switch try reader.readByte() {
        case 0: self.init(year: year)
        case 1: self.init(year: year, span: .quarter(try Int(compact: &reader)))
        case 2: self.init(year: year, span: .month(try Int(compact: &reader)))
        case let other: throw ByteReader.Failure("unknown period span \(other)")
        }
    }
}
