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
    /// The least CPU time of the thread in a pass: what one core costs even while other
    /// processes take turns on it.
    var cpuSeconds: Double
    var runs: Int

    var megabytesPerSecond: Double { Double(rawBytes) / 1_000_000 / seconds }
    var megabytesPerCPUSecond: Double { Double(rawBytes) / 1_000_000 / cpuSeconds }

    static func measure(seeds: URL, runs: Int) throws -> ExtractThroughput {
        let pages = try SeedReader.pages(in: seeds, displayPrefix: "seeds")
        let extractor = try Extractor.standard()
        var seconds = Double.infinity
        var cpuSeconds = Double.infinity
        for _ in 0..<runs {
            let (wallStart, cpuStart) = (now(CLOCK_MONOTONIC), now(CLOCK_THREAD_CPUTIME_ID))
            for page in pages { _ = try extractor.extract(page: page.text, file: page.file) }
            seconds = min(seconds, now(CLOCK_MONOTONIC) - wallStart)
            cpuSeconds = min(cpuSeconds, now(CLOCK_THREAD_CPUTIME_ID) - cpuStart)
        }
        return ExtractThroughput(
            rawBytes: pages.reduce(0) { $0 + $1.text.utf8.count }, seconds: seconds, cpuSeconds: cpuSeconds, runs: runs)
    }

    static func now(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
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
        print(
            String(
                format:
                    """
                    extract, one core, in-process: %.2f MB/s (%d bytes \
                    in %.3f s, fastest of %d); %.2f MB per CPU second
                    """,
                result.megabytesPerSecond, result.rawBytes, result.seconds, result.runs, result.megabytesPerCPUSecond))
    }
}
