/// One folder or file name in the path of a route: a name the router fixes (`sinh-hoat`), or
/// a value taken from the content or the calendar (`2024`, a story's slug), with its kind.
public enum RouteComponent: Hashable, Sendable {
    case fixed(String)
    case value(String, RouteParameter)

    /// The name as written in the path.
    public var name: String {
        switch self {
        case .fixed(let name), .value(let name, _): return name
        }
    }
}

/// What kind of value fills a component of a route's path, and which names it can take.
/// Two values of one kind may share a folder (a ranking page and its CSV); a value that could
/// also be read as another kind, or as a fixed name, would collide with the router's folders.
public enum RouteParameter: Hashable, Sendable, CaseIterable {
    /// A slug or id: `[a-z0-9-]+`.
    case slug
    /// A year: digits only.
    case year
    /// A month's number, two digits: `01`…`12`.
    case month
    /// A month of a year: `2024-09`.
    case yearMonth
    /// An evaluation period: `2024`, `2024-q3`, `2024-09`.
    case period
    /// A file name made from a value (`ban-tin-2024-09.pdf`).
    case fileName
    /// A path inside a folder, possibly through sub-folders (`fonts/x.woff2`).
    case filePath

    /// True when `name` is a value of this kind.
    public func accepts(_ name: String) -> Bool {
        switch self {
        case .slug: return Slug.isValid(name)
        case .year: return !name.isEmpty && name.allSatisfy(\.isASCIIDigit)
        case .month: return name.count == 2 && Int(name).map((1...12).contains) == true
        case .yearMonth: return YearMonth(iso: name)?.description == name
        case .period: return Period(name)?.description == name
        case .fileName, .filePath: return !name.isEmpty
        }
    }
}

extension Character {
    /// `0`…`9`, and no other digit of Unicode.
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
