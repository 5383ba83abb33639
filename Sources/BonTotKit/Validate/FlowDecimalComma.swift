import Yams

/// A number (a score, a rubric's maximum, a share) typed with a decimal comma inside a YAML
/// mapping written on one line, in braces: `{ sinh-hoat: 27,5, dang-vien: 18 }`. There the
/// comma also ends a value, so YAML reads `sinh-hoat: 27` and a key `5` with no value; read so,
/// the half point is lost and the key is only an unknown field. On its own line
/// (`sinh-hoat: 27,5`) the same score reads as typed. The pairs of such a mapping are given back
/// with the number put together again ("27,5"), and a warning on its line saying to write 27.5
/// there, naming the number as what it is.
enum FlowDecimalComma {
    /// What a mapping's numbers are, for the warning's words: a score is "điểm", but a
    /// rubric's `max` or a level's `min` is a field's number, and `four_good`'s a share.
    enum Numbers {
        /// A branch's scores (`sinh-hoat: 27,5`): "điểm '27,5'", the comma "còn ngăn các điểm".
        case scores
        /// A rubric's fields (`max: 27,5`, a level's `min: 72,5`): "số 'max: 27,5'".
        case fields
        /// Shares (`four_good`'s `min_share_each: 0,8`): "tỷ lệ 'min_share_each: 0,8'".
        case shares
    }

    /// One key and its value's node, with the text of a number put together again (nil otherwise).
    struct Pair {
        var key: Node
        var value: Node
        /// "27,5" for `27` followed by the key `5` without a value.
        var joinedNumber: String?
    }

    /// The pairs of `mapping` as its clerk meant them; `field` names each pair's field for the
    /// warning (`sinh-hoat`, `nhiem-vu-chinh-tri.chi-tieu`), `numbers` what its numbers are.
    static func pairs(of mapping: Node.Mapping, reader: FieldReader, field: (String) -> String,
                      numbers: Numbers = .scores) -> [Pair] {
        var pairs: [Pair] = []
        for (key, value) in mapping {
            // On the number's line: in braces (Yams does not keep a mapping's style), never a
            // key `5:` of a mapping written a field a line.
            if let previous = pairs.last, previous.joinedNumber == nil, isDecimalPart(key, value: value),
               let line = key.mark?.line, line == previous.value.mark?.line,
               let whole = previous.value.scalar, whole.style == .plain, !whole.string.isEmpty, whole.string.allSatisfy(\.isASCIIDigit),
               let fraction = key.scalar?.string {
                let joined = whole.string + "," + fraction
                let name = previous.key.string ?? ""
                reader.sink.warning(reader.line(of: previous.key), field: field(name),
                                    warning(key: name, whole: whole.string, fraction: fraction, numbers: numbers))
                pairs[pairs.count - 1].joinedNumber = joined
                continue
            }
            pairs.append(Pair(key: key, value: value))
        }
        return pairs
    }

    /// The warning's words for `key: whole,fraction`, Vietnamese and English.
    private static func warning(key: String, whole: String, fraction: String, numbers: Numbers) -> String {
        let (typed, point) = ("\(whole),\(fraction)", "\(whole).\(fraction)")
        switch numbers {
        case .scores:
            return "điểm '\(typed)' trong cặp ngoặc { } được đọc là \(typed); trong { } dấu phẩy còn ngăn các điểm, "
                + "hãy viết \(point) (dấu chấm) hoặc ghi mỗi điểm trên một dòng "
                + "/ a decimal comma inside { } also separates the scores: read as \(point); write \(point)"
        case .fields, .shares:
            let noun = numbers == .shares ? "tỷ lệ" : "số"
            return "\(noun) '\(key): \(typed)' trong cặp ngoặc { } được đọc là \(typed); trong { } dấu phẩy còn ngăn các trường, "
                + "hãy viết \(key): \(point) (dấu chấm) hoặc ghi mỗi trường trên một dòng "
                + "/ a decimal comma inside { } also separates the fields: \(key) read as \(point); write \(key): \(point)"
        }
    }

    /// `node` with each number a decimal comma split inside its braces put together again
    /// (`max: 27,5` read as 27,5, not 27 and a field `5`), told on its line as `pairs` tells it;
    /// any other node as it is. For the files read field by field (`rubric.yaml`).
    static func joined(_ node: Node, reader: FieldReader, field: (String) -> String, numbers: Numbers = .fields) -> Node {
        guard let mapping = node.mapping else { return node }
        let pairs = pairs(of: mapping, reader: reader, field: field, numbers: numbers)
        guard pairs.contains(where: { $0.joinedNumber != nil }) else { return node }
        let rejoined = pairs.map { pair -> (Node, Node) in
            guard let number = pair.joinedNumber, let whole = pair.value.scalar else { return (pair.key, pair.value) }
            return (pair.key, .scalar(Node.Scalar(number, whole.tag, whole.style, whole.mark)))
        }
        return .mapping(Node.Mapping(rejoined, mapping.tag, mapping.style, mapping.mark))
    }

    /// True for a key of digits alone, written plain, without a value: a number's decimals.
    private static func isDecimalPart(_ key: Node, value: Node) -> Bool {
        guard let digits = key.scalar, digits.style == .plain, !digits.string.isEmpty, digits.string.allSatisfy(\.isASCIIDigit),
              let empty = value.scalar, empty.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(empty.string)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
