import ArgumentParser
import Foundation
import JingyanPipeline
import JingyanSite
import JingyanSupport

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build site/ from content/: pages, search index and downloads.",
        discussion: """
            The site works from any URL prefix and straight from disk (file://). The output folder \
            is replaced only when the whole build succeeded.
            """)

    @OptionGroup var folders: SiteFolders

    @Option(help: "Where the site goes; replaced as a whole.")
    var out = "site"

    @Option(
        help: ArgumentHelp(
            "Absolute address the site is published at, e.g. https://intranet.example/kb/.",
            discussion:
                """
                Adds canonical links, sitemap.xml and feed.xml (newest practices) and makes 404.html \
                work at any depth. Without it every link is relative and there is no sitemap or feed.
                """
        ))
    var baseURL: String?

    @Flag(help: "Show progress on standard error even when it is not a terminal.")
    var verbose = false

    @Flag(help: "Replace --out even when it holds files that are not a site jingyan built.")
    var force = false

    @Flag(
        help: ArgumentHelp(
            "After building, keep watching content, seeds and theme, and update the site after each edit until Ctrl-C.",
            discussion:
                """
                Only the files an edit reaches are replaced, each whole, in place; a change of \
                structure (entries added or removed, a new mechanism, another theme) builds the \
                whole site again and swaps it in. A build that fails leaves the site as it was.
                """
        ))
    var watch = false

    func run() throws {
        let kept = [folders.content, folders.seeds] + [folders.theme].compactMap { $0 }
        do {
            try OutputFolder(out).check(keeping: kept.map { URL(fileURLWithPath: $0, isDirectory: true) }, force: force)
        } catch let refusal as OutputFolder.Refusal {
            FileHandle.standardError.write(Data("error: \(refusal)\n".utf8))
            throw ExitCode.failure
        }
        if watch { return try watchAndUpdate() }
        let builder = try BuildStep(
            content: folders.content, seeds: folders.seeds, theme: folders.theme, baseURL: baseURL.map(BaseURL.init)
        ).builder()
        let output = URL(fileURLWithPath: out, isDirectory: true)
        var progress = ProgressLine(label: "build", verbose: verbose)
        let practiceCount = builder.practiceCount
        let files = try builder.build(into: output) { rendered, total in
            progress.update("\(rendered)/\(total) pages · \(practiceCount) entries")
        }
        progress.finish()
        print(
            """
            built \(output.path): \(builder.input.articles.count) articles, \(practiceCount) \
            practices; \(files.total) files, \(files.written) written, the rest unchanged
            """
        )
    }

    /// The first build, then an update after each change to the inputs, polled as `serve` does.
    func watchAndUpdate() throws {
        // Unbuffered: a log of a run that lasts until Ctrl-C shows each build as it ends.
        func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
        let step = BuildStep(
            content: folders.content, seeds: folders.seeds, theme: folders.theme, baseURL: try baseURL.map(BaseURL.init)
        )
        var site = LiveSite(folder: URL(fileURLWithPath: out, isDirectory: true))
        var watched: [WatchedFolders.Role: URL] = [
            .seeds: step.seeds, .content: step.content,
        ]
        watched[.theme] = step.theme
        var watch = FolderWatch(WatchedFolders(folders: watched))
        func update() {
            let start = ContinuousClock.now
            do {
                let builder = try step.builder(cache: site.cache)
                let files = try site.build(builder)
                say(
                    String(
                        format: "built %@ in %.2f s: %d articles, %d practices; %d files written", out,
                        (ContinuousClock.now - start).seconds, builder.input.articles.count, builder.practiceCount,
                        files.written))
            } catch {
                FileHandle.standardError.write(Data("build failed — \(out) left as it was:\n\(error)\n".utf8))
            }
        }
        update()
        say("watching \(watched.keys.sorted().map(\.rawValue).joined(separator: ", ")); Ctrl-C stops")
        while true {
            Thread.sleep(forTimeInterval: 0.5)
            if !watch.changes().isEmpty { update() }
        }
    }
}
