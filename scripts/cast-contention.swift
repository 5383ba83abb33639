// What a dynamic cast to a protocol costs, on one core and on two at once: swift-mustache looks
// up every `{{key}}` through such casts (`as? MustacheParent`, `as? MustacheCustomRepresentation`,
// `as? MustacheCustomRenderable`, about four per key), and the Swift runtime answers each from
// one process-wide cache whose readers all count themselves in and out of one shared counter.
// BENCHMARKS.md ("session 20") quotes this program's output.
//
//   swiftc -O scripts/cast-contention.swift -o /tmp/cast-contention && /tmp/cast-contention
import Dispatch
import Foundation

protocol Parent { func child(named name: String) -> Any? }
protocol Representation { var representation: Any { get } }
struct Object: Parent {
    var value = 1
    func child(named name: String) -> Any? { value }
}

/// Casts every value twice, to `Has` and to `Lacks`: for two protocols, what swift-mustache does
/// for each object of its context stack; for two concrete types, casts that compare the
/// type's metadata only.
@inline(never) func casts<Has, Lacks>(_ values: [Any], rounds: Int, _: Has.Type, _: Lacks.Type) -> Int {
    var found = 0
    for _ in 0..<rounds {
        for value in values {
            if value is Lacks { found += 100 }
            if value is Has { found += 1 }
        }
    }
    return found
}

func seconds(_ work: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let values: [Any] = (0..<50_000).map { _ in Object() }
let rounds = 40
let casts = Double(values.count * rounds * 2)
let loops: [(String, () -> Int)] = [("protocol", { casts(values, rounds: rounds, (any Parent).self, (any Representation).self) }),
                                    ("concrete", { casts(values, rounds: rounds, Object.self, Int.self) })]
for (name, loop) in loops {
    var alone: [Double] = [], together: [Double] = []
    for _ in 0..<5 {
        alone.append(seconds { _ = loop() })
        together.append(seconds { DispatchQueue.concurrentPerform(iterations: 2) { _ in _ = loop() } })
    }
    let one = alone.sorted()[2], two = together.sorted()[2]
    print(String(format: "%@ casts: %.1f ns each on one core; two cores casting at once do twice the work in %.2f × the time (%.1f ns of wall time per cast)",
                 name, one / casts * 1e9, two / one, two / (2 * casts) * 1e9))
}
