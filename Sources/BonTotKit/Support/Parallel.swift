import Dispatch

/// Work spread over every core, with results kept in input order.
enum Parallel {
    /// `transform` applied to `0..<count` on all cores at once; the results in index order.
    /// `transform` must touch nothing shared but what is safe to read from several threads.
    static func map<T>(_ count: Int, _ transform: (Int) -> T) -> [T] {
        compactMap(count, transform)
    }

    /// `transform` applied to `0..<count` on all cores at once; the results that are not nil, in
    /// index order. Each result is moved out of its slot, not copied and destroyed.
    static func compactMap<T>(_ count: Int, _ transform: (Int) -> T?) -> [T] {
        guard count > 1 else { return (0..<count).compactMap(transform) }
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer { slots.deallocate() }
        withoutActuallyEscaping(transform) { transform in
            let work = UncheckedSendable((transform, slots))
            DispatchQueue.concurrentPerform(iterations: count) { index in
                work.value.1[index] = work.value.0(index)
            }
        }
        var results: [T] = []
        results.reserveCapacity(count)
        for index in 0..<count {
            if let result = (slots.baseAddress! + index).move() { results.append(result) }
        }
        return results
    }

    /// `body` applied to `0..<count` on all cores at once, for work that may fail (a file that
    /// cannot be written): the first error stops the workers that have not started, and is
    /// thrown, once, when they are done.
    static func forEach(_ count: Int, _ body: (Int) throws -> Void) throws {
        let failure = FirstFailure()
        withoutActuallyEscaping(body) { body in
            let work = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                guard failure.error == nil else { return }
                do {
                    try work.value(index)
                } catch {
                    failure.keep(error)
                }
            }
        }
        if let error = failure.error { throw error }
    }

    /// `first` and `second` run at once, each on a core of its own when there are two.
    static func both<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        var results = map(2) { index -> (A?, B?) in index == 0 ? (first(), nil) : (nil, second()) }
        return (results[0].0.take()!, results[1].1.take()!)
    }

    /// `transform` applied to every element of `items` on all cores at once, a run of elements
    /// per task so that short transforms are not outweighed by handing them out; the results in
    /// order.
    static func map<Element, T>(_ items: [Element], _ transform: (Element) -> T) -> [T] {
        let count = items.count
        guard count > 1 else { return items.map(transform) }
        let run = max(512, count / 32)
        let runs = (count + run - 1) / run
        // Each task fills its run of slots; the results are then moved into the array.
        let slots = UnsafeMutablePointer<T>.allocate(capacity: count)
        defer { slots.deallocate() }
        withoutActuallyEscaping(transform) { transform in
            let work = UncheckedSendable((transform, slots, items))
            DispatchQueue.concurrentPerform(iterations: runs) { index in
                for item in index * run ..< min(count, (index + 1) * run) {
                    (work.value.1 + item).initialize(to: work.value.0(work.value.2[item]))
                }
            }
        }
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.baseAddress!.moveInitialize(from: slots, count: count)
            initialized = count
        }
    }
}

/// Work started on another thread at once, whose result is waited for when it is read: work
/// that needs no other core, run beside the caller's own so that it fills the time the caller
/// leaves a core idle.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once by the work, read only after `group` says it is done.
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: group) { self.result = work() }
    }

    /// The work's result, once it is done.
    var value: Value {
        group.wait()
        return result!
    }
}

/// A value handed to other threads by code that guarantees they use it safely (each thread its
/// own slot of a buffer, or read-only state).
struct UncheckedSendable<Value>: @unchecked Sendable {
    var value: Value

    init(_ value: Value) {
        self.value = value
    }
}
