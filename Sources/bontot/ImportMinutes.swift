import ArgumentParser

/// `bontot import minutes FILE.docx|DIR --branch ID`.
struct ImportMinutes: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "minutes", abstract: "Biên bản Word (.docx) → content/minutes/<năm>/….md")
    func run() throws {}
}
