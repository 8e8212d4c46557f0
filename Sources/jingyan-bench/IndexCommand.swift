import ArgumentParser
import Foundation
import JingyanPipeline
import JingyanSite

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build only the search index of a content folder, timed, and optionally write it.",
        discussion: """
            Loads content/ (not timed), then builds the index in-process --runs times and prints \
            the fastest, with its files and bytes. --out writes search/ into a folder: put a built \
            site's search.html and assets/ beside it to time queries with scripts/bench-browser.py \
            on a corpus too large to build whole.
            """
    )

    @Option(help: "The content folder.")
    var content = "content"

    @Option(help: "The seed pages the content cites.")
    var seeds = "seeds"

    @Option(help: "Folder to write search/ into.")
    var out: String?

    @Option(help: "How many times to build the index; the fastest counts.")
    var runs = 3

    func run() throws {
        let timing = try IndexTiming(content: content, seeds: seeds, runs: runs)
        print(
            String(
                format: "index: %d files, %d bytes, built in %.3f s (fastest of %d)",
                timing.files.count, timing.files.values.reduce(0) { $0 + $1.count }, timing.seconds, runs))
        if let out {
            let folder = URL(fileURLWithPath: out, isDirectory: true)
            for (path, data) in timing.files {
                let file = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: file)
            }
        }
    }
}

/// The search index built in-process from loaded content: `jingyan build` does it among the pages,
/// where its own time cannot be told apart from outside.
struct IndexTiming {
    var seconds: Double
    var files: [String: Data]

    init(content: String, seeds: String, runs: Int) throws {
        let builder = try BuildStep(content: content, seeds: seeds, theme: nil, baseURL: nil).builder()
        var best = Double.infinity
        var files: [String: Data] = [:]
        for _ in 0..<max(runs, 1) {
            let start = ContinuousClock.now
            files = try builder.searchIndexFiles()
            let elapsed = start.duration(to: .now)
            best = min(best, elapsed.seconds)
        }
        self.seconds = best
        self.files = files
    }
}
