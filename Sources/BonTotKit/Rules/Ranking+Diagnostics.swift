extension Ranking {
    /// The warnings the rules raise for this ranking: stated levels that differ from the
    /// computed ones, and the xuất sắc quota exceeded overall or within a declared cluster.
    public var diagnostics: [Diagnostic] {
        unscoredWarnings + levelMismatchWarnings + sheetWarnings + quotaWarnings
    }

    /// One warning per branch of the site the evaluation leaves out, saying what to do about it.
    public var unscoredWarnings: [Diagnostic] {
        unscored.map { branch in
            .warning(at: source, field: "branch",
                     "chưa có điểm của \(subject.noun) '\(branch.id)' (\(branch.name)) trong kỳ \(period); bảng xếp hạng chỉ có "
                         + "\(VietnameseFormat.count(rows.count))/\(VietnameseFormat.count(expectedCount)) \(subject.noun): \(unscoredAdvice) "
                         + "/ \(subject.englishNoun) not scored in this period: add its row, or its 'founded:' day if founded after it")
        }
    }

    /// One warning per entry whose stated level differs from the level its total reaches.
    public var levelMismatchWarnings: [Diagnostic] {
        rows.compactMap { row in
            guard row.card.levelMismatch, let stated = row.card.level, let computed = row.card.computedLevel else {
                return nil
            }
            return .warning(at: row.card.levelLocation, field: "level",
                            "mức xếp loại ghi \(Self.written(row.card.statedLevelText, level: stated)) khác mức tính theo điểm '\(computed.name)' "
                                + "(\(VietnameseFormat.score(row.card.total)))\(quotaNote(stated: stated, computed: computed)) / stated level differs from computed")
        }
    }

    /// A stated level as the clerk wrote it, with the level's name when the words differ:
    /// "'Tốt' (Hoàn thành tốt nhiệm vụ)", "'Hoàn thành tốt nhiệm vụ'".
    static func written(_ text: String?, level: Level) -> String {
        guard let typed = text, !typed.isEmpty, typed != level.name else { return "'\(level.name)'" }
        return "'\(typed)' (\(level.name))"
    }

    /// For a level stated below the top one the total reaches, but at the good level or above,
    /// where the rubric caps the top level: the committee keeping within the quota writes just
    /// that, and is told it need not mend it (the warning stays, as SPEC §3 has every difference
    /// warned). A level below the good one keeps no quota: it is told as any other difference.
    private func quotaNote(stated: Level, computed: Level) -> String {
        guard let quota = rubric.excellentQuota, let top = rubric.topLevel, let good = rubric.goodLevel,
              computed.id == top.id, stated.id != top.id, rubric.isLevel(stated.id, atLeast: good.id) else { return "" }
        return "; nếu cấp ủy xếp mức này để số \(subject.noun) '\(top.name)' không vượt tỷ lệ \(VietnameseFormat.normPercent(quota)), "
            + "không cần sửa"
    }

    /// Warnings where the share of the top level among those at the good level or better passes
    /// the rubric's `excellentQuota`: overall, then per cluster in the ranking's order.
    public var quotaWarnings: [Diagnostic] {
        guard let quota = rubric.excellentQuota else { return [] }
        let overall = quotaWarning(rows: rows, quota: quota, scope: nil)
        return ([overall] + clusters.map { quotaWarning(rows: rows(inCluster: $0), quota: quota, scope: $0) })
            .compactMap { $0 }
    }

    private func quotaWarning(rows: [RankingRow], quota: Double, scope cluster: String?) -> Diagnostic? {
        guard let top = rubric.topLevel, let good = rubric.goodLevel else { return nil }
        let levels = rows.compactMap(\.card.level)
        let excellent = levels.filter { $0.id == top.id }.count
        let goodOrBetter = levels.filter { rubric.isLevel($0.id, atLeast: good.id) }.count
        guard goodOrBetter > 0, Double(excellent) > quota * Double(goodOrBetter) + 1e-9 else { return nil }
        let share = VietnameseFormat.percent(Double(excellent) / Double(goodOrBetter))
        let limit = VietnameseFormat.normPercent(quota)
        let place = cluster.map { " trong cụm '\($0)'" } ?? ""
        let gist = cluster.map { " in cluster '\($0)'" } ?? ""
        let allowed = Int((quota * Double(goodOrBetter) + 1e-9).rounded(.down))
        return .warning(at: source, field: "level",
                        "\(VietnameseFormat.fraction(excellent, of: goodOrBetter)) \(subject.noun) từ mức '\(good.name)' (\(good.id)) trở lên\(place) "
                            + "được xếp '\(top.name)' (\(top.id)), chiếm \(share), vượt tỷ lệ \(limit): \(quotaAdvice(allowed: allowed, top: top)) "
                            + "/ excellent quota exceeded\(gist): at most \(allowed) may be '\(top.id)'; write the level the committee decided for the others in 'level'")
    }

    /// What the office does about a quota exceeded: how many may hold the top level, and where
    /// the level the committee decided for the others is written.
    private func quotaAdvice(allowed: Int, top: Level) -> String {
        let others = "hãy ghi mức cấp ủy quyết định vào trường 'level' (cột 'Xếp loại' của bảng điểm)"
        guard allowed > 0 else { return "không \(subject.noun) nào được xếp '\(top.name)'; \(others)" }
        return "chỉ được xếp tối đa \(VietnameseFormat.count(allowed)) \(subject.noun) '\(top.name)'; với các \(subject.noun) còn lại, \(others)"
    }
}
