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
}
