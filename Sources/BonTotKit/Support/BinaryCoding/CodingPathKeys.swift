/// The coding-path key of an element of an array, dictionary or unkeyed container: its position.
struct IndexKey: CodingKey {
    /// The element's position, from 0.
    let index: Int

    init(_ index: Int) {
        self.index = index
    }

    init?(intValue: Int) {
        self.index = intValue
    }

    init?(stringValue: String) {
        return nil
    }

    var intValue: Int? { index }
    var stringValue: String { "Index \(index)" }
}

/// The key `super`, under which `superEncoder()` and `superDecoder()` code a superclass's value.
struct SuperKey: CodingKey {
    init() {}

    init?(intValue: Int) {
        return nil
    }

    init?(stringValue: String) {
        guard stringValue == "super" else { return nil }
    }

    var intValue: Int? { nil }
    var stringValue: String { "super" }
}
