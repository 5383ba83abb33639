import Mustache

/// A text of a view model as Mustache renders it. A plain `String` in a model is tried against
/// four protocols and printed through `String(describing:)` at every `{{key}}` that shows it;
/// this one says at once how it renders (`renderText`), in the same bytes. Like a string, it has
/// no keys of its own (a key looked up inside `{{#text}}…{{/text}}` is found further out,
/// without reflecting on it), and its transforms (`{{uppercased(key)}}`) are the string's.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable, Sendable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var renderText: String { text }

    var isNull: Bool { false }

    func child(named name: String) -> Any? { nil }

    func transform(_ name: String) -> Any? {
        text.transform(name)
    }
}
