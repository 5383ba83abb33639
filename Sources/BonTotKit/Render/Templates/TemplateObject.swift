import Mustache

/// One view model as Mustache reads it: the keys it declares (its type's `TemplateShape`) and,
/// by position, each one's value on this page, nil for a key declared but empty (a nil
/// optional), so a template's keys can be checked against the model. Filled while the model is
/// encoded (`TemplateValue`), then only read.
///
/// A struct over a shared storage, not a class: the Mustache library casts every value of the
/// context stack to its protocols at every key lookup, and a cast from a class instance costs
/// about twice one from a struct on Linux (the runtime first checks whether the instance boxes
/// another value).
struct TemplateObject: MustacheParent {
    private let storage: TemplateObjectStorage

    init(type: Any.Type, expected: TemplateShape? = nil) {
        storage = TemplateObjectStorage(type: type, expected: expected)
    }

    /// `value` when it is an object, its type asked before any cast (`exactly`).
    static func of(_ value: Any) -> TemplateObject? {
        exactly(value, TemplateObject.self)
    }

    /// The model's type: all values of one type declare the same keys.
    var type: Any.Type { storage.type }
    /// The keys, known once the model is encoded (`finish`).
    var shape: TemplateShape { storage.shape }
    /// The values by the position of their key in `shape`.
    var values: [Any?] { storage.values }
    /// The hash of the fields (`ModelFingerprint.fields(of:)`), kept for an object many pages
    /// share; set before any page reads the object, never after.
    var fieldsFingerprint: UInt64? {
        get { storage.fieldsFingerprint }
        nonmutating set { storage.fieldsFingerprint = newValue }
    }

    /// The model's type, for messages: `MinutesPage`.
    var typeName: String { String(describing: storage.type) }

    func child(named name: String) -> Any? {
        field(name) ?? CachedPartials.value(forKey: name, in: self)
    }

    /// The value of the field `key`, nil when it is empty or not declared.
    func field(_ key: String) -> Any? {
        storage.shape.position(of: key).flatMap { storage.values[$0] }
    }

    /// The value of the field numbered `number` (`TemplateKeyNumbers`), named `key`.
    func field(number: Int, key: String) -> Any? {
        storage.shape.position(ofNumber: number, key: key).flatMap { storage.values[$0] }
    }

    /// True when the model has a field `key`, with or without a value.
    func declares(_ key: String) -> Bool {
        storage.shape.position(of: key) != nil
    }

    /// Sets the field `key` while encoding; a value already set is not replaced by nil.
    func set(_ key: String, _ value: Any?) {
        storage.set(key, value)
    }

    /// Ends the encoding: the object takes the shape its type's objects had when its keys are
    /// theirs, else one of its own, which `type` learns when it knew none.
    func finish(learningInto type: TemplateType?) {
        storage.finish(learningInto: type)
    }
}

extension TemplateObject: CustomStringConvertible {
    /// What a template that shows the model itself as text (`{{.}}` in its section) writes: the
    /// type's name, "BonTotKit.TemplateObject", not the struct's description, which names its
    /// private storage by the address the program was loaded at and so differs in every build.
    var description: String { String(reflecting: TemplateObject.self) }
}

/// What a `TemplateObject` holds, shared by its copies: filled while the model is encoded.
private final class TemplateObjectStorage {
    /// The model's type: all values of one type declare the same keys.
    let type: Any.Type
    /// The keys, known once the model is encoded (`finish`).
    private(set) var shape: TemplateShape = .empty
    /// The values by the position of their key in `shape`.
    private(set) var values: [Any?] = []
    /// The hash of the fields (`ModelFingerprint.fields(of:)`), kept for an object many pages
    /// share; set before any page reads the object, never after.
    var fieldsFingerprint: UInt64?

    /// While encoding: the shape objects of this type had, as long as the keys follow it.
    private var expected: TemplateShape?
    /// While encoding, once the keys no longer follow `expected`: the keys so far.
    private var ownKeys: [String]?

    init(type: Any.Type, expected: TemplateShape? = nil) {
        self.type = type
        self.expected = expected
        if let expected { values.reserveCapacity(expected.keys.count) }
    }

    /// Sets the field `key` while encoding; a value already set is not replaced by nil.
    func set(_ key: String, _ value: Any?) {
        if ownKeys == nil, let expected, values.count < expected.keys.count, expected.keys[values.count] == key {
            values.append(value)
            return
        }
        var keys = ownKeys ?? Array(expected?.keys.prefix(values.count) ?? [])
        if let existing = keys.firstIndex(of: key) {
            if value != nil || values[existing] == nil { values[existing] = value }
        } else {
            keys.append(key)
            values.append(value)
        }
        ownKeys = keys
    }

    /// Ends the encoding: the object takes the shape its type's objects had when its keys are
    /// theirs, else one of its own, which `type` learns when it knew none.
    func finish(learningInto type: TemplateType?) {
        if ownKeys == nil, let expected, values.count == expected.keys.count {
            shape = expected
        } else {
            shape = TemplateShape(keys: ownKeys ?? Array(expected?.keys.prefix(values.count) ?? []))
            type?.learn(shape)
        }
        expected = nil
        ownKeys = nil
    }
}
