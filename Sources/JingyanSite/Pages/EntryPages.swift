import JingyanMarkdown
import JingyanModel

/// The page of each place, practice, article and mechanism.
extension SitePages {
    /// A place's articles a page at a time, as positions in `place.articleIndices`: each page
    /// holds whole articles, at most `practicesPerPage` practices unless one article has more: no
    /// page grows with the base. A place without articles has one page.
    func articlePages(of place: PlaceEntry) -> [Range<Int>] {
        var pages: [Range<Int>] = []
        var (start, practices) = (0, 0)
        for (position, article) in place.articleIndices.enumerated() {
            let count = model.practiceRange(ofArticle: article).count
            if position > start && practices + count > practicesPerPage {
                pages.append(start..<position)
                (start, practices) = (position, 0)
            }
            practices += count
        }
        pages.append(start..<place.articleIndices.count)
        return pages
    }

    /// Page `page` of the `pageCount` pages of a place: its townships, its articles at `shown`
    /// (positions in its `articleIndices`); the first page also its first metrics and its
    /// practices' mechanisms. Only the first page reads the place's practices, so that a page's
    /// cost does not grow with its place.
    func placePage(_ place: PlaceEntry, page: Int, of pageCount: Int, articles shown: Range<Int>) -> PageSpec {
        let path = SitePaths.place(place.key, page: page)
        let countyEntry = place.key.townshipSlug == nil ? nil : model.place(place.key.county)
        let articles = place.articleIndices[shown].map { reportEntry($0, from: path) }
        let practices = page > 1 ? [] : model.practiceIndices(at: place.key)
        let tags = tags(Set(practices.flatMap { model.practices[$0].mechanisms }).sorted(), from: path)
        let metricCount = place.metricCount
        let view = PlacePage(
            chrome: chrome(
                path, kind: "place", title: place.name + (page > 1 ? "（第 \(page) 页）" : ""),
                breadcrumbs: [homeLink(from: path), Link(href: relative(SitePaths.places, from: path), label: "地点")]
                    + (countyEntry.map { [Link(href: relative($0.path, from: path), label: $0.name)] } ?? [])),
            name: place.name, fullName: place.fullName,
            county: countyEntry.map { Link(href: relative($0.path, from: path), label: $0.name) },
            townships: place.key.townshipSlug != nil
                ? [] : model.townships(of: place.key).map { Link(href: relative($0.path, from: path), label: $0.name) },
            articles: articles,
            metrics: Array(
                practices.lazy.flatMap { metricRows(of: model.practices[$0], from: path) }.prefix(Self.placeMetrics)),
            metricCount: metricCount,
            metricsCut: metricCount > Self.placeMetrics,
            metricsHref: relative(SitePaths.metrics, from: path) + "?place=" + place.path,
            tags: tags,
            pagination: PageLink.links(count: pageCount, current: page) {
                relative(SitePaths.place(place.key, page: $0), from: path)
            })
        return PageSpec(path: path, template: "place", context: view)
    }

    func practicePage(_ index: Int) -> PageSpec {
        let entry = model.practices[index]
        let practice = model.fullPractice(index)
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
            tags: tags(entry.mechanisms, from: path),
            // A bare <mark>: a practice's text marks its metrics' phrases only (style.css).
            bodyHTML: Markdown.html(from: practice.text, marking: practice.metrics.map(\.text), markClass: nil),
            metrics: metricRows(of: entry, from: path),
            provenance: provenance(of: entry.practice, in: article, from: path),
            neighbours: neighbourSource(of: entry))
        return PageSpec(path: path, template: "practice", context: page)
    }

    /// What the page's neighbours are drawn from (`NeighbourData`); nil when the practice names
    /// no mechanism.
    func neighbourSource(of entry: PracticeEntry) -> NeighbourSource? {
        entry.mechanisms.isEmpty ? nil : NeighbourSource(place: model.place(entry.place).path)
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
            pagination: PageLink.links(count: pageCount, current: page) {
                relative(SitePaths.mechanism(slug: mechanism.slug, page: $0), from: path)
            })
        return PageSpec(path: path, template: "mechanism", context: view)
    }
}
