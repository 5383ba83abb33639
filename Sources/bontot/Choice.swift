import ArgumentParser

/// The case of `Choice` that `text` names (`--kind chuyen-de`); a usage error naming every case otherwise.
func choice<Choice: RawRepresentable & CaseIterable>(_ text: String, for option: String) throws -> Choice
where Choice.RawValue == String {
    guard let named = Choice(rawValue: text) else {
        throw ValidationError("\(option) không nhận '\(text)'; dùng một trong: "
                              + Choice.allCases.map(\.rawValue).joined(separator: ", ") + " / \(option) takes one of them")
    }
    return named
}
