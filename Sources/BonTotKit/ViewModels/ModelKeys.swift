/// Months and quarters ride along in a few view models (to find a page's month, to link PDFs);
/// templates do not show them, but they encode like any other field: `{year, month}`.
extension YearMonth: Encodable {
    private enum Keys: String, CodingKey { case year, month }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(year, forKey: .year)
        try container.encode(month, forKey: .month)
    }
}

extension YearQuarter: Encodable {
    private enum Keys: String, CodingKey { case year, quarter }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(year, forKey: .year)
        try container.encode(quarter, forKey: .quarter)
    }
}
