// Fuzzing Jingyan's input handling. Two ways to run it (see docs/robustness.md):
//
//   libFuzzer, coverage-guided:
//     swift build -c release --product jingyan-fuzz -Xswiftc -sanitize=fuzzer \
//       -Xswiftc -DFUZZING -Xswiftc -parse-as-library
//     .build/release/jingyan-fuzz -max_total_time=300 -rss_limit_mb=4096
//   property-based, fixed seed, no sanitizer needed:
//     swift run -c release jingyan-fuzz [executions] [seed]
import Foundation
import JingyanFuzzing

#if FUZZING
    nonisolated(unsafe) let properties = try! FuzzProperties()

    // Public: the C entry point libFuzzer calls.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
        do {
            try properties.check(Data(bytes: bytes, count: count))
        } catch {
            fatalError("\(error)")  // libFuzzer saves the crashing input
        }
        return 0
    }
#else
    let arguments = CommandLine.arguments.dropFirst()
    let executions = arguments.first.flatMap(Int.init) ?? 1_000_000
    let seed = arguments.dropFirst().first.flatMap(UInt64.init) ?? 20_261_125
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let seedsFolder = root.appendingPathComponent("seeds")
    let seedPage = try FileManager.default.contentsOfDirectory(atPath: seedsFolder.path).sorted()
        .map { try String(contentsOf: seedsFolder.appendingPathComponent($0), encoding: .utf8) }.joined(separator: "\n")
    let properties = try FuzzProperties()
    var inputs = FuzzInputs(seed: seed, seedPage: seedPage)
    var failures = 0
    let started = Date()
    for execution in 1...executions {
        do {
            try properties.check(inputs.nextInput())
        } catch {
            failures += 1
            print("failure \(failures) at execution \(execution): \(error)")
        }
        if execution % 100_000 == 0 {
            print("\(execution) executions, \(failures) failures, \(Int(Date().timeIntervalSince(started))) s")
        }
    }
    print(
        """
        jingyan-fuzz: \(executions) executions (seed \(seed)), \(failures) \
        failures, \(String(format: "%.1f", Date().timeIntervalSince(started))) s
        """
    )
    exit(failures == 0 ? 0 : 1)
#endif
