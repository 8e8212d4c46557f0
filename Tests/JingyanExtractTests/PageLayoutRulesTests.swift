import JingyanModel
import Testing

@testable import JingyanExtract

/// Rules for cutting a printed page into reports and reading their title blocks, each on a
/// page laid out for the test: narrow columns, column breaks as blank lines, blocks after bodies.
@Suite struct PageLayoutRulesTests {
    /// A paragraph set in a column `width` characters wide, as PDF text gives it.
    func column(_ paragraph: String, width: Int = 16) -> String {
        let characters = Array(paragraph)
        return stride(from: 0, to: characters.count, by: width).map {
            String(characters[$0..<min($0 + width, characters.count)])
        }
        .joined(separator: "\n")
    }

    /// A report whose title comes first, its first body line set apart by a column break: the
    /// line is as wide as the column and holds a comma, so it is body text, not a title's line.
    @Test func aTitleFirstReportsCutFirstLineIsBody() throws {
        let first = column("走进永宁县闽宁镇，一个移民村的积分超市里，货架上摆满了米面油、洗衣液、学习用品等，村民拿着积分卡就能兑换。")
        let lines = first.split(separator: "\n")
        let page =
            (["某镇：“积分超市”兑出文明新风", "", String(lines[0]), ""] + lines.dropFirst().map(String.init)
            + [column("镇里推行积分制管理，全镇已有6个村建成“积分超市”。目前，“积分超市”累计兑换积分8600分，惠及群众1200户。")])
            .joined(separator: "\n")
        let report = try #require(TestData.extract(page).articles.first)
        #expect(report.title == "某镇：“积分超市”兑出文明新风")
        #expect(report.place.county == "永宁县")
    }

    /// A place tag several counties share ("鼓楼": 南京, 福州, 徐州, 开封) is read by the places
    /// and townships its article names.
    @Test func anAmbiguousPlaceTagIsReadByItsArticle() throws {
        let page = """
            在省会福州的老城区，鼓楼区东街街道
            推行志愿服务“时间银行”，居民参加志
            愿服务的时长存入个人账户，全街道已
            有志愿者1800名。

            “时间银行”让志愿服务可存可取
            记者 张三
            鼓楼
            """
        let report = try #require(TestData.extract(page).articles.first)
        #expect(report.place.county == "鼓楼区")
        #expect(report.place.township == "东街街道")
        #expect(report.place.slug == "fuzhou-gulou")
    }

    /// A title alone between two bodies is a report's title when the paragraph after it names a
    /// county the text before does not, a county named after its city ("兰州市城关区") included.
    @Test func aTitleBeforeAnotherCitysDistrictClosesTheReportBefore() throws {
        let page = """
            本报讯 近日，宽甸满族自治县青山沟镇
            两户村民因宅基地边界问题争执不下。
            镇里老兵调解室的调解员赶到现场。
            不到半天，双方就握手言和了。
            今年以来，调解室化解纠纷36起。

            青山沟镇“老兵调解室”
            把矛盾化解在家门口

            兰州市城关区皋兰路街道老旧楼院多。
            今年以来，街道推行楼院长制度。
            街道在132个楼院选出楼院长147名。
            居民说，院里的事有人管了。

            老旧楼院选出“楼院长”
            记者 李四
            """
        let titles = try TestData.extract(page).articles.map(\.title)
        #expect(titles == ["青山沟镇“老兵调解室”把矛盾化解在家门口", "老旧楼院选出“楼院长”"])
    }

    /// A report's block after its body ("标题" / "本报记者 某某" / "某县某镇") and the next report's
    /// block before its body ("标题" / "通讯员 某某"), printed with no blank line between: two blocks,
    /// the second heading the text below it.
    @Test func twoBlocksPrintedWithNoBlankLineBetween() throws {
        let page = [
            column("陇南市康县长坝镇山大沟深，群众居住分散。近年来，长坝镇把全镇划分为86个网格，网格员今年共走访农户2.1万户次，帮助群众代办事项640件。"),
            "", "长坝镇：一张网格", "兜住山里民生", "", "本报记者 马晓燕 通讯员 赵丽娟", "康县长坝",
            "和顺古镇商户共守“诚信公约”", "通讯员 尹家豪",
            column("腾冲市和顺镇是一座侨乡古镇。今年以来，和顺镇引导古镇商户成立商户自治联盟，已有430家商户签订公约，游客投诉量同比下降38%。"),
        ].joined(separator: "\n")
        let found = try TestData.extract(page).articles
        #expect(found.map(\.title) == ["长坝镇：一张网格兜住山里民生", "和顺古镇商户共守“诚信公约”"])
        #expect(found.map(\.place.county) == ["康县", "腾冲市"])
        #expect(found.last?.author == "尹家豪")
    }

    /// Briefs in a row, each under its title: the second brief's title, between the first
    /// brief's text and the second's opening, heads the second, since the first has its title.
    /// Under a running head whose section name ends with the page's number.
    @Test func briefsInARowEachUnderItsTitle() throws {
        let page = [
            "2026年3月18日　星期三", "平安建设　6", "责任编辑：周明", "",
            "长安街道“楼道长”唱主角", "",
            column("本报讯（记者 孙丽娜）近日，佳木斯市向阳区长安街道推行“楼道长”工作机制，选出楼道长540名。"),
            column("今年以来，楼道长共收集居民诉求2300余条，协调解决问题1980件。"), "",
            "会文镇“和事佬”上船调解", "",
            column("本报讯（记者 符明珠）文昌市会文镇从退休船长中选聘调解员36名，今年共化解涉渔纠纷150余起。"),
        ].joined(separator: "\n")
        let found = try TestData.extract(page).articles
        #expect(found.map(\.title) == ["长安街道“楼道长”唱主角", "会文镇“和事佬”上船调解"])
        #expect(found.map(\.place.county) == ["向阳区", "文昌市"])
        #expect(found.first?.practices.flatMap(\.metrics).map(\.unit) == ["名", "条", "件"])
    }

    /// A brief whose title follows its text keeps it when the next brief opens right after it.
    @Test func aBriefsTitleAfterItsTextBeforeTheNextBrief() throws {
        let page = [
            "梵净山下民宿“抱团”", "", "记者 吴倩", "",
            column("近年来，江口县太平镇引导民宿经营户成立民宿联盟，全镇民宿和农家乐有360余家。"), "",
            column("本报讯（记者 于海波）每年秋天，抚松县松江河镇的参农议事会提前商量收购价格，已成立议事会16个。"), "",
            "人参之乡的“参农议事会”", "",
            column("本报讯（记者 杨洋）近日，碧江区川硐街道推行“楼栋长”制度，选出楼栋长86名。"), "",
            "川硐街道“楼栋长”管好小区大小事",
        ].joined(separator: "\n")
        let found = try TestData.extract(page).articles
        #expect(found.map(\.title) == ["梵净山下民宿“抱团”", "人参之乡的“参农议事会”", "川硐街道“楼栋长”管好小区大小事"])
        #expect(found.map(\.place.county) == ["江口县", "抚松县", "碧江区"])
    }

    /// 龙胜各族自治县 and 隆林各族自治县 go by 龙胜 and 隆林 ("各族": all of them).
    @Test func countiesOfAllPeoplesByTheirShortNames() throws {
        let page = [
            column("站在龙脊镇金江村的观景台上，层层梯田铺满山坡。村里定下“护田公约”，全村218户都签了字。"), "",
            "梯田边的“护田公约”管用了！", "龙胜龙脊",
        ].joined(separator: "\n")
        let report = try #require(TestData.extract(page).articles.first)
        #expect(report.title == "梯田边的“护田公约”管用了！")
        #expect(report.place.county == "龙胜各族自治县")
        #expect(report.place.township == "龙脊镇")
    }

    /// A place line of a township's short name ("古城", also 古城区's) beside a text naming the
    /// township with its county in full ("静宁县古城镇") is that township.
    @Test func aPlaceLineOfATownshipsShortName() throws {
        let page = [
            column("入秋以来，静宁县古城镇的苹果园里一片繁忙。镇里在果园地头搭起议事点42个，果农有事就地商量。"), "",
            "果园里搭起议事点", "记者 马建军", "古城",
        ].joined(separator: "\n")
        let report = try #require(TestData.extract(page).articles.first)
        #expect(report.place.county == "静宁县")
        #expect(report.place.township == "古城镇")
    }
}
