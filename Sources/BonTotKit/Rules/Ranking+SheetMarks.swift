extension Ranking {
    /// One warning per rank or 4-tốt mark a score sheet writes that differs from what the rules
    /// compute, at the sheet's cell, saying both; the title named as the rubric names it
    /// (`four_good.title`), and in the English half in neutral words. A rank matches when it is the branch's rank
    /// overall or, for a branch of a declared cluster, within its cluster (a sheet a cluster).
    /// Not beside errors: a file left out for an error would shift every rank.
    public var sheetWarnings: [Diagnostic] {
        rows.flatMap { row in [rankWarning(row), fourGoodWarning(row)].compactMap { $0 } }
    }

    private func rankWarning(_ row: RankingRow) -> Diagnostic? {
        guard let written = row.card.sheetRank, written.value != row.rank, written.value != row.clusterRank else { return nil }
        var cluster = ""
        if let name = row.cluster, let rank = row.clusterRank { cluster = " (trong cụm '\(name)': \(VietnameseFormat.number(rank)))" }
        return .warning(at: written.location, field: "rank",
                        "thứ hạng của \(subject.noun) '\(row.branchID)' ghi trong bảng là \(VietnameseFormat.number(written.value)), "
                            + "khác thứ hạng tính theo tổng điểm (\(VietnameseFormat.score(row.card.total))) là "
                            + "\(VietnameseFormat.number(row.rank))\(cluster); bảng xếp hạng dùng \(VietnameseFormat.number(row.rank)) "
                            + "/ the sheet's rank differs from the computed rank")
    }

    private func fourGoodWarning(_ row: RankingRow) -> Diagnostic? {
        guard let written = row.card.sheetFourGood, written.value != row.isFourGood else { return nil }
        let title = "“\(self.title)”"
        let message = written.value
            ? "bảng ghi \(subject.noun) '\(row.branchID)' đạt \(title) nhưng theo thang điểm thì chưa đạt: "
                + row.fourGood.reasons().joined(separator: "; ") + " / the sheet awards the emulation title where the rubric's rule does not give it"
            : "bảng không ghi \(subject.noun) '\(row.branchID)' đạt \(title) nhưng theo thang điểm thì đạt; trang xếp hạng ghi đạt"
                + violationsHint(row) + " / the rubric's rule gives the emulation title where the sheet does not award it"
        return .warning(at: written.location, field: "four-good", message)
    }

    /// For a row the sheet leaves without the title and with no member disciplined, when the
    /// rule asks for none: where a disciplined member goes. A sheet without a "Vi phạm" column
    /// (the ranking's own CSV read back) reads as none, and the page says "Đạt" until it has one.
    private func violationsHint(_ row: RankingRow) -> String {
        guard rubric.fourGood.noViolations, row.card.violations == 0 else { return "" }
        return "; nếu \(subject.noun) có đảng viên bị kỷ luật trong kỳ, hãy ghi số đảng viên đó vào cột 'Vi phạm' của bảng điểm"
    }
}
