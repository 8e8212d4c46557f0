import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batches 68 to 71, written anew: a brief's credit parted by spaces alone; a site's
/// name over a copy's title; a news app's copy with its account under the title; a government
/// account's copy that closes with its credits and its source's byline; a photo's source for a
/// credit; two padded names in a row; a running head's padded editors; buildings' numbers; a
/// post's header over its title; a source note under a title.
@Suite struct CopiesAccountsAndSourcesTests {
    static let paragraphs = [
        "村里把议事会搬到了果园地头，果农有事当场说、当场议，今年共开议事会48场，议定事项126件，化解纠纷37起。",
        "镇里还推行“积分超市”，群众参与议事、护林防火都能攒积分，去年全镇兑换积分2.6万分，参与农户超过九成。",
        "“以前为了一棵树的地界能吵好几年，现在在地头一说就通了。”果农王大山说。",
    ]

    /// "本报讯 记者 甲 通讯员 乙 丙 从某县某镇获悉，……": the words after the last space before the
    /// first clause open the sentence; the names before them are the credit.
    @Test func aBriefsCreditPartedBySpacesAlone() throws {
        let found = try TestData.extract(
            lines: [
                "淇河畔的“说事点”", "2026-06-02 08:40　来源：鹤壁日报",
                "本报讯 记者 魏晓琳 通讯员 丁一鸣 何远 从淇县庙口镇获悉，" + Self.paragraphs[0],
            ] + Self.paragraphs.dropFirst() + ["编辑：秦　雯"])
        #expect(TestData.summary(found) == ["淇河畔的“说事点”|魏晓琳、丁一鸣、何远|淇县|庙口镇"])
    }

    /// "某某新闻网" or "某某网" over a copy's title: the site's name, no part of the title, no place
    /// (河北 is a district's short name too) and no author (温 is a surname).
    @Test func aSitesNameOverACopysTitle() throws {
        for (site, county) in [("河北新闻网", "清河县"), ("温州网", "泰顺县")] {
            let found = try TestData.extract(
                lines: [site, "果园里的“说事点”", "2026-06-02 08:40　来源：本地日报", ""]
                    + Self.paragraphs.map { "\(county)某镇的" + $0 } + ["编辑：秦　雯"])
            #expect(found.articles.map(\.title) == ["果园里的“说事点”"])
            #expect(found.articles.map(\.author) == [nil])
            #expect(found.articles.map(\.place.county) == [county])
        }
    }

    /// A news app's copy: "首页" over the title, the account's name under it ("某某县融媒体中心"),
    /// a byline with bullets between its roles, and closing credits with a dotted name.
    @Test func aNewsAppsCopyWithItsAccount() throws {
        let opening = "清晨，墨玉县喀尔赛镇一户农家的院子里摆开了长桌，十多位村民和驻村干部商量村里的水渠怎么修。"
        let bulleted = try TestData.extract(
            lines: [
                "首页", "院子里好议事", "墨玉县融媒体中心", "2026-06-18 20:12·新疆", "关注",
                "□ 本报记者 阿依古丽 □ 本报通讯员 马　兰 周　涛", opening,
            ] + Self.paragraphs + ["举报/反馈"])
        #expect(TestData.summary(bulleted) == ["院子里好议事|阿依古丽、马兰、周涛|墨玉县|喀尔赛镇"])
        let closing = try TestData.extract(
            lines: ["首页", "院子里好议事", "墨玉县融媒体中心", "2026-06-18 20:12·新疆", "+ 关注", opening]
                + Self.paragraphs + ["记者：阿依古丽·买买提　通讯员：马兰", "责任编辑：吐尔逊", "举报/反馈"])
        #expect(TestData.summary(closing) == ["院子里好议事|阿依古丽·买买提、马兰|墨玉县|喀尔赛镇"])
    }

    /// A government account's copy on a platform: closing credits "文：甲　乙　摄影：丙" (the
    /// photographer no author), or the source's byline in brackets ("来源：某某日报（记者 甲 通讯员
    /// 乙）"), then the platform's notice and its tip line, which are furniture.
    @Test func aGovernmentAccountsCopyAndItsCredits() throws {
        let head = ["让“塬上说事”说出好日子", "洛川发布", "2026-06-17 18:30　来源：澎湃新闻·澎湃号·政务", "字号"]
        let body = ["洛川县旧县镇地处渭北旱塬，镇里把议事搬进农家小院。"] + Self.paragraphs
        let foot = [
            "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。",
            "澎湃新闻报料：021-962866", "澎湃新闻，未经授权不得转载",
        ]
        for credit in ["文：闫　雪　赵鸣远　摄影：屈　磊", "来源：延安日报（记者 闫雪 通讯员 赵鸣远）"] {
            let found = try TestData.extract(lines: head + body + [credit, "编辑：高　洁"] + foot)
            #expect(TestData.summary(found) == ["让“塬上说事”说出好日子|闫雪、赵鸣远|洛川县|旧县镇"])
            #expect(found.articles.first?.sections.compactMap(\.heading) == [])
            #expect(found.captions.isEmpty)
        }
    }

    /// A photo's source for its credit: "图片由某某街道提供" on a line of its own under the caption,
    /// and "（图片由某某街道提供）" after it: a caption with no photographer.
    @Test func aPhotosSourceForItsCredit() throws {
        let report = [
            "老楼装上电梯", "本报记者　林小雨", "",
            "　　湖里区金山街道老旧小区多，街道推行“近邻议事”，今年调处加装电梯纠纷38件，成功率92%。", "",
            "　　目前辖区已完成加装电梯86部，惠及居民1700余户。",
        ]
        let own = try TestData.extract(lines: report + ["", "金山社区一栋老楼加装的电梯投入使用。", "图片由金山街道提供"])
        #expect(own.captions.map(\.text) == ["金山社区一栋老楼加装的电梯投入使用。"])
        #expect(own.captions.map(\.photographer) == [nil])
        let web = try TestData.extract(
            lines: [
                "老楼装上电梯", "2026-08-17 08:05　来源：城市报", "湖里区金山街道老旧小区多，街道推行“近邻议事”，今年调处加装电梯纠纷38件，成功率92%。",
                "金山社区一栋老楼加装的电梯投入使用。（图片由金山街道提供）", "目前辖区已完成加装电梯86部，惠及居民1700余户，群众说这件事办到了心坎上。",
            ])
        #expect(web.captions.map(\.photographer) == [nil])
    }

    /// "记者　王　璐　通讯员　鹿　宣　松　宣": two padded names in a row are two names.
    @Test func twoPaddedNamesInARow() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.bylineNames("记者　王　璐　通讯员　鹿　宣　松　宣") == ["王璐", "鹿宣", "松宣"])
        #expect(lexicon.bylineNames("文　方　舟") == ["方舟"])
    }

    /// A running head's editors with padded names ("责任编辑：邵　波　美术编辑：高　峻"): furniture.
    @Test func aRunningHeadsPaddedEditors() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.isPageFurniture("基层治理　　　　责任编辑：邵　波　美术编辑：高　峻"))
        #expect(lexicon.isPageFurniture("城市治理　　７　　责任编辑：许　诺　美编：郑　源"))
    }

    /// "金桂小区2栋和7栋的居民": buildings' numbers in an address are no metrics; a count of
    /// buildings is ("小区共有12栋楼").
    @Test func buildingsNumbersAreNoMetrics() throws {
        let found = try TestData.extract(
            lines: [
                "楼栋议事会议成了加装电梯", "本报记者　周　敏", "",
                "　　金桂小区2栋和7栋的居民曾因加装电梯争执不下，经过3次议事会协商签下协议。小区共有12栋楼，已加装电梯9部。", "",
            ])
        let article = try #require(found.articles.first)
        #expect(LettersIndentsAndChromeTests.figures(article) == [3, 12, 9])
    }

    /// Labelled credits one over the other closing a copy ("记者：阿拉坦" / "通讯员：其木格　那顺　赵海"):
    /// persons, though no surname tells their names, not an interview's turns.
    @Test func labelledCreditsOneOverTheOther() throws {
        let found = try TestData.extract(
            lines: ["草原上的“调解包”", "2026-06-11 10:20　来源：北疆日报", "苏尼特右旗赛汉塔拉镇的牧民说起调解员，都竖大拇指。"]
                + Self.paragraphs + ["记者：阿拉坦", "通讯员：其木格　那顺　赵海", "责任编辑：王　芳"])
        #expect(TestData.summary(found) == ["草原上的“调解包”|阿拉坦、其木格、那顺、赵海|苏尼特右旗|赛汉塔拉镇"])
    }

    /// A post's header over its title ("原创 甲 乙 丙 某某融媒" / "某某融媒" / its date): the names
    /// are the authors, the account no title.
    @Test func aPostsHeaderOverItsTitle() throws {
        let found = try TestData.extract(
            lines: [
                "原创 龚晓 严立新 某某融媒", "某某融媒", "2026年05月20日 19:30 福建", "山乡网格守平安",
                "建宁县溪源乡地处闽西北，山高林密。",
            ] + Self.paragraphs + ["阅读原文", "阅读 3120"])
        #expect(TestData.summary(found) == ["山乡网格守平安|龚晓、严立新|建宁县|溪源乡"])
    }

    /// A source note under a title block after the body ("标题" / "（据《某某日报》）"): no word of the
    /// title.
    @Test func aSourceNoteUnderATitle() throws {
        let found = try TestData.extract(
            lines: [
                "　　会同县若水镇地处山区，镇里设立“和事堂”12个，今年调处纠纷86起。", "",
                "　　“有事到和事堂说一说，心里就顺了。”村民说。", "", "山里有了", "“和事堂”", "（据《湘西南日报》）",
            ])
        #expect(found.articles.map(\.title) == ["山里有了“和事堂”"])
    }
}
