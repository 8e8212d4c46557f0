import Foundation
import JingyanModel
import Testing

@testable import JingyanSite

/// What a build that keeps no state leaves out of memory gives the same site as a build that
/// holds it all.
@Suite struct BuildMemoryTests {
    /// Seed pages referred to by their files are read a round of article pages at a time.
    @Test func seedPagesReadPerRoundGiveTheSiteOfPagesHeld() throws {
        var input = try Fixture.input()
        let referred = try SiteBuilder(input: input, theme: try Theme.bundled()).files()
        input.seedPages = try input.seedPages.holdingAll()
        let held = try SiteBuilder(input: input, theme: try Theme.bundled()).files()
        #expect(referred == held)
        #expect(
            try Fixture.model().articles.contains { article in
                let page = String(decoding: referred[SitePaths.article(id: article.id)] ?? Data(), as: UTF8.self)
                return page.contains(input.seedPages.lines(of: article.source.file)[article.source.firstLine - 1])
            })
    }

    /// Texts kept in a temporary file are read back wherever they are shown: practice pages,
    /// feed, search documents, metric scripts, entries.json.
    @Test func spilledTextsGiveTheSiteOfTextsHeld() throws {
        var input = try Fixture.input()
        input.articles = input.articles.map { article in  // dated, so that there is a feed of excerpts
            var article = article
            article.provenance.date = "2025-01-15"
            return article
        }
        let baseURL = try BaseURL("https://example.org/kb/")
        let held = try SiteBuilder(input: input, theme: try Theme.bundled(), baseURL: baseURL).files()
        var spilled = input
        try spilled.spillTexts()
        #expect(spilled.articles.allSatisfy { $0.practices.allSatisfy { $0.text.isEmpty } })
        #expect(try SiteBuilder(input: spilled, theme: try Theme.bundled(), baseURL: baseURL).files() == held)
        #expect(spilled.restoringTexts().articles == input.articles)
        #expect(held[SitePaths.feed] != nil)
    }

    /// A build that keeps its state for updates holds every text again.
    @Test func aBuildKeepingStateFromSpilledTextsHoldsThemAll() throws {
        let input = try Fixture.input()
        let sink = MemorySink()
        var spilled = input
        try spilled.spillTexts()
        let state = try SiteBuilder(input: spilled, theme: try Theme.bundled()).writeKeepingState(to: sink)
        #expect(state.builder.input.texts == nil)
        #expect(state.builder.input.articles == input.articles)
        #expect(sink.files == (try Fixture.builder().files()))
    }
}
