import BonTotFuzzing
import Foundation

/// The libFuzzer entry point (`make fuzz`): built only with `BONTOT_FUZZ=1` and
/// `-sanitize=fuzzer`, never by `swift build` or `swift test`. `BONTOT_FUZZ_MODE` chooses what
/// the inputs stand for: `front-matter`, `yaml` or `csv` (see `FuzzInput.Mode`).
let mode = ProcessInfo.processInfo.environment["BONTOT_FUZZ_MODE"].flatMap(FuzzInput.Mode.init(rawValue:)) ?? .yaml

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzInput.run(Data(bytes: bytes, count: count), mode: mode)
    return 0
}
