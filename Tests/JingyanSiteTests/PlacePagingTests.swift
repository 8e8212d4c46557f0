import Foundation
import Testing

@testable import JingyanSite

/// A place's page lists its articles a page at a time, each article whole.
@Suite struct PlacePagingTests {
    @Test func placesWithMorePracticesThanAPageHoldAreCutByArticle() throws {
        // Three copies of each report: each place has three articles or more.
        var input = try Fixture.input()
        input.articles = Fixture.copies(of: input.articles, count: 3)
        var builder = SiteBuilder(input: input, theme: try Theme.bundled())
        builder.practicesPerPage = 2
        let files = try builder.files()
        let model = try SiteModel(articles: input.articles, naming: input.naming)
        var pages = SitePages(
            model: model, captions: [], seedPages: CitedSeedPages(), edition: SeedEdition(articles: [], captions: []))
        pages.practicesPerPage = 2
        let place = try #require(model.places.max { $0.articleIndices.count < $1.articleIndices.count })
        let cuts = pages.articlePages(of: place)
        #expect(cuts.count > 1)
        #expect(cuts.map(\.lowerBound) == [0] + cuts.dropLast().map(\.upperBound))
        #expect(cuts.last?.upperBound == place.articleIndices.count)
        for cut in cuts {
            let practices = place.articleIndices[cut].map { model.practiceRange(ofArticle: $0).count }
            #expect(cut.count == 1 || practices.reduce(0, +) <= 2, "\(practices)")
        }
        let html = try (1...cuts.count).map {
            String(decoding: try #require(files[SitePaths.place(place.key, page: $0)]), as: UTF8.self)
        }
        #expect(files[SitePaths.place(place.key, page: cuts.count + 1)] == nil)
        #expect(SitePaths.place(place.key, page: 1) == place.path)
        for article in place.articleIndices.map({ model.articles[$0] }) {
            let link =
                "<h2><a href=\(SitePaths.relativeRoot(from: place.path) + SitePaths.article(id: article.id))>"
            #expect(html.filter { $0.contains(link) }.count == 1, "\(article.id)")
        }
        // Its first page has the metrics and the mechanisms; every page the links to the others.
        #expect(html[0].contains("<h2>指标</h2>") && html[0].contains("<h2>做法涉及的机制与分类</h2>"))
        #expect(!html[1].contains("<h2>指标</h2>") && !html[1].contains("<h2>做法涉及的机制与分类</h2>"))
        let second = String(SitePaths.place(place.key, page: 2).split(separator: "/").last!)
        #expect(html[0].contains("<a href=\(second)>2</a>"))
        #expect(html[1].contains("aria-current=page>2</a>"))
        #expect(html[1].contains("<title>\(place.name)（第 2 页）"))
    }

    /// A place's page lists each report's practices by title, linked; their cards (excerpt and
    /// tags) are on the report's page alone.
    @Test func aPlaceListsItsReportsPracticesByTitle() throws {
        let files = try Fixture.builder().files()
        let model = try Fixture.model()
        for place in model.places where !place.articleIndices.isEmpty {
            let html = String(decoding: try #require(files[place.path]), as: UTF8.self)
            #expect(!html.contains("practice-card") && !html.contains("class=excerpt"), "\(place.path)")
            for practice in place.articleIndices.flatMap({ model.practiceRange(ofArticle: $0) }) {
                let entry = model.practices[practice]
                let link = "<li><a href=\(SitePaths.relativeRoot(from: place.path) + entry.path)>"
                #expect(html.contains(link), "\(place.path): \(entry.path)")
            }
        }
    }

    @Test func aPlaceWithinOnePageIsNotPaged() throws {
        let files = try Fixture.builder().files()
        let model = try Fixture.model()
        for place in model.places {
            let html = String(decoding: try #require(files[place.path]), as: UTF8.self)
            #expect(!html.contains("class=pagination"), "\(place.path)")
            #expect(files[SitePaths.place(place.key, page: 2)] == nil)
        }
    }
}
