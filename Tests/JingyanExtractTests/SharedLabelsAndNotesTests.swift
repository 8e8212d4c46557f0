import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batches 39–42's pages and copies, written anew: a title and its byline run onto one
/// line, a credit closing the opening paragraph, a village's name as a block's place line, a
/// county's name inside a phrase for mountains, a note in brackets closing a report above a
/// title-first one, and an outlet crediting the names after it.
@Suite struct SharedLabelsAndNotesTests {
    static func figures(_ article: Article) -> [String] {
        article.sections.flatMap(\.practices).flatMap(\.metrics).map { "\($0.value)\($0.unit)" }
    }

    /// "标题 某某日报记者 甲 通讯员 乙" (a space between) and "……“某某”某某日报记者 甲" (none):
    /// title and byline on one printed line, under the body, over the place line.
    @Test(arguments: [
        "石桥镇“红白理事会”管住人情风 黄山日报记者 程晓东 通讯员 汪立新",
        "石桥镇：山村里办起“红白理事会”黄山日报记者 程晓东 通讯员 汪立新",
    ])
    func aTitleAndItsBylineOnOneLine(_ line: String) throws {
        let found = try TestData.extract(lines: [
            "歙县石桥镇有12个行政村。去年", "以来，镇里成立红白理事会，今年", "办理婚丧事宜186场。", "",
            line, "歙县石桥", "",
            "婺源县思口镇有9个行政村。今年", "镇里调处纠纷58件。", "",
            "思口镇“板凳会”议出新风", "上饶日报记者 吴江", "婺源思口",
        ])
        #expect(found.articles.count == 2)
        let article = try #require(found.articles.first)
        #expect(article.title.hasPrefix("石桥镇"))
        #expect(!article.title.contains("记者"))
        #expect(article.author == "程晓东、汪立新")
        #expect(article.place.county == "歙县")
        #expect(Self.figures(article) == ["12个", "186场"])
    }

    /// "……排起长队。　记者 张三 报道" closing the opening paragraph, and a blank line after it:
    /// the report's credit, its persons the author.
    @Test func aCreditClosingTheOpeningParagraph() throws {
        let found = try TestData.extract(lines: [
            "冬日的山村，村部门口排起了长队。　记者 郑海涛 报道", "",
            "积分怎么评，村民说了算，全村累计存入积分1.6万分。", "",
            "“积分银行”存下好家风", "",
            "今年以来，临县全县调处纠纷230件。", "", "第二篇的标题", "记者 王五", "临县",
        ])
        #expect(found.articles.first?.author == "郑海涛")
    }

    /// "下党村" over the title in its block: the place line, no word of the title; the county
    /// and township come from the text ("寿宁县下党乡"), not from "闽东山区" (东山区 inside a
    /// phrase for the mountains of eastern Fujian).
    @Test func aVillageOverTheTitleAndAPhraseForMountains() throws {
        let found = try TestData.extract(lines: [
            "冬日的闽东山区，村民们拿着积分存折兑换棉被。", "",
            "下党村隶属寿宁县下党乡，全村有农户312户。", "",
            "下党村", "“积分银行”存下好家风",
        ])
        let article = try #require(found.articles.first)
        #expect(article.title == "“积分银行”存下好家风")
        #expect(article.place.county == "寿宁县")
        #expect(article.place.township == "下党乡")
    }

    /// "（本文采访得到某县委宣传部协助）" closing a report: no label, so the title-first report
    /// printed after it ("借来……经验" / "某镇治理……") opens there.
    @Test func aNoteInBracketsBeforeATitleFirstReport() throws {
        let found = try TestData.extract(lines: [
            "晋中日报记者 郭志强", "村规民约“长”出分数", "",
            "松烟镇地处太行山腹地，辖18个行政村。", "今年全镇红白事简办187场。", "",
            "（本文采访得到和顺县委宣传部、和顺县融媒体中心", "协助）", "", "",
            "借来“三治融合”经验", "佳木镇治理有了新气象", "",
            "本报温宿12月2日电（记者 李娜）今年以来，佳木镇借鉴浙江省桐乡市经验，", "召开议事会168场。", "",
        ])
        #expect(found.articles.map(\.title) == ["村规民约“长”出分数", "借来“三治融合”经验佳木镇治理有了新气象"])
        #expect(found.articles.last.map(Self.figures) == ["168场"])
    }

    /// "（记者 某某 通讯员 某某 宋" / "立军）" after the last paragraph and a blank line: the credit of
    /// the report whose title alone stands over that body, after a title-first report's body.
    @Test func aWrappedCreditAfterTheLastParagraph() throws {
        let found = try TestData.extract(lines: [
            "江垭镇网格员的手机里装着全镇百姓的心事", "张家界日报记者 向晓", "",
            "慈利县江垭镇有村17个。镇里设", "网格86个。今年收集问题2140件。", "", "大集上多了个“调解摊”", "",
            "莒南县大店镇逢五逢十是大集。去年", "以来受理矛盾纠纷218件。镇里选", "出乡贤32名。", "",
            "调解员每逢集日坐摊。成功率达到", "95.2%。", "",
            "（记者 刘振华 通讯员 王倩倩 宋", "立军）",
        ])
        let article = try #require(found.articles.last)
        #expect(article.title == "大集上多了个“调解摊”")
        #expect(article.author == "刘振华、王倩倩、宋立军")
        #expect(Self.figures(article) == ["218件", "32名", "95.2%"])
    }

    /// A national outlet's dispatch ("央广网平凉12月31日消息（记者 某某）"), a site's author field
    /// with a label before its qualified role, and a database's names parted by semicolons.
    @Test func creditsOfOtherOutletsAndFields() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.opensNewsBrief("央广网平凉12月31日消息（记者 马晓燕）泾川县党原镇地处陇东塬区"))
        let field = "来源：红网　作者：张家界日报全媒体记者 向晓 通讯员 卓文斌 吴婷　编辑：李静　2026-12-31 09:12:36"
        #expect(lexicon.bylineField(in: field).flatMap(lexicon.bylineNames) == ["向晓", "卓文斌", "吴婷"])
        #expect(lexicon.bylineField(in: "【作者】储文静;程刚;余晓燕;").flatMap(lexicon.bylineNames) == ["储文静", "程刚", "余晓燕"])
    }

    /// Headings set as short sentences between blank lines ("办事少跑腿。"), three in parallel.
    @Test func headingsSetAsShortSentences() throws {
        let found = try TestData.extract(lines: [
            "华城镇把服务送到群众家门口", "梅州日报记者 古晓云", "",
            "五华县华城镇辖33个村，户籍人口15.8万人。", "", "办事少跑腿。", "",
            "镇里梳理出高频事项68项，全部下放到村里办理。", "", "代办有专人。", "",
            "镇里选出帮办员210名，今年代办事项1.28万件。", "", "服务进祠堂。", "",
            "今年全镇开展周末办事日活动240多场，服务群众3.5万人次。", "",
        ])
        let article = try #require(found.articles.first)
        #expect(article.sections.compactMap(\.heading) == ["办事少跑腿。", "代办有专人。", "服务进祠堂。"])
    }

    /// "（某县融媒体中心 张三 李四）": an outlet crediting the names after it, as a role does.
    @Test func anOutletCreditingNames() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.bylineNames("汪清县融媒体中心 金美善 朴成浩") == ["金美善", "朴成浩"])
        #expect(lexicon.bylineNames("（汪清县融媒体中心 金美善 朴成浩）") == ["金美善", "朴成浩"])
    }
}
