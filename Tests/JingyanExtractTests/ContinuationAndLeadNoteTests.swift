import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batch 21's pages and copies, written anew: the end of a report continued from
/// another page above a title-first report, a copy's "【导语】" between title and byline, a news
/// app's prompt to open it, and a site's name after a spaced dash in the title.
@Suite struct ContinuationAndLeadNoteTests {
    func extraction(_ lines: [String]) throws -> Extraction {
        try TestData.extract(lines.joined(separator: "\n"))
    }

    static let body = [
        "镇里在每个村设立“院坝议事点”，群众有事可以随时来说，今年共议定事项86件。", "",
        "议事点实行“一事一议”，议定的事项3日内交办，办理结果每月公示一次。", "",
    ]

    /// "（上接第1版）" and the end of a report whose title is on page 1: no report of this page,
    /// so the block under it (place, title, byline) opens the report after it.
    @Test func theEndOfAReportContinuedFromAnotherPage() throws {
        let found = try extraction([
            "（上接第1版）", "为群众办实事，县里将把这些做法", "总结推广，让服务更加贴近群众。", "", "新化水车", "院坝议事点",
            "让群众说事有处去", "本报记者 曾宪平", "", "新化县水车镇在每个村设立“院坝议事点”，", "群众有事可以随时来说，今年共议定",
            "事项86件。",
        ])
        #expect(found.articles.map(\.title) == ["院坝议事点让群众说事有处去"])
        let report = try #require(found.articles.first)
        #expect(report.author == "曾宪平")
        #expect(!report.lede.contains("总结推广"))
        #expect(report.practices.flatMap(\.metrics).map(\.value.value) == [86])
    }

    /// A copy's "【导语】" paragraph is the editor's, and an app's prompt is the page's; a title
    /// line may end with " - " and the site's name.
    @Test func aLeadNoteAnAppPromptAndASiteNameAfterADash() throws {
        let found = try extraction(
            [
                "院坝议事点让群众说事有处去 - 某某新闻网", "某某新闻网　2026-11-29 10:30", "", "【导语】议事点开在院坝里，群众说事有了去处。",
                "", "打开APP 查看更多精彩", "", "某某日报全媒体记者 曾宪平", "",
            ] + Self.body)
        #expect(found.articles.map(\.title) == ["院坝议事点让群众说事有处去"])
        #expect(found.articles.first?.author == "曾宪平")
        #expect(found.articles.first?.practices.flatMap(\.metrics).map(\.value.value) == [86, 3])
    }

    /// A dash inside a title, or a long field after it, is the title's own.
    @Test func aDashThatIsTheTitlesOwn() {
        #expect(TitleBlockReading.droppingSiteName("从“要我管” - 到“我要管”") == "从“要我管” - 到“我要管”")
        #expect(TitleBlockReading.droppingSiteName("院坝议事点 | 某某新闻网") == "院坝议事点")
    }
}
