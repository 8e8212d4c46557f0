import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batch 13's pages, written anew: a topic tag or bullet before a title, running heads
/// dated in Chinese numerals or with a short weekday, a news site's page around a copy (its
/// name, where it files the copy, the share bar, related posts, the rights line), and names of
/// party groups, rules and service days.
@Suite struct TaggedTitlesAndSiteFurnitureTests {
    func articles(_ lines: [String]) throws -> [Article] {
        try TestData.extract(lines.joined(separator: "\n")).articles
    }

    @Test func aTagOrBulletBeforeATitleIsNoWordOfIt() {
        #expect(Typography.droppingLeadingTag("【基层治理】官地镇：") == "官地镇：")
        #expect(Typography.droppingLeadingTag("■屋场会上议出新气象") == "屋场会上议出新气象")
        #expect(Typography.droppingLeadingTag("【议题从群众中来】") == "【议题从群众中来】")
        #expect(Typography.droppingLeadingTag("“红色网格”织密治理网") == "“红色网格”织密治理网")
    }

    /// A title-first report under a running head dated in Chinese numerals, its title led by a
    /// topic tag, then a report with its block after its body under a head with a short weekday.
    @Test func aTaggedTitleUnderAHeadDatedInChineseNumerals() throws {
        let page = [
            "法治日报", "二〇二六年三月九日　星期一", "第七版　平安建设　责任编辑：周明", "",
            "【平安乡村】石门镇：", "院坝会议出护河新规", "", "见习记者 唐一鸣 通讯员 许红梅", "",
            "开春以后，石门镇沿河几个村的院坝", "里又热闹起来。镇里在全镇9个村推行", "“院坝议事”，今年以来共开展议事", "86场，收集意见建议310条。", "",
            "2026.03.10　周二　05版", "",
            "■老街巷里的“夜间议事”", "", "本报记者 何晓东", "",
            "北关街道辖区老旧小区多，白天居民", "上班，议事会常常凑不齐人。去年起，", "街道推行“夜间议事”，已议定事项", "142件。",
        ]
        let found = try articles(page)
        #expect(found.map(\.title) == ["石门镇：院坝会议出护河新规", "老街巷里的“夜间议事”"])
        #expect(found.map(\.author) == ["唐一鸣、许红梅", "何晓东"])
        #expect(found.first?.practices.flatMap(\.metrics).map(\.unit) == ["个", "场", "条"])
    }

    /// A copy from a news site: the site's name, where it files the copy ("人民网>>…>>…"), the
    /// share bar, the related posts under their label and the rights line are no part of it.
    @Test func aNewsSitesPageAroundACopy() throws {
        let copy = [
            "新华网", "新华网 > 地方 > 江西", "",
            "上犹营前镇：屋场夜话化解邻里纠纷", "",
            "2026年03月02日09:15 | 来源：赣南日报", "",
            "近年来，上犹县营前镇推行“屋场夜话”，今年以来化解邻里纠纷47起。",
            "“有事在屋场里说开了，心里就顺了。”村民钟春花说。", "",
            "分享到：  微信  微博  复制链接", "",
            "相关新闻", "· 赣州市推进乡村治理工作综述", "· 崇义县：网格员守护山村平安", "",
            "新华网版权所有，未经书面授权禁止使用",
        ]
        let found = try articles(copy)
        #expect(found.map(\.title) == ["上犹营前镇：屋场夜话化解邻里纠纷"])
        let text = found.flatMap(\.practices).map(\.text).joined()
        for furniture in ["分享到", "综述", "版权所有", "新华网"] {
            #expect(!text.contains(furniture), "\(furniture)")
        }
        #expect(found.first?.place.county == "上犹县")
    }

    /// Party groups and rules named without quotes, a quoted service day; a name read back past
    /// a measure word that opens a word of it ("家庭").
    @Test func partyGroupsRulesAndServiceDays() throws {
        let found = try articles([
            "院坝边上的党小组", "记者 张三",
            "近年来，城口县修齐镇成立院落党小组64个，制定院坝会议事规则，每月办起“院坝服务日”。",
            "镇里还推行家庭积分超市，兑换日用品。",
        ])
        let mechanisms = found.first?.mechanisms ?? []
        for name in ["院落党小组", "院坝会议事规则", "院坝服务日", "家庭积分超市"] {
            #expect(mechanisms.contains(name), "\(name) in \(mechanisms)")
        }
        #expect(!mechanisms.contains("庭积分超市"))
    }
}
