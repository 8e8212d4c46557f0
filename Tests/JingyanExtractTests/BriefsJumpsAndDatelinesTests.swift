import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batches 53 and 54's pages and copies, written anew: briefs under a letter-spaced
/// column head, on a page and in a copy; a report's end under its jump head; a dateline whose
/// persons and verb run together; a title block at the top of text copied with no blank line.
@Suite struct BriefsJumpsAndDatelinesTests {
    static let briefs = [
        "简　讯", "", "冯家镇“渔家议事”化解滩涂纠纷", "本报讯（通讯员　孙　涛）今年以来，沾化区冯家镇共化解滩涂纠纷31起。", "",
        "草沟镇积分超市开进村", "本报讯（记者　周　敏）泗县草沟镇全镇1.2万户建起积分档案。", "",
    ]

    /// Briefs each under its own title and a letter-spaced column head: the head is no byline,
    /// and each title heads its brief, on a copy too.
    @Test func briefsUnderALetterSpacedHead() throws {
        let page = try TestData.extract(lines: Self.briefs)
        #expect(page.articles.map(\.title) == ["冯家镇“渔家议事”化解滩涂纠纷", "草沟镇积分超市开进村"])
        #expect(page.articles.map(\.author) == ["孙涛", "周敏"])
        let copy = try TestData.extract(lines: ["—— 文档内容预览 ——", ""] + Self.briefs + ["—— 预览结束，下载后可查看全文 ——"])
        #expect(copy.articles.map(\.title) == ["冯家镇“渔家议事”化解滩涂纠纷", "草沟镇积分超市开进村"])
    }

    /// A report signed in brackets under its last paragraph, then another report's end under its
    /// jump head: the credit is the first report's, and the end is read as a report of its own.
    @Test func aReportsEndUnderItsJumpHead() throws {
        let found = try TestData.extract(
            lines: [
                "民宿村里来了“和事管家”", "", "屯字镇包庄村的民宿今年接待游客3.2万人次。镇里组建", "“和事管家”队伍，调处纠纷46起。",
                "（马　丽 杨帆）", "", "渔家议事议出新规矩", "（接第3版）", "事都摆到桌面上商量。", "",
                "截至目前，冯家镇已成立议事会27个，调处纠纷", "58起。", "",
            ])
        #expect(found.articles.map(\.title) == ["民宿村里来了“和事管家”", "渔家议事议出新规矩"])
        #expect(found.articles.first?.author == "马丽、杨帆")
        #expect(found.articles.map(LettersIndentsAndChromeTests.figures) == [[3.2, 46], [27, 58]])
    }

    /// "本报某县12月26日电　记者张三" / "通讯员李四报道：……": both persons, though the line's end
    /// parts them and the second runs on to the verb.
    @Test func aDatelineWhosePersonsRunTogether() throws {
        let found = try TestData.extract(
            lines: [
                "冯家镇“渔家议事”议出新规矩", "", "本报沾化12月26日电　记者孙涛　", "通讯员周敏报道：沾化区冯家镇推行“渔家议事”，",
                "今年共议定事项58件。", "",
            ])
        #expect(found.articles.map(\.author) == ["孙涛、周敏"])
    }

    /// A title, its subtitle and byline at the top of text copied with no blank line, over a
    /// body whose first line has clause marks: the block is read as the report's.
    @Test func aTitleBlockAtTheTopOfUnpartedText() throws {
        let found = try TestData.extract(
            lines: [
                "“地块连起来，心也连起来”", "——屯字镇“小田并大田”见闻", "本报记者　马　丽", "冬至前后，镇原县屯字镇的麦田里一片青绿，",
                "全镇耕地8.3万亩，今年并地1.2万亩。", "村民说：“地并了，纠纷也少了。”",
            ])
        let article = try #require(found.articles.first)
        #expect(article.title == "“地块连起来，心也连起来”——屯字镇“小田并大田”见闻")
        #expect(article.author == "马丽")
    }

    /// A portal's search results over the article they found, and a news app's counts and
    /// download prompt under it: the article's own title, and its body whole.
    @Test func anArticleUnderSearchResultsAndOverAppCounts() throws {
        let found = try TestData.extract(
            lines: [
                "站内搜索：议事长桌　　　　[搜索]", "共找到 2 条结果，用时 0.12 秒", "", "院坝里的“议事长桌”",
                "……甘沟驿镇推行“议事长桌”，乡村干部带着议题进村，冬", "2026-12-30　　会宁县人民政府　　/xwzx/xzdt/", "",
                "我县召开基层治理工作会", "……会上，甘沟驿镇介绍了做法……", "2026-11-18　　会宁县人民政府　　/xwzx/xydt/", "",
                "院坝里的“议事长桌”", "", "本报记者　王　芳　通讯员　杨　帆", "", "会宁县甘沟驿镇推行“议事长桌”，已摆桌议事96场。", "",
                "阅读 1.6万　　　　　　点赞", "", "镇里还为每张长桌配了记录员，议定事项41件。", "",
                "下载某某日报客户端，阅读更多精彩内容　　　　　　立即下载",
            ])
        #expect(found.articles.map(\.title) == ["院坝里的“议事长桌”"])
        #expect(found.articles.map(\.author) == ["王芳、杨帆"])
        #expect(found.articles.map(LettersIndentsAndChromeTests.figures) == [[96, 41]])
    }

    /// Text copied from a PDF with no blank lines, a photo's caption marked "▲" right under a
    /// paragraph: the paragraph stays the report's, the caption is the marked line alone.
    @Test func aMarkedCaptionUnderAParagraph() throws {
        let found = try TestData.extract(
            lines: [
                "院坝里的“议事长桌”", "本报记者　王　芳", "会宁县甘沟驿镇推行“议事长桌”，已摆桌", "议事96场，议定事项41件。",
                "镇里还为每张长桌配了记录员，调处纠纷", "37起，没有一起上交。", "▲甘沟驿镇的议事长桌。　本报记者　王　芳　摄",
                "村民说，有事上桌，心里敞亮。",
            ])
        #expect(found.articles.map(LettersIndentsAndChromeTests.figures) == [[96, 41, 37]])
        #expect(found.captions.map(\.text) == ["甘沟驿镇的议事长桌。"])
    }
}
