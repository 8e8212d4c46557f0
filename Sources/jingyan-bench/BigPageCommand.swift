import ArgumentParser
import Foundation

/// One seed file holding a whole volume: `jingyan extract` on pages of growing size, to show
/// that time and memory grow with the page and no faster.
struct BigPageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bigpage",
        abstract: "Time and peak memory of `jingyan extract` on single pages of several sizes (made from a corpus)."
    )

    @Option(help: "Folder of raw pages, e.g. one written by `jingyan-bench corpus`; joined into each big page.")
    var seeds: String

    @Option(parsing: .upToNextOption, help: "Page sizes in MB.")
    var sizes: [Int] = [10, 40]

    @Option(help: "Runs of each; the median time and the highest peak count.")
    var runs = 3

    @Option(help: "The jingyan binary (default: the release build).")
    var jingyan: String?

    func validate() throws {
        guard runs > 0, !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }) else {
            throw ValidationError("--runs and every --sizes must be at least 1")
        }
    }

    func run() throws {
        let binary = try jingyan ?? Tools.releaseBinary()
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("jingyan-bigpage-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let corpus = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted()
            .map { try Data(contentsOf: URL(fileURLWithPath: seeds).appendingPathComponent($0)) }
        guard !corpus.isEmpty else { throw ValidationError("\(seeds) holds no .txt page") }
        print("size MB | mode    | median s | CPU s  | peak RSS MB | RSS / page")
        for size in sizes {
            let folder = work.appendingPathComponent("\(size)")
            let bytes = try Self.writePage(of: size * 1_000_000, from: corpus, into: folder)
            for json in [false, true] {
                let measurements = try (0..<runs).map { run in
                    let content = work.appendingPathComponent("content-\(size)-\(run)")
                    let arguments =
                        ["extract", "--seeds", folder.path] + (json ? ["--json"] : ["--content", content.path])
                    defer { try? FileManager.default.removeItem(at: content) }
                    return try ChildProcess(executable: binary, arguments: arguments).run()
                }
                let median = measurements.map(\.seconds).sorted()[(runs - 1) / 2]
                let cpu = measurements.compactMap(\.cpuSeconds).sorted()[(runs - 1) / 2]
                let peak = Double(measurements.map(\.peakRSSBytes).max()!)
                print(
                    String(
                        format: "%7.1f | %@ | %8.2f | %6.2f | %11.0f | %9.1f×", Double(bytes) / 1e6,
                        json ? "--json " : "content", median, cpu, peak / 1e6, peak / Double(bytes)))
            }
        }
    }

    /// One page of at least `bytes` bytes: the corpus pages one after another, repeated.
    static func writePage(of bytes: Int, from corpus: [Data], into folder: URL) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var page = Data()
        page.reserveCapacity(bytes + (corpus.map(\.count).max() ?? 0) + 1)
        var index = 0
        while page.count < bytes {
            page += corpus[index % corpus.count]
            page.append(0x0A)
            index += 1
        }
        try page.write(to: folder.appendingPathComponent("page.txt"))
        return page.count
    }
}
