import Foundation
import JingyanContent
import JingyanExtract
import JingyanSite

/// content/ (+ seeds/ for the original text, + a theme folder) → a `SiteBuilder`: what
/// `jingyan build` and `jingyan serve` both build from.
public struct BuildStep: Sendable {
    public var content: URL
    public var seeds: URL
    /// Files that replace the bundled theme's by name.
    public var theme: URL?
    public var baseURL: BaseURL?

    /// The build of the folders given on the command line (paths as typed).
    public init(content: String, seeds: String, theme: String?, baseURL: BaseURL?) {
        self.content = URL(fileURLWithPath: content, isDirectory: true)
        self.seeds = URL(fileURLWithPath: seeds, isDirectory: true)
        self.theme = theme.map { URL(fileURLWithPath: $0, isDirectory: true) }
        self.baseURL = baseURL
    }

    /// Loads and checks the content and the theme; throws `ContentErrors` naming file and line.
    /// With a `cache`, only the content files and seed pages changed since the last build with it
    /// are read.
    public func builder(cache: BuildCache? = nil) throws -> SiteBuilder {
        let taxonomy = try TaxonomyFile.load(contentDirectory: content)
        var loaded = try ContentLoader.load(
            from: content, knownCategories: Set(taxonomy.categories.map(\.name)), cache: cache?.content)
        var input = SiteInput(
            articles: loaded.articles, captions: loaded.captions,
            seedPages: try SiteInput.seedPages(citedBy: loaded.articles, in: seeds, cache: cache?.seedPages),
            naming: MechanismNaming(aliases: taxonomy.aliases, romanizer: try Slug.bundled().pinyin))
        // A build for `jingyan serve` keeps every text for its updates; any other reads them back,
        // and the input is the articles' only holder, so that each text is freed as it is spilled.
        loaded.articles = []
        if cache == nil { try input.spillTexts() }
        var siteTheme = try Theme.bundled()
        if let theme { siteTheme = siteTheme.overridden(by: try Theme(folder: theme)) }
        return SiteBuilder(input: input, theme: siteTheme, baseURL: baseURL)
    }
}

/// What `jingyan serve` keeps from one build to the next, so that a rebuild reads only the files
/// that changed: content files as parsed, and seed pages as read.
public final class BuildCache: Sendable {
    let content = ContentCache()
    let seedPages = SeedPageCache()

    public init() {}
}

extension SiteBuilder {
    public var practiceCount: Int { input.articles.reduce(0) { $0 + $1.practices.count } }
}
