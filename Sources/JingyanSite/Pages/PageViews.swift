// What the templates see. swift-mustache reads stored properties through Mirror, so these are
// plain stored values; `…HTML` fields are markup this module made (libcmark output, SVG) and go
// through `{{{ }}}`, every other string through the escaping `{{ }}`.

struct Link: Sendable, Encodable {
    var href: String
    var label: String
}

struct Tag: Sendable, Encodable {
    var href: String
    var label: String
    /// "scheme" or "category"; the bundled `tag` leaves it to its list (`TagList`).
    var kind: String
}

/// Tags of a page or a card, one list per kind (`tag-list`): the kind is the list's class
/// (`tags-scheme`, `tags-category`), said once rather than on every tag. Schemes first.
struct TagList: Sendable, Encodable {
    var schemes: [Fragment] = []
    var categories: [Fragment] = []

    private enum CodingKeys: String, CodingKey { case schemes, categories, none }

    /// Its lists and `none`, true when both are empty (`{{^tags.none}}`).
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemes, forKey: .schemes)
        try container.encode(categories, forKey: .categories)
        try container.encode(schemes.isEmpty && categories.isEmpty, forKey: .none)
    }
}

struct NavigationItem: Sendable, Encodable {
    var href: String
    var label: String
    var current: Bool
}

/// The frame every page shares: head, header with search, navigation, footer.
struct Chrome: Sendable, Encodable {
    /// The page's template name, a class on <body> for page-specific styles.
    var kind: String
    var title: String
    var siteName: String
    var root: String
    var homeHref: String
    var searchHref: String
    var assetsHref: String
    var scripts: [String]
    var navigation: [NavigationItem]
    var breadcrumbs: [Link]
    var contentSecurityPolicy: String
    var entriesHref: String
    var metricsCSVHref: String
    var aboutHref: String
    var notFoundHref: String
    /// Absolute, only with a base URL.
    var canonicalHref: String?
    var feedHref: String?
}

struct PracticeSummary: Sendable, Encodable {
    var href: String
    var title: String
    var placeName: String
    var placeHref: String
    var tags: TagList
}

struct MetricRow: Sendable, Encodable {
    var placeName: String
    var placeHref: String
    var subject: String
    /// The number as written, "约" before it when the text says 余, 多, 以上…
    var valueLabel: String
    /// The normalized value (万 applied), for sorting.
    var sortValue: String
    var unit: String
    var period: String
    var text: String
    var practiceHref: String
    var practiceTitle: String
}

struct Stat: Sendable, Encodable {
    var label: String
    var count: Int
    var href: String
}

/// A county with its townships: the place lists show counties, townships inside them.
struct PlaceSummary: Sendable, Encodable {
    var href: String
    var name: String
    var fullName: String
    /// Practices of the county and its townships.
    var practiceCount: Int
    var articleTitles: [String]
    var townships: [PlaceSummary]
}

struct CaptionView: Sendable, Encodable {
    var text: String
    var credit: String
}

struct HomePage: Sendable, Encodable {
    var chrome: Chrome
    var stats: [Stat]
    var places: [PlaceSummary]
    var sharedMechanisms: TagList
    var captions: [CaptionView]
}

struct PlacesPage: Sendable, Encodable {
    var chrome: Chrome
    var places: [PlaceSummary]
}

/// A part rendered once and pasted into every page that shows it (`Fragments`): a practice's
/// card (the `practice-card` template), a mechanism's tag (`tag`).
struct Fragment: Sendable, Encodable {
    var html: String
}

struct SectionView: Sendable, Encodable {
    var heading: String?
    var practices: [Fragment]
}

struct ArticleView: Sendable, Encodable {
    var href: String
    var title: String
    var author: String?
    var lede: String
    /// Named schemes of the whole article.
    var tags: TagList
    var sections: [SectionView]
}

/// A report as its place's page lists it: its title block and its practices' titles. Their
/// cards (with their tags) are on the report's own page, which each title here leads to.
struct ReportEntry: Sendable, Encodable {
    var href: String
    var title: String
    var author: String?
    var lede: String
    var practices: [Link]
}

struct PlacePage: Sendable, Encodable {
    var chrome: Chrome
    var name: String
    var fullName: String
    var county: Link?
    var townships: [Link]
    var articles: [ReportEntry]
    /// The first `SitePages.placeMetrics` of the place's own metrics.
    var metrics: [MetricRow]
    var metricCount: Int
    /// True when `metrics` is not all of them.
    var metricsCut: Bool
    /// The metrics page filtered to this place.
    var metricsHref: String
    /// Mechanisms and categories of the place's practices.
    var tags: TagList
    /// Links to the place's pages; empty when it has one.
    var pagination: [PageLink]
}

/// Lines of an article that follow each other, a list numbered from `firstLine` on: lines a
/// practice was read from (`cited`), or lines between those. A practice's first line opens a
/// run, which then carries the id ("L" and its number) the practice page's link points at.
struct SourceRun: Sendable, Encodable {
    var firstLine: Int
    var cited: Bool
    var opensPractice: Bool
    var lines: [String]
}

struct Provenance: Sendable, Encodable {
    /// The article cited as a reader writes it down: see `citation(of:)`.
    var citation: String
    var file: String
    /// The citation names `file` (the article has no publication): the lines then say only
    /// their numbers, under it.
    var fileInCitation: Bool
    var firstLine: Int
    var lastLine: Int
    var articleTitle: String
    var articleHref: String
    /// The practice's first line on the article page, which holds the page's text once;
    /// nil when the seed page is not in the build.
    var linesHref: String?
}

/// An article's original lines on its page.
struct SourceText: Sendable, Encodable {
    var file: String
    /// The article's lines from its first on, with no gap, cut where a practice's lines begin
    /// or end.
    var runs: [SourceRun]
}

struct ArticlePage: Sendable, Encodable {
    var chrome: Chrome
    var place: Link
    var article: ArticleView
    var citation: String
    var source: SourceText
}

/// What a practice page's neighbours are drawn from: `site.js` reads the scripts of the
/// mechanisms its tags link to (`NeighbourData`) and leaves out its place (its page's path).
struct NeighbourSource: Sendable, Encodable {
    var place: String
}

struct PracticePage: Sendable, Encodable {
    var chrome: Chrome
    var title: String
    var place: Link
    var article: Link
    var sectionHeading: String?
    var tags: TagList
    var bodyHTML: String
    var metrics: [MetricRow]
    var provenance: Provenance
    /// Nil when the practice names no mechanism.
    var neighbours: NeighbourSource?
}

struct MechanismSummary: Sendable, Encodable {
    var href: String
    var name: String
    var practiceCount: Int
    var placeNames: String
}

struct MechanismGroup: Sendable, Encodable {
    var label: String
    var mechanisms: [MechanismSummary]
}

struct MechanismIndexPage: Sendable, Encodable {
    var chrome: Chrome
    var groups: [MechanismGroup]
}

struct MechanismPage: Sendable, Encodable {
    var chrome: Chrome
    var name: String
    var kindLabel: String
    /// The scheme's other spellings (`aliases` in taxonomy.yml).
    var spellings: [String]
    var placeCount: Int
    var practiceCount: Int
    /// The page's practices side by side, a place to a row: the page lists them this way only.
    var comparison: [ComparisonPlace]
    /// Whether the rows carry their figures: a scheme's do, a category's do not
    /// (`Fragments.briefRow`).
    var figures: Bool
    /// Links to each page of the mechanism; empty when it has one.
    var pagination: [PageLink]
}

struct PageLink: Sendable, Encodable {
    var href: String
    var number: Int
    var current: Bool

    /// Up to this many pages, each page links to all of them.
    static let allPagesUpTo = 12

    /// The links of page `current` of `count` (none for one page): every page up to
    /// `allPagesUpTo`; past that, the first and the last and, for each power of ten below
    /// `count`, its ten multiples in the block of the next power that holds `current` (page 3456
    /// of 7500: 3450–3459, 3400–3490 by tens, 3000–3900 by hundreds, 1000–7000 by thousands). Any
    /// page is then as many clicks away as its number has digits, and the list grows with the
    /// number of digits, not the count: a category of thousands of pages would otherwise list
    /// them all on each of them.
    static func links(count: Int, current: Int, href: (Int) -> String) -> [PageLink] {
        guard count > 1 else { return [] }
        var numbers = Set([1, count])
        if count <= allPagesUpTo {
            numbers.formUnion(1...count)
        } else {
            var scale = 1
            while scale < count {
                let block = current / (scale * 10) * (scale * 10)
                numbers.formUnion((0..<10).map { block + $0 * scale })
                scale *= 10
            }
        }
        return numbers.sorted().filter { (1...count).contains($0) }.map {
            PageLink(href: href($0), number: $0, current: $0 == current)
        }
    }
}

struct FilterOption: Sendable, Encodable {
    var value: String
    var label: String
}

struct Chart: Sendable, Encodable {
    var title: String
    var svgHTML: String
}

/// A county names its data scripts; a township, its county, whose scripts hold its rows.
struct PlaceFilterOption: Sendable, Encodable {
    var value: String
    var label: String
    /// Space-separated script paths; nil for a township.
    var chunks: String?
    /// The county's `value`; nil for a county.
    var county: String?
}

struct MetricsPage: Sendable, Encodable {
    var chrome: Chrome
    var placeOptions: [PlaceFilterOption]
    var unitOptions: [FilterOption]
    var mechanismOptions: [FilterOption]
    /// True when `mechanismOptions` are not all the mechanisms with metrics.
    var mechanismsCut: Bool
    var metricCount: Int
    var charts: [Chart]
    /// Units places could be compared by that have no chart, nil when none: the page says so.
    var unchartedUnits: Int?
    var maximumBars: Int
    var placesHref: String
}

struct SearchPage: Sendable, Encodable {
    var chrome: Chrome
}

/// One seed page and what the entries took from it; also the totals row.
struct SeedPageRow: Sendable, Encodable {
    var file: String
    /// "YYYY-MM-DD" from the file name, or "".
    var date: String
    var articles: Int
    var practices: Int
    var metrics: Int
    var captions: Int
}

struct AboutPage: Sendable, Encodable {
    var chrome: Chrome
    var seedPages: [SeedPageRow]
    var totals: SeedPageRow
    var placeCount: Int
    /// The newest date in the seed file names; nil when none has one.
    var date: String?
    var baseURL: String?
}

struct NotFoundPage: Sendable, Encodable {
    var chrome: Chrome
    var placesHref: String
}
