import Foundation
import JingyanModel
import Testing

@testable import JingyanSite

@Suite struct PublishingTests {
    func files(baseURL: String? = nil) throws -> [String: Data] {
        var builder = try Fixture.builder()
        builder.baseURL = try baseURL.map(BaseURL.init)
        return try builder.files()
    }

    func text(_ files: [String: Data], _ path: String) throws -> String {
        String(decoding: try #require(files[path], "\(path) missing"), as: UTF8.self)
    }

    @Test func withoutABaseURLThereIsNoSitemapFeedOrCanonicalLink() throws {
        let files = try files()
        #expect(files[SitePaths.sitemap] == nil && files[SitePaths.feed] == nil)
        for (path, data) in files where path.hasSuffix(".html") {
            #expect(!String(decoding: data, as: UTF8.self).contains("rel=canonical"), "\(path)")
        }
    }

    @Test func aBaseURLGivesCanonicalLinksSitemapAndFeed() throws {
        let files = try files(baseURL: "https://intranet.example/kb")
        #expect(
            try text(files, "index.html").contains(
                "<link rel=canonical href=https://intranet.example/kb/index.html>"))
        #expect(
            try text(files, "practices/sinan-03.html").contains(
                "href=https://intranet.example/kb/practices/sinan-03.html"))

        let sitemap = try text(files, SitePaths.sitemap)
        let pages = files.keys.filter { $0.hasSuffix(".html") && $0 != SitePaths.notFound }
        #expect(sitemap.components(separatedBy: "<loc>").count - 1 == pages.count)
        #expect(sitemap.contains("<loc>https://intranet.example/kb/about.html</loc>"))
        #expect(!sitemap.contains("404.html"))

        // The seed page says no date (no sidecar, none in its name): no feed, no date made up.
        #expect(files[SitePaths.feed] == nil)
        #expect(!(try text(files, "index.html")).contains("feed.xml"))
        // Other links stay relative: the site still works from a copy on disk.
        #expect(try text(files, "practices/sinan-03.html").contains("href=../assets/style.css"))
    }

    @Test func aSidecarDateDatesTheFeedAndTheCitation() throws {
        var input = try Fixture.input()
        for index in input.articles.indices {
            input.articles[index].provenance = PageProvenance(publication: "铜仁日报", date: "2025-01-15", page: "3")
        }
        let files = try SiteBuilder(
            input: input, theme: try Theme.bundled(), baseURL: try BaseURL("https://intranet.example/kb")
        ).files()
        let feed = try text(files, SitePaths.feed)
        #expect(
            feed.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""))
        #expect(feed.components(separatedBy: "<entry>").count - 1 == Syndication.feedLength)
        #expect(feed.contains("<id>https://intranet.example/kb/practices/"))
        #expect(feed.contains("<updated>2025-01-15T00:00:00Z</updated>") && !feed.contains("1970"))
        let sitemap = try text(files, SitePaths.sitemap)
        #expect(
            sitemap.contains("practices/\(input.articles[0].practices[0].id).html</loc><lastmod>2025-01-15</lastmod>"))
        #expect(sitemap.contains("about.html</loc></url>"))
        #expect(try text(files, "index.html").contains("href=https://intranet.example/kb/feed.xml"))
        let article = input.articles[1]
        let citation = "《\(article.title)》，\(article.author ?? "")，铜仁日报，2025年1月15日第3版"
        let practice = try text(files, "practices/\(article.practices[0].id).html")
        #expect(practice.contains(citation))
        // The citation does not name the seed page: the practice's lines do.
        #expect(practice.contains("版面文本 <code>\(article.practices[0].source.file)</code>，第 "))
        #expect(try text(files, "articles/\(article.id).html").contains(citation))
    }

    @Test func withoutAPublicationTheCitationNamesTheSeedPage() throws {
        let input = try Fixture.input()
        let article = input.articles[0]
        let files = try SiteBuilder(input: input, theme: try Theme.bundled(), baseURL: nil).files()
        let practice = try text(files, "practices/\(article.practices[0].id).html")
        #expect(practice.contains("《\(article.title)》，\(article.author ?? "")，版面文本 \(article.source.file)"))
        // The lines under the citation give their numbers only: the citation names their page.
        #expect(practice.contains("版面文本第 ") && !practice.contains("<code>\(article.source.file)</code>"))
    }

    @Test func theFeedListsNewestSeedPagesFirstInPageOrder() throws {
        var input = try Fixture.input()
        // A second, dated page: its practices come first, whatever the clock says.
        var newer = input.articles[4]
        newer.source.file = "seeds/2024-05-10-一版.txt"
        newer.id += "-b"
        newer.sections = newer.sections.map { section in
            var section = section
            section.practices = section.practices.map { practice in
                var practice = practice
                practice.id += "-b"
                practice.source.file = newer.source.file
                return practice
            }
            return section
        }
        input.articles.append(newer)
        let builder = SiteBuilder(input: input, theme: try Theme.bundled(), baseURL: try BaseURL("http://kb.test/"))
        let model = try SiteModel(articles: input.articles, naming: input.naming)
        let edition = SeedEdition(articles: input.articles, captions: input.captions)
        let newest = Syndication(baseURL: try BaseURL("http://kb.test/"), model: model, edition: edition)
            .newestPractices()
        #expect(newest.first?.practice.id == newer.practices.first?.id)
        #expect(newest.prefix(newer.practices.count).map(\.practice.id) == newer.practices.map(\.id))
        let feed = try text(try builder.files(), SitePaths.feed)
        #expect(feed.contains("<updated>2024-05-10T00:00:00Z</updated>"))
        #expect(try builder.files() == (try builder.files()))
    }

    @Test func aboutPageNamesTheSeedPagesCountsAndDateFromTheInputs() throws {
        let about = try text(try files(), SitePaths.about)
        #expect(about.contains("<code>seeds/000_79c1e505a44a4db6.txt</code>"))
        let model = try Fixture.model()
        #expect(about.contains("\(model.articles.count) 篇文章，\(model.practices.count) 条做法"))
        #expect(about.contains("未注明：版面没有日期"))
    }

    @Test func aboutAnd404AreTheSameOnEveryBuildAndAboutLinkedFromEveryPage() throws {
        let first = try files(baseURL: "http://kb.test/kb/")
        let second = try files(baseURL: "http://kb.test/kb/")
        #expect(first[SitePaths.about] == second[SitePaths.about])
        #expect(first[SitePaths.notFound] == second[SitePaths.notFound])
        for (path, data) in try files() where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let root = path == SitePaths.notFound ? "" : SitePaths.relativeRoot(from: path)
            #expect(html.contains("href=\(root)about.html"), "\(path)")
        }
        // Every page's footer gets the 404 page's link from site.js (a browser test); the about
        // page has it, and the downloads, in its own HTML.
        let about = try text(try files(), SitePaths.about)
        for target in [SitePaths.notFound, SitePaths.entriesExport, SitePaths.metricsExport] {
            #expect(about.contains("href=\(target)"), "\(target)")
        }
    }

    /// The foot a printed page ends with (style.css's print rules): a practice's or an article's
    /// citation, the page's title, and its address where the build knows it (site.js writes in
    /// the address the page is open at otherwise).
    @Test func thePrintFootCitesThePageAndGivesItsAddress() throws {
        let published = try files(baseURL: "https://intranet.example/kb")
        func foot(_ files: [String: Data], _ path: String) throws -> Substring {
            let html = try text(files, path)
            return html[try #require(html.range(of: "<div class=print-foot>"), "\(path)").lowerBound...]
        }
        let practice = try foot(published, "practices/sinan-03.html")
        let address = "https://intranet.example/kb/practices/sinan-03.html"
        #expect(practice.contains("<span class=page-address>\(address)</span>"))
        #expect(practice.contains("<p>引用：《") && practice.contains("<p>本页："))
        let article = try #require(published.keys.first { $0.hasPrefix("articles/") })
        #expect(try foot(published, article).contains("<p>引用：《"))
        let scheme = "mechanisms/dangxiaozu-wanggeyuan-lianhuzhang.html"
        let mechanism = try foot(published, scheme)
        #expect(!mechanism.contains("引用：") && mechanism.contains("\(scheme)</span>"))
        // Without a base URL the line ends with its <br>: site.js writes in the address, span and all.
        let local = try foot(try files(), "practices/sinan-03.html")
        #expect(local.contains("<br></p>") && !local.contains("page-address"))
    }

    /// A server shows 404.html at the missing address, at any depth: with a base URL its links
    /// start from the base path.
    @Test func notFoundPageLinksFromTheBasePath() throws {
        let page = try text(try files(baseURL: "https://intranet.example/kb/"), SitePaths.notFound)
        #expect(page.contains("href=/kb/assets/style.css"))
        #expect(page.contains("src=/kb/assets/site.js"))
        #expect(page.contains("href=/kb/index.html"))
        #expect(!page.contains("href=../") && !page.contains("href=\"../") && !page.contains("rel=canonical"))
    }

    @Test func baseURLsAreCheckedAndNormalized() throws {
        #expect(try BaseURL("https://intranet.example/kb").absolute == "https://intranet.example/kb/")
        #expect(try BaseURL("HTTP://intranet.example").path == "/")
        for bad in [
            "/kb/", "intranet.example/kb", "ftp://host/", "https://host/kb/?x=1", "https://host/k\"b/",
            "file:///tmp/site/",
        ] {
            #expect(throws: BaseURL.Invalid.self, "\(bad)") { try BaseURL(bad) }
        }
    }

    @Test func datesComeFromSeedFileNamesOnly() {
        #expect(PageProvenance.date(inFileName: "seeds/2024-05-10-一版.txt") == "2024-05-10")
        #expect(PageProvenance.date(inFileName: "20240510_3.txt") == "2024-05-10")
        #expect(PageProvenance.date(inFileName: "rb_2023.12.01.txt") == "2023-12-01")
        #expect(PageProvenance.date(inFileName: "000_79c1e505a44a4db6.txt") == nil)
        #expect(PageProvenance.date(inFileName: "a120240510.txt") == nil, "inside a longer run")
        #expect(PageProvenance.date(inFileName: "2024-13-40.txt") == nil)
        #expect(PageProvenance.date(inFileName: "2024-05_10.txt") == nil, "mixed separators")
    }
}
