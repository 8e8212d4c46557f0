import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batch 18's pages and copies, written anew: a copy's decoration and fields around
/// its title (pictographs, an account's date line, a read-aloud player, a print version's site
/// and address, a word count beside the byline), a copy kept in Markdown, a series' numbered
/// kicker, a signed commentary under a box label, a table of figures, a title-first report
/// followed by another set the same way, and a report that opens with its county.
@Suite struct NoteAppAndSeriesFormsTests {
    static let body = [
        "镇里在每个村设立“院坝议事点”，群众有事可以随时来说，今年共议定事项86件。", "",
        "议事点实行“一事一议”，议定的事项3日内交办，办理结果每月公示一次。", "",
    ]

    /// Pictographs decorate a post's lines; an account's name and date, a player for the text
    /// read aloud and a digital edition's word count are the page's, not the title's.
    @Test func aPostsDecorationAndFieldsAroundItsTitle() throws {
        let found = try TestData.extract(
            lines: [
                "院坝议事点让群众说事有处去", "某某发布　2025-11-08", "🔊 AI朗读　00:00 / 02:41", "👆点击蓝字 关注我们", "",
                "📝作者：田华 罗建　　字数：640", "",
            ] + Self.body)
        #expect(found.articles.map(\.title) == ["院坝议事点让群众说事有处去"])
        #expect(found.articles.first?.author == "田华、罗建")
    }

    /// A print version's head: the site's name with "打印版", the page's address and the time it
    /// was printed.
    @Test func aPrintVersionsHead() throws {
        let found = try TestData.extract(
            lines: [
                "某某县人民政府网　打印版", "https://www.example.gov.cn/xxgk/202511/t20251108_1234.html",
                "打印时间：2025-11-08 09:12:40", "", "院坝议事点让群众说事有处去", "来源：某某日报　作者：田华", "",
            ] + Self.body + ["1/2", "上一页　1　2　下一页"])
        #expect(found.articles.map(\.title) == ["院坝议事点让群众说事有处去"])
        #expect(found.articles.first?.author == "田华")
    }

    /// A copy kept in Markdown: "# " before the title, "> " before its fields, emphasis and a
    /// table whose rows are figures, a rule and an italic source line.
    @Test func aCopyKeptInMarkdown() throws {
        let found = try TestData.extract(lines: [
            "# 院坝议事点让群众说事有处去", "", "> 某某日报记者 田华", "> 2025-11-08 · 某某日报", "",
            "镇里在每个村设立**“院坝议事点”**，今年共议定事项86件。各村情况如下：", "",
            "| 村名 | 议定事项 |", "| --- | --- |", "| 石坎村 | 30件 |", "| 水田村 | 56件 |", "",
            "议定的事项3日内交办，办理结果每月公示一次。", "", "---", "*摘自《某某日报》，收藏于 2025-11-08*",
        ])
        #expect(found.articles.map(\.title) == ["院坝议事点让群众说事有处去"])
        let report = try #require(found.articles.first)
        #expect(report.author == "田华")
        #expect(report.sections.allSatisfy { $0.heading == nil })
        #expect(report.practices.flatMap(\.metrics).map(\.value.value) == [86, 30, 56, 3])
        #expect(report.mechanisms == ["院坝议事点"])
    }

    /// A series' name and number over a title ("某某谈③") is no part of it; a title's first line
    /// ending in "的" is no place tag, though it opens with a district's short name.
    @Test func aSeriesKickerOverATitleFirstReport() throws {
        let found = try TestData.extract(lines: [
            "今日天气：多云　12℃～20℃", "", "乡村治理漫谈③", "", "南岸渔村的", "“码头说事会”", "",
            "本报记者 田华", "", "某某县石门镇南岸村是个渔村，村里把议事桌搬到码头，今年共开会21次。", "",
            "会上议定的事，村里3日内交办，办完在码头公示。", "",
        ])
        #expect(found.articles.map(\.title) == ["南岸渔村的“码头说事会”"])
    }

    /// A box label over a title, and after a blank line a signed byline: a commentary set as a
    /// report, an article of its own; the report below keeps its own first paragraph.
    @Test func aSignedCommentaryUnderABoxLabel() throws {
        let found = try TestData.extract(lines: [
            "短评", "议事要议到点子上", "", "本报评论员 罗建", "", "议事会开得好不好，要看议定",
            "的事办没办。把议题交给群众，把", "结果亮给群众，议事才有分量。", "",
            "印江县木黄镇在各村推行“屋场夜", "话”，干部晚上到农户家里拉家常，", "今年收集意见320条。", "",
            "夜话收集的意见当场能答的当场", "答，不能答的7日内回复。", "",
            "屋场夜话暖民心", "本报记者 田华", "印江木黄", "",
        ])
        #expect(found.articles.map(\.title) == ["议事要议到点子上", "屋场夜话暖民心"])
        #expect(found.articles.first?.author == "罗建")
        #expect(found.articles.last?.lede.hasPrefix("印江县木黄镇") == true)
    }

    /// Two title-first reports: the second block, whose title names a township of the county the
    /// text below it opens with, heads that text, not the text above; a report that leaves the
    /// page ("（下转第4版）") ends there.
    @Test func titleFirstReportsSetAlike() throws {
        let found = try TestData.extract(lines: [
            "院坝议事点让群众", "说事有处去", "", "本报记者 田华", "",
            "印江县木黄镇在每个村设立“院坝议事", "点”，群众有事可以随时来说。今年", "共议定事项86件。", "",
            "议事点实行“一事一议”，议定的事", "项3日内交办，办理结果每月公示。", "",
            "潮砥镇红白理事会", "刹住人情风", "", "本报记者 罗建", "",
            "德江县潮砥镇过去办酒讲排场，今年", "全镇19个村都成立了红白理事会，", "帮群众操办红白事。", "",
            "（下转第4版）", "",
            "思南县许家坝镇推行“积分超市”，今", "年共发放积分12万分，兑换商品", "价值约9万元。", "",
            "积分超市兑出新风", "本报记者 王芳", "思南许家坝", "",
        ])
        #expect(found.articles.map(\.title) == ["院坝议事点让群众说事有处去", "潮砥镇红白理事会刹住人情风", "积分超市兑出新风"])
        #expect(
            found.articles.map { $0.practices.flatMap(\.metrics).map(\.value.value) } == [[86, 3], [19], [12, 9]])
    }

    /// A byline crediting a county's media centre after a paper's reporter ("某某日报记者 张三
    /// 某某县融媒体中心 李四"): the centre is where the second writes, not a name.
    @Test func aBylineCreditingAMediaCentre() throws {
        let names = try Lexicon.bundled().bylineNames("安徽日报记者 田华 印江县融媒体中心 罗建")
        #expect(names == ["田华", "罗建"])
    }

    /// "▍" before a heading is typography, like "■"; a pictograph is no word of a line.
    @Test func barsAndPictographs() {
        #expect(Typography.droppingBullets("▍议题从群众中来") == "议题从群众中来")
        #expect(Typography.cleaned("👍点赞 ✅已办结") == "点赞 已办结")
        #expect(Typography.cleaned("| 石坎村 | 水田村 |") == "石坎村　水田村")
        #expect(Typography.cleaned("| 石坎村 | 30件 |") == "石坎村30件")
        #expect(Typography.cleaned("第1.5条*") == "第1.5条")
    }
}
