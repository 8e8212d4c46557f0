import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batches 62 to 64 and of the fixtures' reports laid out again at random, written
/// anew: a title wrapped so that its last words read as a name; a brief's credit broken between
/// a name and the next role; an indented paragraph's short first line; a city-wide report that
/// names its counties in passing; a WeChat repost's header; a web copy's caption line; an app's
/// name over a copy's title; title blocks under a source note, or with quotes in their titles; a
/// WeChat repost's card and a post's closing credits; an e-paper's navigation and an outlet's
/// name opening a byline.
@Suite struct WrappedTitlesAndWebCaptionsTests {
    static let figures = LettersIndentsAndChromeTests.figures

    /// A title-first brief, a brief run on under it with its lone title after it, and a report
    /// whose first line a column break set apart: a line of the column's width when its figures
    /// count as whole characters, so no title's second line.
    @Test func aBriefsLoneTitleOverALineCutOffItsParagraph() throws {
        let found = try TestData.extract(
            lines: [
                "茶乡“代办员”把服务送进山", "", "本报讯（记者刘丹通讯员赵青）石门县南北镇", "地处深山，全镇十八个村散落在山里。镇里推",
                "出代办服务，共有代办员56名，今年代办事", "项3200余件，群众少跑了很多路。", "本报讯（记者孙岚通讯员钱明）桃源县茶庵铺",
                "镇推行“说理会”，每个村选出说理人，纠纷", "就在茶园里当面说、当场评，今年调处纠纷1", "64起，调解成功率达到95.4%。", "",
                "茶庵铺镇的“说理会”让", "茶农心气更顺了", "", "3月4日一早，临澧县合口镇新合村的茶园里", "", "，茶农王德山和收购商又坐到了一起。",
                "合口镇设立“茶园评理台”，由村干部和老茶", "农组成评理员队伍，共有评理员42名，一年", "来化解收购纠纷218起，茶农们都说这张桌", "子讲理。", "",
                "茶园里的“评理台”", "", "本报记者　周　博　通讯员　邢　文",
            ])
        #expect(found.articles.map(\.title) == ["茶乡“代办员”把服务送进山", "茶庵铺镇的“说理会”让茶农心气更顺了", "茶园里的“评理台”"])
        #expect(found.articles.map(\.author) == ["刘丹、赵青", "孙岚、钱明", "周博、邢文"])
        #expect(found.articles.map(Self.figures) == [[56, 3200], [164, 95.4], [42, 218]])
    }

    /// "桃源乡：一张表" / "理清千家万户" / "林场账" over "本报记者 某某": the title's last line, a name
    /// alone above a byline that opens with its role, is the title's.
    @Test func aTitlesLastWordsThatReadAsAName() throws {
        let found = try TestData.extract(
            lines: [
                "桃源乡：一张表", "理清千家万户", "林场账", "本报记者　周　新", "通讯员　李　冬", "",
                "　　冬日的桃源乡，满山杉木青翠。乡林业站里，两户村民对着林权图比划着，争了多年的山界不到半小时就说清了。",
                "　　全乡辖9个村，林地面积12.4万亩。去年全乡调处林权纠纷48起，调处成功率达96.1%。",
            ])
        #expect(found.articles.map(\.title) == ["桃源乡：一张表理清千家万户林场账"])
        #expect(found.articles.map(\.author) == ["周新、李冬"])
    }

    /// A page that parts its paragraphs by their indents: a brief's credit broken after a name
    /// ("记者　图　雅　" / "通讯员　巴　根）") names both persons; a paragraph's indented first
    /// line, short by its indent, whose text runs on under it, is no heading.
    @Test func aCreditBrokenAfterANameAndAnIndentedParagraphsFirstLine() throws {
        let found = try TestData.extract(
            lines: [
                "巴彦浩特镇“草原调解队”跑遍冬营盘", "　　本报讯（记者　图　雅　", "通讯员　巴　根）入冬以来，", "阿拉善左旗巴彦浩特镇的“草",
                "原调解队”又骑上摩托车出发", "了，队员们走进牧点调解纠纷。", "　　巴彦浩特镇辖12个嘎查", "，草场面积380万亩。镇里",
                "从老党员和懂法律的牧民中选", "出26人组建调解队，一队包", "一片，每月把牧户走一遍。", "　　镇里还为每个嘎查建立",
                "“草场纠纷台账”，调解结果", "用蒙汉两种文字记录，由双方", "签字确认。去年调解队共调解", "纠纷64起，成功率96.9%。",
                "　　“以前为了几只羊能吵一", "个冬天，现在调解队一来就说", "开了。”牧民说。",
            ])
        #expect(found.articles.map(\.author) == ["图雅、巴根"])
        #expect(found.articles.first?.sections.compactMap(\.heading) == [])
    }

    /// A report on a prefecture its title names ("北海……"), which names two of its counties in
    /// passing, the first in its lede, and the prefecture more often: city-wide.
    @Test func aCityWideReportThatNamesItsCountiesInPassing() throws {
        let found = try TestData.extract(
            lines: [
                "北海城乡网格越织越密 群众烦心事有人管了", "本报记者　陆　萍", "",
                "傍晚时分，合浦县一个村子的渔港边，网格员黄秀玲挨家挨户走访，群众反映的问题，她当场录入系统。",
                "像黄秀玲这样的网格员，北海市共有2160名。去年以来，北海市把城乡划分为1820个网格，推行“多网合一”，做到一格一员、一员多能。",
                "银海区一个社区的居民在议事点上商量出加装电梯的费用分摊办法。一年来，全市网格员累计上报处置各类事项2.4万件，办结率98.2%。",
                "“网格织得密，群众的心就贴得紧。”北海市委政法委有关负责人表示。",
            ])
        #expect(found.articles.map(\.place.isCityWide) == [true])
        #expect(found.articles.map(\.place.county) == ["北海市"])
    }

    static let opening =
        "营口市鲅鱼圈区望海街道的渔港里，一艘退役的旧渔船被改成了“说事船”，船舱里摆着桌椅和茶水，渔民们有了烦心事，不用再跑街道办，直接上船来说，当天的事当天就能议个明白。"
    static let rules =
        "街道推行“说事船”以来，由老船长、网格员和司法所干部轮流值守，共调处渔事纠纷86起，调解成功率97.7%，全街道45条渔船都签了安全生产公约，船东之间的矛盾少了一大半。"

    static let fishers =
        "渔民们说，有了说事船，心里的疙瘩解开了，出海打鱼也更有劲头。今年渔民人均增收3200元，渔港里的日子越过越红火，码头上的争吵声也少了。"
    static let plans =
        "街道党工委负责人表示，下一步还准备再改造两条旧船，把说事船开到更多的码头边上去，让渔民在家门口就能把事情说清楚、办明白。"

    /// "以下文章来源于某某日报，作者某某": a WeChat repost's header, no title; it names the author.
    @Test func aWeChatRepostsHeaderNamesTheAuthor() throws {
        let found = try TestData.extract(
            lines: ["渔港里开起“说事船”", "", "以下文章来源于海洋日报，作者陈海生", "", Self.opening, Self.rules, "来源：海洋日报", "编辑：王　蓓"])
        #expect(found.articles.map(\.title) == ["渔港里开起“说事船”"])
        #expect(found.articles.map(\.author) == ["陈海生"])
        #expect(found.articles.map(\.place.township) == ["望海街道"])
    }

    /// A web copy's caption, one line between two paragraphs ("……的安排。刘　波　摄"): the
    /// caption is that line; the paragraph and heading above it stay the report's.
    @Test func aWebCopysCaptionLineUnderAFinishedParagraph() throws {
        let found = try TestData.extract(
            lines: [
                "渔港里开起“说事船”", "2026-12-05 09:30　来源：海洋日报", "本报记者　陈海生", Self.opening, "说事船上有规矩", Self.rules,
                "望海街道渔民在“说事船”上商量休渔期的安排。刘　波　摄",
                "渔民们说，有了说事船，心里的疙瘩解开了。今年渔民人均增收3200元，街道还准备再改造两条旧船，把说事船开到更多的码头边上去。",
            ])
        #expect(found.captions.map(\.text) == ["望海街道渔民在“说事船”上商量休渔期的安排。"])
        #expect(found.captions.map(\.photographer) == ["刘波"])
        #expect(found.articles.first?.sections.compactMap(\.heading) == ["说事船上有规矩"])
        #expect(found.articles.map(Self.figures) == [[86, 97.7, 45, 3200]])
    }

    /// An app's name over a copy's title that its foot names again ("打开某某云端，阅读更多精彩内容"):
    /// no words of the title, and the prompt no sentence of the report.
    @Test func anAppsNameOverTheTitle() throws {
        let found = try TestData.extract(
            lines: [
                "海韵云端", "渔港里开起“说事船”", "2026-12-05 09:30　来源：海洋日报", "本报记者　陈海生", Self.opening, Self.rules,
                "编辑：王　蓓", "打开海韵云端，阅读更多精彩内容",
            ])
        #expect(found.articles.map(\.title) == ["渔港里开起“说事船”"])
        #expect(found.articles.first?.sections.last?.practices.last?.text.hasSuffix("少了一大半。") == true)
    }

    /// Title blocks after their bodies: a title whose second line is a quoted name ("“幸福院”"),
    /// no byline; one under a source note in brackets ("（据《某某日报》）"); a title in clauses
    /// right over its byline ("“地块调顺了，心也就顺了”").
    @Test func titleBlocksUnderASourceNoteAndWithQuotedTitles() throws {
        let found = try TestData.extract(
            lines: [
                "城关镇地处黄土塬上，青壮年大多外", "出务工。镇里在各村办起老年幸福院", "，共建成幸福院14个，为860多", "名老人提供午餐。", "", "塬上老人的",
                "“幸福院”", "", "本报记者 马晓燕 通讯员 杨建军", "", "望海街道推行“楼门议事会”，居民", "有事就说、说完就办。今年以来，网",
                "格员上报各类事件5400余件，9", "3.6%在社区层面就地解决。", "（据《海滨日报》）", "", "楼门里议事", "回迁居民成了“一家人”", "",
                "记者 韩雯、赵建伟", "", "渔港镇推行“并地”试点，各村共调", "处地界纠纷137起，试点村新增耕", "地面积620亩，村集体年增收48",
                "万元。", "", "“地块调顺了，心也就顺了”", "本报记者 郭婧 见习记者 程子涵",
            ])
        #expect(found.articles.map(\.title) == ["塬上老人的“幸福院”", "楼门里议事回迁居民成了“一家人”", "“地块调顺了，心也就顺了”"])
        #expect(found.articles.map(\.author) == ["马晓燕、杨建军", "韩雯、赵建伟", "郭婧、程子涵"])
        #expect(found.articles.map(Self.figures) == [[14, 860], [5400, 93.6], [137, 620, 48]])
    }

    /// A WeChat repost's header and the card under it (the source account's name and its
    /// description), and a post's foot: a production credit and a reprint notice. None is an
    /// article or a sentence of the report; the header names the author.
    @Test func aRepostsCardAndAPostsFoot() throws {
        let found = try TestData.extract(
            lines: [
                "渔港里开起“说事船”", "海韵融媒　2026年06月10日 20:16　辽宁", "以下文章来源于海洋日报 ，作者陈海生", "海洋日报.",
                "海洋日报官方微信，传递海滨好声音。", Self.opening, Self.rules, "编辑：王　蓓", "海韵县融媒体中心出品", "转载请注明出处",
            ])
        #expect(found.articles.map(\.title) == ["渔港里开起“说事船”"])
        #expect(found.articles.map(\.author) == ["陈海生"])
        #expect(found.articles.first?.lede == Self.opening)
    }

    /// A byline of two names alone under a title, one a Dai surname ("刀"), closing a body.
    @Test func aBylineOfNamesAloneWithADaiSurname() throws {
        let found = try TestData.extract(
            lines: [
                "戛洒镇位于新平县西部，辖12个村（社区）、2.7万人。镇里推行“火塘恳谈会”，去年共收集群众意见建议460条，办结率96.3%。", "",
                "新平戛洒：“火塘恳谈会”谈出民族团结新气象", "李丽琼　刀应华",
            ])
        #expect(found.articles.map(\.title) == ["新平戛洒：“火塘恳谈会”谈出民族团结新气象"])
        #expect(found.articles.map(\.author) == ["李丽琼、刀应华"])
    }

    /// An e-paper's copy: its masthead, date, page and navigation ("上一版　下一版　　往期回顾") over
    /// the title; two bylines, a field line and the byline under it ("作者：某某 某某" over "某某日报·某某网
    /// 记者 某某 通讯员 某某"), each read alone; and an app's byline opening with its name.
    @Test func anEPapersNavigationAndTwoBylines() throws {
        let found = try TestData.extract(
            lines: [
                "海洋日报数字报", "2026年06月12日　星期五　　当前版：06", "上一版　下一版　　往期回顾", "渔港里开起“说事船”",
                "来源：海洋日报　作者：陈海生　于海波　2026-06-12 08:41", "海洋日报·海洋网记者　陈海生　通讯员　于海波", Self.opening, Self.rules,
            ])
        #expect(found.articles.map(\.title) == ["渔港里开起“说事船”"])
        #expect(found.articles.map(\.author) == ["陈海生、于海波"])
        let app = try TestData.extract(
            lines: ["渔港里开起“说事船”", "潮汐新闻客户端　记者　陈海生　共享联盟望海站　于海波", Self.opening, Self.rules])
        #expect(app.articles.map(\.title) == ["渔港里开起“说事船”"])
        #expect(app.articles.map(\.author) == ["陈海生、于海波"])
    }

    /// A post's closing credits ("记者：某某", "通讯员：某某　某某"), no speaker's turn, and the account's
    /// names under them ("某某平安", "某某官方账号"): the credits name the authors with the post
    /// line's; the names are no report's title; "作者最新文章" lists other posts.
    @Test func aPostsClosingCreditsAndTheAccountsNames() throws {
        let found = try TestData.extract(
            lines: [
                "渔港里开起“说事船”", "", "以下文章来源于海洋日报，作者陈海生", "", Self.opening, "", Self.rules, "", Self.fishers, "",
                Self.plans, "", "来源：海洋日报", "记者：陈海生",
                "通讯员：舒畅　黄蕾", "编辑：王　蓓", "平安望海", "望海街道党工委官方账号", "", "作者最新文章", "渔港里的“说事船”又添新船",
            ])
        #expect(found.articles.map(\.title) == ["渔港里开起“说事船”"])
        #expect(found.articles.map(\.author) == ["陈海生、舒畅、黄蕾"])
        #expect(found.articles.map(\.place.township) == ["望海街道"])
    }
}
