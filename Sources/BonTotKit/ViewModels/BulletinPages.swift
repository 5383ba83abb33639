/// The bulletins, `/ban-tin/`: the list, and one printable bulletin per month that has content.
enum BulletinPages {
    static func pages(_ context: PortalContext) -> [Page] {
        let content = context.bulletinContent
        let months = context.bulletinMonths
        var pages = [Page(route: .bulletinIndex, template: "bulletin-index",
                          model: BulletinIndexPage(months: months, content: content, context: context))]
        for month in months {
            pages.append(page(month, content: content, context: context))
        }
        return pages
    }

    /// The bulletin of `month` alone, or nil when the month has nothing to print.
    static func page(for month: YearMonth, context: PortalContext) -> Page? {
        context.bulletinMonths.contains(month) ? page(month, content: context.bulletinContent, context: context) : nil
    }

    private static func page(_ month: YearMonth, content: BulletinContent, context: PortalContext) -> Page {
        var page = Page(route: .bulletin(month), template: "bulletin",
                        model: BulletinPage(month: month, content: content, context: context))
        // A district's bulletin also shows its units' month: it is fingerprinted by its model.
        page.inputs = context.district == nil ? inputs(of: month, content: content, context: context) : nil
        // It shows the editorial's text, which is no minutes or story, but no minutes' or story's.
        page.showsBodies = false
        return page
    }

    /// What a month's bulletin shows, as inputs (see `Page.inputs`): the month's minutes,
    /// stories and editorial, the minutes whose resolutions fall due the next month, the
    /// evaluations and the scale that judged it when a ranking closes in the month, every branch (the figures name
    /// those that did not meet) and the months the minutes cover.
    private static func inputs(of month: YearMonth, content: BulletinContent, context: PortalContext) -> [String] {
        let site = context.site
        var months = StableHasher()
        for covered in context.analysis.months { months.combine(covered.description) }
        // The scales that judged those rankings: a former scale edited prints its years' bulletins again, not today's.
        let rankings = content.rankings[month] ?? []
        let scales = Set(rankings.map { site.rubrics.file(for: $0.period) }).sorted()
        let ranking = rankings.isEmpty ? [] : site.evaluations.map(\.source.file) + scales
        return (content.minutes[month] ?? []).map(\.source.file)
            + (content.stories[month] ?? []).map(\.source.file)
            + (content.editorials[month].map { [$0.source.file] } ?? [])
            + (content.due[month.next] ?? []).map(\.1.source.file)
            + ranking
            + site.branches.map(\.source.file)
            + ["@months:\(months.finalize())"]
    }

    /// The media files the month's bulletin shows: its stories' images and the files its
    /// editorial's body links or shows, read as its page reads them (`BodyMedia`), so that
    /// `media/anh.goc%231.jpg`, `<media/Ảnh đại hội.jpg>`, `../media/x.jpg`, a reference-style
    /// link and `media/bao-cao.pdf#chuong.hai` each name their file. What it feeds: the bytes
    /// a bulletin's PDF is fingerprinted with (`BulletinPrinting`), and the media a month's
    /// bulletin is written with (`BulletinMonthBuilder`).
    static func media(shownIn month: YearMonth, site: Site) -> [String] {
        let known = Set(site.media)
        var used = Set(site.stories.filter { $0.date.yearMonth == month }.compactMap(\.image))
        for editorial in site.editorials where editorial.month == month {
            used.formUnion(BodyMedia.files(in: editorial.body, file: editorial.source.file, media: known, allowHTML: site.config.allowHTML))
        }
        return used.filter(known.contains).sorted()
    }
}

/// Links to the printed bulletins, added when the build makes them.
extension BulletinPages {
    /// The pages with links to the PDF of each bulletin of `months` (the PDFs the build
    /// publishes): the bulletins of those months and the list of bulletins; other pages as they are.
    static func linkingPDFs(_ pages: [Page], months: Set<YearMonth>, router: Router) -> [Page] {
        // Without PDFs no page changes, and the tens of thousands of pages are not copied.
        guard !months.isEmpty else { return pages }
        let listed = "@pdf:" + months.sorted().map(\.description).joined(separator: ",")
        return pages.map { page in
            var page = page
            let make = page.makeModel
            let route = page.route
            switch route {
            case .bulletin(let month) where months.contains(month):
                page.facts.append("@pdf")
            case .bulletinIndex:
                page.facts.append(listed)
            default:
                return page
            }
            page.makeModel = { linkingPDF(make(), from: route, months: months, router: router) }
            return page
        }
    }

    /// The model with links to its PDFs, when it is a bulletin or the list of bulletins.
    private static func linkingPDF(_ model: any Encodable, from route: Route, months: Set<YearMonth>, router: Router) -> any Encodable {
        if var bulletin = model as? BulletinPage, months.contains(bulletin.issueMonth) {
            bulletin.pdfHref = router.link(from: route, to: .bulletinPDF(bulletin.issueMonth))
            return bulletin
        } else if var index = model as? BulletinIndexPage {
            for year in index.years.indices {
                for issue in index.years[year].issues.indices {
                    let month = index.years[year].issues[issue].issueMonth
                    guard months.contains(month) else { continue }
                    index.years[year].issues[issue].pdfHref = router.link(from: route, to: .bulletinPDF(month))
                }
            }
            return index
        }
        return model
    }
}
