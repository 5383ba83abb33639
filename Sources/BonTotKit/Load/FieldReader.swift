import Foundation
import Yams

/// Reads the fields of one YAML mapping into typed values, reporting every problem with its
/// file, line and dotted field name: missing required fields, unknown fields, wrong types.
final class FieldReader {
    let path: String
    let lineOffset: Int
    let prefix: String
    let sink: DiagnosticSink
    let location: SourceLocation
    private let pairs: [(key: String, keyNode: Node, value: Node)]

    /// Wraps `node`, which must be a mapping; `known` lists the field names the mapping may hold.
    init?(_ node: Node?, path: String, lineOffset: Int, prefix: String = "", known: [String], sink: DiagnosticSink,
          fallbackLine: Int = 1) {
        self.path = path
        self.lineOffset = lineOffset
        self.prefix = prefix
        self.sink = sink
        let mappingLine = node?.mark.map { $0.line + lineOffset } ?? fallbackLine
        location = SourceLocation(file: path, line: mappingLine)
        guard let mapping = node?.mapping else {
            sink.error(location, field: prefix.isEmpty ? nil : prefix,
                       prefix.isEmpty ? "cần một bảng các trường 'tên: giá trị' / expected a mapping of fields"
                                      : "'\(prefix)' cần một bảng các trường / '\(prefix)' must be a mapping")
            return nil
        }
        pairs = mapping.map { (key: $0.key.string ?? "", keyNode: $0.key, value: $0.value) }
        for pair in pairs where !known.contains(pair.key) {
            sink.warning(line(of: pair.keyNode), field: qualified(pair.key),
                         "trường không xác định / unknown field '\(qualified(pair.key))'" + Suggestion.hint(for: pair.key, among: known))
        }
    }

    var keys: [String] { pairs.map(\.key) }

    func qualified(_ key: String) -> String { prefix.isEmpty ? key : "\(prefix).\(key)" }

    func line(of node: Node) -> SourceLocation {
        SourceLocation(file: path, line: (node.mark?.line ?? (location.line - lineOffset)) + lineOffset)
    }

    /// The value of a field, or nil (reporting a missing required field).
    func value(_ key: String, required: Bool = false) -> Node? {
        if let pair = pairs.first(where: { $0.key == key }), !isNull(pair.value) { return pair.value }
        if required {
            sink.error(location, field: qualified(key), "thiếu trường bắt buộc / missing required field '\(qualified(key))'")
        }
        return nil
    }

    /// Where a field is written, or the mapping's own line when it is absent.
    func location(of key: String) -> SourceLocation {
        pairs.first(where: { $0.key == key }).map { line(of: $0.keyNode) } ?? location
    }

    func string(_ key: String, required: Bool = false) -> String? {
        guard let node = value(key, required: required) else { return nil }
        guard let text = node.scalar?.string else {
            typeError(key, node, expected: "một chuỗi / a text")
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty, required {
            sink.error(line(of: node), field: qualified(key), "trường '\(qualified(key))' để trống / is empty")
            return nil
        }
        return trimmed
    }

    func int(_ key: String, required: Bool = false, minimum: Int? = 0) -> Int? {
        guard let node = value(key, required: required) else { return nil }
        guard let number = node.int else {
            typeError(key, node, expected: "một số nguyên / a whole number")
            return nil
        }
        if let minimum, number < minimum {
            sink.error(line(of: node), field: qualified(key),
                       "'\(qualified(key))' không được nhỏ hơn \(minimum) / must be at least \(minimum), got \(number)")
            return nil
        }
        return number
    }

    func number(_ key: String, required: Bool = false) -> Double? {
        guard let node = value(key, required: required) else { return nil }
        guard let number = Self.number(node) else {
            typeError(key, node, expected: "một số / a number")
            return nil
        }
        return number
    }

    func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        guard let flag = node.bool else {
            typeError(key, node, expected: "true hoặc false")
            return nil
        }
        return flag
    }

    func date(_ key: String, required: Bool = false) -> CalendarDate? {
        guard let node = value(key, required: required) else { return nil }
        return date(node, field: qualified(key))
    }

    func date(_ node: Node, field: String) -> CalendarDate? {
        let text = node.scalar?.string ?? ""
        if let date = CalendarDate(iso: text) { return date }
        let message = Self.looksLikeDate(text)
            ? "ngày không tồn tại / the date does not exist: '\(text)'"
            : "ngày phải viết dạng YYYY-MM-DD / a date must be written YYYY-MM-DD, got '\(text)'"
        sink.error(line(of: node), field: field, message)
        return nil
    }

    /// A list of strings; a single string counts as a list of one.
    func strings(_ key: String) -> [String] {
        guard let node = value(key) else { return [] }
        if let text = node.scalar?.string { return [text] }
        guard let sequence = node.sequence else {
            typeError(key, node, expected: "một danh sách / a list")
            return []
        }
        return sequence.compactMap { item in
            guard let text = item.scalar?.string else {
                typeError(key, item, expected: "một danh sách chuỗi / a list of texts")
                return nil
            }
            return text
        }
    }

    func sequence(_ key: String) -> [Node] {
        guard let node = value(key) else { return [] }
        guard let sequence = node.sequence else {
            typeError(key, node, expected: "một danh sách / a list")
            return []
        }
        return Array(sequence)
    }

    /// A nested mapping, read with its own known fields.
    func nested(_ key: String, known: [String], required: Bool = false) -> FieldReader? {
        guard let node = value(key, required: required) else { return nil }
        return FieldReader(node, path: path, lineOffset: lineOffset, prefix: qualified(key), known: known, sink: sink)
    }

    /// A value from a fixed set, reporting an unknown one with the allowed values.
    func choice<Value: RawRepresentable & CaseIterable>(_ key: String, _ type: Value.Type, required: Bool = false) -> Value?
    where Value.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        if let value = Value(rawValue: text) { return value }
        let allowed = Value.allCases.map(\.rawValue)
        sink.error(location(of: key), field: qualified(key),
                   "giá trị '\(text)' của '\(qualified(key))' không hợp lệ / unknown \(key) '\(text)'"
                   + Suggestion.hint(for: text, among: allowed) + "; dùng / use: \(allowed.joined(separator: ", "))")
        return nil
    }

    func typeError(_ key: String, _ node: Node, expected: String) {
        sink.error(line(of: node), field: qualified(key), "'\(qualified(key))' cần \(expected) / must be \(expected)")
    }

    static func number(_ node: Node) -> Double? {
        guard let text = node.scalar?.string else { return nil }
        if let value = node.float ?? node.int.map(Double.init) { return value }
        return Double(text.replacingOccurrences(of: ",", with: "."))
    }

    private func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private static func looksLikeDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return parts.count == 3 && parts.allSatisfy { Int($0) != nil }
    }
}
