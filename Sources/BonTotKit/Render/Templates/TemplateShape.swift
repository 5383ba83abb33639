/// The keys a view model's `encode(to:)` gives, in the order it gives them. Every object of one
/// type shares one shape, so an object keeps only its values, in an array by position, instead
/// of a dictionary of its own hashed key by key on every page.
final class TemplateShape: Sendable {
    /// The keys, in encoding order; no key twice.
    let keys: [String]
    private let positions: [String: Int]
    /// Each key's position by the number the compiled templates know the key by
    /// (`TemplateKeyNumbers`), -1 for a numbered key the shape lacks: a tag finds its value
    /// without hashing its name. Keys numbered after the shape was made are not listed.
    private let positionsByNumber: [Int32]
    /// A `StableHasher` that has been fed each key, and each key's own hash: `ModelFingerprint`
    /// hashes every field of a shared object with its key.
    let keyHashers: [StableHasher]
    let keyHashes: [UInt64]

    /// A shape with no keys: an object's before it is encoded.
    static let empty = TemplateShape(keys: [])

    init(keys: [String]) {
        self.keys = keys
        var positions = [String: Int](minimumCapacity: keys.count)
        for (position, key) in keys.enumerated() { positions[key] = position }
        self.positions = positions
        positionsByNumber = TemplateKeyNumbers.shared.positions(of: keys)
        keyHashers = keys.map { key in
            var hasher = StableHasher()
            hasher.combine(key)
            return hasher
        }
        keyHashes = keys.map { StableHasher.hash($0) }
    }

    /// Where `key` is among the keys, or nil when the model does not declare it.
    func position(of key: String) -> Int? {
        positions[key]
    }

    /// Where the key numbered `number` (named `key`) is among the keys, or nil.
    func position(ofNumber number: Int, key: String) -> Int? {
        guard number < positionsByNumber.count else { return positions[key] }
        let position = positionsByNumber[number]
        return position < 0 ? nil : Int(position)
    }
}
