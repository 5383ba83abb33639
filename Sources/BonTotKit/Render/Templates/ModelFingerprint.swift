/// A stable hash of a rendered view model (`TemplateValue`): two models with the same
/// fingerprint render the same page with the same templates. Object fields are combined
/// without regard to order, since dictionaries list their keys in a different order in every
/// process.
enum ModelFingerprint {
    static func of(_ value: Any) -> UInt64 {
        var hasher = StableHasher()
        feed(value, into: &hasher)
        return hasher.finalize()
    }

    /// The hash of an object's fields, each pair of key and value hashed apart and summed.
    static func fields(of object: TemplateObject) -> UInt64 {
        var fields: UInt64 = 0
        let shape = object.shape
        for (position, field) in object.values.enumerated() {
            if let field {
                var pair = shape.keyHashers[position]
                feed(field, into: &pair)
                fields &+= pair.finalize()
            } else {
                fields &+= shape.keyHashes[position] &* 31
            }
        }
        return fields
    }

    /// Feeds `value` into a running hash: scalars and lists in order, each object as the sum of
    /// its fields' own hashes.
    private static func feed(_ value: Any, into hasher: inout StableHasher) {
        switch value {
        case let text as TemplateText:
            hasher.combine(1)
            hasher.combine(text.text)
        case let flag as Bool:
            hasher.combine(flag ? 2 : 3)
        case let number as Int:
            hasher.combine(4)
            hasher.combine(number)
        case let number as Double:
            hasher.combine(5)
            hasher.combine(number.bitPattern)
        case let items as [Any]:
            hasher.combine(6)
            hasher.combine(items.count)
            for item in items { feed(item, into: &hasher) }
        case let object as TemplateObject:
            hasher.combine(7)
            hasher.combine(object.fieldsFingerprint ?? fields(of: object))
        default:
            hasher.combine(8)
            hasher.combine(String(describing: value))
        }
    }
}
