import Mustache

/// One view model as Mustache reads it: its present fields by key, and the keys it declares
/// but leaves empty (a nil optional), so a template's keys can be checked against the model.
final class TemplateObject: MustacheParent {
    /// The model's type, for messages: `MinutesPage`.
    let typeName: String
    var fields: [String: Any] = [:]
    /// Keys of fields that are declared but have no value on this page.
    var absentKeys: [String] = []

    init(typeName: String) {
        self.typeName = typeName
    }

    func child(named name: String) -> Any? { fields[name] }

    /// True when the model has a field `key`, with or without a value.
    func declares(_ key: String) -> Bool {
        fields[key] != nil || absentKeys.contains(key)
    }
}
