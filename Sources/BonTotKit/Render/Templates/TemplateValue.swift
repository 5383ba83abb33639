/// Turns a view model into the values Mustache renders, through the model's own `Encodable`
/// conformance (code the compiler writes), not through reflection: structs become
/// `TemplateObject`s, arrays `[Any]`, strings `TemplateText`s, and numbers and booleans stay as
/// they are.
public enum TemplateValue {
    /// The renderable form of `value`.
    public static func make<T: Encodable>(_ value: T) -> Any {
        if let scalar = scalar(value) { return scalar }
        let type = TemplateType.of(T.self)
        // A value many pages share is made once, its fingerprint with it (`ModelFingerprint`),
        // before any page can read it.
        if type.sharesForm, let shared = value as? SharesForm {
            return shared.sharedForm.value {
                let made = encoded(value, type)
                if let object = made as? TemplateObject { object.fieldsFingerprint = ModelFingerprint.fields(of: object) }
                return made
            }
        }
        return encoded(value, type)
    }

    private static func encoded<T: Encodable>(_ value: T, _ type: TemplateType) -> Any {
        let encoder = TemplateEncoder(type: T.self, record: type)
        try? value.encode(to: encoder)
        return encoder.finish()
    }

    /// A text, flag or number as Mustache renders it; nil for any other type. Told apart by
    /// comparing types, not by casting: casts that fail, for every field that is not one of
    /// these, cost more than the rest of making it.
    static func scalar<T>(_ value: T) -> Any? {
        if T.self == String.self { return TemplateText(unsafeBitCast(value, to: String.self)) }
        if T.self == Bool.self { return unsafeBitCast(value, to: Bool.self) }
        if T.self == Int.self { return unsafeBitCast(value, to: Int.self) }
        if T.self == Double.self { return unsafeBitCast(value, to: Double.self) }
        return nil
    }
}

/// The encoder behind `TemplateValue`: it records what a model's synthesized `encode(to:)` hands
/// it. Encoding into memory cannot fail, so none of its calls throw in practice.
final class TemplateEncoder: Encoder {
    let type: Any.Type
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    /// What is known of `type`, whose shape the object encoded here follows and teaches.
    private let record: TemplateType?
    private var object: TemplateObject?
    private var list: TemplateList?
    private var single: Any?
    /// Objects of nested containers, finished with the encoder's own.
    private var nested: [TemplateObject] = []

    init(type: Any.Type, record: TemplateType? = nil) {
        self.type = type
        self.record = record
    }

    /// What was encoded: an object, an array, or a single value; every object made is finished.
    func finish() -> Any {
        for object in nested { object.finish(learningInto: nil) }
        if let object {
            object.finish(learningInto: record)
            return object
        }
        if let list { return list.items }
        return single ?? ""
    }

    func container<Key: CodingKey>(keyedBy keyType: Key.Type) -> KeyedEncodingContainer<Key> {
        let object = self.object ?? TemplateObject(type: type, expected: record?.shape)
        self.object = object
        return KeyedEncodingContainer(TemplateObjectContainer<Key>(object: object, encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let list = self.list ?? TemplateList()
        self.list = list
        return TemplateListContainer(list: list, encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        TemplateSingleValueContainer(encoder: self)
    }

    fileprivate func set(_ value: Any) { single = value }

    /// A new object for a nested container, finished with the encoder's own.
    fileprivate func nestedObject() -> TemplateObject {
        let object = TemplateObject(type: Never.self)
        nested.append(object)
        return object
    }
}

/// The items of an array being encoded.
final class TemplateList {
    var items: [Any] = []
}

private struct TemplateObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: TemplateObject
    let encoder: TemplateEncoder
    var codingPath: [any CodingKey] = []

    mutating func encodeNil(forKey key: Key) { object.set(key.stringValue, nil) }
    mutating func encode(_ value: Bool, forKey key: Key) { object.set(key.stringValue, value) }
    mutating func encode(_ value: String, forKey key: Key) { object.set(key.stringValue, TemplateText(value)) }
    mutating func encode(_ value: Double, forKey key: Key) { object.set(key.stringValue, value) }
    mutating func encode(_ value: Int, forKey key: Key) { object.set(key.stringValue, value) }
    mutating func encode(_ value: Int8, forKey key: Key) { object.set(key.stringValue, Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: Int16, forKey key: Key) { object.set(key.stringValue, Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: Int32, forKey key: Key) { object.set(key.stringValue, Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: Int64, forKey key: Key) { object.set(key.stringValue, Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: UInt, forKey key: Key) { object.set(key.stringValue, Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) { object.set(key.stringValue, Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) { object.set(key.stringValue, Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) { object.set(key.stringValue, Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) { object.set(key.stringValue, Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: Float, forKey key: Key) { object.set(key.stringValue, Double(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) {
        object.set(key.stringValue, TemplateValue.make(value))
    }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) { put(value, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) { put(value.map(TemplateText.init), key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) { put(value, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) { put(value, key) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) {
        if let value { encode(value, forKey: key) } else { encodeNil(forKey: key) }
    }

    private mutating func put(_ value: Any?, _ key: Key) {
        object.set(key.stringValue, value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = encoder.nestedObject()
        object.set(key.stringValue, nested)
        return KeyedEncodingContainer(TemplateObjectContainer<NestedKey>(object: nested, encoder: encoder))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let list = TemplateList()
        return TemplateListContainer(list: list, encoder: encoder) { [object] items in object.set(key.stringValue, items) }
    }

    mutating func superEncoder() -> any Encoder { TemplateEncoder(type: object.type) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { TemplateEncoder(type: Never.self) }
}

private struct TemplateListContainer: UnkeyedEncodingContainer {
    let list: TemplateList
    let encoder: TemplateEncoder
    /// Called after each change, for a list nested inside an object.
    var onChange: (([Any]) -> Void)?
    var codingPath: [any CodingKey] = []
    var count: Int { list.items.count }

    init(list: TemplateList, encoder: TemplateEncoder, onChange: (([Any]) -> Void)? = nil) {
        self.list = list
        self.encoder = encoder
        self.onChange = onChange
    }

    private func append(_ value: Any) {
        list.items.append(value)
        onChange?(list.items)
    }

    mutating func encodeNil() {}
    mutating func encode(_ value: Bool) { append(value) }
    mutating func encode(_ value: String) { append(TemplateText(value)) }
    mutating func encode(_ value: Double) { append(value) }
    mutating func encode(_ value: Int) { append(value) }
    mutating func encode(_ value: Int8) { append(Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: Int16) { append(Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: Int32) { append(Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: Int64) { append(Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: UInt) { append(Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: UInt8) { append(Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: UInt16) { append(Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: UInt32) { append(Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: UInt64) { append(Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: Float) { append(Double(value)) }
    mutating func encode<T: Encodable>(_ value: T) { append(TemplateValue.make(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = encoder.nestedObject()
        append(nested)
        return KeyedEncodingContainer(TemplateObjectContainer<NestedKey>(object: nested, encoder: encoder))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        TemplateListContainer(list: TemplateList(), encoder: encoder)
    }

    mutating func superEncoder() -> any Encoder { TemplateEncoder(type: Never.self) }
}

private struct TemplateSingleValueContainer: SingleValueEncodingContainer {
    let encoder: TemplateEncoder
    var codingPath: [any CodingKey] = []

    mutating func encodeNil() {}
    mutating func encode(_ value: Bool) { encoder.set(value) }
    mutating func encode(_ value: String) { encoder.set(TemplateText(value)) }
    mutating func encode(_ value: Double) { encoder.set(value) }
    mutating func encode(_ value: Int) { encoder.set(value) }
    mutating func encode(_ value: Int8) { encoder.set(Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: Int16) { encoder.set(Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: Int32) { encoder.set(Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: Int64) { encoder.set(Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: UInt) { encoder.set(Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: UInt8) { encoder.set(Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: UInt16) { encoder.set(Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: UInt32) { encoder.set(Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: UInt64) { encoder.set(Int(truncatingIfNeeded: value)) }
    mutating func encode(_ value: Float) { encoder.set(Double(value)) }
    mutating func encode<T: Encodable>(_ value: T) { encoder.set(TemplateValue.make(value)) }
}
