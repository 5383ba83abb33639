import ArgumentParser
import BonTotKit
import Foundation

/// The `bontot` command: build, check and preview a Party committee's portal.
@main
struct BonTot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bontot",
        abstract: "Tạo cổng thông tin tĩnh cho Đảng bộ từ biên bản, bài viết và dữ liệu YAML.",
        subcommands: [Check.self, Build.self, Convert.self, Import.self],
        defaultSubcommand: Build.self
    )
}
