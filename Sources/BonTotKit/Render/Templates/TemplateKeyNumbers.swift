import Foundation

/// A number for each key a compiled template names, given once for the process: a shape
/// (`TemplateShape`) made after the templates were compiled lists its keys' positions by these
/// numbers, so a tag looks its key up in an array rather than hashing its name on every page.
final class TemplateKeyNumbers: @unchecked Sendable {
    static let shared = TemplateKeyNumbers()

    private let lock = NSLock()
    private var numbers: [String: Int] = [:]

    /// The number of `key`, given now if it has none.
    func number(of key: String) -> Int {
        lock.withLock {
            if let number = numbers[key] { return number }
            let number = numbers.count
            numbers[key] = number
            return number
        }
    }

    /// The position among `keys` of every key numbered so far, by its number; -1 for a key
    /// `keys` lacks.
    func positions(of keys: [String]) -> [Int32] {
        lock.withLock {
            var positions = [Int32](repeating: -1, count: numbers.count)
            for (position, key) in keys.enumerated() {
                if let number = numbers[key] { positions[number] = Int32(position) }
            }
            return positions
        }
    }
}
