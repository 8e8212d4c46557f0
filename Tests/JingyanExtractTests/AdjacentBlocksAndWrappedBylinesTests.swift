import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batch 25's pages and copies, written anew: a byline after a report's opening
/// paragraph, two title blocks with no blank line between, a byline wrapped onto a second line,
/// a brief whole under its title, an unbracketed brief credit, numbered questions as headings,
/// names in corner brackets, a copy's English page title and link, and HTML references.
@Suite struct AdjacentBlocksAndWrappedBylinesTests {
    /// "标题" / opening paragraph / "本报记者 某某" / more text: one report, its byline after its opening.
    @Test func aBylineAfterTheOpeningParagraph() throws {
        let found = try TestData.extract(lines: [
            "石门乡护林员有了“巡山本”", "", "兴隆县石门乡森林覆盖率超过80%，护林员多是本村村民，过去巡山靠脚走、记事靠脑子。", "",
            "本报记者 范晓丽", "", "去年起，乡里给每名护林员发了一本“巡山本”，全乡218名护林员同时担任网格员。", "",
            "今年以来，护林员上报问题960余条，办结率达到95.2%。",
        ])
        #expect(found.articles.count == 1)
        let report = try #require(found.articles.first)
        #expect(report.author == "范晓丽")
        #expect(report.practices.flatMap(\.metrics).map(\.valueNormalized.value).contains(960))
    }

    /// A body-first report's block (title, byline, a township's short name) runs straight into
    /// the next report's title, whose byline stands after a blank line.
    @Test func twoBlocksWithNoBlankLineBetween() throws {
        let found = try TestData.extract(lines: [
            "嘉善县西塘镇紧邻上海，全镇共有出租房屋2600户，租住人员8000余人。", "",
            "镇里推行“出租房一户一档”，租客入住3日内登记，目前登记率达97.5%。", "",
            "西塘镇：出租房一户一档", "记者 钱佳 通讯员 沈涛", "西塘", "塔城镇：", "牧区里开起夜间议事会", "", "记者 马海涛", "",
            "裕民县塔城镇的牧民冬季转场到冬牧场，镇里组建议事小组42个。", "", "今年以来，议事小组化解草场纠纷31起。",
        ])
        #expect(found.articles.map(\.title) == ["西塘镇：出租房一户一档", "塔城镇：牧区里开起夜间议事会"])
        #expect(found.articles.map(\.author) == ["钱佳、沈涛", "马海涛"])
    }

    /// "记者 某某某" / "某某某": two names that would not fit one narrow line, above the place line.
    @Test func aBylineWrappedOntoASecondLine() throws {
        let body = "拉萨市堆龙德庆区乃琼镇辖13个村，镇里以联户为基础，把相邻住户编成联户单位，全镇共有联户单位312个。"
        let lines = stride(from: 0, to: body.count, by: 9).map { start in
            String(body.dropFirst(start).prefix(9))
        }
        let found = try TestData.extract(lines: lines + ["", "乃琼镇联户", "有了服务卡", "记者 次仁罗布", "扎西顿珠", "堆龙乃琼"])
        let report = try #require(found.articles.first)
        #expect(report.title == "乃琼镇联户有了服务卡")
        #expect(report.author == "次仁罗布、扎西顿珠")
    }

    /// A brief of one paragraph under its title is whole, its unit's note after its last
    /// sentence: the titled block after it heads the next report, though the page ends with a
    /// body-first one.
    @Test func aWholeBriefThenATitleFirstReport() throws {
        let found = try TestData.extract(lines: [
            "会仙镇老人当起“调解员”",
            "本报讯 桂林市临桂区会仙镇请回有威望的老人调解纠纷，目前全镇共有调解员36名，今年已调处纠纷47起。（临桂区委组织部供稿）", "",
            "菜市场里的“交办单”", "", "本报记者 周敏", "", "贵港市港北区贵城街道把菜市场划成6个网格，今年以来共填写交办单1320张。", "",
            "网格员每天巡查两遍，调处纠纷86起。", "", "秦安县兴国镇以前，群众办事要跑好几趟。镇里推行“代办员”制度，今年代办事项820件。", "",
            "镇里还设立代办点12个，群众满意度达到96%。", "", "兴国镇有了“代办员”", "本报记者 韩雪", "秦安兴国",
        ])
        #expect(found.articles.map(\.title) == ["会仙镇老人当起“调解员”", "菜市场里的“交办单”", "兴国镇有了“代办员”"])
        #expect(found.articles.map(\.author) == [nil, "周敏", "韩雪"])
        #expect(Typography.endsSentence("今年已调处纠纷47起。（临桂区委组织部供稿）"))
        #expect(!Typography.endsSentence("（下转第2版）"))
    }

    /// "本报讯 记者 某某 通讯员 某某　近日，……": the credit ends at the ideographic space.
    @Test func aBriefsCreditWithoutBrackets() throws {
        let found = try TestData.extract(lines: [
            "河畔村民当上“护河员”", "", "本报讯 记者 吴迪 通讯员 何静　近日，记者来到武清区大良镇，镇里从沿河村民中招聘护河员，全镇共有护河员86名。",
        ])
        #expect(found.articles.first?.author == "吴迪、何静")
    }

    /// A copy's numbered questions ("1.钱从哪里来？") are its headings, as unnumbered ones are.
    @Test func numberedQuestionsAreHeadings() throws {
        let found = try TestData.extract(lines: [
            "老小区换了新“管家”", "", "记者 郝静", "", "平定县冠山镇的老旧小区多建于上世纪，没有物业。去年以来，镇里把23个小区的改造和管理一起抓。", "",
            "1.钱从哪里来？", "", "镇里争取改造资金6200万元，完成屋面防水、管网更新等项目。", "", "2.人从哪里来？", "",
            "镇里从退休职工中招募楼院长146名，组建服务队。",
        ])
        let headings = try #require(found.articles.first).sections.compactMap(\.heading)
        #expect(headings == ["1.钱从哪里来？", "2.人从哪里来？"])
    }

    /// Names quoted in corner brackets are schemes as names in “” are.
    @Test func namesInCornerBrackets() throws {
        let found = try TestData.extract(lines: [
            "网格里的「农户信用卡」", "", "记者 金海", "",
            "龙井市东盛涌镇推行『农户信用卡』，把守信情况记在卡上，全镇发放信用卡1860张。镇里还建立了「邻里互助站」12个。",
        ])
        #expect(found.articles.first?.mechanisms == ["农户信用卡", "邻里互助站"])
    }

    /// A copy's page title in English and its link to the original are no part of the report.
    @Test func anEnglishPageTitleAndALink() throws {
        let found = try TestData.extract(lines: [
            "Village mediators carry notebooks | Daily", "", "山村里的“调解本”", "", "记者 马丽", "",
            "阳城县润城镇给调解员每人发一本“调解本”，今年记录纠纷230起，化解226起。", "",
            "原文链接：https://example.com/2026/12/06/notebook.shtml",
        ])
        let report = try #require(found.articles.first)
        #expect(report.title == "山村里的“调解本”")
        #expect(report.source.lines == [3, 7])
    }

    /// HTML character references left in a copy read as what they stand for; other ampersands stay.
    @Test func htmlReferences() {
        #expect(Typography.cleaned("&nbsp;&nbsp;本报记者 张三") == "本报记者 张三")
        #expect(Typography.cleaned("A&amp;B") == "A&B")
        #expect(Typography.cleaned("网格&#x8BAE;事&#20250;") == "网格议事会")
        #expect(Typography.cleaned("AT&T 合作") == "AT&T 合作")
        #expect(Typography.cleaned("&unknown;") == "&unknown;")
    }
}
