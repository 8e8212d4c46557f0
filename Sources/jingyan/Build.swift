import ArgumentParser
import Foundation
import JingyanPipeline
import JingyanSite

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

    @Option(help: ArgumentHelp(
        "Absolute address the site is published at, e.g. https://intranet.example/kb/.",
        discussion: "Adds canonical links, sitemap.xml and feed.xml (newest practices) and makes 404.html work at any depth. Without it every link is relative and there is no sitemap or feed."))
    var baseURL: String?

    @Flag(help: "Show progress on standard error even when it is not a terminal.")
    var verbose = false

    func run() throws {
        let builder = try BuildStep(content: folders.content, seeds: folders.seeds, theme: folders.theme, baseURL: baseURL.map(BaseURL.init)).builder()
        let output = URL(fileURLWithPath: out, isDirectory: true)
        var progress = ProgressLine(label: "build", verbose: verbose)
        let practiceCount = builder.practiceCount
        let files = try builder.build(into: output) { rendered, total in
            progress.update("\(rendered)/\(total) pages · \(practiceCount) entries")
        }
        progress.finish()
        print("built \(output.path): \(builder.input.articles.count) articles, \(practiceCount) practices; \(files.total) files, \(files.written) written, the rest unchanged")
    }
}
