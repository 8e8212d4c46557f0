import Foundation
import JingyanSupport

/// Builds the static site: pages, search index, exports and theme assets.
public struct SiteBuilder: Sendable {
    public var input: SiteInput
    public var theme: Theme
    /// With one, pages get canonical links and the site gets `sitemap.xml` and `feed.xml`.
    public var baseURL: BaseURL?
    /// Cards on one page of a mechanism; a mechanism with more gets several pages.
    public var practicesPerPage = SitePages.defaultPracticesPerPage

    /// A builder of the site of `input` in `theme`; with a `baseURL`, also the sitemap, the feed and
    /// canonical links.
    public init(input: SiteInput, theme: Theme, baseURL: BaseURL? = nil) {
        self.input = input
        self.theme = theme
        self.baseURL = baseURL
    }

    /// A page the theme's templates could not render.
    public enum Error: Swift.Error, CustomStringConvertible {
        case rendering(page: String, template: String)

        public var description: String {
            switch self {
            case .rendering(let page, let template):
                "cannot render \(page): the theme has no template \(template).mustache"
            }
        }
    }

    /// Writes every file of the site into `sink`. Pages are rendered on all cores and handed to
    /// the sink as they are made, so memory does not grow with the site. Nothing here depends on
    /// time or on the order of hashing, so the same input gives the same bytes.
    /// `progress` hears after each batch of pages: (pages rendered, pages in all).
    public func write(to sink: some SiteSink, progress: (_ rendered: Int, _ total: Int) -> Void = { _, _ in }) throws {
        _ = try write(to: sink, keepingState: false, progress: progress)
    }

    /// Writes every file, as `write(to:)` does, and keeps what `update(_:in:)` needs to write
    /// only what an edit changes afterwards: the model, the rendered cards, the search index.
    /// For `jingyan serve`, which holds it between edits.
    public func writeKeepingState(
        to sink: some SiteSink, progress: (_ rendered: Int, _ total: Int) -> Void = { _, _ in }
    ) throws -> SiteState {
        try write(to: sink, keepingState: true, progress: progress)!
    }

    private func write(
        to sink: some SiteSink, keepingState: Bool, progress: (_ rendered: Int, _ total: Int) -> Void
    ) throws -> SiteState? {
        if keepingState, input.texts != nil {  // `update` needs every text at hand
            var builder = self
            builder.input = input.restoringTexts()
            return try builder.write(to: sink, keepingState: true, progress: progress)
        }
        let renderer = PageRenderer(library: try theme.library())
        let model = try model()
        let (metricChunks, kept) = try writePages(
            model: model, renderer: renderer, keeping: keepingState, to: sink, progress: progress)
        try NeighbourData.write(Array(model.mechanisms.indices), model: model, to: sink)
        // The index's postings are counted on one core, the downloads made on all: side by side,
        // both cores stay busy.
        let (index, downloads) = try Concurrent.both {
            let index = try SearchIndex(model: model, writingDocumentsTo: sink)
            try index.write(to: sink, documents: false)
            return index
        } and: {
            try writeDownloads(model: model, metricChunks: metricChunks, keepingPieces: keepingState, to: sink)
        }
        for (name, data) in theme.assets.sorted(by: { $0.key < $1.key }) {
            try sink.write(data, to: SitePaths.assets + name)
        }
        try sink.write(
            Data("A site built by jingyan: `jingyan build` may replace this folder.\n".utf8), to: SitePaths.marker)
        guard let kept else { return nil }
        return SiteState(
            builder: self, renderer: renderer, pages: kept, searchIndex: index, postingShards: index.postingShards(),
            articleJSON: downloads!.articleJSON, entries: downloads!.entries)
    }

    /// Renders every page, the sitemap and the feed into `sink`. The pages' values are returned
    /// only when they are kept for `update`; otherwise they are freed on return, so that the
    /// index is built in the memory they held, and the pages are rendered in rounds that each
    /// hold only the fragments and the seed pages they paste (`writeInRounds`).
    private func writePages(
        model: SiteModel, renderer: PageRenderer, keeping: Bool, to sink: some SiteSink,
        progress: (_ rendered: Int, _ total: Int) -> Void
    ) throws -> (metricChunks: [MetricChunk], kept: SitePages?) {
        let pages = try sitePages(
            model: model, renderer: renderer, fragments: keeping ? .all : [], allSeedPages: keeping)
        let ids = pages.pageIDs()
        if keeping {
            try write(ids, of: pages, renderer: renderer, to: sink) { progress($0, ids.count) }
        } else {
            try writeInRounds(ids, of: pages, renderer: renderer, to: sink) { progress($0, ids.count) }
        }
        try writeSyndication(pages, to: sink)
        return (pages.metricChunks, keeping ? pages : nil)
    }

    /// Practices whose cards are held at a time: the seed pages of a round of article pages are
    /// taken until their articles have this many (a page with more is a round of its own).
    static let practicesPerCardRound = 4096

    /// `ids` rendered without holding every practice's card and row, nor every seed page, at
    /// once. First the article pages, a few seed pages' articles at a time, each round with the
    /// cards of its practices alone (a card is pasted on its article's page only) and the lines
    /// of its seed pages; then the pages that paste no card or row; then the mechanism pages,
    /// with every practice's row.
    private func writeInRounds(
        _ ids: [PageID], of pages: SitePages, renderer: PageRenderer, to sink: some SiteSink,
        progress: (Int) -> Void
    ) throws {
        var pages = pages
        var done = 0
        for round in Self.articleRounds(of: pages.model) {
            let practices = round.articles.flatMap { pages.model.practiceRange(ofArticle: $0) }
            try pages.fragments.keepCards(of: practices, pages: pages, renderer: renderer)
            var roundPages = pages
            roundPages.seedPages = try pages.seedPages.holding(round.seedPages)
            try write(round.articles.map(PageID.article), of: roundPages, renderer: renderer, to: sink) {
                progress(done + $0)
            }
            pages.fragments.dropCards()
            done += round.articles.count
        }
        pages.fragments = try Fragments(pages: pages, renderer: renderer, parts: [])
        let others = ids.filter {
            switch $0 {
            case .article, .mechanism: false
            default: true
            }
        }
        try write(others, of: pages, renderer: renderer, to: sink) { progress(done + $0) }
        done += others.count
        pages.fragments = try Fragments(pages: pages, renderer: renderer, parts: .rows)
        let mechanismPages = ids.filter { if case .mechanism = $0 { true } else { false } }
        try write(mechanismPages, of: pages, renderer: renderer, to: sink) { progress(done + $0) }
    }

    /// The articles by the seed page they cite, in rounds of whole seed pages, each round's pages
    /// taken until its articles have `practicesPerCardRound` practices.
    static func articleRounds(of model: SiteModel) -> [(seedPages: [String], articles: [Int])] {
        let byPage = Dictionary(grouping: model.articles.indices) { model.articles[$0].source.file }
        var rounds: [(seedPages: [String], articles: [Int])] = []
        var round: (seedPages: [String], articles: [Int]) = ([], [])
        var practices = 0
        for page in byPage.keys.sorted() {
            round.seedPages.append(page)
            round.articles += byPage[page]!
            practices += byPage[page]!.reduce(0) { $0 + model.practiceRange(ofArticle: $1).count }
            if practices >= practicesPerCardRound {
                rounds.append(round)
                (round, practices) = (([], []), 0)
            }
        }
        if !round.articles.isEmpty { rounds.append(round) }
        return rounds
    }

    /// entries.json and the metrics page's data. The articles' JSON and the download's segments
    /// are kept for `update` when asked; otherwise the JSON is made and compressed a batch at a
    /// time as it is written, as a base of 100,000 practices makes it too big to hold.
    private func writeDownloads(
        model: SiteModel, metricChunks: [MetricChunk], keepingPieces: Bool, to sink: some SiteSink
    ) throws -> (articleJSON: [Data], entries: EntriesDownload)? {
        var kept: (articleJSON: [Data], entries: EntriesDownload)?
        if keepingPieces {
            let articleJSON = try Exports.encoded(input.articles[...])
            kept = (articleJSON, try EntriesDownload(articleJSON: articleJSON, captions: input.captions))
        }
        try sink.stream(to: SitePaths.entriesExport) { append in
            if let kept {
                try kept.entries.write(into: append)
            } else {
                try EntriesDownload.stream(
                    articleCount: input.articles.count,
                    articles: { try Exports.encoded(ArraySlice($0.map(input.article))) },
                    captions: input.captions, into: append)
            }
        }
        try write(metricChunks, model: model, to: sink)
        return kept
    }

    /// Renders the pages (on all cores) into `sink`; `progress` hears how many are done.
    func write(
        _ ids: [PageID], of pages: SitePages, renderer: PageRenderer, to sink: some SiteSink,
        progress: (Int) -> Void = { _ in }
    ) throws {
        _ = try Concurrent.map(ids.count, progress: progress) { number in
            let page = pages.page(ids[number])
            try sink.write(try renderer.render(page), to: page.path)
        }
    }

    /// With a base URL, the sitemap (unless the pages are known to be the same) and the feed.
    func writeSyndication(_ pages: SitePages, samePages: Bool = false, to sink: some SiteSink) throws {
        guard let baseURL else { return }
        let syndication = Syndication(baseURL: baseURL, model: pages.model, edition: pages.edition)
        if !samePages {
            try sink.write(
                Data(syndication.sitemap(pagePaths: pages.pageIDs().map(pages.path)).utf8), to: SitePaths.sitemap)
        }
        if let feed = syndication.feed() { try sink.write(Data(feed.utf8), to: SitePaths.feed) }
    }

    func write(_ chunks: [MetricChunk], model: SiteModel, to sink: some SiteSink) throws {
        _ = try Concurrent.map(chunks.count) { number in
            try sink.write(chunks[number].javaScript(model: model), to: chunks[number].path)
        }
    }

    /// The pages' values, with the fragments they paste already rendered (`fragments`: which of
    /// the practices') and, unless they are rendered in rounds that read their own
    /// (`writeInRounds`), every seed page's lines.
    func sitePages(
        model: SiteModel, renderer: PageRenderer, fragments: Fragments.Parts = .all, allSeedPages: Bool = true
    ) throws -> SitePages {
        let edition = SeedEdition(articles: input.articles, captions: input.captions)
        let seedPages = allSeedPages ? try input.seedPages.holdingAll() : input.seedPages
        var pages = SitePages(
            model: model, captions: input.captions, seedPages: seedPages, edition: edition, baseURL: baseURL)
        pages.practicesPerPage = practicesPerPage
        pages.metricChunks = MetricChunk.layout(of: model)
        pages.fragments = try Fragments(pages: pages, renderer: renderer, parts: fragments)
        return pages
    }

    /// Every file of the site, keyed by its path relative to the site root.
    public func files() throws -> [String: Data] {
        let sink = MemorySink()
        try write(to: sink)
        return sink.files
    }

    /// The search index alone, as `write(to:)` writes it under `search/`: for timing it apart.
    public func searchIndexFiles() throws -> [String: Data] {
        try SearchIndex(model: model()).files()
    }

    /// The model of the input, reading the texts from where the input keeps them.
    func model() throws -> SiteModel {
        var model = try SiteModel(articles: input.articles, naming: input.naming)
        model.texts = input.texts
        return model
    }

    /// Writes the whole site first, then replaces `directory` with it: a build that fails leaves
    /// the previous site as it was.
    /// Files the previous site already had byte for byte are hard links to them rather than
    /// new copies: see `DirectorySink`. Returns how many files it wrote, and made in all.
    @discardableResult
    public func build(
        into directory: URL, progress: (_ rendered: Int, _ total: Int) -> Void = { _, _ in }
    ) throws -> FileCounts {
        var counts = FileCounts(written: 0, total: 0)
        try SiteDirectory.replace(directory) { staging in
            let sink = DirectorySink(root: staging, previous: directory)
            try write(to: sink, progress: progress)
            counts = sink.counts
        }
        return counts
    }
}
