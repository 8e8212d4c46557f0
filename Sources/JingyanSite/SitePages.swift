import Foundation
import JingyanMarkdown
import JingyanModel

/// One page to render: where it goes, which template, and the values the template sees.
enum PageID: Hashable, Sendable {
    case home, placesIndex, mechanismIndex, metrics, search, about, notFound
    /// Indices into the model's places, articles, practices and mechanisms.
    case place(Int)
    case article(Int)
    case practice(Int)
    /// A mechanism's practices, a page of `practicesPerPage` at a time; pages count from 1.
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
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'"
}

/// Turns the site model into page values. Every href is made relative to the page that holds it.
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
    var seedPages: [String: PrintedLines]
    var edition: SeedEdition
    /// Cards on one page of a mechanism.
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
            + model.places.indices.map(PageID.place) + model.articles.indices.map(PageID.article)
            + model.practices.indices.map(PageID.practice)
            + model.mechanisms.indices.flatMap { index in
                (1...pageCount(of: model.mechanisms[index])).map { PageID.mechanism(index, page: $0) }
            }
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
        case .place(let index): model.places[index].path
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
        case .place(let index): placePage(model.places[index])
        case .article(let index): articlePage(index)
        case .practice(let index): practicePage(index)
        case .mechanism(let index, let page): mechanismPage(model.mechanisms[index], page: page)
        }
    }

    // MARK: Pages

    func home() -> PageSpec {
        let path = SitePaths.home
        let metricCount = model.practices.reduce(0) { $0 + $1.practice.metrics.count }
        let page = HomePage(
            chrome: chrome(path, kind: "home", title: nil, breadcrumbs: []),
            stats: [
                Stat(
                    label: "个地点", count: model.places.filter { !$0.articleIndices.isEmpty }.count,
                    href: relative(SitePaths.places, from: path)),
                Stat(label: "条做法", count: model.practices.count, href: relative(SitePaths.places, from: path)),
                Stat(label: "个机制与分类", count: model.mechanisms.count, href: relative(SitePaths.mechanisms, from: path)),
                Stat(label: "项指标", count: metricCount, href: relative(SitePaths.metrics, from: path)),
            ],
            places: countySummaries(from: path),
            sharedMechanisms: model.mechanismsByReach.prefix(Self.homeMechanisms).filter { $0.places.count > 1 }.map {
                tag($0.key, from: path)
            },
            captions: captions.map {
                CaptionView(
                    text: $0.text,
                    credit: [$0.county ?? $0.place, $0.photographer.map { "\($0) 摄" }].compactMap { $0 }.joined(
                        separator: " · "))
            })
        return PageSpec(path: path, template: "home", context: page)
    }

    func placesIndex() -> PageSpec {
        let path = SitePaths.places
        let page = PlacesPage(
            chrome: chrome(path, kind: "places", title: "地点", breadcrumbs: [homeLink(from: path)]),
            places: countySummaries(from: path))
        return PageSpec(path: path, template: "places", context: page)
    }

    func placePage(_ place: PlaceEntry) -> PageSpec {
        let path = place.path
        let countyEntry = place.key.townshipSlug == nil ? nil : model.place(place.key.county)
        let articles = place.articleIndices.map { articleView($0, from: path) }
        let practices = model.practices(at: place.key)
        let tags = Set(practices.flatMap(\.mechanisms)).sorted().map { tag($0, from: path) }
        let metricCount = practices.reduce(0) { $0 + $1.practice.metrics.count }
        let page = PlacePage(
            chrome: chrome(
                path, kind: "place", title: place.name,
                breadcrumbs: [homeLink(from: path), Link(href: relative(SitePaths.places, from: path), label: "地点")]
                    + (countyEntry.map { [Link(href: relative($0.path, from: path), label: $0.name)] } ?? [])),
            name: place.name, fullName: place.fullName,
            county: countyEntry.map { Link(href: relative($0.path, from: path), label: $0.name) },
            townships: place.key.townshipSlug != nil
                ? [] : model.townships(of: place.key).map { Link(href: relative($0.path, from: path), label: $0.name) },
            articles: articles,
            metrics: Array(practices.lazy.flatMap { metricRows(of: $0, from: path) }.prefix(Self.placeMetrics)),
            metricCount: metricCount,
            metricsCut: metricCount > Self.placeMetrics,
            metricsHref: relative(SitePaths.metrics, from: path) + "?place=" + place.path,
            tags: tags)
        return PageSpec(path: path, template: "place", context: page)
    }

    func practicePage(_ index: Int) -> PageSpec {
        let entry = model.practices[index]
        let path = entry.path
        let article = model.articles[entry.articleIndex]
        let place = model.place(entry.place)
        let placeLink = Link(href: relative(place.path, from: path), label: place.name)
        let page = PracticePage(
            chrome: chrome(
                path, kind: "practice", title: "\(entry.title) · \(place.name)",
                breadcrumbs: [homeLink(from: path), placeLink]),
            title: entry.title,
            place: placeLink,
            article: Link(href: relative(SitePaths.article(id: article.id), from: path), label: article.title),
            sectionHeading: entry.sectionHeading == entry.title ? nil : entry.sectionHeading,
            tags: entry.mechanisms.map { tag($0, from: path) },
            bodyHTML: Markdown.html(
                from: entry.practice.text, marking: entry.practice.metrics.map(\.text), markClass: "metric"),
            metrics: metricRows(of: entry, from: path),
            provenance: provenance(of: entry.practice, in: article, from: path),
            neighbours: model.neighbours(of: index).map { neighbour in
                let other = model.practices[neighbour.practiceIndex]
                return Neighbour(
                    href: relative(other.path, from: path), title: other.title,
                    placeName: model.place(other.place).name,
                    shared: neighbour.shared.map(\.name).joined(separator: " · "))
            })
        return PageSpec(path: path, template: "practice", context: page)
    }

    /// An article as printed: its title block, its sections with their practices, and the
    /// original page text, which the practice pages link to rather than repeat.
    func articlePage(_ index: Int) -> PageSpec {
        let article = model.articles[index]
        let path = SitePaths.article(id: article.id)
        let place = model.place(SiteModel.placeKey(of: article.place))
        let placeLink = Link(href: relative(place.path, from: path), label: place.name)
        let page = ArticlePage(
            chrome: chrome(
                path, kind: "article", title: "\(article.title) · \(place.name)",
                breadcrumbs: [homeLink(from: path), placeLink]),
            place: placeLink,
            article: articleView(index, from: path),
            citation: citation(of: article),
            source: sourceText(of: article))
        return PageSpec(path: path, template: "article", context: page)
    }

    func mechanismIndex() -> PageSpec {
        let path = SitePaths.mechanisms
        let groups = MechanismKind.allCases.map { kind in
            MechanismGroup(
                label: kind.label,
                mechanisms: model.mechanismsByReach.filter { $0.key.kind == kind }.map { mechanism in
                    MechanismSummary(
                        href: relative(mechanism.path, from: path), name: mechanism.key.name,
                        practiceCount: mechanism.listedPracticeIndices.count,
                        placeNames: mechanism.places.map { model.place($0).name }.joined(separator: "、"))
                })
        }
        let page = MechanismIndexPage(
            chrome: chrome(path, kind: "mechanisms", title: "机制", breadcrumbs: [homeLink(from: path)]),
            groups: groups.filter { !$0.mechanisms.isEmpty })
        return PageSpec(path: path, template: "mechanisms", context: page)
    }

    /// A mechanism used by thousands of practices gets several pages: no page grows with the base.
    func pageCount(of mechanism: MechanismEntry) -> Int {
        max(1, (mechanism.listedPracticeIndices.count + practicesPerPage - 1) / practicesPerPage)
    }

    func mechanismPage(_ mechanism: MechanismEntry, page: Int) -> PageSpec {
        let path = SitePaths.mechanism(slug: mechanism.slug, page: page)
        let pageCount = pageCount(of: mechanism)
        let shown = (page - 1) * practicesPerPage..<page * practicesPerPage
        var offset = 0  // practices of the places before this one
        var comparison: [ComparisonPlace] = []
        let figures = mechanism.key.kind == .scheme
        for (key, practices) in zip(mechanism.places, mechanism.listedByPlace) {
            defer { offset += practices.count }
            let onPage = practices.indices.clamped(to: (shown.lowerBound - offset)..<(shown.upperBound - offset))
            // A place that only names the scheme has no practice: it goes where its turn falls.
            guard
                !onPage.isEmpty
                    || (practices.isEmpty && shown.lowerBound <= offset
                        && (offset < shown.upperBound || page == pageCount))
            else { continue }
            let place = model.place(key)
            let namedInArticle = mechanism.articlesNamingItOnly.map { model.articles[$0] }
                .filter { SiteModel.placeKey(of: $0.place) == key }
                .map { Link(href: relative(SitePaths.article(id: $0.id), from: path), label: $0.title) }
            comparison.append(
                comparisonPlace(
                    place, practices: onPage.map { practices[$0] }, namedInArticle: namedInArticle, figures: figures,
                    from: path))
        }
        let view = MechanismPage(
            chrome: chrome(
                path, kind: "mechanism", title: mechanism.key.name + (page > 1 ? "（第 \(page) 页）" : ""),
                breadcrumbs: [
                    homeLink(from: path), Link(href: relative(SitePaths.mechanisms, from: path), label: "机制"),
                ]),
            name: mechanism.key.name, kindLabel: mechanism.key.kind.label,
            spellings: model.naming.spellings(of: mechanism.key),
            placeCount: mechanism.places.count, practiceCount: mechanism.listedPracticeIndices.count,
            comparison: comparison, figures: figures,
            pagination: pageCount == 1
                ? []
                : (1...pageCount).map { number in
                    PageLink(
                        href: relative(SitePaths.mechanism(slug: mechanism.slug, page: number), from: path),
                        number: number,
                        current: number == page)
                })
        return PageSpec(path: path, template: "mechanism", context: view)
    }

    /// The charts and the filters; the rows come from the data scripts (`MetricChunk`), which
    /// metrics.js loads for the place chosen and shows a page at a time.
    func metrics() -> PageSpec {
        let path = SitePaths.metrics
        let chunksByCounty = Dictionary(grouping: metricChunks, by: \.county)
        // (practice, metric) index pairs: the corpus's metrics without copying them.
        let metrics = model.practices.indices.flatMap { practice in
            model.practices[practice].practice.metrics.indices.map { (practice, $0) }
        }
        func metric(_ source: Int) -> (entry: PracticeEntry, metric: Metric) {
            let entry = model.practices[metrics[source].0]
            return (entry, entry.practice.metrics[metrics[source].1])
        }
        let (charts, comparableUnits) = BarChart.comparisons(
            of: metrics.indices.map { source in
                let (entry, metric) = metric(source)
                return BarChart.Candidate(
                    value: metric.valueNormalized.value, group: Self.baseUnit(metric.unit),
                    place: entry.place.countySlug, source: source)
            },
            bar: { source in
                let (entry, metric) = metric(source)
                return BarChart.Bar(
                    label: "\(model.place(entry.place).name) · \(metric.subject)", value: metric.valueNormalized.value,
                    valueLabel: Self.valueLabel(metric) + metric.unit)
            })
        let measured = model.mechanismsByReach.filter { mechanism in
            mechanism.practiceIndices.contains { !model.practices[$0].practice.metrics.isEmpty }
        }
        let page = MetricsPage(
            chrome: chrome(
                path, kind: "metrics", title: "指标", breadcrumbs: [homeLink(from: path)],
                scripts: [SitePaths.assets + "metrics.js"]),
            placeOptions: model.places.compactMap { place in
                if place.key.townshipSlug == nil {
                    guard let chunks = chunksByCounty[place.key] else { return nil }
                    return PlaceFilterOption(
                        value: place.path, label: place.name, chunks: chunks.map(\.path).joined(separator: " "),
                        county: nil)
                }
                guard model.practices(at: place.key).contains(where: { !$0.practice.metrics.isEmpty }) else {
                    return nil
                }
                return PlaceFilterOption(
                    value: place.path, label: place.name, chunks: nil, county: model.place(place.key.county).path)
            },
            unitOptions: Set(metrics.indices.map { metric($0).metric.unit }).sorted().map {
                FilterOption(value: $0, label: $0)
            },
            mechanismOptions: measured.prefix(Self.filterMechanisms).sorted { $0.key < $1.key }
                .map { FilterOption(value: $0.slug, label: $0.key.name) },
            mechanismsCut: measured.count > Self.filterMechanisms,
            metricCount: metrics.count,
            charts: charts,
            unchartedUnits: comparableUnits > charts.count ? comparableUnits - charts.count : nil,
            maximumBars: BarChart.maximumBars,
            placesHref: relative(SitePaths.places, from: path))
        return PageSpec(path: path, template: "metrics", context: page)
    }

    func search() -> PageSpec {
        let path = SitePaths.search
        let page = SearchPage(
            chrome: chrome(
                path, kind: "search", title: "搜索", breadcrumbs: [homeLink(from: path)],
                scripts: [SitePaths.assets + "compare.js", SitePaths.assets + "export.js"]))
        return PageSpec(path: path, template: "search", context: page)
    }

    func about() -> PageSpec {
        let path = SitePaths.about
        let pages = edition.pages.map { page in
            SeedPageRow(
                file: page.file, date: page.date ?? "", articles: page.articles, practices: page.practices,
                metrics: page.metrics, captions: page.captions)
        }
        let page = AboutPage(
            chrome: chrome(path, kind: "about", title: "关于本库", breadcrumbs: [homeLink(from: path)]),
            seedPages: pages,
            totals: SeedPageRow(
                file: "合计", date: edition.date ?? "", articles: pages.reduce(0) { $0 + $1.articles },
                practices: pages.reduce(0) { $0 + $1.practices }, metrics: pages.reduce(0) { $0 + $1.metrics },
                captions: pages.reduce(0) { $0 + $1.captions }),
            placeCount: model.places.filter { !$0.articleIndices.isEmpty }.count,
            date: edition.date,
            baseURL: baseURL?.absolute)
        return PageSpec(path: path, template: "about", context: page)
    }

    /// A server shows this page for a missing address at any depth, so its links cannot be
    /// relative to where it is: with a base URL they start from its path ("/kb/"); without one
    /// they are relative to the site root, right only for misses at the top level.
    func notFound() -> PageSpec {
        let path = SitePaths.notFound
        let root = baseURL?.path ?? ""
        let page = NotFoundPage(
            chrome: chrome(
                path, kind: "not-found", title: "页面未找到", breadcrumbs: [Link(href: root + SitePaths.home, label: "首页")],
                root: root),
            placesHref: root + SitePaths.places)
        return PageSpec(path: path, template: "not-found", context: page)
    }

    // MARK: Parts

    func chrome(
        _ path: String, kind: String, title: String?, breadcrumbs: [Link], scripts: [String] = [], root: String? = nil
    ) -> Chrome {
        let root = root ?? SitePaths.relativeRoot(from: path)
        let sections = [
            (SitePaths.places, "地点"), (SitePaths.mechanisms, "机制"), (SitePaths.metrics, "指标"), (SitePaths.search, "搜索"),
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

    func relative(_ target: String, from page: String) -> String { linkRoot(from: page) + target }

    /// The way from `page` back to the site root; while fragments are rendered, their marker.
    func linkRoot(from page: String) -> String { fragmentLinkRoot ?? SitePaths.relativeRoot(from: page) }

    func homeLink(from path: String) -> Link { Link(href: relative(SitePaths.home, from: path), label: "首页") }

    func tag(_ key: MechanismKey, from path: String) -> Fragment {
        fragments.tag(of: key, linkRoot: linkRoot(from: path))
    }

    func tagView(_ key: MechanismKey, from path: String) -> Tag {
        Tag(href: relative(model.mechanism(key).path, from: path), label: shown(key.name), kind: key.kind.rawValue)
    }

    func summary(_ entry: PracticeEntry, from path: String) -> PracticeSummary {
        let place = model.place(entry.place)
        return PracticeSummary(
            href: relative(entry.path, from: path), title: shown(entry.title),
            placeName: shown(place.name), placeHref: relative(place.path, from: path),
            excerpt: shown(Self.excerpt(of: entry.practice)), tags: entry.mechanisms.map { tag($0, from: path) })
    }

    /// Text as a fragment shows it: its link-root marker, should the text hold one, becomes U+FFFD,
    /// so that every marker in a fragment is one of its links.
    /// The marker is looked for in the UTF-8 bytes: `String.contains` went through Foundation's
    /// character folding, and every field of every card and comparison row passes here.
    func shown(_ text: String) -> String {
        guard let marker = fragmentLinkRoot, Self.holds(marker, in: text) else { return text }
        return text.replacingOccurrences(of: marker, with: "\u{FFFD}")
    }

    static func holds(_ marker: String, in text: String) -> Bool {
        let needle = Array(marker.utf8)
        guard let first = needle.first else { return false }
        let bytes = text.utf8
        var at = bytes.startIndex
        while let found = bytes[at...].firstIndex(of: first) {
            if bytes[found...].starts(with: needle) { return true }
            at = bytes.index(after: found)
        }
        return false
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
        let page = seedPages[article.source.file] ?? []
        let articleHref = relative(SitePaths.article(id: article.id), from: path)
        let shown = max(practice.source.firstLine, 1) <= min(practice.source.lastLine, page.count)
        return Provenance(
            citation: citation(of: article), file: practice.source.file, firstLine: practice.source.firstLine,
            lastLine: practice.source.lastLine,
            articleTitle: article.title, articleHref: articleHref,
            linesHref: shown ? articleHref + "#L\(max(practice.source.firstLine, 1))" : nil)
    }

    /// The article's lines as printed, from its first line to its title block (which the page
    /// prints after the body), those a practice was read from marked.
    func sourceText(of article: Article) -> SourceText {
        let page = seedPages[article.source.file] ?? []
        let practiceLines = article.practices.map(\.source)
        let first = max(min(article.source.firstLine, practiceLines.map(\.firstLine).min() ?? .max), 1)
        let last = min(max(article.source.lastLine, practiceLines.map(\.lastLine).max() ?? 0), page.count)
        let cited = Set(practiceLines.flatMap { $0.firstLine...$0.lastLine })
        let opening = Set(practiceLines.map { max($0.firstLine, 1) })
        return SourceText(
            file: article.source.file,
            lines: first <= last
                ? (first...last).map {
                    SourceLine(
                        number: $0, text: page[$0 - 1], cited: cited.contains($0), opensPractice: opening.contains($0))
                } : [])
    }

    func articleView(_ index: Int, from path: String) -> ArticleView {
        let article = model.articles[index]
        return ArticleView(
            href: relative(SitePaths.article(id: article.id), from: path),
            title: article.title, author: article.author, lede: article.lede,
            tags: article.mechanisms.map { tag(model.schemeKey($0), from: path) },
            sections: article.sections.map { section in
                SectionView(
                    heading: section.heading,
                    practices: section.practices.map { card(model.practiceIndex(id: $0.id), from: path) })
            })
    }

    /// A practice in a list: its card, rendered once per folder depth (`Fragments`).
    func card(_ index: Int, from path: String) -> Fragment {
        fragments.card(of: index, linkRoot: linkRoot(from: path))
    }

    // MARK: Text

    static func valueLabel(_ metric: Metric) -> String { (metric.approx ? "约" : "") + metric.value.description }

    /// 万元 and 元 compare on one chart: the normalized value already applied the 万.
    static func baseUnit(_ unit: String) -> String {
        for prefix in ["万", "亿"] where unit.hasPrefix(prefix) && unit.count > 1 { return String(unit.dropFirst()) }
        return unit
    }

    static func excerpt(of practice: Practice, length: Int = 70) -> String {
        // Only the opening is shown: paragraphs joined by spaces until there is enough of it.
        // Lines are found on UTF-8 and counted as they are added, not the whole text each time:
        // every card of a large base has an excerpt.
        let needed = (practice.lead?.count ?? 0) + length + 1
        var text = ""
        var count = 0
        let utf8 = practice.text.utf8
        var lineStart = utf8.startIndex
        while lineStart < utf8.endIndex, count <= needed {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let trimmed = trimming(practice.text[lineStart..<lineEnd], while: isFoundationWhitespace)
            lineStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            guard !trimmed.isEmpty else { continue }
            if !text.isEmpty {
                text += " "
                count += 1
            }
            text += trimmed
            count += trimmed.count
        }
        if let lead = practice.lead, text.hasPrefix(lead) {
            text = trimming(text.dropFirst(lead.count)) { $0 == "。" || $0 == "：" || $0 == " " }
        }
        return text.count > length ? String(text.prefix(length)) + "…" : text
    }

    /// `text.trimmingCharacters(in:)` for the set that `isTrimmed` tells, without Foundation's
    /// trip through NSString: every card of a large base has an excerpt.
    static func trimming(_ text: Substring, while isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
            let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    /// `CharacterSet.whitespaces`: Unicode's space separators, the tab and U+200B.
    static func isFoundationWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}

/// "《标题》，作者，铜仁日报，2025年1月15日第3版": the parts the page is known by; without a
/// publication or date, the seed page it was read from.
func citation(of article: Article) -> String {
    let printed = article.provenance.printed
    let origin = printed.isEmpty ? "版面文本 \(article.source.file)" : printed
    return ["《\(article.title)》", article.author, origin].compactMap { $0 }.joined(separator: "，")
}
