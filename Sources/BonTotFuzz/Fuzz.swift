import BonTotFuzzing
import Foundation

/// The libFuzzer entry point (`make fuzz`): built only with `BONTOT_FUZZ=1` and
/// `-sanitize=fuzzer`, never by `swift build` or `swift test`. `BONTOT_FUZZ_MODE` chooses what
/// the inputs stand for: `front-matter`, `yaml`, `csv`, `ods`, `xlsx`, `docx`, `odt`,
/// `office-file` or `body` (see `FuzzInput.Mode`).
let mode = ProcessInfo.processInfo.environment["BONTOT_FUZZ_MODE"].flatMap(FuzzInput.Mode.init(rawValue:)) ?? .yaml

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    FuzzInput.run(Data(bytes: bytes, count: count), mode: mode)
    return 0
}

/// libFuzzer's driver, which parses its flags and runs the inputs.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The program's entry: SwiftPM names an executable's `main` after its module; it hands over
/// to libFuzzer's driver.
@_cdecl("BonTotFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzOneInput)
}
