import ArgumentParser
import Foundation
import JingyanExtract
import JingyanLayout

/// Extraction alone, in this process, on one core: pages already in memory, extractor built,
/// nothing written. What the extractor itself does per core, apart from start-up, reading
/// seeds/ and writing content/ (which the command-level figure includes).
struct ExtractThroughput: Codable, Equatable {
    var rawBytes: Int
    /// The fastest of `runs` passes over all pages: the machine is shared, and other work only
    /// ever slows a pass down.
    var seconds: Double
    var runs: Int

    var megabytesPerSecond: Double { Double(rawBytes) / 1_000_000 / seconds }

    static func measure(seeds: URL, runs: Int) throws -> ExtractThroughput {
        let pages = try SeedReader.pages(in: seeds, displayPrefix: "seeds")
        let extractor = try Extractor.standard()
        let clock = ContinuousClock()
        var fastest = Duration.seconds(Int.max)
        for _ in 0..<runs {
            let elapsed = try clock.measure {
                for page in pages { _ = try extractor.extract(page: page.text, file: page.file) }
            }
            fastest = min(fastest, elapsed)
        }
        let seconds = Double(fastest.components.seconds) + Double(fastest.components.attoseconds) / 1e18
        return ExtractThroughput(rawBytes: pages.reduce(0) { $0 + $1.text.utf8.count }, seconds: seconds, runs: runs)
    }
}

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Measure extraction alone on one core, in-process: MB/s of raw page text (no file writing)."
    )

    @Option(help: "Folder of raw pages, e.g. one written by `jingyan-bench corpus`.")
    var seeds: String

    @Option(help: "Passes over all pages; the fastest counts.")
    var runs = 3

    func validate() throws {
        guard runs > 0 else { throw ValidationError("--runs must be at least 1") }
    }

    func run() throws {
        let result = try ExtractThroughput.measure(seeds: URL(fileURLWithPath: seeds, isDirectory: true), runs: runs)
        print(String(format: "extract, one core, in-process: %.2f MB/s (%d bytes in %.3f s, fastest of %d)",
                     result.megabytesPerSecond, result.rawBytes, result.seconds, result.runs))
    }
}
