import JingyanModel

/// What the site was built from and "when", taken from the inputs only, never the clock, so that
/// the same input builds the same bytes: the seed pages the entries cite, what each gave, and the
/// newest date they were printed on (a sidecar's `date:`, else a date in the file name:
/// "2024-05-10-一版.txt", "20240510_3.txt").
struct SeedEdition: Sendable {
    struct Page: Sendable {
        /// As the entries cite it: "seeds/000_x.txt".
        var file: String
        /// "YYYY-MM-DD": the articles' date (from the page's sidecar), else the file name's.
        var date: String?
        var articles = 0
        var practices = 0
        var metrics = 0
        var captions = 0
    }

    /// Newest first: see `isNewer`.
    var pages: [Page]

    init(articles: [Article], captions: [Caption]) {
        var pages: [String: Page] = [:]
        func page(_ file: String) -> Page {
            pages[file] ?? Page(file: file, date: PageProvenance.date(inFileName: file))
        }
        for article in articles {
            var entry = page(article.source.file)
            if let date = article.provenance.date { entry.date = date }  // the sidecar's over the file name's
            entry.articles += 1
            entry.practices += article.practices.count
            entry.metrics += article.practices.reduce(0) { $0 + $1.metrics.count }
            pages[article.source.file] = entry
        }
        for caption in captions {
            var entry = page(caption.source.file)
            entry.captions += 1
            pages[caption.source.file] = entry
        }
        self.pages = pages.values.sorted(by: Self.isNewer)
    }

    /// The newest date among the pages, "YYYY-MM-DD"; nil when no page is dated.
    var date: String? { pages.compactMap(\.date).max() }

    func page(_ file: String) -> Page? { pages.first { $0.file == file } }

    /// Dated pages before undated ones, later dates first, then by file name, later names first:
    /// pages numbered or dated in their names come out newest first.
    static func isNewer(_ left: Page, _ right: Page) -> Bool {
        if left.date != right.date { return (left.date ?? "") > (right.date ?? "") }
        return left.file > right.file
    }
}
