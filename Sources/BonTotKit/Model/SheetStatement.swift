/// A value a score sheet writes in a column of what bontot computes itself (the rank, the
/// "Chi bộ 4 tốt" mark), with the cell it is written in: never used, only compared with what
/// the rules compute, a difference a warning at that cell.
public struct SheetStatement<Value: Sendable & Equatable & Codable>: Sendable, Equatable, Codable {
    public var value: Value
    /// The cell the sheet writes it in (`Sheet1!K5`, or the CSV line).
    public var location: SourceLocation
    /// For an empty cell read as the filled one above it (a cluster merged down over its
    /// branches, exported to CSV, `ClusterBlock`): where that one is; nil for a value written
    /// in its own cell.
    public var copiedFrom: SourceLocation?

    public init(value: Value, location: SourceLocation, copiedFrom: SourceLocation? = nil) {
        self.value = value
        self.location = location
        self.copiedFrom = copiedFrom
    }
}
