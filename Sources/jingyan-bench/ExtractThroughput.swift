import ArgumentParser
import Foundation
import JingyanExtract
import JingyanLayout

/// Extraction alone, in this process, on one core: pages already in memory, extractor built,
/// nothing written. What the extractor itself does per core, apart from start-up, reading
/// seeds/ and writing content/ (which the command-level figure includes).
///
/// The pages measured are the first ones in name order up to `sampleBytes`, not the whole
/// corpus: they are held in memory for the passes, and at a million practices the corpus is
/// a gigabyte. Below that the sample is the whole corpus.
struct ExtractThroughput: Codable, Equatable {
    /// Raw bytes of the pages measured.
    var rawBytes: Int
    /// The fastest of `runs` passes over the pages: the machine is shared, and other work only
    /// ever slows a pass down.
    var seconds: Double
    /// The least CPU time of the thread in a pass: what one core costs even while other
    /// processes take turns on it.
    var cpuSeconds: Double
    var runs: Int
    /// Pages measured and pages in the folder (absent in results from before sampling).
    var pages: Int?
    var corpusPages: Int?

    static let sampleBytes = 32_000_000

    var megabytesPerSecond: Double { Double(rawBytes) / 1_000_000 / seconds }
    var megabytesPerCPUSecond: Double { Double(rawBytes) / 1_000_000 / cpuSeconds }

    static func measure(seeds: URL, runs: Int, sampleBytes: Int = sampleBytes) throws -> ExtractThroughput {
        let sample = try PageSample(seeds: seeds, upTo: sampleBytes)
        let extractor = try Extractor.standard()
        var seconds = Double.infinity
        var cpuSeconds = Double.infinity
        for _ in 0..<runs {
            let (wallStart, cpuStart) = (now(CLOCK_MONOTONIC), now(CLOCK_THREAD_CPUTIME_ID))
            for page in sample.pages { _ = try extractor.extract(page: page.text, file: page.file) }
            seconds = min(seconds, now(CLOCK_MONOTONIC) - wallStart)
            cpuSeconds = min(cpuSeconds, now(CLOCK_THREAD_CPUTIME_ID) - cpuStart)
        }
        return ExtractThroughput(
            rawBytes: sample.bytes, seconds: seconds, cpuSeconds: cpuSeconds, runs: runs, pages: sample.pages.count,
            corpusPages: sample.corpusPages)
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

    @Option(help: "Measure the first pages in name order up to this many MB of raw text.")
    var sampleMegabytes = ExtractThroughput.sampleBytes / 1_000_000

    func validate() throws {
        guard runs > 0 else { throw ValidationError("--runs must be at least 1") }
        guard sampleMegabytes > 0 else { throw ValidationError("--sample-megabytes must be at least 1") }
    }

    func run() throws {
        let result = try ExtractThroughput.measure(
            seeds: URL(fileURLWithPath: seeds, isDirectory: true), runs: runs, sampleBytes: sampleMegabytes * 1_000_000)
        print(
            String(
                format:
                    """
                    extract, one core, in-process: %.2f MB/s (%d bytes of %d of %d pages \
                    in %.3f s, fastest of %d); %.2f MB per CPU second
                    """,
                result.megabytesPerSecond, result.rawBytes, result.pages ?? 0, result.corpusPages ?? 0, result.seconds,
                result.runs, result.megabytesPerCPUSecond))
    }
}

/// The first raw pages of a seeds folder in name order, read until `upTo` bytes are reached
/// (the page that crosses it included), decoded as `jingyan extract` decodes them.
struct PageSample {
    struct Page {
        var file: String
        var text: String
    }

    var pages: [Page] = []
    var bytes = 0
    var corpusPages = 0

    init(seeds: URL, upTo limit: Int) throws {
        let names = try SeedReader.pageNames(in: seeds, displayPrefix: "seeds")
        corpusPages = names.count
        for name in names where bytes < limit {
            let data = try Data(contentsOf: seeds.appendingPathComponent(name))
            pages.append(Page(file: "seeds/\(name)", text: try SeedReader.decode(data, file: "seeds/\(name)")))
            bytes += data.count
        }
        guard !pages.isEmpty else { throw ValidationError("no .txt pages in \(seeds.path) to extract") }
    }
}
