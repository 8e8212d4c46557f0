import Foundation

/// What a build keeps for the next one (`SiteBuilder.writeKeepingState`), so that after an edit
/// `SiteBuilder.update` renders again only the pages the edit touches: the input and settings it
/// was built from, the model with its rendered cards, the search index and each article as the
/// entries download holds it. About the size of the model.
public struct SiteState: Sendable {
    let builder: SiteBuilder
    let renderer: PageRenderer
    let pages: SitePages
    let searchIndex: SearchIndex
    /// `searchIndex.postingShards()`.
    let postingShards: [[String]]
    /// `Exports.encoded` of each article.
    let articleJSON: [Data]
    /// The entries download's compressed segments.
    let entries: EntriesDownload
}

extension SiteBuilder {
    /// Brings the site that `state` was kept from to this builder's input, writing into `sink`
    /// only the files that an edit can have changed, and returns the new state; nil, with nothing
    /// written, when the change is one of structure — articles or practices added, removed,
    /// moved or renamed, places or mechanisms new or gone, other captions, seed pages, theme or
    /// base URL — which a full build handles.
    ///
    /// Which pages an edit reaches, and why:
    /// - an edited practice: its page, its article's page and its place's first page (metrics,
    ///   tags) and the one that lists its article (its title), all of them if its place's metric
    ///   count changed; where its card changed, the pages of its mechanisms and their neighbour scripts
    ///   (`NeighbourData`: its title); its metric script; its search document and the posting
    ///   shards of the tokens it gained or lost;
    /// - a mechanism whose practices changed: all its pages and its neighbour script;
    /// - an article whose own fields changed (title, lede, author, schemes, headings): its page,
    ///   its practices' pages, its place's first page and the one that lists it, and the pages
    ///   of mechanisms it alone names there;
    /// - the pages that sum up the base (home, indexes, metrics, about, sitemap, feed) where what
    ///   they show changed, and always the entries download.
    /// Files whose bytes come out the same are left alone by the sink. `SiteUpdateTests` checks
    /// the result against a full build for every kind of edit.
    public func update(_ state: SiteState, in sink: some SiteUpdateSink) throws -> SiteState? {
        let before = state.pages.model
        let old = state.builder
        guard old.theme == theme, old.baseURL == baseURL, old.practicesPerPage == practicesPerPage,
            old.input.captions == input.captions, old.input.seedPages == input.seedPages,
            old.input.naming == input.naming
        else { return nil }
        guard let (model, change) = before.updated(with: input.articles) else { return nil }
        let (edited, editedArticles, regrouped) = (change.practices, change.articles, change.mechanisms)
        guard change != SiteModel.Change() else { return state }  // files touched, nothing changed

        var pages = state.pages
        pages.model = model
        pages.edition = SeedEdition(articles: input.articles, captions: input.captions)
        pages.metricChunks = MetricChunk.layout(of: model)
        // A comparison row and a search document cite their article: an edited article's practices get theirs again.
        let refreshed = Set(edited).union(change.articles.flatMap { model.practiceRange(ofArticle: $0) }).sorted()
        let newCards = try pages.fragments.update(cards: refreshed, pages: pages, renderer: state.renderer)
        let reached = Self.pagesReached(by: change, newCards: newCards, before: state.pages, after: pages)
        for path in reached.gone { try sink.remove(path) }
        try write(reached.pages, of: pages, renderer: state.renderer, to: sink)
        try NeighbourData.write(reached.mechanisms, model: model, to: sink)
        try writeSyndication(pages, samePages: reached.samePageCounts, to: sink)

        var searchIndex = state.searchIndex
        var postingShards = state.postingShards
        try searchIndex.update(edited: refreshed, regrouped: regrouped, model: model, shards: &postingShards, to: sink)

        var articleJSON = state.articleJSON
        let reencoded = Set(editedArticles).union(edited.map { model.practices[$0].articleIndex }).sorted()
        for (article, json) in zip(reencoded, try Exports.encoded(reencoded.map { input.articles[$0] }[...])) {
            articleJSON[article] = json
        }
        let entries = try state.entries.updating(articles: reencoded, articleJSON: articleJSON)
        try sink.stream(to: SitePaths.entriesExport) { try entries.write(into: $0) }

        let editedSet = Set(edited)
        let oldChunks = Set(state.pages.metricChunks)
        try write(
            pages.metricChunks.filter {
                !oldChunks.contains($0) || $0.practiceIndices.contains(where: editedSet.contains)
            }, model: model, to: sink)
        for gone in Set(state.pages.metricChunks.map(\.path)).subtracting(pages.metricChunks.map(\.path)).sorted() {
            try sink.remove(gone)
        }

        return SiteState(
            builder: self, renderer: state.renderer, pages: pages, searchIndex: searchIndex,
            postingShards: postingShards, articleJSON: articleJSON, entries: entries)
    }

    /// What an edit reaches: the pages to render again, the mechanisms among them (whose
    /// neighbour scripts are written again), the mechanism pages it made superfluous, and whether
    /// every mechanism kept its number of pages.
    struct ReachedPages {
        var pages: [PageID]
        var mechanisms: [Int]
        var gone: [String]
        var samePageCounts: Bool
    }

    /// The pages `change` reaches (see `update`), the mechanism pages it made superfluous, and
    /// whether every mechanism kept its number of pages.
    private static func pagesReached(
        by change: SiteModel.Change, newCards: Set<Int>, before: SitePages, after: SitePages
    ) -> ReachedPages {
        let (old, model) = (before.model, after.model)
        let practicePages = practicePagesReached(by: change, model: model)
        let editedArticlePlaces = Set(change.articles.map { SiteModel.placeKey(of: model.articles[$0].place) })
        let articlePages = Set(change.articles).union(change.practices.map { model.practices[$0].articleIndex })
        var mechanismPages = Set(change.mechanisms)
        for practice in newCards { mechanismPages.formUnion(model.mechanismIndicesListing(practice)) }
        for (index, mechanism) in model.mechanisms.enumerated()
        where mechanism.placesNamingItOnlyInArticle.contains(where: editedArticlePlaces.contains) {
            mechanismPages.insert(index)
        }

        var reached = ReachedPages(
            pages: summaryPagesReached(by: change, old: old, model: model), mechanisms: mechanismPages.sorted(),
            gone: [], samePageCounts: true)
        reached.pages += placePagesReached(byEditsOf: articlePages, before: before, after: after)
        reached.pages += articlePages.sorted().map(PageID.article)
        reached.pages += practicePages.sorted().map(PageID.practice)
        for mechanism in mechanismPages.sorted() {
            let (count, oldCount) = (
                after.pageCount(of: model.mechanisms[mechanism]), before.pageCount(of: old.mechanisms[mechanism])
            )
            reached.pages += (1...count).map { PageID.mechanism(mechanism, page: $0) }
            reached.gone += (count + 1..<max(count + 1, oldCount + 1)).map {
                SitePaths.mechanism(slug: model.mechanisms[mechanism].slug, page: $0)
            }
            reached.samePageCounts = reached.samePageCounts && count == oldCount
        }
        return reached
    }

    /// The place pages that edits of `articles` (their own fields or their practices') reach. An
    /// edit keeps each article's practices, so a place keeps its pages: its first page (its
    /// metrics and mechanisms) and the pages that list one of the articles are written again,
    /// and every page of a place whose metric count changed, as each page carries the count. A
    /// county of 100,000 practices has a thousand pages.
    private static func placePagesReached(
        byEditsOf articles: Set<Int>, before: SitePages, after: SitePages
    ) -> [PageID] {
        let model = after.model
        let places = Set(articles.map { SiteModel.placeKey(of: model.articles[$0].place) })
        return model.places.indices.filter { places.contains(model.places[$0].key) }.flatMap { index in
            let place = model.places[index]
            let recounted = place.metricCount != before.model.places[index].metricCount
            return after.placePageIDs(index).filter { id in
                guard case .place(_, let page, _, let shown) = id else { return false }
                return page == 1 || recounted || place.articleIndices[shown].contains(where: articles.contains)
            }
        }
    }

    /// The practice pages `change` reaches: the edited practices and every practice of an edited
    /// article. A page shows no other practice (its neighbours come from `NeighbourData`).
    private static func practicePagesReached(by change: SiteModel.Change, model: SiteModel) -> Set<Int> {
        let editedArticles = Set(change.articles)
        return Set(change.practices).union(
            model.practices.indices.filter { editedArticles.contains(model.practices[$0].articleIndex) })
    }

    /// The pages that sum up the base, each when what it shows can have changed.
    private static func summaryPagesReached(by change: SiteModel.Change, old: SiteModel, model: SiteModel) -> [PageID] {
        let metricsChanged = change.practices.contains {
            model.practices[$0].practice.metrics != old.practices[$0].practice.metrics
        }
        var pages: [PageID] = []
        if metricsChanged || !change.articles.isEmpty || !change.mechanisms.isEmpty { pages.append(.home) }
        if !change.articles.isEmpty { pages.append(.placesIndex) }
        if !change.mechanisms.isEmpty { pages.append(.mechanismIndex) }
        if metricsChanged || !change.mechanisms.isEmpty { pages.append(.metrics) }
        if metricsChanged { pages.append(.about) }
        return pages
    }
}
