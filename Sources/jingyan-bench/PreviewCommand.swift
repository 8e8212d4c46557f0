import ArgumentParser
import Foundation
import JingyanPipeline
import JingyanServe
import JingyanSite
import JingyanSupport

struct PreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Time what `jingyan serve` does after an edit: the rebuild of its preview folder.",
        discussion: """
            Builds a content folder into a preview folder once, as `jingyan serve` does on start \
            (timed too), then --edits times appends a sentence to one practice file and times the \
            rebuild that follows (content read where it changed, pages the edit reaches rendered \
            and replaced). Prints every time; the content folder is changed.
            """
    )

    @Option(help: "The content folder (edited by this command).")
    var content = "content"

    @Option(help: "The seed pages the content cites.")
    var seeds = "seeds"

    @Option(help: "How many edits to time.")
    var edits = 5

    func run() async throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jingyan-bench-preview-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        let timing = try await PreviewTiming.measure(content: content, seeds: seeds, site: site, edits: edits)
        print(
            String(
                format: "preview: first build %.3f s; rebuild after one edit: median %.3f s, slowest %.3f s (%d edits)",
                timing.firstBuildSeconds, timing.medianRebuildSeconds, timing.rebuildSeconds.max() ?? 0, edits))
    }
}

/// `jingyan serve`'s rebuilds, in-process: the preview build it runs when it notices an edit
/// (the watcher's polling interval not included).
struct PreviewTiming: Codable, Equatable {
    var firstBuildSeconds: Double
    /// After each edit, in order.
    var rebuildSeconds: [Double]

    var medianRebuildSeconds: Double { rebuildSeconds.sorted()[rebuildSeconds.count / 2] }

    /// Builds `content` into `site` (left there for the caller to remove) and times the rebuilds.
    static func measure(content: String, seeds: String, site: URL, edits: Int) async throws -> PreviewTiming {
        let step = BuildStep(content: content, seeds: seeds, theme: nil, baseURL: try BaseURL("http://127.0.0.1:8080/"))
        var preview = PreviewBuild(step: step, folder: site, status: PreviewStatus())
        let clock = ContinuousClock()
        var outcome: PreviewBuild.Outcome = .failed("not built")
        let first = await clock.measure { outcome = await preview.rebuild() }
        guard case .built = outcome else { throw ValidationError("the preview build failed: \(outcome)") }
        var rebuilds: [Double] = []
        for _ in 0..<max(edits, 1) {
            _ = try EntryEdit.changeOnePractice(in: URL(fileURLWithPath: content, isDirectory: true))
            let elapsed = await clock.measure { outcome = await preview.rebuild() }
            guard case .built(_, _, true) = outcome else {
                throw ValidationError("the rebuild after an edit changed nothing: \(outcome)")
            }
            rebuilds.append(elapsed.seconds)
        }
        return PreviewTiming(firstBuildSeconds: first.seconds, rebuildSeconds: rebuilds)
    }
}
