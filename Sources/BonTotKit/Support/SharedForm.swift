import Foundation

/// The form a later step makes of a value that many pages share (the site's header, made once
/// per folder and section): the first page to need it makes it, every later one takes it. Kept
/// with the value, which carries it unseen (it is no field of the value).
public final class SharedForm: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Any?

    public init() {}

    /// The form, made by `make` if no caller made it before.
    func value(_ make: () -> Any) -> Any {
        lock.withLock {
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}

/// A value shared by many pages, whose form made for one page serves them all (`SharedForm`).
public protocol SharesForm {
    /// Where the form is kept: one box for the value and all its copies.
    var sharedForm: SharedForm { get }
}
