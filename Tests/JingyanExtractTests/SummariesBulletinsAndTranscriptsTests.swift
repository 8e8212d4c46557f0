import JingyanModel
import Testing

@testable import JingyanExtract

/// Web dresses of batches 55–57, written anew: an app's summary box over a report, an office
/// bulletin's masthead and source line, a programme's transcript, an e-paper's navigation and
/// tools, a compilation's contents, screenshots read back as text with their comments.
@Suite struct SummariesBulletinsAndTranscriptsTests {
    static let figures = LettersIndentsAndChromeTests.figures

    /// A summary under its label alone ("AI摘要") is no part of the report, and an outlet joined to
    /// another by a hyphen opens the byline, not a title.
    @Test func aSummaryBoxAndAHyphenatedOutlet() throws {
        let found = try TestData.extract(
            lines: [
                "古渡口的“摆渡议事会”", "", "新四川号　　2027-01-09 09:30", "", "AI摘要", "屏山县书楼镇在渡口开议事会，船工坐下来商量事。", "",
                "新四川-四川日报记者　何　静　通讯员　孙　磊", "",
                "屏山县书楼镇的老渡口边，船工们围坐在一起。镇里推行“摆渡议事会”，今年议定事项35件。",
                "“有事在船头说开了，心里就顺了。”船工王大勇说。",
            ])
        let article = try #require(found.articles.first)
        #expect(found.articles.map(\.title) == ["古渡口的“摆渡议事会”"])
        #expect(article.author == "何静、孙磊")
        #expect(article.lede.hasPrefix("屏山县书楼镇的老渡口边"))
    }

    /// An office's bulletin: its issue with the year ("2027年第2期（总第96期）"), the report with
    /// its closing credit, and the paper it was taken from in brackets under it.
    @Test func aBulletinsIssueAndSourceLine() throws {
        let found = try TestData.extract(
            lines: [
                "屏山县委办信息专报", "2027年第2期（总第96期）", "中共屏山县委办公室编　　　　2027年1月10日", "", "书楼镇渡口议事会议出新规矩", "",
                "本报屏山讯　1月9日，屏山县书楼镇在老渡口召开今年第一场议事会。全镇共有渡船14条。",
                "去年以来，议事会共议定事项35件，办结33件。", "（通讯员　孙　磊　记者　何　静）", "", "（转自《四川日报》）", "",
                "报：市委办公室", "（共印30份）",
            ])
        #expect(found.articles.map(\.title) == ["书楼镇渡口议事会议出新规矩"])
        #expect(found.articles.map(\.author) == ["孙磊、何静"])
        #expect(found.articles.map(Self.figures) == [[14, 35, 33]])
    }

    /// A programme's transcript: the speakers' labels and times, the file and the foot are no
    /// part of the report read out, whose title stands over its byline.
    @Test func aTranscriptOfAReportReadOut() throws {
        let found = try TestData.extract(
            lines: [
                "我的文件 > 屏山广播《新闻早班车》20270110.mp3", "时长 04:12　　发言人 2　　转写完成 2027-01-10 08:20", "",
                "发言人2　00:00:05", "古渡口的“摆渡议事会”", "本报记者何静 见习记者孙磊", "", "发言人2　00:00:12",
                "屏山县书楼镇的老渡口边，船工们围坐在一起。镇里推行“摆渡议事会”，今年议定事项35件。", "",
                "以上内容由AI转写生成，仅供参考",
            ])
        let article = try #require(found.articles.last)
        #expect(article.title == "古渡口的“摆渡议事会”")
        #expect(article.author == "何静、孙磊")
        #expect(Self.figures(article) == [35])
    }

    /// An e-paper's page: its pages' and titles' navigation, the title block under it, its tools
    /// under the text; a compilation's contents with leaders and its folios between dashes.
    @Test func anEPaperPageAndACompilationsContents() throws {
        let paper = try TestData.extract(
            lines: [
                "版面导航：01版 要闻　02版 综合　03版 政法　04版 乡村振兴", "", "标题导航", "· 古渡口的“摆渡议事会”", "",
                "春运前夕", "古渡口的“摆渡议事会”", "——屏山县书楼镇推进水上协商见闻", "本报记者　何　静", "",
                "　　屏山县书楼镇的老渡口边，船工们围坐在一起。镇里推行“摆渡议事会”，今年议定事项35件。", "",
                "放大　缩小　默认　　　　【打印本页】",
            ])
        #expect(paper.articles.map(\.author) == ["何静"])
        #expect(paper.articles.first?.title.contains("古渡口的“摆渡议事会”") == true)
        #expect(paper.articles.first?.title.contains("打印") == false)
        let book = try TestData.extract(
            lines: [
                "屏山县基层治理案例选编", "", "案例三　书楼镇：“摆渡议事会”……………………12", "案例四　龙华镇：“院坝会”……………………18", "",
                "— iii —", "", "案例三", "", "古渡口的“摆渡议事会”", "", "记者　何静　通讯员　孙磊　报道", "",
                "　　屏山县书楼镇的老渡口边，船工们围坐在一起。镇里推行“摆", "渡议事会”，今年议定事项35件。", "",
            ])
        #expect(book.articles.map(\.title) == ["古渡口的“摆渡议事会”"])
    }

    /// Screenshots read back as text: the phone's status bar and the app's top bar over the
    /// title, readers' comments under the text, wrapped like a column's lines.
    @Test func screenshotsWithTheirBarsAndComments() throws {
        let found = try TestData.extract(
            lines: [
                "识别结果（共2张图片）　　复制全部", "", "———— 图片1 ————", "09:41　　　　5G ▮▮▮ 82%", "✕　四川日报　　　···",
                "古渡口的“摆渡议事会”", "本报记者　何　静", "", "　　屏山县书楼镇的老渡口边，船工们围坐", "在一起，今年议定事项35件。", "",
                "热门评论", "渡口老张：这个办法好", "", "— 识别完成，请核对原图 —",
            ])
        #expect(found.articles.map(\.title) == ["古渡口的“摆渡议事会”"])
        #expect(found.articles.map(\.author) == ["何静"])
    }
}
