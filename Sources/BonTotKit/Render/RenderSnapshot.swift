import Mustache

/// A view model read once by reflection into dictionaries and arrays just before it is rendered,
/// so that Mustache finds each value by key instead of reflecting the struct at every tag (the
/// renderer's `Mirror` walks every field and demangles its type on each lookup). The page renders
/// the same: missing optionals are left out, so lookups climb the context stack as before.
enum RenderSnapshot {
    /// The model as `[String: Any]` and `[Any]` all the way down; scalars and Mustache's own
    /// protocol types are kept as they are.
    static func of(_ value: Any) -> Any {
        switch value {
        case is String, is Bool, is Int, is Double, is MustacheParent, is MustacheLambda, is MustacheCustomRenderable:
            return value
        default:
            break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label, let present = unwrapped(child.value) else { continue }
                fields[label] = of(present)
            }
            return fields
        case .collection?:
            return mirror.children.map { of($0.value) }
        case .optional?:
            return mirror.children.first.map { of($0.value) } ?? value
        default:
            return value
        }
    }

    /// The value an optional holds, nil for an empty one; any other value as it is.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map { unwrapped($0.value) } ?? nil
    }
}
