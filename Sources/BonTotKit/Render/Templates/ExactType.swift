/// `value` as a `T` when it is exactly of that type: a comparison of types first, and a cast only
/// when it succeeds. A cast that fails searches the runtime's conformance tables, thousands of
/// instructions, and the renderers ask what a value is at nearly every tag.
func exactly<T>(_ value: Any, _ type: T.Type) -> T? {
    Swift.type(of: value) == type ? value as? T : nil
}
