import BonTotOffice

/// The document head a clerk puts in the first page's header rather than the body ("ĐẢNG BỘ XÃ
/// HÒA THUẬN / CHI BỘ THÔN ĐÔNG … Hòa Thuận, ngày 05 tháng 9 năm 2024", `WordDocument.pageHeader`):
/// read as the lines above the body where the body lacks what the import takes from a head (the
/// meeting date, the chi bộ it names); what the body says wins.
enum PageHeaderLines {
    /// The page header's lines, then the body's.
    static func headed(_ document: WordDocument) -> [String] {
        MinutesImport.lines(of: document.pageHeader) + MinutesImport.lines(of: document)
    }

    /// The facts of `document`'s body, or, when the body gives no meeting date and the page
    /// header holds text, of the header's lines above the body's.
    static func facts(of document: WordDocument, resolutionItems: [ResolutionItem]) -> MinutesFacts {
        let body = MinutesFacts(lines: MinutesImport.lines(of: document), resolutionItems: resolutionItems)
        guard body.date == nil, !document.pageHeader.isEmpty else { return body }
        let headed = MinutesFacts(lines: headed(document), resolutionItems: resolutionItems)
        return headed.date == nil ? body : headed
    }
}
