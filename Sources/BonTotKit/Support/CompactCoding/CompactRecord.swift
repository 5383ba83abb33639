/// A `CompactCodable` struct that lists its fields once, in `visitFields(_:)`, for writing and
/// for reading alike: the two directions cannot disagree on the order, and a type's coding is
/// one list of its fields.
///
/// Reading starts from `blank` and overwrites every listed field; a field left off the list
/// keeps its blank value, which the round-trip tests (`CompactCodingTests`, filling every field)
/// catch.
protocol CompactRecord: CompactCodable {
    /// A value whose every field reading overwrites.
    static var blank: Self { get }

    /// Hands each field, in a fixed order, to `visitor`.
    mutating func visitFields<Visitor: CompactFieldVisitor>(_ visitor: inout Visitor) throws
}

/// What `CompactRecord.visitFields(_:)` hands each field to: a writer or a reader.
protocol CompactFieldVisitor {
    mutating func field<Value: CompactCodable>(_ value: inout Value) throws
}

extension CompactRecord {
    func write(to writer: inout ByteWriter) {
        writeFields(to: &writer)
    }

    init(compact reader: inout ByteReader) throws {
        self = try Self.readFields(from: &reader)
    }

    /// Writes the fields `visitFields(_:)` lists, for a record that writes more after them.
    func writeFields(to writer: inout ByteWriter) {
        var visitor = CompactFieldWriter()
        swap(&visitor.writer, &writer)  // moved, not copied: the buffer stays uniquely referenced
        var copy = self
        try? copy.visitFields(&visitor)
        swap(&visitor.writer, &writer)
    }

    /// Reads the fields `visitFields(_:)` lists into a blank value.
    /// The reader is moved into the visitor and back, not copied: a copy would retain what the
    /// reader holds, once for each record of the tens of thousands a rebuild reads.
    static func readFields(from reader: inout ByteReader) throws -> Self {
        var visitor = CompactFieldReader(reader: ByteReader.empty)
        swap(&visitor.reader, &reader)
        defer { swap(&visitor.reader, &reader) }
        var value = Self.blank
        try value.visitFields(&visitor)
        return value
    }
}

/// Writes each field it is handed.
private struct CompactFieldWriter: CompactFieldVisitor {
    var writer = ByteWriter()

    mutating func field<Value: CompactCodable>(_ value: inout Value) {
        value.write(to: &writer)
    }
}

/// Reads each field it is handed, in place.
private struct CompactFieldReader: CompactFieldVisitor {
    var reader: ByteReader

    mutating func field<Value: CompactCodable>(_ value: inout Value) throws {
        value = try Value(compact: &reader)
    }
}
