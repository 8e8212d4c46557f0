import Foundation
import JingyanModel
import Testing

@testable import JingyanSite

/// Review notes are for whoever checks content/: no page, search index or download shows them.
@Suite struct ReviewNotesTests {
    /// Every article and practice of the fixture with a note of its own.
    static func notedArticles() throws -> [Article] {
        try Fixture.extraction().articles.enumerated().map { number, article in
            var article = article
            article.review = ["核对备注文章\(number)：没有署名：请核对作者"]
            for section in article.sections.indices {
                for practice in article.sections[section].practices.indices {
                    let note = "核对备注做法\(number)-\(section)-\(practice)：标题为推测"
                    article.sections[section].practices[practice].review = [note]
                }
            }
            return article
        }
    }

    @Test func theSiteIsTheSameWithAndWithoutNotes() throws {
        let plain = try Fixture.input()
        let noted = SiteInput(
            articles: try Self.notedArticles(), captions: plain.captions, seedPages: plain.seedPages,
            naming: plain.naming)
        #expect(noted.articles.allSatisfy { !$0.hasReview })
        let theme = try Theme.bundled()
        let files = try SiteBuilder(input: noted, theme: theme).files()
        let plainFiles = try SiteBuilder(input: plain, theme: theme).files()
        // Pages, the search index's files, the downloads: byte for byte as without notes.
        #expect(Set(files.keys) == Set(plainFiles.keys))
        #expect(
            files.keys.contains(SitePaths.entriesExport) && files.keys.contains { $0.hasPrefix(MetricChunk.folder) })
        for (path, data) in files {
            #expect(data == plainFiles[path], "\(path)")
            #expect(!String(decoding: data, as: UTF8.self).contains("核对备注"), "\(path)")
        }
    }

    @Test func settingArticlesDropsTheirNotes() throws {
        var input = try Fixture.input()
        input.articles = try Self.notedArticles()
        #expect(input.articles.allSatisfy { !$0.hasReview })
        #expect(input.articles == (try Fixture.input().articles))
    }
}
