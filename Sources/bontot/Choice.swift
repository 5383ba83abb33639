import ArgumentParser
import BonTotKit

/// The case of `Choice` that `text` names (`--kind chuyen-de`), written as its id or in words as
/// a clerk types them (`--kind "chuyên đề"`, `--kind "Khu dân cư"`: the id is the words folded,
/// `Slug.fold`); a usage error naming every case otherwise.
func choice<Choice: RawRepresentable & CaseIterable>(_ text: String, for option: String) throws -> Choice
where Choice.RawValue == String {
    guard let named = Choice(rawValue: text) ?? Choice(rawValue: Slug.fold(text)) else {
        throw ValidationError("\(option) không nhận '\(text)'; dùng một trong: "
                              + Choice.allCases.map(\.rawValue).joined(separator: ", ") + " / \(option) takes one of them")
    }
    return named
}
