import BonTotOffice
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
    /// The mapping's names, and each one's key and value nodes, at the same positions: kept
    /// apart so that finding a name compares names alone, without copying any node (every field
    /// of every file is looked up here).
    let keys: [String]
    private let keyNodes: [Node]
    private let valueNodes: [Node]

    /// Wraps `node`, which must be a mapping; `known` lists the field names the mapping may hold,
    /// and `misplaced` what to say of a field that belongs elsewhere (its name → the advice), also
    /// said of an unknown Vietnamese name standing for it ("Vắng mặt" for `absent`).
    /// An empty document has no line of its own: its problems are reported on the file's first
    /// line, or the front matter's opening `---`.
    init?(_ node: Node?, path: String, lineOffset: Int, prefix: String = "", known: [String],
          misplaced: [String: String] = [:], sink: DiagnosticSink) {
        self.path = path
        self.lineOffset = lineOffset
        self.prefix = prefix
        self.sink = sink
        let mappingLine = node?.mark.map { $0.line + lineOffset } ?? max(1, lineOffset)
        location = SourceLocation(file: path, line: mappingLine)
        guard let mapping = node?.mapping else {
            let message: String
            if !prefix.isEmpty {
                message = "'\(prefix)' cần một bảng các trường 'tên: giá trị' / '\(prefix)' must be a mapping of fields"
            } else if node == nil, lineOffset > 0 {
                message = "phần đầu YAML giữa hai dòng '---' trống: cần các trường dạng 'tên: giá trị' / the front matter is empty, expected fields 'name: value'"
            } else if node == nil {
                message = "tệp trống: cần các trường dạng 'tên: giá trị' / the file is empty, expected fields 'name: value'"
            } else {
                let shape = Self.shape(of: node)
                message = "cần các trường dạng 'tên: giá trị', không phải \(shape.vi) / expected a mapping of fields, not \(shape.en)"
            }
            sink.error(location, field: prefix.isEmpty ? nil : prefix, message)
            return nil
        }
        var (keys, keyNodes, valueNodes) = ([String](), [Node](), [Node]())
        (keys.reserveCapacity(mapping.count), keyNodes.reserveCapacity(mapping.count), valueNodes.reserveCapacity(mapping.count))
        for index in mapping.indices {
            let pair = mapping[index]
            keys.append(pair.key.string ?? "")
            keyNodes.append(pair.key)
            valueNodes.append(pair.value)
        }
        (self.keys, self.keyNodes, self.valueNodes) = (keys, keyNodes, valueNodes)
        for index in keys.indices where !known.contains(keys[index]) {
            let pair = (key: keys[index], keyNode: keyNodes[index], value: valueNodes[index])
            // A name holding Word's non-breaking spaces or curly quotes is a field (or a value)
            // broken by the word processor, whose data would be lost: an error, not a warning.
            let wordHint = YAMLDocument.wordProcessorHint(pair.key)
            sink.report(Diagnostic(wordHint.isEmpty ? .warning : .error, at: line(of: pair.keyNode), field: qualified(pair.key),
                                   "trường không xác định / unknown field '\(qualified(pair.key))'"
                                   + (Self.missingSpaceHint(pair.key, among: known) ?? Self.advice(pair.key, misplaced: misplaced)
                                      ?? Self.nameHint(pair.key, among: known)) + wordHint
                                   + Self.cutNameHint(pair, after: index > 0 ? (keys[index - 1], valueNodes[index - 1]) : nil)))
        }
    }

    /// For a "field" made of words with no value, in `{ … }` on one line: the second half of a
    /// name that a comma cut in two ("name: Đoàn kết, kỷ luật tốt"), so say to quote the name.
    private static func cutNameHint(_ pair: (key: String, keyNode: Node, value: Node),
                                    after previous: (key: String, value: Node)?) -> String {
        guard pair.key.contains(" ") || pair.key.unicodeScalars.contains(where: { !$0.isASCII }),
              pair.value.scalar?.string.isEmpty ?? (pair.value.null != nil),
              let previous, let head = previous.value.string else { return "" }
        return "; có lẽ dấu phẩy đã cắt đôi một tên: hãy đặt cả tên trong ngoặc kép, \(previous.key): \"\(head), \(pair.key)\""
            + " / a comma may have cut a name in two: quote the whole name"
    }

    /// What to say of a field that belongs elsewhere, named in English (`absent`) or by its
    /// Vietnamese name as the paper form has it ("Vắng", "Vắng mặt"); nil for any other field.
    private static func advice(_ key: String, misplaced: [String: String]) -> String? {
        if let advice = misplaced[key] { return advice }
        return VietnameseFieldNames.fields(named: key).lazy.compactMap { misplaced[$0] }.first
    }

    /// `{present:25, expected:28}`: a known field and its value with no space after the colon,
    /// which YAML reads as one name; nil for any other name.
    private static func missingSpaceHint(_ key: String, among known: [String]) -> String? {
        guard let field = YAMLLineAdvice.missingSpace(key), known.contains(field.key) else { return nil }
        return "; thiếu dấu cách sau dấu ':': viết \(field.key): \(field.value) / no space after ':': write \(field.key): \(field.value)"
    }

    /// The known field an unknown one was meant as: the field a Vietnamese name stands for (an
    /// exact match), or a misspelling's closest.
    private static func nameHint(_ key: String, among known: [String]) -> String {
        let named = VietnameseFieldNames.hint(for: key, among: known)
        return named.isEmpty ? Suggestion.hint(for: key, among: known) : named
    }

    /// Where the field `key` is among the mapping's names.
    private func index(of key: String) -> Int? {
        keys.firstIndex(of: key)
    }

    func qualified(_ key: String) -> String { prefix.isEmpty ? key : "\(prefix).\(key)" }

    func line(of node: Node) -> SourceLocation {
        SourceLocation(file: path, line: (node.mark?.line ?? (location.line - lineOffset)) + lineOffset)
    }

    /// The value of a field, or nil (reporting a missing or empty required field).
    func value(_ key: String, required: Bool = false) -> Node? {
        let index = index(of: key)
        if let index, !isNull(valueNodes[index]) { return valueNodes[index] }
        if required, let index {
            sink.error(line(of: keyNodes[index]), field: qualified(key), Self.requiredFieldEmpty(qualified(key)))
        } else if required {
            sink.error(location, field: qualified(key), "thiếu trường bắt buộc '\(qualified(key))' / missing required field '\(qualified(key))'")
        }
        return nil
    }

    /// The error of a required field written with no value (or only spaces), naming it in both
    /// halves as "thiếu trường bắt buộc 'x' / missing required field 'x'" does.
    static func requiredFieldEmpty(_ field: String) -> String {
        "trường bắt buộc '\(field)' để trống / required field '\(field)' is empty"
    }

    /// True when the mapping names the field `key`, with a value or empty.
    func has(_ key: String) -> Bool {
        index(of: key) != nil
    }

    /// Where a field is written, or the mapping's own line when it is absent.
    func location(of key: String) -> SourceLocation {
        index(of: key).map { line(of: keyNodes[$0]) } ?? location
    }

    func string(_ key: String, required: Bool = false) -> String? {
        guard let node = value(key, required: required) else { return nil }
        guard let text = node.scalar?.string else {
            typeError(key, node, expected: "một chuỗi / a text")
            return nil
        }
        let trimmed = text.trimmed()
        if trimmed.isEmpty, required {
            sink.error(line(of: node), field: qualified(key), Self.requiredFieldEmpty(qualified(key)))
            return nil
        }
        return trimmed
    }

    /// A whole number from `minimum` up to `maximum` (by default a count: 0 to `ContentLimits.count`),
    /// so no sum of counts can overflow; a value out of range is an error naming the range.
    func int(_ key: String, required: Bool = false, minimum: Int? = 0, maximum: Int = ContentLimits.count) -> Int? {
        guard let node = value(key, required: required) else { return nil }
        guard let number = Self.integer(node) ?? Self.zeroPadded(node) else {
            if let advice = CountAdvice.message(for: node, key: key, field: qualified(key)) {
                sink.error(line(of: node), field: qualified(key), advice)
                return nil
            }
            typeError(key, node, expected: Self.looksLikeBigNumber(node)
                      ? "một số nguyên không quá \(VietnameseFormat.number(maximum)) / a whole number up to \(maximum)"
                      : "một số nguyên / a whole number")
            return nil
        }
        if let minimum, number < minimum {
            sink.error(line(of: node), field: qualified(key),
                       "'\(qualified(key))' không được nhỏ hơn \(minimum) / must be at least \(minimum), got \(number)")
            return nil
        }
        if number > maximum {
            sink.error(line(of: node), field: qualified(key),
                       "'\(qualified(key))' là \(number), vượt giới hạn \(VietnameseFormat.number(maximum)) / must be at most \(maximum), got \(number)")
            return nil
        }
        return number
    }

    /// The node as Yams reads a whole number (`node.int`); a plain decimal without sign, what
    /// every count is, is read without Yams's Foundation copy of the text (removing `_`
    /// separators), which was a twentieth of decoding the minutes. A leading zero is the
    /// office's padding ("03 đồng chí"), read in decimal: YAML 1.1, as Yams reads it, took
    /// `present: 025` for the octal 21 and `households: 0350` for 232, without a word.
    static func integer(_ node: Node) -> Int? {
        if let scalar = node.scalar, scalar.style == .plain || scalar.style == .any {
            let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
            let utf8 = scalar.string.utf8
            if !utf8.isEmpty, utf8.count <= 18, utf8.allSatisfy(digits.contains) {
                return Int(scalar.string)
            }
        }
        return node.int
    }

    /// A whole number written with a leading zero, as offices number documents (`number: 09`),
    /// which YAML reads as text: nil for anything but digits.
    static func zeroPadded(_ node: Node) -> Int? {
        guard let text = node.scalar?.string, text.hasPrefix("0"), (2...9).contains(text.count),
              text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    /// A year from `ContentLimits.years` (an award's year).
    func year(_ key: String, required: Bool = false) -> Int? {
        guard let node = value(key, required: required) else { return nil }
        guard let year = Self.integer(node), ContentLimits.years.contains(year) else {
            sink.error(line(of: node), field: qualified(key), Self.yearProblem(node.string ?? "", field: qualified(key)))
            return nil
        }
        return year
    }

    /// Why a year is refused: it must be a whole number within `ContentLimits.years`.
    static func yearProblem(_ text: String, field: String) -> String {
        let range = ContentLimits.years
        return "năm '\(text.prefix(40))' của '\(field)' phải từ \(range.lowerBound) đến \(range.upperBound) / "
            + "the year must be from \(range.lowerBound) to \(range.upperBound), got '\(text.prefix(40))'"
    }

    /// True for a plain run of digits too long for a whole number (`9223372036854775808`).
    private static func looksLikeBigNumber(_ node: Node) -> Bool {
        guard let text = node.scalar?.string.trimmingCharacters(in: .whitespaces), text.count > 18 else { return false }
        return text.drop { $0 == "-" || $0 == "+" }.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A number within ±`ContentLimits.score` (a rubric's points, a quality score).
    func number(_ key: String, required: Bool = false) -> Double? {
        guard let node = value(key, required: required) else { return nil }
        guard let number = Self.number(node) else {
            typeError(key, node, expected: "một số / a number")
            return nil
        }
        guard abs(number) <= ContentLimits.score else {
            sink.error(line(of: node), field: qualified(key),
                       "'\(qualified(key))' là \(Plain.number(number)), vượt giới hạn \(VietnameseFormat.number(ContentLimits.score)) / "
                       + "must be at most \(Plain.number(ContentLimits.score)) in size")
            return nil
        }
        return number
    }

    func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        guard let flag = node.bool else {
            typeError(key, node, expected: "true hoặc false / true or false")
            return nil
        }
        return flag
    }

    /// The date at `key` (in Word's curly quotes too: “2024-09-05”); `inThePast` for a date in the
    /// past by nature (a branch's `founded`, a story's `date`), whose two-digit year above this
    /// year's is last century's (`dateProblem`).
    func date(_ key: String, required: Bool = false, inThePast: Bool = false) -> CalendarDate? {
        guard let node = value(key, required: required) else { return nil }
        return date(node, field: qualified(key), inThePast: inThePast)
    }

    func date(_ node: Node, field: String, inThePast: Bool = false) -> CalendarDate? {
        // Inside Word's curly quotes, a mistake gets the advice it gets unquoted ('2024-13-04'
        // does not exist, '45569' is Excel's day), not only the form to write.
        let written = node.scalar?.string ?? ""
        let text = WordQuotes.inside(written) ?? written
        if let date = CalendarDate(iso: text) {
            guard ContentLimits.years.contains(date.year) else {
                sink.error(line(of: node), field: field, Self.yearOutOfRange(text, year: date.year, noun: "ngày"))
                return nil
            }
            return date
        }
        let problem = Self.dateProblem(text, field: field)
        let thisYear = CalendarDate.today().year
        // Read by today's year, the advice is not kept in the decode cache, so it follows the
        // year ("19/5/27" founded is 1927 in 2026, 2027 from 2027 on).
        if inThePast, case let past = Self.dateProblem(text, field: field, thisYear: thisYear), past != problem {
            sink.report(Diagnostic(.error, at: line(of: node), field: field, kind: .twoDigitYearByToday, past))
            return nil
        }
        sink.error(line(of: node), field: field, problem)
        return nil
    }

    /// The error of a date or month (`noun`: "ngày", "tháng") written right whose year lies
    /// outside the years content may fall in: a typo, most likely.
    static func yearOutOfRange(_ text: String, year: Int, noun: String) -> String {
        "\(noun) '\(text)' có năm \(year), ngoài khoảng \(YearRange.text(ContentLimits.years)): "
            + "có lẽ gõ nhầm năm / the year of '\(text)' is outside \(YearRange.text(ContentLimits.years)): a typo?"
    }

    /// Why `text` is not a date. Written YYYY-MM-DD, the day does not exist (2024-02-30).
    /// Written another way (05/09/2024, 2024-9-5, 2024/09/05, 5/9/24, ngày 5 tháng 9 năm 2024), the form comes first, with the date to write
    /// when its day, month and year can be read, or the note that it is no day either (32/13/2026):
    /// a clerk who fixes the day must not then learn that the form was wrong too. A year in two
    /// digits is this century's; given `thisYear`, for a date in the past by nature (a branch
    /// founded "19/5/78"), one above this year's two digits is last century's (1978).
    static func dateProblem(_ text: String, field: String, thisYear: Int? = nil) -> String {
        if isISOShaped(text) {
            return "ngày '\(text)' không tồn tại / the date does not exist: '\(text)'"
        }
        let format = "ngày '\(field)' phải viết dạng YYYY-MM-DD"
        // "ngày 5 tháng 9 năm 2024", as the minutes themselves write it: its three numbers.
        let spoken = text.lowercased().contains("tháng")
        let numbers = spoken
            ? text.split(whereSeparator: { !($0.isASCII && $0.isNumber) }).map { Int($0) }
            : text.split(whereSeparator: { "-/.".contains($0) }).map { Int($0) }
        guard numbers.count == 3, let first = numbers[0], let second = numbers[1], let third = numbers[2] else {
            let excel = excelDayAdvice(text)
            return "\(format)\(excel.vietnamese) / a date must be written YYYY-MM-DD, got '\(text)'\(excel.english)"
        }
        let (written, month, day) = !spoken && first >= 1000 ? (first, second, third) : (third, second, first)
        // 5/11/26, the year in two digits as written by hand: this century's, or the last's for
        // a past date written above this year ("founded: 19/5/78" in 2026).
        let twoDigitYear = !spoken && (0..<100).contains(written) && text.reversed().prefix(while: \.isNumber).count == 2
        let year = twoDigitYear ? fullYear(twoDigits: written, thisYear: thisYear) : written
        guard year >= 1000 else {
            return "\(format) / a date must be written YYYY-MM-DD, got '\(text)'"
        }
        // A year of five digits (99999-09-06) was advised as itself, "viết dạng YYYY-MM-DD, ví dụ
        // 99999-09-06": it is told as a year of four is, outside the years a date may fall in.
        guard year <= 9999 else {
            let years = YearRange.text(ContentLimits.years)
            return "ngày '\(text)' có năm \(year), ngoài khoảng \(years): có lẽ gõ nhầm năm / the year of '\(text)' is outside \(years): a typo?"
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            return "\(format); '\(text)' cũng không phải ngày có thật (ngày \(day), tháng \(month), năm \(year)) "
                + "/ a date must be written YYYY-MM-DD, got '\(text)', which is no real day either"
        }
        return "\(format), ví dụ \(date) / write the date as \(date), got '\(text)'"
    }

    /// A date copied from Excel as its day number (`45641`, a date cell formatted as a number):
    /// the date it numbers, to write instead; empty otherwise.
    private static func excelDayAdvice(_ text: String) -> (vietnamese: String, english: String) {
        guard text.count == 5, text.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(text),
              ExcelDayNumber.likely.contains(number), let day = ExcelDayNumber.day(number),
              let date = CalendarDate(year: day.year, month: day.month, day: day.day) else { return ("", "") }
        return ("; '\(text)' là số thứ tự ngày của Excel (ô ngày tháng bị định dạng thành số), tức ngày \(date): hãy viết \(date)",
                ", Excel's number of the day \(date): write \(date)")
    }

    /// The year written `written` in two digits: 2000 and after, or, given `thisYear` (a date
    /// in the past), last century's when it is above this year's two digits.
    private static func fullYear(twoDigits written: Int, thisYear: Int?) -> Int {
        guard let thisYear else { return 2000 + written }
        let century = thisYear / 100 * 100
        return written > thisYear % 100 ? century - 100 + written : century + written
    }

    /// True when `text` has the form YYYY-MM-DD (four, two and two digits), whatever the numbers.
    private static func isISOShaped(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// A list of strings; a single string counts as a list of one.
    /// A list of texts, or one text taken as a list of one. With `oneEach` (a list of names or
    /// topics, none of which holds a comma), one unquoted text holding commas is told as a list
    /// written as a sentence: it stays one item, and the warning shows how to write the list.
    func strings(_ key: String, oneEach: Bool = false) -> [String] {
        guard let node = value(key) else { return [] }
        if let text = node.scalar?.string {
            if node.scalar?.style == .plain, let found = YAMLListMark.misplaced(in: Substring(text)) {
                return markedList(key, text, found, at: line(of: node))
            }
            if oneEach, text.contains(",") || text.contains(";"), node.scalar?.style == .plain { commaList(key, text, at: line(of: node)) }
            return [text]
        }
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

    /// Items marked "• Trần Thị Bình" or "-Trần Thị Bình", which YAML runs together into one text:
    /// read as the list they were meant to be, with a warning showing how to write it.
    private func markedList(_ key: String, _ text: String, _ found: YAMLListMark.Misplaced, at location: SourceLocation) -> [String] {
        let items = YAMLListMark.items(of: text, markedWith: found.mark)
        let list = "\(qualified(key)): [\(items.joined(separator: ", "))]"
        let told = YAMLListMark.described(found)
        sink.warning(location, field: qualified(key),
                     "'\(qualified(key))' được đọc là danh sách \(items.count) mục, nhưng \(told.vi): viết mỗi mục một dòng bắt đầu bằng "
                     + "'- ' (dấu trừ và một dấu cách), hoặc trong ngoặc vuông, \(list) / \(told.en); read as \(list)")
        return items
    }

    private func commaList(_ key: String, _ text: String, at location: SourceLocation) {
        let items = Self.items(text)
        let list = "\(qualified(key)): [\(items.joined(separator: ", "))]"
        let mark = text.contains(";") ? (vi: "dấu chấm phẩy", en: "semicolons") : (vi: "dấu phẩy", en: "commas")
        sink.warning(location, field: qualified(key),
                     "'\(qualified(key))' là một câu có \(mark.vi) nên được đọc thành một mục duy nhất; nếu là \(items.count) mục, "
                     + "viết trong ngoặc vuông: \(list) / a text with \(mark.en) is one item; for a list, write \(list)")
    }

    func sequence(_ key: String) -> [Node] {
        guard let node = value(key) else { return [] }
        guard let sequence = node.sequence else {
            if let text = node.scalar?.string, node.scalar?.style == .plain, let found = YAMLListMark.misplaced(in: Substring(text)) {
                // Items marked "-Lê Văn Tám" or "• Lê Văn Tám", which YAML runs together into one text.
                let list = "\(qualified(key)): [\(YAMLListMark.items(of: text, markedWith: found.mark).joined(separator: ", "))]"
                let told = YAMLListMark.described(found)
                sink.error(line(of: node), field: qualified(key),
                           "'\(qualified(key))' cần một danh sách, nhưng \(told.vi): viết mỗi mục một dòng bắt đầu bằng '- ' (dấu trừ và "
                           + "một dấu cách), hoặc trong ngoặc vuông, \(list) / '\(qualified(key))' must be a list; \(told.en): write \(list)")
            } else if let text = node.scalar?.string, node.scalar?.style == .plain, !text.isEmpty {
                // A list typed as a sentence ("absent: Lê Văn Tám, Hoàng Văn Nam"): show it in brackets.
                let list = "\(qualified(key)): [\(Self.items(text).joined(separator: ", "))]"
                sink.error(line(of: node), field: qualified(key),
                           "'\(qualified(key))' cần một danh sách, không phải giá trị đơn '\(text.prefix(40))': viết trong ngoặc vuông, "
                           + "\(list), hoặc mỗi mục một dòng bắt đầu bằng '- ' / '\(qualified(key))' must be a list: write \(list)")
            } else {
                typeError(key, node, expected: "một danh sách / a list")
            }
            return []
        }
        return Array(sequence)
    }

    /// The items of a list typed as a sentence, split at its commas and semicolons.
    private static func items(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A nested mapping, read with its own known fields (and advice for `misplaced` ones).
    func nested(_ key: String, known: [String], misplaced: [String: String] = [:], required: Bool = false) -> FieldReader? {
        guard let node = value(key, required: required) else { return nil }
        return FieldReader(node, path: path, lineOffset: lineOffset, prefix: qualified(key), known: known,
                           misplaced: misplaced, sink: sink)
    }

    /// A value from a fixed set, reporting an unknown one with the allowed values.
    func choice<Value: RawRepresentable & CaseIterable>(_ key: String, _ type: Value.Type, required: Bool = false) -> Value?
    where Value.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        if let value = Value(rawValue: text) { return value }
        let allowed = Value.allCases.map(\.rawValue)
        // "quân sự" folds to the id "quan-su": suggest it, as a slug is suggested for a story.
        let folded = Slug.fold(text)
        let hint = allowed.contains(folded) ? " (có phải '\(folded)'? / did you mean '\(folded)'?)"
            : Suggestion.hint(for: folded, among: allowed)
        sink.error(location(of: key), field: qualified(key),
                   "giá trị '\(text)' của '\(qualified(key))' không hợp lệ / unknown \(key) '\(text)'"
                   + hint + "; dùng / use: \(allowed.joined(separator: ", "))")
        return nil
    }

    /// `expected` is "Vietnamese / English": "một số / a number".
    func typeError(_ key: String, _ node: Node, expected: String) {
        let parts = expected.components(separatedBy: " / ")
        let field = qualified(key)
        sink.error(line(of: node), field: field,
                   "'\(field)' cần \(parts[0]), không phải \(Self.shape(of: node).vi) / '\(field)' must be \(parts.last ?? expected)")
    }

    /// A finite number; a decimal comma (`1,5`) is read as a decimal point.
    static func number(_ node: Node) -> Double? {
        guard let text = node.scalar?.string else { return nil }
        return number(text)
    }

    /// A finite number from text: `12`, `1.5`, `1,5`; nil for `nan`, `inf` and the rest.
    static func number(_ text: String) -> Double? {
        let trimmed = text.trimmed(.whitespaces).replacingOccurrences(of: ",", with: ".")
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
              let value = Double(trimmed), value.isFinite else { return nil }
        return value
    }

    /// What a node is, for messages, in Vietnamese and English: "một danh sách", "giá trị đơn
    /// '…'" (the value quoted, whatever it holds, even " / ").
    static func shape(of node: Node?) -> (vi: String, en: String) {
        switch node {
        case .sequence: return ("một danh sách '- …'", "a list")
        case .scalar(let scalar): return ("giá trị đơn '\(scalar.string.prefix(40))'", "a single value")
        default: return ("một bảng", "a mapping")
        }
    }

    private func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        // Matched case by case, not looked up in an array made anew for every field read.
        guard scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}
