import Mustache

/// One view model as Mustache reads it: its present fields by key, and the keys it declares
/// but leaves empty (a nil optional), so a template's keys can be checked against the model.
final class TemplateObject: MustacheParent {
    /// The model's type: all values of one type declare the same keys.
    let type: Any.Type
    var fields: [String: Any] = [:]
    /// Keys of fields that are declared but have no value on this page.
    var absentKeys: [String] = []
    /// The hash of the fields (`ModelFingerprint.fields(of:)`), kept for an object many pages
    /// share; set before any page reads the object, never after.
    var fieldsFingerprint: UInt64?

    init(type: Any.Type) {
        self.type = type
    }

    /// The model's type, for messages: `MinutesPage`.
    var typeName: String { String(describing: type) }

    func child(named name: String) -> Any? {
        fields[name] ?? CachedPartials.value(forKey: name, in: self)
    }

    /// True when the model has a field `key`, with or without a value.
    func declares(_ key: String) -> Bool {
        fields[key] != nil || absentKeys.contains(key)
    }
}
