/// The form a later step makes of a value that many pages share (the site's header, made once
/// per folder and section): the first page to need it makes it, every later one takes it. Kept
/// with the value, which carries it unseen (it is no field of the value).
public final class SharedForm: Sendable {
    /// The form, which is only read once made (`TemplateValue`'s objects are never changed after).
    private struct Form: @unchecked Sendable {
        let value: Any
    }

    private let memo = Memo<Form>()

    public init() {}

    /// The form, made by `make` if no caller made it before.
    func value(_ make: () -> Any) -> Any {
        memo.value { Form(value: make()) }.value
    }
}

/// A value shared by many pages, whose form made for one page serves them all (`SharedForm`).
public protocol SharesForm {
    /// Where the form is kept: one box for the value and all its copies.
    var sharedForm: SharedForm { get }
}
