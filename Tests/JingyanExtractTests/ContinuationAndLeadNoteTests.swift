import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batch 21's pages and copies, written anew: the end of a report continued from
/// another page above a title-first report, a report of a title and a body only after a brief,
/// a copy's "【导语】" between title and byline, a news
/// app's prompt to open it, and a site's name after a spaced dash in the title.
@Suite struct ContinuationAndLeadNoteTests {
    static let body = [
        "镇里在每个村设立“院坝议事点”，群众有事可以随时来说，今年共议定事项86件。", "",
        "议事点实行“一事一议”，议定的事项3日内交办，办理结果每月公示一次。", "",
    ]

    /// "（上接第1版）" and the end of a report whose title is on page 1: no report of this page,
    /// so the block under it (place, title, byline) opens the report after it.
    @Test func theEndOfAReportContinuedFromAnotherPage() throws {
        let found = try TestData.extract(lines: [
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
        let found = try TestData.extract(
            lines: [
                "院坝议事点让群众说事有处去 - 某某新闻网", "某某新闻网　2026-11-29 10:30", "", "【导语】议事点开在院坝里，群众说事有了去处。",
                "", "打开APP 查看更多精彩", "", "某某日报全媒体记者 曾宪平", "",
            ] + Self.body)
        #expect(found.articles.map(\.title) == ["院坝议事点让群众说事有处去"])
        #expect(found.articles.first?.author == "曾宪平")
        #expect(found.articles.first?.practices.flatMap(\.metrics).map(\.value.value) == [86, 3])
    }

    /// A report of a title and a body only, after a brief: its title names a township of the
    /// county its first paragraph opens with, which the brief does not name in full (歙县, of
    /// two characters, is named in full only beside its prefecture).
    @Test func aTitleOnlyReportAfterABrief() throws {
        let found = try TestData.extract(lines: [
            "深渡镇“渔民驿站”", "帮上岸渔民找出路", "", "本报讯（记者 汪小青）近日，歙县深渡镇", "新安江畔的“渔民驿站”里热闹起来，",
            "今年已帮助上岸渔民就业120人。", "", "下一步，深渡镇将扶持上岸渔民", "发展农家乐。", "", "后柳镇“院落会”", "议出村里事", "",
            "石泉县后柳镇把群众议事会开进", "院落，今年共召开院落会260余次，", "解决实际问题318件。", "", "平利县大湾村把板凳搬到院坝，今年",
            "开了“板凳会”46场。", "", "板凳会上说事情", "本报记者 李娟", "平利大湾",
        ])
        #expect(found.articles.map(\.title).prefix(2) == ["深渡镇“渔民驿站”帮上岸渔民找出路", "后柳镇“院落会”议出村里事"])
        #expect(found.articles.first?.place.county == "歙县")
        #expect(found.articles.dropFirst().first?.place.county == "石泉县")
        #expect(found.articles.first?.practices.flatMap(\.metrics).map(\.value.value) == [120])
    }

    /// A dash inside a title, or a long field after it, is the title's own.
    @Test func aDashThatIsTheTitlesOwn() {
        #expect(TitleBlockReading.droppingSiteName("从“要我管” - 到“我要管”") == "从“要我管” - 到“我要管”")
        #expect(TitleBlockReading.droppingSiteName("院坝议事点 | 某某新闻网") == "院坝议事点")
    }
}
