import Foundation
import JingyanModel
import JingyanSupport

/// One page to render: where it goes, which template, and the values the template sees.
enum PageID: Hashable, Sendable {
    case home, placesIndex, mechanismIndex, metrics, search, about, notFound
    /// Indices into the model's places, articles, practices and mechanisms; pages count from 1.
    /// A mechanism's practices come a page at a time (`practicesPerPage`), and so do a place's
    /// articles: page `page` of its `of` pages holds those at `articles`, positions in its
    /// `articleIndices`, all its pages cut at once (`placePageIDs`).
    case place(Int, page: Int, of: Int, articles: Range<Int>)
    case article(Int)
    case practice(Int)
    case mechanism(Int, page: Int)
}

struct PageSpec {
    var path: String
    var template: String
    /// One of the page structs in PageViews.swift.
    var context: any Encodable
}

/// What the site's pages may load: scripts and styles from its own files only, no connections,
/// no fonts, images only from the site or inline. Each page carries it; the preview server sends
/// it as a header too.
public enum SitePolicy {
    public static let contentSecurityPolicy =
        """
        default-src 'none'; script-src 'self'; style-src 'self'; \
        img-src 'self' data:; form-action 'self'; base-uri 'none'
        """
}

/// Turns the site model into page values. Every href is made relative to the page that holds it.
/// The pages themselves are made in SummaryPages.swift and EntryPages.swift, from the parts here.
struct SitePages {
    static let siteName = "基层治理经验库"

    /// The home page shows the mechanisms most places share; the mechanism index lists them all.
    static let homeMechanisms = 40
    /// A mechanism's page lists this many practices as rows of its comparison table: a page
    /// stays under 300 KB however many practices share the mechanism.
    static let defaultPracticesPerPage = 100
    /// A place page lists this many of its metrics and links to the metrics page for the rest:
    /// a county of thousands of practices would otherwise list tens of thousands of rows.
    static let placeMetrics = 100
    /// The metrics page's mechanism filter lists the mechanisms most places use, so that it does
    /// not grow with the corpus: most named schemes are used by one practice.
    static let filterMechanisms = 300

    var model: SiteModel
    var captions: [Caption]
    /// Held for the articles whose pages are rendered (`CitedSeedPages.holding`).
    var seedPages: CitedSeedPages
    var edition: SeedEdition
    /// Practices on one page of a mechanism or of a place (whose articles are kept whole).
    var practicesPerPage = Self.defaultPracticesPerPage
    /// Empty while the fragments themselves are rendered (from `tagView` and `summary`).
    var fragments = Fragments()
    /// Set while fragments are rendered: their links start with it (see `Fragments`).
    var fragmentLinkRoot: String?
    /// The metrics page's data scripts, `MetricChunk.layout(of: model)`.
    var metricChunks: [MetricChunk] = []
    /// Only for canonical links and the 404 page; nil keeps every link relative.
    var baseURL: BaseURL?

    /// The pages of the site, in the order they are listed and rendered.
    func pageIDs() -> [PageID] {
        [.home, .placesIndex, .mechanismIndex, .metrics, .search, .about, .notFound]
            + model.places.indices.flatMap(placePageIDs)
            + model.articles.indices.map(PageID.article)
            + model.practices.indices.map(PageID.practice)
            + model.mechanisms.indices.flatMap { index in
                (1...pageCount(of: model.mechanisms[index])).map { PageID.mechanism(index, page: $0) }
            }
    }

    /// The pages of place `index`, its articles cut into pages once (`articlePages`).
    func placePageIDs(_ index: Int) -> [PageID] {
        let cuts = articlePages(of: model.places[index])
        return cuts.enumerated().map { PageID.place(index, page: $0 + 1, of: cuts.count, articles: $1) }
    }

    func path(of id: PageID) -> String {
        switch id {
        case .home: SitePaths.home
        case .placesIndex: SitePaths.places
        case .mechanismIndex: SitePaths.mechanisms
        case .metrics: SitePaths.metrics
        case .search: SitePaths.search
        case .about: SitePaths.about
        case .notFound: SitePaths.notFound
        case .place(let index, let page, _, _): SitePaths.place(model.places[index].key, page: page)
        case .article(let index): SitePaths.article(id: model.articles[index].id)
        case .practice(let index): model.practices[index].path
        case .mechanism(let index, let page): SitePaths.mechanism(slug: model.mechanisms[index].slug, page: page)
        }
    }

    /// A page's values, made only when it is rendered: the site never holds every page at once.
    func page(_ id: PageID) -> PageSpec {
        switch id {
        case .home: home()
        case .placesIndex: placesIndex()
        case .mechanismIndex: mechanismIndex()
        case .metrics: metrics()
        case .search: search()
        case .about: about()
        case .notFound: notFound()
        case .place(let index, let page, let count, let articles):
            placePage(model.places[index], page: page, of: count, articles: articles)
        case .article(let index): articlePage(index)
        case .practice(let index): practicePage(index)
        case .mechanism(let index, let page): mechanismPage(model.mechanisms[index], page: page)
        }
    }

    // MARK: Parts the pages share

    func chrome(
        _ path: String, kind: String, title: String?, breadcrumbs: [Link], scripts: [String] = [], root: String? = nil
    ) -> Chrome {
        let root = root ?? SitePaths.relativeRoot(from: path)
        let sections = [
            (SitePaths.places, "地点"), (SitePaths.mechanisms, "机制"),
            (SitePaths.metrics, "指标"), (SitePaths.search, "搜索"),
        ]
        return Chrome(
            kind: kind,
            title: title.map { "\($0) · \(Self.siteName)" } ?? Self.siteName,
            siteName: Self.siteName,
            root: root,
            homeHref: root + SitePaths.home,
            searchHref: root + SitePaths.search,
            assetsHref: root + SitePaths.assets,
            scripts: ([SitePaths.assets + "site.js"] + scripts).map { root + $0 },
            navigation: sections.map { NavigationItem(href: root + $0.0, label: $0.1, current: $0.0 == path) },
            breadcrumbs: breadcrumbs,
            contentSecurityPolicy: SitePolicy.contentSecurityPolicy,
            entriesHref: root + SitePaths.entriesExport,
            metricsCSVHref: root + SitePaths.metricsExport,
            aboutHref: root + SitePaths.about,
            notFoundHref: root + SitePaths.notFound,
            canonicalHref: path == SitePaths.notFound ? nil : baseURL?.address(of: path),
            feedHref: edition.date == nil ? nil : baseURL?.address(of: SitePaths.feed))
    }

    /// A link from `page` to `target`: within the page's own folder, the target's name alone (a
    /// practice page's twelve neighbours are in practices/ too); else up to the root and down.
    func relative(_ target: String, from page: String) -> String {
        guard fragmentLinkRoot == nil else { return linkRoot(from: page) + target }
        let folder = page.utf8.lastIndex(of: UInt8(ascii: "/")).map { page.utf8[...$0] }
        if let folder, target.utf8.starts(with: folder) { return String(target.utf8.dropFirst(folder.count))! }
        return linkRoot(from: page) + target
    }

    /// The way from `page` back to the site root; while fragments are rendered, their marker.
    func linkRoot(from page: String) -> String { fragmentLinkRoot ?? SitePaths.relativeRoot(from: page) }

    func homeLink(from path: String) -> Link { Link(href: relative(SitePaths.home, from: path), label: "首页") }

    func tag(_ key: MechanismKey, from path: String) -> Fragment {
        fragments.tag(of: key, linkRoot: linkRoot(from: path))
    }

    /// The tags of `keys`, in their order within each kind.
    func tags(_ keys: some Sequence<MechanismKey>, from path: String) -> TagList {
        var list = TagList()
        for key in keys {
            switch key.kind {
            case .scheme: list.schemes.append(tag(key, from: path))
            case .category: list.categories.append(tag(key, from: path))
            }
        }
        return list
    }

    func tagView(_ key: MechanismKey, from path: String) -> Tag {
        Tag(href: relative(model.mechanism(key).path, from: path), label: shown(key.name), kind: key.kind.rawValue)
    }

    func summary(_ entry: PracticeEntry, from path: String) -> PracticeSummary {
        let place = model.place(entry.place)
        return PracticeSummary(
            href: relative(entry.path, from: path), title: shown(entry.title),
            placeName: shown(place.name), placeHref: relative(place.path, from: path),
            tags: tags(entry.mechanisms, from: path))
    }

    /// Text as a fragment shows it: its link-root marker, should the text hold one, becomes U+FFFD,
    /// so that every marker in a fragment is one of its links. The marker is looked for in the
    /// UTF-8 bytes (`TextSearch`): every field of every card and comparison row passes here.
    func shown(_ text: String) -> String {
        guard let marker = fragmentLinkRoot, TextSearch.contains(marker, in: text) else { return text }
        return text.replacingOccurrences(of: marker, with: "\u{FFFD}")
    }

    func countySummaries(from path: String) -> [PlaceSummary] {
        model.places.filter { $0.key.townshipSlug == nil }.map { county in
            let townships = model.townships(of: county.key).map { placeSummary($0, townships: [], from: path) }
            return placeSummary(county, townships: townships, from: path)
        }
    }

    func placeSummary(_ place: PlaceEntry, townships: [PlaceSummary], from path: String) -> PlaceSummary {
        PlaceSummary(
            href: relative(place.path, from: path), name: place.ownName, fullName: place.fullName,
            practiceCount: model.practiceIndices(at: place.key).count + townships.reduce(0) { $0 + $1.practiceCount },
            articleTitles: place.articleIndices.map { model.articles[$0].title },
            townships: townships)
    }

    func metricRows(of entry: PracticeEntry, from path: String) -> [MetricRow] {
        let place = model.place(entry.place)
        let placeHref = relative(place.path, from: path)
        let practiceHref = relative(entry.path, from: path)
        return entry.practice.metrics.map { metric in
            MetricRow(
                placeName: place.name, placeHref: placeHref,
                subject: metric.subject, valueLabel: Self.valueLabel(metric),
                sortValue: metric.valueNormalized.description,
                unit: metric.unit, period: metric.period ?? "", text: metric.text,
                practiceHref: practiceHref, practiceTitle: entry.title)
        }
    }

    /// The practice's own lines of the page; the whole article is on the article page.
    func provenance(of practice: Practice, in article: Article, from path: String) -> Provenance {
        let lineCount = seedPages.lineCount(of: article.source.file)
        let articleHref = relative(SitePaths.article(id: article.id), from: path)
        let shown = max(practice.source.firstLine, 1) <= min(practice.source.lastLine, lineCount)
        return Provenance(
            citation: citation(of: article), file: practice.source.file,
            fileInCitation: article.provenance.printed.isEmpty && practice.source.file == article.source.file,
            firstLine: practice.source.firstLine, lastLine: practice.source.lastLine,
            articleTitle: article.title, articleHref: articleHref,
            linesHref: shown ? articleHref + "#L\(max(practice.source.firstLine, 1))" : nil)
    }

    /// The article's lines as printed, from its first line to its title block (which the page
    /// prints after the body), in runs: those a practice was read from marked.
    func sourceText(of article: Article) -> SourceText {
        let page = seedPages.lines(of: article.source.file)
        let practiceLines = article.practices.map(\.source)
        let first = max(min(article.source.firstLine, practiceLines.map(\.firstLine).min() ?? .max), 1)
        let last = min(max(article.source.lastLine, practiceLines.map(\.lastLine).max() ?? 0), page.count)
        let cited = Set(practiceLines.flatMap { $0.firstLine...$0.lastLine })
        let opening = Set(practiceLines.map { max($0.firstLine, 1) })
        var runs: [SourceRun] = []
        for number in first..<max(last + 1, first) {
            let (isCited, opens) = (cited.contains(number), opening.contains(number))
            if opens || runs.last?.cited != isCited {
                runs.append(SourceRun(firstLine: number, cited: isCited, opensPractice: opens, lines: []))
            }
            runs[runs.count - 1].lines.append(page[number - 1])
        }
        return SourceText(file: article.source.file, runs: runs)
    }

    func articleView(_ index: Int, from path: String) -> ArticleView {
        let article = model.articles[index]
        return ArticleView(
            href: relative(SitePaths.article(id: article.id), from: path),
            title: article.title, author: article.author, lede: article.lede,
            tags: tags(listedMechanisms(ofArticle: index), from: path),
            sections: article.sections.map { section in
                SectionView(
                    heading: section.heading,
                    practices: section.practices.map { card(model.practiceIndex(id: $0.id), from: path) })
            })
    }

    /// What an article's page lists above its practices: the article's schemes, then its
    /// practices' mechanisms it does not name, in the order they first come (the cards name
    /// none): every mechanism a practice of the article has, linked once.
    func listedMechanisms(ofArticle index: Int) -> [MechanismKey] {
        let own = model.articles[index].mechanisms.map(model.schemeKey)
        var seen = Set(own)
        return own
            + model.practiceRange(ofArticle: index).flatMap { model.practices[$0].mechanisms }
            .filter { seen.insert($0).inserted }
    }

    /// An article on its place's page: title block and the titles of its practices, linked.
    func reportEntry(_ index: Int, from path: String) -> ReportEntry {
        let article = model.articles[index]
        return ReportEntry(
            href: relative(SitePaths.article(id: article.id), from: path),
            title: article.title, author: article.author, lede: article.lede,
            practices: model.practiceRange(ofArticle: index).map { practice in
                let entry = model.practices[practice]
                return Link(href: relative(entry.path, from: path), label: entry.title)
            })
    }

    /// A practice in a list: its card, rendered once per folder depth (`Fragments`).
    func card(_ index: Int, from path: String) -> Fragment {
        fragments.card(of: index, linkRoot: linkRoot(from: path))
    }
}
