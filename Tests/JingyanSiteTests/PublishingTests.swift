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
            #expect(!String(decoding: data, as: UTF8.self).contains("rel=\"canonical\""), "\(path)")
        }
    }

    @Test func aBaseURLGivesCanonicalLinksSitemapAndFeed() throws {
        let files = try files(baseURL: "https://intranet.example/kb")
        #expect(try text(files, "index.html").contains("<link rel=\"canonical\" href=\"https://intranet.example/kb/index.html\">"))
        #expect(try text(files, "practices/sinan-03.html").contains("href=\"https://intranet.example/kb/practices/sinan-03.html\""))
        #expect(try text(files, "index.html").contains("href=\"https://intranet.example/kb/feed.xml\""))

        let sitemap = try text(files, SitePaths.sitemap)
        let pages = files.keys.filter { $0.hasSuffix(".html") && $0 != SitePaths.notFound }
        #expect(sitemap.components(separatedBy: "<loc>").count - 1 == pages.count)
        #expect(sitemap.contains("<loc>https://intranet.example/kb/about.html</loc>"))
        #expect(!sitemap.contains("404.html"))

        let feed = try text(files, SitePaths.feed)
        #expect(feed.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""))
        #expect(feed.components(separatedBy: "<entry>").count - 1 == Syndication.feedLength)
        #expect(feed.contains("<id>https://intranet.example/kb/practices/"))
        #expect(feed.contains("<updated>1970-01-01T00:00:00Z</updated>"), "the seed file name has no date")
        // Other links stay relative: the site still works from a copy on disk.
        #expect(try text(files, "practices/sinan-03.html").contains("href=\"../assets/style.css\""))
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
        let model = try SiteModel(articles: input.articles)
        let edition = SeedEdition(articles: input.articles, captions: input.captions)
        let newest = Syndication(baseURL: try BaseURL("http://kb.test/"), model: model, edition: edition).newestPractices()
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
        #expect(about.contains("版面文件名中没有日期"))
    }

    @Test func aboutAnd404AreTheSameOnEveryBuildAndLinkedFromEveryPage() throws {
        let first = try files(baseURL: "http://kb.test/kb/")
        let second = try files(baseURL: "http://kb.test/kb/")
        #expect(first[SitePaths.about] == second[SitePaths.about])
        #expect(first[SitePaths.notFound] == second[SitePaths.notFound])
        for (path, data) in try files() where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let root = path == SitePaths.notFound ? "" : SitePaths.relativeRoot(from: path)
            #expect(html.contains("href=\"\(root)about.html\""), "\(path)")
            #expect(html.contains("href=\"\(root)404.html\""), "\(path)")
        }
    }

    /// A server shows 404.html at the missing address, at any depth: with a base URL its links
    /// start from the base path.
    @Test func notFoundPageLinksFromTheBasePath() throws {
        let page = try text(try files(baseURL: "https://intranet.example/kb/"), SitePaths.notFound)
        #expect(page.contains("href=\"/kb/assets/style.css\""))
        #expect(page.contains("src=\"/kb/assets/site.js\""))
        #expect(page.contains("href=\"/kb/index.html\""))
        #expect(!page.contains("href=\"../") && !page.contains("rel=\"canonical\""))
    }

    @Test func baseURLsAreCheckedAndNormalized() throws {
        #expect(try BaseURL("https://intranet.example/kb").absolute == "https://intranet.example/kb/")
        #expect(try BaseURL("HTTP://intranet.example").path == "/")
        for bad in ["/kb/", "intranet.example/kb", "ftp://host/", "https://host/kb/?x=1", "https://host/k\"b/", "file:///tmp/site/"] {
            #expect(throws: BaseURL.Invalid.self, "\(bad)") { try BaseURL(bad) }
        }
    }

    @Test func datesComeFromSeedFileNamesOnly() {
        #expect(SeedEdition.date(inFileName: "seeds/2024-05-10-一版.txt") == "2024-05-10")
        #expect(SeedEdition.date(inFileName: "20240510_3.txt") == "2024-05-10")
        #expect(SeedEdition.date(inFileName: "rb_2023.12.01.txt") == "2023-12-01")
        #expect(SeedEdition.date(inFileName: "000_79c1e505a44a4db6.txt") == nil)
        #expect(SeedEdition.date(inFileName: "a120240510.txt") == nil, "inside a longer run")
        #expect(SeedEdition.date(inFileName: "2024-13-40.txt") == nil)
        #expect(SeedEdition.date(inFileName: "2024-05_10.txt") == nil, "mixed separators")
    }
}
