import ArgumentParser

/// `bontot import …`: office documents turned into site files.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Nhập tài liệu Word vào trang (biên bản sinh hoạt).",
        subcommands: [ImportMinutes.self])
}
