/// The editorial of a month's bulletin, from `bulletins/<yyyy-mm>.md`.
public struct BulletinEditorial: Sendable, Equatable, Codable {
    public var month: YearMonth
    public var title: String?
    /// The bulletin's issue number ("Số 09-BT/ĐU"), when the editor sets it.
    public var number: Int?
    public var body: String
    public var source: SourceLocation

    public init(month: YearMonth, title: String? = nil, number: Int? = nil, body: String, source: SourceLocation) {
        self.month = month
        self.title = title
        self.number = number
        self.body = body
        self.source = source
    }
}
