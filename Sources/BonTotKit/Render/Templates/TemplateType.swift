import Synchronization

/// What is learnt once about each view model type: whether its values share their form
/// (`SharesForm`), and the shape (`TemplateShape`) its objects have, learnt from the first one
/// encoded. A cast to a protocol that fails searches the runtime's conformances (thousands of
/// instructions the first times a type is met, hundreds after), and every field of every page's
/// model is asked.
final class TemplateType: Sendable {
    let sharesForm: Bool
    private let learntShape = AtomicLazyReference<TemplateShape>()

    private init(sharesForm: Bool) {
        self.sharesForm = sharesForm
    }

    private static let known = KeyedMemo<ObjectIdentifier, TemplateType>()

    /// The record of `type`, made the first time it is asked for.
    static func of<T>(_ type: T.Type) -> TemplateType {
        known.value(for: ObjectIdentifier(type)) { TemplateType(sharesForm: type is SharesForm.Type) }
    }

    /// The shape of the type's objects, once one has been encoded.
    var shape: TemplateShape? { learntShape.load() }

    /// Keeps `shape` as the type's, unless one was kept before.
    func learn(_ shape: TemplateShape) {
        _ = learntShape.storeIfNil(shape)
    }
}
