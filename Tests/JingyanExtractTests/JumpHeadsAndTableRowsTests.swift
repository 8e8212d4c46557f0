import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batch 35 and 36's pages and copies, written anew: the end of a report continued from
/// another page over several paragraphs, a jump marker above a jump head, a subtitle wrapped in a
/// column, a brief's credit without brackets, a platform's name over a copy, a table's rows, and
/// a body shared by two reports told apart by what their titles quote.
@Suite struct JumpHeadsAndTableRowsTests {
    static func figures(_ article: Article) -> [String] {
        article.sections.flatMap(\.practices).flatMap(\.metrics).map { "\($0.value)\($0.unit)" }
    }

    /// "（上接第5版）" over the end of a report — a paragraph, a heading and another paragraph —
    /// then the next report, whose first sentence names its county, and its block after it.
    @Test func theEndOfAReportOverSeveralParagraphs() throws {
        let found = try TestData.extract(lines: [
            "（上接第5版）", "今年以来，全镇共受理群众", "诉求1326件。", "",
            "办得好：积分带动参与", "镇里把调处和积分结合起来，", "累计兑换积分31.5万分。", "",
            "初冬时节，蓟州区下营镇的山", "村里，镇里选出“长城管家”", "218名，巡查看护长城。", "",
            "“长城管家”守护山乡", "记者 孟繁星", "", "蓟州下营",
        ])
        let article = try #require(found.articles.first)
        #expect(found.articles.map(\.title) == ["“长城管家”守护山乡"])
        #expect(Self.figures(article) == ["218名"])
    }

    /// "（转自第1版）" printed above the jump head: no word of its title.
    @Test func aJumpMarkerAboveTheJumpHead() throws {
        let found = try TestData.extract(lines: [
            "综合新闻　02", "2026年12月22日　星期二", "", "（转自第1版）", "将台堡镇：", "彩礼降下来　新风树起来", "",
            "今年，全镇平均彩礼金额降至5.8万元，较2023年下降了61.3%。", "",
        ])
        #expect(found.articles.map(\.title) == ["将台堡镇：彩礼降下来　新风树起来"])
    }

    /// A title's subtitle ("——某县某镇……见闻") wrapped over two lines of a column: the title block
    /// of the report under it, not a paragraph.
    @Test func aSubtitleWrappedInAColumn() throws {
        let found = try TestData.extract(lines: [
            "彩礼降下来　新风树起来", "——西吉县将台堡镇以红白理事会为抓手推进移风易俗、培", "育文明乡风见闻", "",
            "宁夏日报记者 马晓燕 通讯员 杨文杰", "",
            "西吉县将台堡镇全镇有17个行政村，去年以来，镇里指导各村成立红白理事会，全镇共选出理事186名。", "",
            "拉林满族镇“暖冬网格”护民安",
            "本报讯（记者 刘冬梅）入冬以来，五常市拉林满族镇把全镇划分为46个网格，配备网格员52名。",
        ])
        let titles = found.articles.map { String($0.title.prefix(11)) }
        #expect(titles == ["彩礼降下来　新风树起来", "拉林满族镇“暖冬网格”"])
        #expect(found.articles.first?.author == "马晓燕、杨文杰")
    }

    /// "本报讯　记者 甲　通讯员 乙　报道：": a credit without brackets whose persons ideographic
    /// spaces part, closed by its colon.
    @Test func aBriefsCreditPartedByIdeographicSpaces() throws {
        let found = try TestData.extract(lines: [
            "新惠镇“老兵调解室”化解纠纷",
            "本报讯　记者 乌日娜　通讯员 王立军　报道：敖汉旗新惠镇设立“老兵调解室”，今年调解成功260件。",
        ])
        #expect(found.articles.first?.author == "乌日娜、王立军")
    }

    /// A platform's or an app's name over a copy's title, and a video's credits in brackets: no
    /// title, no byline.
    @Test func aPlatformsNameAndAVideosCredits() throws {
        let found = try TestData.extract(lines: [
            "某某日报客户端", "人民号", "桥头镇老旧小区物业难题有了“三招”", "西海都市报　2026-12-22 07:40　青海", "",
            "[视频]", "时长 02:16", "（视频／海南日报记者 符晓玲　剪辑／王涵）", "", "记者 韩晓东 通讯员 李生兰", "",
            "大通回族土族自治县桥头镇有老旧小区42个、居民1.8万户。今年，镇里用三招打开了小区治理的新局面。",
        ])
        #expect(found.articles.map(\.title) == ["桥头镇老旧小区物业难题有了“三招”"])
        #expect(found.articles.first?.author == "韩晓东、李生兰")
    }

    /// A table's rows copied as lines ("某某嘎查　禁牧6.8万亩　休牧4.2万亩　管护员12名"): figures
    /// of the body, not headings.
    @Test func aTablesRowsCopiedAsLines() throws {
        let found = try TestData.extract(lines: [
            "“草原110”让草场纠纷不出嘎查", "", "记者 其其格", "",
            "　　乌审旗无定河镇全镇辖11个嘎查村，草原面积148万亩。", "　　今年部分嘎查禁牧休牧和管护情况如下：",
            "　　萨拉乌苏嘎查　禁牧6.8万亩　休牧4.2万亩　管护员12名", "　　巴图湾嘎查　禁牧5.1万亩　休牧3.6万亩　管护员9名",
            "　　镇党委负责人表示，将用好“草原110”，让草场纠纷不出嘎查。",
        ])
        let article = try #require(found.articles.first)
        #expect(article.sections.compactMap(\.heading).isEmpty)  // not "……情况如下："
        #expect(Self.figures(article) == ["11个", "148万亩", "6.8万亩", "4.2万亩", "12名", "5.1万亩", "3.6万亩", "9名"])
    }

    /// A title-first report whose body runs straight into the next report's, which names no place
    /// in its body (its title does): each title's quoted words count for its own report, so the
    /// cut goes where the second report's words begin.
    @Test func quotedTitleWordsCutASharedBody() throws {
        let found = try TestData.extract(lines: [
            "庄浪：村务监督", "从“挂牌子”到“动真格”", "", "本报记者 马文娟", "",
            "庄浪县全县18个乡镇293个行政村。今年以", "来，县里推开“监督一本账”，今年已培训", "监委会成员216人次。", "",
            "县纪委监委有关负责人表示，下一步将让", "村务监督真正从“挂牌子”走向“动真格”。", "",
            "晚上8点，网格员李红梅和几名志愿者戴上", "红袖标出了门。这样的夜巡每周都有。", "",
            "去年以来，镇里推行“夜巡灯”行动，把全", "镇划分为86个网格，全镇共有夜巡队员1040", "名。", "",
            "夜巡队共上报各类问题2376条，办结2291", "条。", "",
            "如皋搬经：", "网格里亮起“夜巡灯”", "本报通讯员 陈晓东",
        ])
        #expect(found.articles.count == 2)
        let second = try #require(found.articles.last)
        #expect(Self.figures(second) == ["86个", "1040名", "2376条", "2291条"])
    }

    /// An untitled news brief ("本报讯（记者 某某）……") printed between one report's block and the
    /// next report's body, which its block closes: a report of its own, not that one's opening.
    @Test func anUntitledBriefBeforeAnotherReportsBody() throws {
        let found = try TestData.extract(lines: [
            "本报讯（记者 龙珊 通讯员 吴昊）近日，松桃苗族自治县蓼皋街道在辖区11个社区推行“楼院议事厅”，已解决问题138件。",
            "", "五月的岳西县包家乡，茶山青翠。乡里推行“三访三问”工作法，今年走访农户2300户。", "",
            "包家乡“三访三问”", "问出山乡民生实事", "本报记者 储丹丹", "", "岳西包家",
        ])
        try #require(found.articles.count == 2)
        #expect(found.articles[0].author == "龙珊、吴昊")
        #expect(Self.figures(found.articles[0]) == ["11个", "138件"])
        #expect(found.articles[1].title == "包家乡“三访三问”问出山乡民生实事")
        #expect(Self.figures(found.articles[1]) == ["2300户"])
    }

    /// A box of figures after the body ("数说" / "志愿服务860余场次") restating one of its figures:
    /// counted once; the box's other figures are the report's.
    @Test func aBoxRestatingTheBodysFigures() throws {
        let found = try TestData.extract(lines: [
            "小河淌水边的志愿红", "", "记者 杨丽", "",
            "弥渡县密祉镇的服务队今年共开展志愿服务860余场次，结对帮扶独居老人146户。", "",
            "数说", "志愿服务860余场次", "新建服务点12个",
        ])
        let article = try #require(found.articles.first)
        #expect(Self.figures(article) == ["860场次", "146户", "12个"])
    }
}
