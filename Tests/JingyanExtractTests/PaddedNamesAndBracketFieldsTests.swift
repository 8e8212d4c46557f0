import JingyanLayout
import JingyanModel
import JingyanSupport
import Testing

@testable import JingyanExtract

/// Forms of batch 24's pages and copies, written anew: names padded to three characters, a place
/// line the gazetteer does not know, a title broken after its place's colon, a column head of its
/// own words, a copy's fields in brackets, a reading hint, a series' name before a bar, a credit
/// with a full-width slash, ranks, and schemes shown by the article rather than by one clause.
@Suite struct PaddedNamesAndBracketFieldsTests {
    /// Papers pad a two-character name with an ideographic space to the width of three.
    @Test func namesPaddedToThreeCharacters() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.bylineNames("本报记者 孙　磊 通讯员 黄　敏") == ["孙磊", "黄敏"])
        #expect(lexicon.bylineNames("记者 欧阳明　通讯员 白　雪") == ["欧阳明", "白雪"])
        // Two-character words set apart stay apart.
        #expect(Lexicon.joiningPaddedNames("湖南　花垣") == "湖南　花垣")
    }

    /// A padded byline under a body-first report's title is its byline, not title text.
    @Test func aPaddedBylineUnderATitle() throws {
        let found = try TestData.extract(lines: [
            "海伦市共合镇建起“说事长廊”，今年收集群众意见410条，办结396条。", "",
            "黑土地上的", "“说事长廊”", "本报记者 孙　磊 黄　敏",
        ])
        let report = try #require(found.articles.first)
        #expect(report.title == "黑土地上的“说事长廊”")
        #expect(report.author == "孙磊、黄敏")
    }

    /// A short line of Han right under a byline closes the block as its place line, even where
    /// the gazetteer knows the place by another name; the text still places the report.
    @Test func aPlaceLineTheGazetteerDoesNotKnow() throws {
        let found = try TestData.extract(lines: [
            "阜新蒙古族自治县大巴镇在集市旁设立“赶集调解点”，今年调处纠纷63起。", "",
            "集市边上", "有了“调解点”", "本报记者 钱晓东", "阜蒙",
        ])
        let report = try #require(found.articles.first)
        #expect(report.title == "集市边上有了“调解点”")
        #expect(report.author == "钱晓东")
        #expect(report.place.county == "阜新蒙古族自治县")
    }

    /// "某乡：" over the rest of a title is the title's place, not a person credited.
    @Test func aTitleBrokenAfterItsPlacesColon() throws {
        let found = try TestData.extract(lines: [
            "向阳乡：", "五户联保护林带", "记者 杜海峰", "",
            "桦南县向阳乡推行“五户联保”，全乡组成联保小组126个。",
        ])
        let report = try #require(found.articles.first)
        #expect(report.title == "向阳乡：五户联保护林带")
        #expect(report.author == "杜海峰")
    }

    /// "乡村快讯": a column head that ends as the lexicon's heads do, over a brief's title.
    @Test func aColumnHeadOfItsOwnWords() throws {
        let found = try TestData.extract(lines: [
            "乡村快讯", "", "龙场镇“院坝会”开进寨子",
            "本报讯 施秉县龙场镇把“院坝会”开进寨子，今年召开42场，解决问题118件。",
        ])
        #expect(found.articles.first?.title == "龙场镇“院坝会”开进寨子")
    }

    /// A copy's fields in brackets on one line: its author is the 作者 field's, and the line is
    /// no part of the title.
    @Test func fieldsInBrackets() throws {
        let found = try TestData.extract(lines: [
            "社区里的“议事长凳”", "【来源：大庆日报】【作者：王　芳 赵一鸣】【时间：2026-11-30】", "",
            "让胡路区西宾路街道在小区里摆上“议事长凳”，今年议定事项85件。",
        ])
        let report = try #require(found.articles.first)
        #expect(report.title == "社区里的“议事长凳”")
        #expect(report.author == "王芳、赵一鸣")
    }

    /// A reading hint and a series' name before a bar: neither is title text.
    @Test func aReadingHintAndASeriesName() throws {
        let found = try TestData.extract(lines: [
            "乡村治理观察｜渔村有了“海上议事船”", "阅读提示：本文约1200字，预计阅读4分钟", "",
            "洞头区鹿西乡在渔船上设“海上议事船”，今年议事37次。",
        ])
        #expect(found.articles.first?.title == "渔村有了“海上议事船”")
        #expect(TitleBlockReading.droppingSeriesName("小区治理｜人民网") == "小区治理｜人民网")
    }

    /// "张丽／摄": a full-width slash before the marker, as a half-width one.
    @Test func aCreditWithAFullWidthSlash() throws {
        let found = try TestData.extract(lines: [
            "老街里的“和事佬”", "本报记者 邓刚", "", "涟源市蓝田街道组建“和事佬”调解队，今年调解纠纷52起。", "",
            "调解员在老街上听取居民意见。　张丽／摄",
        ])
        #expect(found.captions.map(\.photographer) == ["张丽"])
    }

    /// "排名后3位的村": a place in a ranking, not a count; "3位老人" is one.
    @Test func aRankIsNoFigure() throws {
        let found = try TestData.extract(lines: [
            "村干部“赛场”比本领", "", "记者 田园", "",
            "镇里每季度比武一次，排名后3位的村由镇党委约谈，位列前5名的村给予奖励。镇里还请来3位老人当评委。",
        ])
        let metrics = try #require(found.articles.first).practices.flatMap(\.metrics)
        #expect(metrics.map(\.text).contains { $0.contains("3位老人") })
        #expect(!metrics.map(\.text).contains { $0.contains("后3位") || $0.contains("前5名") })
    }

    /// A title's quote that the text quotes twice more is the report's scheme wherever the title
    /// has it; "从“…”开始" is no contrast; "把“…”作为" takes a scheme.
    @Test func schemesTheArticleShows() throws {
        let found = try TestData.extract(lines: [
            "雪乡有了“护林约”", "", "记者 宋佳", "",
            "各村的“护林约”由村民代表逐条讨论通过。执行“护林约”，靠的是村民自己。",
            "变化从“炕头议事会”开始。镇里把办了三年的“雪夜茶话”作为听民意的主渠道。",
        ])
        let report = try #require(found.articles.first)
        #expect(report.mechanisms.contains("护林约"))
        #expect(report.mechanisms.contains("炕头议事会"))
        #expect(report.mechanisms.contains("雪夜茶话"))
        let contrast = try TestData.extract(lines: [
            "观念之变", "", "记者 宋佳", "", "干部作风实现了从“坐着等”向“上门办”的转变，群众满意度提升到96%。",
        ])
        #expect(contrast.articles.first?.mechanisms.contains("坐着等") == false)
    }

    /// A scheme one paragraph shows ("推行…“…”") is the scheme of every practice that names it.
    @Test func aSchemeSharedAcrossPractices() throws {
        let found = try TestData.extract(lines: [
            "村务“晒”在阳光下", "", "记者 何苗", "",
            "今年，镇里推行村级财务“阳光账本”，18个村的收支逐笔公开。", "",
            "一、账目逐笔公开", "", "每月在公开栏晒出“阳光账本”，群众提出疑问43条，全部答复。", "",
            "二、监督全程跟踪", "", "村务监督委员会审核票据1260张，退回不合规票据17张。",
        ])
        let practices = try #require(found.articles.first).practices
        let naming = practices.filter { $0.text.contains("阳光账本") }
        #expect(naming.count >= 2)
        #expect(naming.allSatisfy { $0.mechanisms.contains("阳光账本") })
    }

    /// Counting a needle stops at the limit and does not count overlaps.
    @Test func countingOccurrences() {
        #expect(TextSearch.count("“护林约”", in: "“护林约”与“护林约”及“护林约”", upTo: 2) == 2)
        #expect(TextSearch.count("aa", in: "aaaa", upTo: 5) == 2)
        #expect(TextSearch.count("b", in: "aaaa", upTo: 5) == 0)
        #expect(TextSearch.contains("", in: "abc"))
    }
}
