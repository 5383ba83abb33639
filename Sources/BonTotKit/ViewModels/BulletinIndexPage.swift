/// `/ban-tin/`: every monthly bulletin, newest first, grouped by year.
struct BulletinIndexPage: Encodable {
    var chrome: PageChrome
    var intro: String
    var years: [BulletinYear]
    var hasYears: Bool

    init(months: [YearMonth], content: BulletinContent, context: PortalContext) {
        let links = context.links(from: .bulletinIndex)
        chrome = context.chrome(title: "Bản tin", route: .bulletinIndex, section: .bulletinIndex,
                                description: "Bản tin hằng tháng, in trên khổ A4 cho các chi bộ sinh hoạt trên giấy.")
        intro = months.isEmpty ? "Chưa có bản tin nào."
            : "\(VietnameseFormat.count(months.count)) số bản tin tháng, in được trên khổ A4."
        let years = Array(Set(months.map(\.year))).sorted(by: >)
        self.years = years.map { year in
            BulletinYear(heading: "Năm \(year)", issues: months.filter { $0.year == year }.reversed().map { month in
                let editorial = content.editorials[month]
                let masthead = BulletinMasthead(month: month, number: editorial?.number, config: context.site.config)
                return BulletinIssue(label: BulletinTitle.of(month), number: masthead.number,
                                     title: editorial?.title, href: links.bulletin(month), pdfHref: nil,
                                     issueMonth: month)
            })
        }
        hasYears = !self.years.isEmpty
    }
}

/// The bulletins of one year.
struct BulletinYear: Encodable {
    var heading: String
    var issues: [BulletinIssue]
}

/// One bulletin in the list: number, month, editorial title, page and PDF.
struct BulletinIssue: Encodable {
    var label: String
    /// `"Số 09-BT/ĐU"`.
    var number: String
    var title: String?
    var href: String
    var pdfHref: String?
    var issueMonth: YearMonth
}
