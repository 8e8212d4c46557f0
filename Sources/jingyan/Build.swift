import ArgumentParser
import Foundation
import JingyanContent
import JingyanExtract
import JingyanSite

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build site/ from content/: pages, search index and downloads.",
        discussion: """
            The site works from any URL prefix and straight from disk (file://). The output folder \
            is replaced only when the whole build succeeded.
            """)

    @Option(help: "Folder of content entries (Markdown with YAML front matter).")
    var content = "content"

    @Option(help: "Folder of seed pages, for each article's original text.")
    var seeds = "seeds"

    @Option(help: "Where the site goes; replaced as a whole.")
    var out = "site"

    @Option(help: "Folder of templates (*.mustache) and assets that replace the bundled ones by file name.")
    var theme: String?

    func run() throws {
        let contentURL = URL(fileURLWithPath: content, isDirectory: true)
        let taxonomy = try TaxonomyFile.load(contentDirectory: contentURL)
        let loaded = try ContentLoader.load(from: contentURL, knownCategories: Set(taxonomy.categories.map(\.name)))
        let input = SiteInput(
            articles: loaded.articles, captions: loaded.captions,
            seedPages: try SiteInput.seedPages(citedBy: loaded.articles, in: URL(fileURLWithPath: seeds, isDirectory: true)))
        var siteTheme = try Theme.bundled()
        if let theme { siteTheme = siteTheme.overridden(by: try Theme(folder: URL(fileURLWithPath: theme, isDirectory: true))) }
        let output = URL(fileURLWithPath: out, isDirectory: true)
        try SiteBuilder(input: input, theme: siteTheme).build(into: output)
        let practiceCount = input.articles.reduce(0) { $0 + $1.practices.count }
        print("built \(output.path): \(input.articles.count) articles, \(practiceCount) practices")
    }
}
