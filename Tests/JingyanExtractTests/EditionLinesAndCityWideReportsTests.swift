import Foundation
import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batch 29 and 30's pages and copies, written anew: an e-paper's edition line and a
/// title in another script over a copy's title, a page head with its number first, a page foot's
/// mail address, a list of a post's other titles, a title opening with two short place names, a
/// report on a whole city, and a banner that is no banner county.
@Suite struct EditionLinesAndCityWideReportsTests {
    /// "某某日报2026年11月12日　第03版：综合新闻" over a copy's title, and a line in Tibetan over
    /// it: neither is part of the title.
    @Test func anEditionLineAndATitleInAnotherScript() throws {
        let found = try TestData.extract(lines: [
            "黔南日报2026年11月12日　第03版：综合新闻", "བོད་ཡིག", "长顺县广顺镇“院坝会”开到家门口", "记者 罗丹", "",
            "长顺县广顺镇推行“院坝会”，今年各村开会212场，解决问题486个。", "", "群众说，有事在院坝里就说开了。",
        ])
        #expect(found.articles.map(\.title) == ["长顺县广顺镇“院坝会”开到家门口"])
        #expect(TitleBlockReading.isInOtherScript("བོད་ཡིག"))
        #expect(!TitleBlockReading.isInOtherScript("“3+N”"))
    }

    /// "2　基层治理" over the date (its number first), a foot of a mail address and a proofreader.
    @Test func aHeadWithItsNumberFirstAndAMailFoot() throws {
        let body = "惠水县好花红镇推行“积分超市”，全镇12个村都建起了超市，今年兑换积分3.6万分。"
        let lines = stride(from: 0, to: body.count, by: 17).map { String(body.dropFirst($0).prefix(17)) }
        let found = try TestData.extract(
            lines: ["2　基层治理", "2026年11月12日　星期四　本版编辑：王敏", ""] + lines + [
                "", "好花红镇积分兑出新风", "记者 杨光", "惠水好花红", "", "本版投稿邮箱：news@example.com", "校对：李青",
            ])
        #expect(found.articles.map(\.title) == ["好花红镇积分兑出新风"])
    }

    /// "喜欢此内容的人还喜欢" and the titles under it close a post: no report of their own.
    @Test func aPostsOtherTitles() throws {
        let found = try TestData.extract(lines: [
            "罗甸县边阳镇“晒账本”让村务更透明", "罗甸发布　2026-11-12 18:30", "",
            "罗甸县边阳镇把各村收支按月晒在公开栏，今年公开账目1820笔，群众满意率达98.1%。", "",
            "“账本晒出来，大家心里就亮堂了。”一位村民说。（记者 韦青）", "", "喜欢此内容的人还喜欢", "边阳镇：秋收进度过半",
            "罗甸县召开基层治理推进会",
        ])
        #expect(found.articles.map(\.title) == ["罗甸县边阳镇“晒账本”让村务更透明"])
    }

    /// "如皋搬经：" opening a title names the county and the township, as a place line would;
    /// "一面锦旗" names no banner county.
    @Test func aTitleOpeningWithShortPlaceNames() throws {
        let found = try TestData.extract(lines: [
            "如皋搬经：网格里亮起“夜巡灯”", "记者 陈东", "", "晚上8点，网格员戴上红袖标出了门。镇里组建夜巡小队42支，今年上报问题2376条。",
            "", "群众给夜巡队送来一面锦旗。",
        ])
        #expect(found.articles.first.map { "\($0.place.county)|\($0.place.township ?? "-")" } == "如皋市|搬经镇")
        let banner = try TestData.extract(lines: [
            "夜巡队收到锦旗", "记者 陈东", "", "群众给夜巡队送来一面锦旗，感谢队员们今年上报问题2376条。",
        ])
        #expect(banner.articles.first?.place.county != "一面锦旗")
    }

    /// A report on a whole city: the city is its place, written as the contract has it, with no
    /// county; read back, it is the same place.
    @Test func aReportOnAWholeCity() throws {
        let found = try TestData.extract(lines: [
            "铁岭全市推行“小区管家”", "记者 刘佳", "", "铁岭市今年在全市老旧小区推行“小区管家”，共选聘管家386名，解决物业难题1240件。",
        ])
        let place = try #require(found.articles.first?.place)
        #expect(place.county == "铁岭市" && place.isCityWide)
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(place)) as? [String: Any]
        #expect(json?["county"] is NSNull)
        #expect(json?["prefecture"] as? String == "铁岭市")
        #expect(try JSONDecoder().decode(Place.self, from: JSONEncoder().encode(place)) == place)
    }
}
