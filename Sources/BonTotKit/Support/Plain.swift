/// Numbers as written in diagnostics: plain, with a dot for decimals, as in the source files.
enum Plain {
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
