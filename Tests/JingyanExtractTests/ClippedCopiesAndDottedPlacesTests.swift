import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batch 37 and 38's pages and copies, written anew: copies kept by a feed reader, a
/// mail, a clipper or a browser's print, a title's place joined by a middle dot, numbered
/// headings of two digits, credits with a qualified role or a bracketed outlet, a page's note
/// on its stories and a photographer's padded name.
@Suite struct ClippedCopiesAndDottedPlacesTests {
    static func read(_ lines: [String]) throws -> Article {
        let found = try TestData.extract(lines: lines)
        try #require(found.articles.count == 1, "\(found.articles.map(\.title))")
        return found.articles[0]
    }

    /// A web copy's text: paragraphs wider than any column.
    static let body = [
        "", "记者 钟晓华", "", "在江西省赣州市，蔬菜产业是不少乡村群众增收的主要来源。一排排大棚建起来了，棚里的事怎么管、棚外的事怎么议，成了基层治理的新课题。",
        "", "于都县梓山镇全镇蔬菜大棚面积达到1.5万亩，去年起，镇里在各蔬菜基地设立议事角，基地负责人、村干部和种植户每半月碰一次头，今年议定事项540多件。",
    ]

    /// The fields a feed, a mail, a clipper, a cached copy and a browser's print set around a
    /// copy: none is its title.
    @Test(arguments: [
        ["某某日报 · 乡村振兴 RSS", "", "大棚边上议事忙", "链接：https://www.example.cn/a/1.html"],
        [
            "发件人：某县融媒体中心 <rmt@example.com>", "发送时间：2026年12月30日 10:12", "收件人：新闻部", "主题：转发：大棚边上议事忙",
            "", "---------- 转发的邮件 ----------", "", "大棚边上议事忙",
        ],
        ["剪藏自：https://www.example.cn/a/1.html", "剪藏时间：2026/12/30 12:20", "标签：基层治理", "", "大棚边上议事忙"],
        [
            "这是百度快照，保存的是 2026年12月30日 11:03 的网页内容，当前页面可能已经更新。",
            "百度和网页 http://www.example.cn/a/1.html 的作者无关，不对其内容负责。", "", "大棚边上议事忙",
        ],
        ["2026/12/30 14:32　大棚边上议事忙_某某日报", "", "大棚边上议事忙", "", "预计阅读时间：3 分钟"],
        ["腾讯新闻", "", "大棚边上议事忙", "", "某某日报　2026-12-30 10:05　发布于江西　某某日报官方账号", "+关注"],
    ])
    func aCopysKeepersFields(head: [String]) throws {
        let article = try Self.read(head + Self.body + ["", "—— 来自印象笔记剪藏 ——", "退出阅读模式"])
        #expect(article.title == "大棚边上议事忙")
    }

    /// "于都·梓山　标题" and "于都·梓山：标题": a county's and a township's short names joined by
    /// a middle dot before the title, read as its place when the text names only the prefecture first.
    @Test(arguments: ["于都·梓山　大棚边上议事忙", "于都·梓山：大棚边上议事忙"])
    func aTitlesPlaceJoinedByAMiddleDot(title: String) throws {
        let article = try Self.read([title] + Self.body)
        #expect("\(article.place.county)|\(article.place.township ?? "-")" == "于都县|梓山镇")
    }

    /// "01 / 出租屋谁来管？" and its siblings: headings numbered with two digits.
    @Test func headingsNumberedWithTwoDigits() throws {
        let article = try Self.read([
            "出租屋里的新路", "", "记者 陈静", "", "南京市浦口区顶山街道辖区内出租房多，租住人员约4.2万人。", "",
            "01 / 出租屋谁来管？", "", "街道把辖区划成128个网格，网格员每月走访一遍。", "",
            "02 / 租客的难处找谁说？", "", "街道设立了驿站，共帮助租客办理各类事项3100余件。",
        ])
        #expect(article.sections.compactMap(\.heading) == ["01 / 出租屋谁来管？", "02 / 租客的难处找谁说？"])
    }

    /// A dateline's credit with a qualified role ("本报某县讯　特约通讯员 某某　……"), a byline naming
    /// a contributor's outlet in brackets, and a page's note on its stories after the last brief.
    @Test func qualifiedRolesBracketedOutletsAndAPagesNote() throws {
        let brief = try Self.read([
            "磨黑镇茶农有了“议价会”", "本报宁洱讯　特约通讯员 罗永昌　宁洱哈尼族彝族自治县磨黑镇有茶园4.2万亩。",
        ])
        #expect(brief.author == "罗永昌")
        let signed = try Self.read([
            "两个镇调解各有“金点子”", "", "平顶山日报记者 张伟 通讯员 王晓峰（郏县融媒体中心）", "",
            "郏县堂街镇今年受理纠纷326件，调解成功率96.3%。",
        ])
        #expect(signed.author == "张伟、王晓峰")
        let closed = try Self.read([
            "“天眼小镇”里的“邻里帮”", "本报讯　平塘县克度镇共设楼长52名，诉求办结率达到99.1%。（黔南日报全媒体记",
            "者 吴春燕）", "", "（本版稿件除署名外均由各县融媒体中心提供）",
        ])
        #expect(closed.author == "吴春燕")
    }

    /// "第6版【基层之声】" over a date in Chinese numerals: a running head, not a title; and a
    /// photographer's name padded with an ideographic space ("杨　芳　摄").
    @Test func aRunningHeadWithItsColumnInBracketsAndAPaddedCredit() throws {
        let found = try TestData.extract(lines: [
            "第6版【基层之声】", "二〇二六年十二月三十日　星期三　编辑：许可", "",
            "绥宁县关峡苗族乡的寨子里，今年组建铜锣队12支。", "", "火塘边上议家事", "记者 杨　芳", "绥宁关峡", "",
            "关峡苗族乡的铜锣队员傍晚敲锣巡寨。", "杨　芳　摄",
        ])
        #expect(found.articles.map(\.title) == ["火塘边上议家事"])
        #expect(found.captions.map(\.photographer) == ["杨芳"])
    }
}
