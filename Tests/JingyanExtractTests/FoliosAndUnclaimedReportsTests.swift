import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batches 84 and 85, written anew: a folio at a page's foot; a title with no byline
/// between a title-first report and a report whose block comes after it; a paragraph ending two
/// characters short of the column; a township in the lede against a county the body names in
/// passing; credits by an office and by a post's mark; a rule's floor for each day and a share
/// with 以上.
@Suite struct FoliosAndUnclaimedReportsTests {
    /// A title-first report, a titled report with no byline, and a report whose block follows
    /// its body; the page's folio under the last block.
    static let mixedPage = [
        "某某日报　　2026年3月2日　星期一", "", "田埂上的“议事凳”", "", "本报记者　罗小军", "",
        "湄潭县永兴镇的田埂上摆着几条", "长凳，村干部和群众坐在一起商", "量灌溉用水的事。镇里推行“田", "埂议事”，今年以来共议定事项",
        "126件。", "", "“以前为用水吵架，现在坐下来", "商量。”村民刘德芬说。", "", "山村有了“调解角”", "",
        "走进绥阳县风华镇的村部，一张", "圆桌旁坐着调解员和两户村民。", "镇里在各村设立“调解角”，今年", "以来化解纠纷88起。", "",
        "正安县安场镇把网格划进茶园，", "网格员每天巡园收集茶农诉求，", "今年以来办结诉求312件。", "", "茶园里的网格", "",
        "记者　吴晓燕", "", "正安 安场", "", "3　某某日报·乡村治理",
    ]

    /// The folio is no title, and the titled lines with no byline head the text that names a
    /// county neither the text above them nor the last block names.
    @Test func aTitleAloneHeadsTheReportNoBlockClaims() throws {
        let found = try TestData.extract(lines: Self.mixedPage)
        #expect(
            TestData.summary(found) == [
                "田埂上的“议事凳”|罗小军|湄潭县|永兴镇", "山村有了“调解角”|-|绥阳县|风华镇", "茶园里的网格|吴晓燕|正安县|安场镇",
            ])
    }

    /// A folio of words and the page's number atop a page is no title; a title that opens with
    /// a figure, the page's last line, is one.
    @Test func aFolioAtopAndATitleOpeningWithAFigure() throws {
        let lines = [
            "乡村治理周刊12", "", "正安县安场镇把网格划进茶园，网格员", "每天巡园收集茶农诉求，今年以来办结",
            "诉求312件。", "", "记者　吴晓燕", "", "3个村的新变化",
        ]
        let found = try TestData.extract(lines: lines)
        #expect(TestData.summary(found) == ["3个村的新变化|吴晓燕|正安县|安场镇"])
    }

    /// "……记在本子上。" two characters short of the column ends its paragraph: the next one,
    /// which names a county in passing, is no part of the lede, whose township tells the place.
    @Test func aParagraphEndsTwoShortAndTheLedesTownshipWins() throws {
        let lines = [
            "八月的草原上，恩和哈达镇的网格员", "骑着摩托车在牧场间穿行，一天要", "跑七八户牧民家，问问草场，看看",
            "牛羊，有事当场记在本子上。", "不少年轻牧民常年在根河市打工，", "家里老人遇到草场边界等矛盾，过",
            "去要等干部上门才能处理。镇里今", "年把牧区划成19个网格，调处草场", "纠纷31起。", "", "牧区有了“马背网格”", "",
            "记者　吴晓燕",
        ]
        let found = try TestData.extract(lines: lines)
        let article = try #require(found.articles.first)
        #expect(article.lede.hasSuffix("记在本子上。"), "\(article.lede)")
        #expect(TestData.summary(found) == ["牧区有了“马背网格”|吴晓燕|额尔古纳市|恩和哈达镇"])
    }

    /// Names after a role and an office ("通讯员 某某县委宣传部 某某"), and names after a post's
    /// mark, the account's name closing the line ("原创 某某 其某某 某某发布"): a name with an
    /// uncommon surname is one.
    @Test func namesCreditedByAnOfficeOrAPostsMark() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.bylineNames("记者　罗小军　通讯员　湄潭县委宣传部　其美多吉") == ["罗小军", "其美多吉"])
        let post = try #require(lexicon.bylineField(in: "原创 罗小军 其美多吉 湄潭发布"))
        #expect(lexicon.bylineNames(post) == ["罗小军", "其美多吉"])
        #expect(lexicon.bylineField(in: "原创 湄潭发布 2026年03月02日 19:30 贵州") == nil)
    }

    /// "每个赶场天至少安排3名干部": a floor for each day is a rule's figure, not a quota of
    /// persons for a unit ("每个网格安排2名网格员"); "覆盖90%以上的村" is a share, "60岁以上的老人"
    /// a bar.
    @Test func aFloorForEachDayAndAShareWithYishang() throws {
        let lines = [
            "议事有了固定摊位", "", "记者　罗小军", "",
            "湄潭县永兴镇每个赶场天至少安排3名干部坐摊，每个网格安排2名网格员值守。",
            "镇里的议事摊覆盖全镇90%以上的村，60岁以上的老人也常来坐坐。",
        ]
        let found = try TestData.extract(lines: lines)
        #expect(TestData.figures(found) == ["3名", "90%"])
    }
}
