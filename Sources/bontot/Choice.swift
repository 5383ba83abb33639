import ArgumentParser
import BonTotKit

/// The case of `Choice` that `text` names (`--kind chuyen-de`), written as its id or in words as
/// a clerk types them (`--kind "chuyên đề"`, `--kind "Khu dân cư"`: the id is the words folded,
/// `Slug.fold`), also as pages name the kind ("Sinh hoạt chuyên đề", "Họp cấp ủy", "Chi bộ khu
/// dân cư": the words before the kind's are left out), or by another name a clerk gives it ("chi
/// ủy", "họp chi ủy", "đảng ủy" for the committee's meeting, `cap-uy`, as the title of imported
/// minutes says it); a usage error naming every case otherwise.
func choice<Choice: RawRepresentable & CaseIterable>(_ text: String, for option: String) throws -> Choice
where Choice.RawValue == String {
    let folded = Slug.fold(text)
    let unlabelled = ["sinh-hoat-", "hop-", "chi-bo-"].first { folded.hasPrefix($0) }.map { String(folded.dropFirst($0.count)) }
    let aliased = [folded, unlabelled].compactMap { $0 }.lazy.compactMap { choiceAliases[$0] }.first
    guard let named = Choice(rawValue: text) ?? Choice(rawValue: folded) ?? unlabelled.flatMap(Choice.init(rawValue:))
            ?? aliased.flatMap(Choice.init(rawValue:)) else {
        throw ValidationError("\(option) không nhận '\(text)'; dùng một trong: "
                              + Choice.allCases.map(\.rawValue).joined(separator: ", ") + " / \(option) takes one of them")
    }
    return named
}

/// Other names a clerk gives a choice, folded, with the id they stand for: the committee's meeting
/// is "họp chi ủy" (or "đảng ủy") as often as "họp cấp ủy".
private let choiceAliases = ["chi-uy": "cap-uy", "dang-uy": "cap-uy"]
