import CRenameExchange
import Foundation
import JingyanModel

/// Builds the static site: pages, search index, exports and theme assets.
public struct SiteBuilder: Sendable {
    public var input: SiteInput
    public var theme: Theme
    /// With one, pages get canonical links and the site gets `sitemap.xml` and `feed.xml`.
    public var baseURL: BaseURL?

    public init(input: SiteInput, theme: Theme, baseURL: BaseURL? = nil) {
        self.input = input
        self.theme = theme
        self.baseURL = baseURL
    }

    public enum Error: Swift.Error, CustomStringConvertible {
        case rendering(page: String, template: String)

        public var description: String {
            switch self {
            case .rendering(let page, let template): "cannot render \(page): the theme has no template \(template).mustache"
            }
        }
    }

    /// Every file of the site, keyed by its path relative to the site root. Nothing here depends
    /// on time or on the order of hashing, so the same input gives the same bytes.
    /// `progress` hears of each page rendered: (pages rendered, pages in all).
    public func files(progress: (_ rendered: Int, _ total: Int) -> Void = { _, _ in }) throws -> [String: Data] {
        let model = try SiteModel(articles: input.articles)
        let edition = SeedEdition(articles: input.articles, captions: input.captions)
        let library = try theme.library()
        var files: [String: Data] = [:]
        let pages = SitePages(
            model: model, captions: input.captions, seedPages: input.seedPages, edition: edition, baseURL: baseURL
        ).all()
        for (number, page) in pages.enumerated() {
            guard let html = library.render(MustacheBox.box(page.context) ?? [:], withTemplate: page.template) else {
                throw Error.rendering(page: page.path, template: page.template)
            }
            files[page.path] = Data(html.utf8)
            progress(number + 1, pages.count)
        }
        if let baseURL {
            let syndication = Syndication(baseURL: baseURL, model: model, edition: edition)
            files[SitePaths.sitemap] = Data(syndication.sitemap(pagePaths: pages.map(\.path)).utf8)
            files[SitePaths.feed] = Data(syndication.feed().utf8)
        }
        for (path, data) in SearchIndex(model: model).files() { files[path] = data }
        files[SitePaths.entriesExport] = try Exports.entriesJSON(articles: input.articles, captions: input.captions)
        files[SitePaths.metricsExport] = Exports.metricsCSV(model: model)
        for (name, data) in theme.assets { files[SitePaths.assets + name] = data }
        return files
    }

    /// The search index alone, as `files()` writes it under `search/`: for timing it apart.
    public func searchIndexFiles() throws -> [String: Data] {
        SearchIndex(model: try SiteModel(articles: input.articles)).files()
    }

    /// Renders everything first, then replaces `directory` as a whole: a build that fails leaves
    /// the previous site as it was.
    public func build(into directory: URL, progress: (_ rendered: Int, _ total: Int) -> Void = { _, _ in }) throws {
        try SiteDirectory.replace(directory, with: try files(progress: progress))
    }
}

/// Writing a site folder so that readers see the old one or the new one, never half of each,
/// even when the build is killed (`kill -9`) at any instant.
///
/// The new site is written to a staging folder next to the destination, then the two are
/// exchanged in one atomic step (renameat2 RENAME_EXCHANGE on Linux). Where the system cannot
/// exchange, two renames are used, and a build interrupted between them is rolled back by the
/// next build. Leftovers of interrupted builds are removed at the start of the next one.
public enum SiteDirectory {
    public static func replace(_ destination: URL, with files: [String: Data]) throws {
        let fileManager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        try recoverInterruptedBuilds(of: destination)
        // Next to the destination, so the final moves are renames within one file system.
        let token = UUID().uuidString
        let staging = parent.appendingPathComponent("\(stagingPrefix(destination))\(token)")
        let retired = parent.appendingPathComponent("\(retiredPrefix(destination))\(token)")
        do {
            for (path, data) in files.sorted(by: { $0.key < $1.key }) {
                let file = staging.appendingPathComponent(path)
                try fileManager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: file)
            }
            if !fileManager.fileExists(atPath: destination.path) {
                try fileManager.moveItem(at: staging, to: destination)
            } else if jingyan_rename_exchange(staging.path, destination.path) == 0 {
                try? fileManager.removeItem(at: staging)  // now the old site
            } else {
                try fileManager.moveItem(at: destination, to: retired)
                do {
                    try fileManager.moveItem(at: staging, to: destination)
                } catch {
                    try? fileManager.moveItem(at: retired, to: destination)
                    throw error
                }
                try? fileManager.removeItem(at: retired)
            }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
    }

    static func stagingPrefix(_ destination: URL) -> String { ".\(destination.lastPathComponent).building-" }
    static func retiredPrefix(_ destination: URL) -> String { ".\(destination.lastPathComponent).old-" }

    /// Puts back a site a killed build had moved aside, and removes half-written staging folders.
    static func recoverInterruptedBuilds(of destination: URL) throws {
        let fileManager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let names = (try? fileManager.contentsOfDirectory(atPath: parent.path))?.sorted() ?? []
        for name in names where name.hasPrefix(retiredPrefix(destination)) {
            let retired = parent.appendingPathComponent(name)
            if fileManager.fileExists(atPath: destination.path) {
                try fileManager.removeItem(at: retired)
            } else {
                try fileManager.moveItem(at: retired, to: destination)
            }
        }
        for name in names where name.hasPrefix(stagingPrefix(destination)) {
            try fileManager.removeItem(at: parent.appendingPathComponent(name))
        }
    }
}
