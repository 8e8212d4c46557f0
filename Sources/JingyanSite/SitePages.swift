import Foundation
import JingyanMarkdown
import JingyanModel

/// One page to render: where it goes, which template, and the values the template sees.
struct PageSpec {
    var path: String
    var template: String
    /// One of the page structs in PageViews.swift.
    var context: Any
}

/// Turns the site model into page values. Every href is made relative to the page that holds it.
struct SitePages {
    static let siteName = "基层治理经验库"
    /// Nothing outside the site: scripts and styles from its own files only, no connections,
    /// no fonts, images only from the site or inline.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'"

    var model: SiteModel
    var captions: [Caption]
    var seedPages: [String: [String]]
    var edition: SeedEdition
    /// Only for canonical links and the 404 page; nil keeps every link relative.
    var baseURL: BaseURL?

    func all() -> [PageSpec] {
        var pages = [home(), placesIndex(), mechanismIndex(), metrics(), search(), about(), notFound()]
        pages += model.places.map(placePage)
        pages += model.practices.indices.map(practicePage)
        pages += model.mechanisms.map(mechanismPage)
        return pages
    }

    // MARK: Pages

    func home() -> PageSpec {
        let path = SitePaths.home
        let metricCount = model.practices.reduce(0) { $0 + $1.practice.metrics.count }
        let page = HomePage(
            chrome: chrome(path, kind: "home", title: nil, breadcrumbs: []),
            stats: [
                Stat(label: "个地点", count: model.places.filter { !$0.articleIndices.isEmpty }.count, href: relative(SitePaths.places, from: path)),
                Stat(label: "条做法", count: model.practices.count, href: relative(SitePaths.places, from: path)),
                Stat(label: "个机制与分类", count: model.mechanisms.count, href: relative(SitePaths.mechanisms, from: path)),
                Stat(label: "项指标", count: metricCount, href: relative(SitePaths.metrics, from: path)),
            ],
            places: countySummaries(from: path),
            sharedMechanisms: model.mechanismsByReach.filter { $0.places.count > 1 }.map { tag($0.key, from: path) },
            captions: captions.map {
                CaptionView(text: $0.text, credit: [$0.county ?? $0.place, $0.photographer.map { "\($0) 摄" }].compactMap { $0 }.joined(separator: " · "))
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
        let articles = place.articleIndices.map { index in
            let article = model.articles[index]
            return ArticleView(
                title: article.title, author: article.author, lede: article.lede,
                tags: article.mechanisms.map { tag(MechanismKey(kind: .scheme, name: $0), from: path) },
                sections: article.sections.map { section in
                    SectionView(
                        heading: section.heading,
                        practices: section.practices.map { summary(model.practices[model.practiceIndex(id: $0.id)], from: path) })
                })
        }
        let practices = model.practices(at: place.key)
        let tags = Set(practices.flatMap(\.mechanisms)).sorted().map { tag($0, from: path) }
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
            metrics: practices.flatMap { metricRows(of: $0, from: path) },
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
            chrome: chrome(path, kind: "practice", title: "\(entry.title) · \(place.name)", breadcrumbs: [homeLink(from: path), placeLink]),
            title: entry.title,
            place: placeLink,
            article: Link(href: relative(place.path, from: path), label: article.title),
            sectionHeading: entry.sectionHeading == entry.title ? nil : entry.sectionHeading,
            tags: entry.mechanisms.map { tag($0, from: path) },
            bodyHTML: Markdown.html(from: entry.practice.text, marking: entry.practice.metrics.map(\.text), markClass: "metric"),
            metrics: metricRows(of: entry, from: path),
            provenance: provenance(of: entry.practice, in: article),
            neighbours: model.neighbours(of: index).map { neighbour in
                Neighbour(
                    href: relative(neighbour.practice.path, from: path), title: neighbour.practice.title,
                    placeName: model.place(neighbour.practice.place).name, tags: neighbour.shared.map { tag($0, from: path) })
            })
        return PageSpec(path: path, template: "practice", context: page)
    }

    func mechanismIndex() -> PageSpec {
        let path = SitePaths.mechanisms
        let groups = MechanismKind.allCases.map { kind in
            MechanismGroup(
                label: kind.label,
                mechanisms: model.mechanismsByReach.filter { $0.key.kind == kind }.map { mechanism in
                    MechanismSummary(
                        href: relative(mechanism.path, from: path), name: mechanism.key.name,
                        practiceCount: mechanism.practiceIndices.count,
                        placeNames: mechanism.places.map { model.place($0).name }.joined(separator: "、"))
                })
        }
        let page = MechanismIndexPage(
            chrome: chrome(path, kind: "mechanisms", title: "机制", breadcrumbs: [homeLink(from: path)]),
            groups: groups.filter { !$0.mechanisms.isEmpty })
        return PageSpec(path: path, template: "mechanisms", context: page)
    }

    func mechanismPage(_ mechanism: MechanismEntry) -> PageSpec {
        let path = mechanism.path
        let groups = mechanism.places.map { key in
            let place = model.place(key)
            let practices = mechanism.practiceIndices.map { model.practices[$0] }.filter { $0.place == key }
            return PlaceGroup(
                place: Link(href: relative(place.path, from: path), label: place.name),
                practices: practices.map { summary($0, from: path) },
                namedInArticle: mechanism.placesNamingItOnlyInArticle.contains(key)
                    ? Link(href: relative(place.path, from: path), label: place.articleIndices.map { model.articles[$0].title }.joined(separator: "；"))
                    : nil)
        }
        let page = MechanismPage(
            chrome: chrome(
                path, kind: "mechanism", title: mechanism.key.name,
                breadcrumbs: [homeLink(from: path), Link(href: relative(SitePaths.mechanisms, from: path), label: "机制")]),
            name: mechanism.key.name, kindLabel: mechanism.key.kind.label,
            placeCount: mechanism.places.count, practiceCount: mechanism.practiceIndices.count,
            groups: groups)
        return PageSpec(path: path, template: "mechanism", context: page)
    }

    func metrics() -> PageSpec {
        let path = SitePaths.metrics
        let rows = model.practices.flatMap { metricRows(of: $0, from: path) }
        let allMetrics = model.practices.flatMap { entry in entry.practice.metrics.map { (entry, $0) } }
        let page = MetricsPage(
            chrome: chrome(path, kind: "metrics", title: "指标", breadcrumbs: [homeLink(from: path)], scripts: [SitePaths.assets + "metrics.js"]),
            placeOptions: model.places.filter { place in rows.contains { $0.placeKey == place.path } }
                .map { FilterOption(value: $0.path, label: $0.name) },
            unitOptions: Set(rows.map(\.unit)).sorted().map { FilterOption(value: $0, label: $0) },
            mechanismOptions: model.mechanisms.filter { mechanism in
                mechanism.practiceIndices.contains { !model.practices[$0].practice.metrics.isEmpty }
            }.map { FilterOption(value: SitePaths.mechanismSlug($0.key), label: $0.key.name) },
            metrics: rows,
            charts: BarChart.comparisons(of: allMetrics.map { entry, metric in
                BarChart.Bar(label: "\(model.place(entry.place).name) · \(metric.subject)", value: metric.valueNormalized.value,
                             valueLabel: Self.valueLabel(metric) + metric.unit, group: Self.baseUnit(metric.unit), place: entry.place.countySlug)
            }))
        return PageSpec(path: path, template: "metrics", context: page)
    }

    func search() -> PageSpec {
        let path = SitePaths.search
        let page = SearchPage(
            chrome: chrome(path, kind: "search", title: "搜索", breadcrumbs: [homeLink(from: path)], scripts: [SitePaths.assets + "search.js", SearchIndex.manifestPath]))
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
            chrome: chrome(path, kind: "not-found", title: "页面未找到", breadcrumbs: [Link(href: root + SitePaths.home, label: "首页")], root: root),
            placesHref: root + SitePaths.places)
        return PageSpec(path: path, template: "not-found", context: page)
    }

    // MARK: Parts

    func chrome(_ path: String, kind: String, title: String?, breadcrumbs: [Link], scripts: [String] = [], root: String? = nil) -> Chrome {
        let root = root ?? SitePaths.relativeRoot(from: path)
        let sections = [(SitePaths.places, "地点"), (SitePaths.mechanisms, "机制"), (SitePaths.metrics, "指标"), (SitePaths.search, "搜索")]
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
            contentSecurityPolicy: Self.contentSecurityPolicy,
            entriesHref: root + SitePaths.entriesExport,
            metricsCSVHref: root + SitePaths.metricsExport,
            aboutHref: root + SitePaths.about,
            notFoundHref: root + SitePaths.notFound,
            canonicalHref: path == SitePaths.notFound ? nil : baseURL?.address(of: path),
            feedHref: baseURL?.address(of: SitePaths.feed))
    }

    func relative(_ target: String, from page: String) -> String { SitePaths.relativeRoot(from: page) + target }

    func homeLink(from path: String) -> Link { Link(href: relative(SitePaths.home, from: path), label: "首页") }

    func tag(_ key: MechanismKey, from path: String) -> Tag {
        Tag(href: relative(SitePaths.mechanism(key), from: path), label: key.name, kind: key.kind.rawValue)
    }

    func summary(_ entry: PracticeEntry, from path: String) -> PracticeSummary {
        let place = model.place(entry.place)
        return PracticeSummary(
            href: relative(entry.path, from: path), title: entry.title,
            placeName: place.name, placeHref: relative(place.path, from: path),
            excerpt: Self.excerpt(of: entry.practice), tags: entry.mechanisms.map { tag($0, from: path) })
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
            practiceCount: model.practices(at: place.key).count + townships.reduce(0) { $0 + $1.practiceCount },
            articleTitles: place.articleIndices.map { model.articles[$0].title },
            townships: townships)
    }

    func metricRows(of entry: PracticeEntry, from path: String) -> [MetricRow] {
        let place = model.place(entry.place)
        return entry.practice.metrics.map { metric in
            MetricRow(
                placeName: place.name, placeHref: relative(place.path, from: path), placeKey: place.path,
                subject: metric.subject, valueLabel: Self.valueLabel(metric), sortValue: metric.valueNormalized.description,
                unit: metric.unit, period: metric.period ?? "", text: metric.text,
                practiceHref: relative(entry.path, from: path), practiceTitle: entry.title,
                mechanismKeys: entry.mechanisms.map(SitePaths.mechanismSlug).joined(separator: " "))
        }
    }

    func provenance(of practice: Practice, in article: Article) -> Provenance {
        let first = min(article.source.firstLine, practice.source.firstLine)
        let last = max(article.source.lastLine, practice.source.lastLine)
        let page = seedPages[article.source.file] ?? []
        let shown = page.isEmpty ? [] : Array(max(first, 1)...min(max(last, 1), page.count))
        return Provenance(
            file: practice.source.file, firstLine: practice.source.firstLine, lastLine: practice.source.lastLine,
            articleTitle: article.title,
            lines: shown.map { number in
                SourceLine(number: number, text: page[number - 1],
                           cited: (practice.source.firstLine...practice.source.lastLine).contains(number))
            })
    }

    // MARK: Text

    static func valueLabel(_ metric: Metric) -> String { (metric.approx ? "约" : "") + metric.value.description }

    /// 万元 and 元 compare on one chart: the normalized value already applied the 万.
    static func baseUnit(_ unit: String) -> String {
        for prefix in ["万", "亿"] where unit.hasPrefix(prefix) && unit.count > 1 { return String(unit.dropFirst()) }
        return unit
    }

    static func excerpt(of practice: Practice, length: Int = 70) -> String {
        var text = SearchIndex.plainText(practice.text).replacingOccurrences(of: "\n", with: " ")
        if let lead = practice.lead, text.hasPrefix(lead) {
            text = String(text.dropFirst(lead.count)).trimmingCharacters(in: CharacterSet(charactersIn: "。： "))
        }
        return text.count > length ? String(text.prefix(length)) + "…" : text
    }
}
