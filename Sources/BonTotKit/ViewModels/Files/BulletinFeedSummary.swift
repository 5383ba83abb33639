/// What the feed says of a monthly bulletin that has no editorial, so that a reader sees more
/// than its title, in the bulletin's order: the month in figures when meetings were held ("Trong
/// tháng 8 năm 2026, các chi bộ tổ chức 18 cuộc sinh hoạt, họp, …"), the titles of its stories
/// ("Gương điển hình trong tháng: …"), and the headline of the ranking that closes in the month
/// ("Kết quả xếp loại năm 2025: 15/15 chi bộ hoàn thành tốt nhiệm vụ trở lên, …"). A bulletin
/// with an editorial is summed up by the editorial instead.
enum BulletinFeedSummary {
    /// The summary of the bulletin of `month`, nil when it has neither.
    static func text(_ month: YearMonth, content: BulletinContent, context: PortalContext) -> String? {
        let links = context.links(from: .bulletin(month))
        let figures = BulletinFigures(month: month, meetings: content.minutes[month] ?? [], context: context, links: links)
        var sentences = figures.meetings > 0 ? [figures.sentence] : []
        if let stories = content.stories[month], !stories.isEmpty {
            sentences.append("Gương điển hình trong tháng: " + stories.map(\.title).joined(separator: "; ") + ".")
        }
        if let ranking = content.ranking(closingIn: month), let headline = ranking.goodOrBetterSentence() {
            let heading = BulletinRanking(ranking, site: context.site, links: links, isDistrict: context.district != nil).heading
            sentences.append("\(heading): \(headline)")
        }
        return sentences.isEmpty ? nil : sentences.joined(separator: " ")
    }
}
