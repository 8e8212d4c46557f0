import Foundation
import JingyanFuzzing
import Testing

/// A short run of the fuzz properties on every test run (the long run is `jingyan-fuzz`).
@Test func fuzzPropertiesHoldOnGeneratedInputs() throws {
    let seedsFolder = TestData.repositoryRoot.appendingPathComponent("seeds")
    let seedPage = try FileManager.default.contentsOfDirectory(atPath: seedsFolder.path).sorted()
        .map { try String(contentsOf: seedsFolder.appendingPathComponent($0), encoding: .utf8) }.joined(separator: "\n")
    let properties = try FuzzProperties()
    var inputs = FuzzInputs(seed: 7, seedPage: seedPage)
    for _ in 0..<1500 { try properties.check(inputs.nextInput()) }
}
