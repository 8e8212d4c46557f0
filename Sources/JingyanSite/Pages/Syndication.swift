import JingyanSupport

/// `sitemap.xml` and the Atom feed `feed.xml`. Both need absolute addresses (the sitemap protocol
/// and Atom ids require them), so they are written only when the build has a base URL.
struct Syndication {
    static let feedLength = 20

    var baseURL: BaseURL
    var model: SiteModel
    var edition: SeedEdition

    /// Every page but the 404 page, sorted by path; a practice's or article's page with the day
    /// its seed page was printed, when that is known.
    func sitemap(pagePaths: [String]) -> String {
        let printed = printedDates()
        let urls = pagePaths.filter { $0 != SitePaths.notFound }.sorted().map { path in
            let lastModified = printed[path].map { "<lastmod>\($0)</lastmod>" } ?? ""
            return "  <url><loc>\(xml(baseURL.address(of: path)))</loc>\(lastModified)</url>\n"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """ + urls.joined() + "</urlset>\n"
    }

    /// The print date of each practice's and article's page, by path.
    func printedDates() -> [String: String] {
        let byFile = Dictionary(
            edition.pages.compactMap { page in page.date.map { (page.file, $0) } }, uniquingKeysWith: { $1 })
        var dates: [String: String] = [:]
        for entry in model.practices { dates[entry.path] = byFile[entry.practice.source.file] }
        for article in model.articles { dates[SitePaths.article(id: article.id)] = byFile[article.source.file] }
        return dates
    }

    /// The newest practices of dated pages, newest first (see `newestPractices`); nil when no
    /// page is dated: Atom requires dates, and none is made up.
    func feed() -> String? {
        guard let updated = edition.date.map(timestamp) else { return nil }
        let entries = newestPractices().compactMap { entry -> String? in
            guard let date = edition.page(entry.practice.source.file)?.date else { return nil }
            let place = model.place(entry.place)
            let address = xml(baseURL.address(of: entry.path))
            let categories = entry.mechanisms.map { "    <category term=\"\(xml($0.name))\"/>\n" }.joined()
            return """
                  <entry>
                    <title>\(xml("\(entry.title) · \(place.name)"))</title>
                    <id>\(address)</id>
                    <link rel="alternate" type="text/html" href="\(address)"/>
                    <updated>\(timestamp(date))</updated>
                    <summary>\(xml(SitePages.excerpt(of: entry.practice)))</summary>

                """ + categories + "  </entry>\n"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
              <title>\(xml(SitePages.siteName)) · 最新做法</title>
              <id>\(xml(baseURL.absolute))</id>
              <link rel="self" type="application/atom+xml" href="\(xml(baseURL.address(of: SitePaths.feed)))"/>
              <link rel="alternate" type="text/html" href="\(xml(baseURL.address(of: SitePaths.home)))"/>
              <updated>\(updated)</updated>
              <author><name>\(xml(SitePages.siteName))</name></author>

            """ + entries.joined() + "</feed>\n"
    }

    /// Practices of the newest seed pages first (`SeedEdition.isNewer`), in page order within a
    /// page: an order the inputs fix, so the feed is the same on every build.
    func newestPractices() -> [PracticeEntry] {
        let rank = Dictionary(uniqueKeysWithValues: edition.pages.enumerated().map { ($1.file, $0) })
        // Each key made once, not twice per comparison: hashing a file name is what costs.
        let keys = model.practices.map { (rank[$0.practice.source.file] ?? rank.count, $0.practice.source.firstLine) }
        let ordered = model.practices.indices.sorted { (keys[$0].0, keys[$0].1, $0) < (keys[$1].0, keys[$1].1, $1) }
        return ordered.prefix(Self.feedLength).map { index in
            var entry = model.practices[index]
            entry.practice = model.fullPractice(index)
            return entry
        }
    }

    func timestamp(_ date: String) -> String { "\(date)T00:00:00Z" }

    /// Text and attribute values: the HTML escaping covers XML's five characters.
    func xml(_ text: String) -> String { HTMLEscaping.escaped(text) }
}
