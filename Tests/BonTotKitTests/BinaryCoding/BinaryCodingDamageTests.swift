import BonTotKit
import Foundation
import XCTest

/// A cache file may be cut short or damaged: decoding must throw or return a value, never crash.
final class BinaryCodingDamageTests: XCTestCase {
    private let sample = DamageSample(
        minutes: [BinaryCodingSamples.fullMinutes, BinaryCodingSamples.bareMinutes],
        branch: BinaryCodingSamples.fullBranch,
        story: BinaryCodingSamples.fullStory,
        evaluation: BinaryCodingSamples.fullEvaluation,
        editorial: BinaryCodingSamples.fullEditorial,
        rubric: BinaryCodingSamples.fullRubric,
        config: BinaryCodingSamples.fullConfig,
        diagnostics: BinaryCodingSamples.diagnostics,
        periods: [Period(year: 2024), Period(year: 2024, span: .quarter(2)), Period(year: 2024, span: .month(11))],
        flags: Set(["một", "hai"]),
        numbers: [Int.min, -1, 0, 1, Int.max])

    func testEveryTruncationThrows() throws {
        let bytes = try BinaryEncoder().encode(sample)
        XCTAssertEqual(try BinaryDecoder().decode(DamageSample.self, from: bytes), sample)
        for length in 0 ..< bytes.count {
            XCTAssertThrowsError(try BinaryDecoder().decode(DamageSample.self, from: Array(bytes[..<length])),
                                 "cut at \(length) of \(bytes.count) bytes")
        }
    }

    func testFlippedBytesThrowOrDecode() throws {
        let bytes = try BinaryEncoder().encode(sample)
        var thrown = 0
        var decoded = 0
        for index in bytes.indices {
            for change in [{ $0 ^ 0x01 }, { $0 ^ 0x80 }, { ~$0 }, { _ in 0 }] as [(UInt8) -> UInt8] {
                var damaged = bytes
                damaged[index] = change(damaged[index])
                guard damaged[index] != bytes[index] else { continue }
                if (try? BinaryDecoder().decode(DamageSample.self, from: damaged)) == nil { thrown += 1 } else { decoded += 1 }
            }
        }
        XCTAssertGreaterThan(thrown, decoded, "most damage is caught; the rest decodes to some value without crashing")
    }

    /// Random bytes either throw a `DecodingError` (the cache entry is refused) or decode to a
    /// value that codes again to itself, never to something half read.
    func testRandomBytesThrowOrDecode() {
        var generator = SplitMix64(seed: 0x5EED)
        var outcomes = Outcomes()
        for _ in 0 ..< 3_000 {
            let length = Int(generator.next() % 96)
            var bytes: [UInt8] = [1]
            for _ in 0 ..< length { bytes.append(UInt8(truncatingIfNeeded: generator.next())) }
            outcomes.check(DamageSample.self, bytes)
            outcomes.check([Minutes].self, bytes)
            outcomes.check([String: [Int: Double?]].self, bytes)
            outcomes.check(Period.self, bytes)
            outcomes.check(Set<String>.self, bytes)
        }
        XCTAssertEqual(outcomes.failures, [], "random bytes must throw a DecodingError or decode to a value that codes again")
        XCTAssertGreaterThan(outcomes.thrown, 0)
        XCTAssertGreaterThan(outcomes.decoded, 0, "some random bytes decode, so the round trip is checked")
    }

    func testMalformedFormsThrow() throws {
        let decoder = BinaryDecoder()
        XCTAssertThrowsError(try decoder.decode(Int.self, from: []), "no version byte")
        XCTAssertThrowsError(try decoder.decode(Int.self, from: [2, 0]), "another format version")
        XCTAssertThrowsError(try decoder.decode(Int.self, from: [0, 0]), "another format version")
        XCTAssertThrowsError(try decoder.decode(Int.self, from: [1, 0, 0]), "a byte after the value")
        XCTAssertThrowsError(try decoder.decode(Bool.self, from: [1, 2]), "a Bool neither 0 nor 1")
        XCTAssertThrowsError(try decoder.decode(Int?.self, from: [1, 2, 0]), "a presence byte neither 0 nor 1")
        XCTAssertThrowsError(try decoder.decode(UInt64.self, from: [1] + Array(repeating: 0xFF, count: 10) + [0]),
                             "a varint longer than 10 bytes")
        XCTAssertThrowsError(try decoder.decode(UInt64.self, from: [1] + Array(repeating: 0xFF, count: 9) + [0x02]),
                             "a varint past 64 bits")
        XCTAssertThrowsError(try decoder.decode(Int8.self, from: [1]))
        XCTAssertThrowsError(try decoder.decode(Int16.self, from: [1, 0x80, 0x80, 0x04]), "too large for Int16")
        XCTAssertThrowsError(try decoder.decode(UInt8.self, from: [1]))
        XCTAssertThrowsError(try decoder.decode([Int].self, from: [1] + Array(repeating: 0xFF, count: 9) + [0x01]),
                             "a count far beyond the bytes left")
        XCTAssertThrowsError(try decoder.decode(String.self, from: [1, 5, 0x61]), "a string longer than the bytes left")
        XCTAssertThrowsError(try decoder.decode([String: Int].self, from: [1, 2, 1, 0x61, 0, 1, 0x61, 2]), "a repeated key")
        XCTAssertThrowsError(try decoder.decode(YearMonth.self, from: [1, 1, 4]), "a field with an unknown key number")
        XCTAssertThrowsError(try decoder.decode(Double.self, from: [1, 0, 0, 0, 0, 0, 0, 0]), "a Double of 7 bytes")
        XCTAssertThrowsError(try decoder.decode(String.self, from: [1, 2, 0xC3, 0x28]), "invalid UTF-8")
        XCTAssertThrowsError(try decoder.decode(String.self, from: [1, 4, 0xF0, 0x9F, 0x98, 0x41]),
                             "a cut 4-byte sequence, which repairs to as many bytes")
    }

    /// The build decodes cache entries on every core at once.
    func testDecodersRunConcurrently() throws {
        let files = try (0 ..< 64).map { index -> [UInt8] in
            var minutes = BinaryCodingSamples.fullMinutes
            minutes.slug = "biên-bản-\(index)"
            return try BinaryEncoder().encode(minutes)
        }
        let slugs = LockedSlugs(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            slugs.set(index, (try? BinaryDecoder().decode(Minutes.self, from: files[index]))?.slug ?? "?")
        }
        XCTAssertEqual(slugs.all, (0 ..< 64).map { "biên-bản-\($0)" })
    }

    func testDecodingAsAnotherTypeThrowsOrDecodes() throws {
        let bytes = try BinaryEncoder().encode(sample)
        XCTAssertThrowsError(try BinaryDecoder().decode(Minutes.self, from: bytes))
        XCTAssertThrowsError(try BinaryDecoder().decode([String].self, from: bytes))
        XCTAssertThrowsError(try BinaryDecoder().decode(Branch.self, from: try BinaryEncoder().encode(BinaryCodingSamples.fullStory)))
    }
}

/// One of each model value, and a few collections, in one coding.
private struct DamageSample: Codable, Equatable {
    var minutes: [Minutes]
    var branch: Branch
    var story: Story
    var evaluation: Evaluation
    var editorial: BulletinEditorial
    var rubric: Rubric
    var config: SiteConfig
    var diagnostics: [Diagnostic]
    var periods: [Period]
    var flags: Set<String>
    var numbers: [Int]
}

/// What decoding random bytes gave: how many threw, how many decoded, and each wrong outcome.
private struct Outcomes {
    var thrown = 0
    var decoded = 0
    var failures: [String] = []

    /// Decodes `bytes` as `type`: a `DecodingError` is a refusal; a value must encode to bytes
    /// that decode to a value encoding to the same bytes (compared as bytes: a NaN is not equal
    /// to itself).
    mutating func check<T: Codable>(_ type: T.Type, _ bytes: [UInt8]) {
        let value: T
        do {
            value = try BinaryDecoder().decode(type, from: bytes)
        } catch is DecodingError {
            thrown += 1
            return
        } catch {
            failures.append("\(type) from \(bytes): threw \(Swift.type(of: error)), not a DecodingError: \(error)")
            return
        }
        decoded += 1
        do {
            let again = try BinaryEncoder().encode(value)
            let third = try BinaryEncoder().encode(try BinaryDecoder().decode(type, from: again))
            if third != again { failures.append("\(type) from \(bytes): \(value) does not code to itself") }
        } catch {
            failures.append("\(type) from \(bytes): \(value) decoded but does not code again: \(error)")
        }
    }
}

/// Slugs written from several threads.
private final class LockedSlugs: @unchecked Sendable {
    private let lock = NSLock()
    private var slugs: [String]

    init(count: Int) {
        slugs = Array(repeating: "", count: count)
    }

    func set(_ index: Int, _ slug: String) {
        lock.withLock { slugs[index] = slug }
    }

    var all: [String] { lock.withLock { slugs } }
}
