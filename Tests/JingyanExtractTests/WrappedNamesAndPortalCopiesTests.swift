import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batch 31 and 32's pages and copies, written anew: a title line under a byline as
/// wide as the column, a page foot's hotline, and a portal's or a post's lines around the text
/// (attachments, bracketed fields, counts, readers' comments).
@Suite struct WrappedNamesAndPortalCopiesTests {
    static func summary(_ found: Extraction) -> [String] {
        found.articles.map { article in
            let headings = article.sections.compactMap(\.heading).joined(separator: "/")
            return "\(article.title)|\(article.author ?? "-")|\(article.place.township ?? "-")|\(headings)"
        }
    }

    /// "乡贤回村" under "记者 某某 通讯员 某某", which fills the column: the title's first line, not
    /// a name wrapped off the byline (no surname opens it, and no place line follows it).
    @Test func aTitleLineUnderAFullByline() throws {
        let body =
            "旌德县庙首镇地处皖南山区，乡贤多在外经商，过去村里办事缺人缺钱缺点子。去年起，镇里组建“乡贤议事会”，"
            + "请在外乡贤每季度回村议事一次，今年议定事项86件，乡贤捐资修缮古民居32处，引回项目7个，带动村民就业260余人。"
        let lines = stride(from: 0, to: body.count, by: 14).map { String(body.dropFirst($0).prefix(14)) }
        let found = try TestData.extract(
            lines: ["综合　3", "2026年12月2日　星期三", ""] + lines + [
                "", "记者 汪瑞华 通讯员 胡国平", "乡贤回村", "古镇治理添帮手", "旌德庙首",
            ])
        #expect(Self.summary(found) == ["乡贤回村古镇治理添帮手|汪瑞华、胡国平|庙首镇|"])
    }

    /// A portal's attachments, bracketed fields with no colon, a post's counts and its readers'
    /// comments: none of them a heading or a report.
    @Test func aPortalsAndAPostsLinesAroundTheText() throws {
        let found = try TestData.extract(lines: [
            "攸县网格“银龄互助”暖人心", "攸县人民政府网　2026-12-10", "", "记者 谭志明", "",
            "攸县鸾山镇推行“银龄互助”，全镇结对老人1260对，今年上门服务8600余次，老人们都说好。", "",
            "镇里还办起幸福食堂12个，每天为300多名老人提供午餐，饭菜热乎，价格实惠，老人们很满意。", "",
            "镇民政办负责人说，明年将再建幸福食堂5个，让更多老人在家门口吃上热饭。", "", "附件：", "1.鸾山镇银龄互助名册.xls",
            "2.幸福食堂补助办法.pdf", "", "【作者】 谭志明", "【来源】 株洲日报", "", "阅读 2316　赞 48　在看 17", "", "写留言",
            "精选留言", "鸾山游子　广东", "家乡越来越好了，点赞！", "赞 12",
        ])
        #expect(Self.summary(found) == ["攸县网格“银龄互助”暖人心|谭志明|鸾山镇|"])
        let figures = found.articles.flatMap(\.sections).flatMap(\.practices).flatMap(\.metrics)
        #expect(figures.map(\.value.value) == [1260, 8600, 12, 300, 5])
    }

    /// A post whose site's lines outnumber a third of its text is still a web copy: its lines of
    /// furniture do not count as text.
    @Test func aCopyWithManySiteLines() {
        let paragraph = "攸县鸾山镇推行“银龄互助”，全镇结对老人1260对，今年上门服务8600余次，老人们都说好。"
        let site = ["往期推荐", "攸县召开冬季森林防火工作会议", "阅读 2316　赞 48　在看 17", "写留言", "赞 12", "分享"]
        let text = ["标题", "", paragraph, "", paragraph, ""] + site + site
        let lines = text.enumerated().map { TextLine(number: $0.offset + 1, text: $0.element) }
        let furniture: Set<String> = ["往期推荐", "阅读 2316　赞 48　在看 17", "写留言", "赞 12", "分享"]
        #expect(!PageSegmenter.isUnwrapped(lines) { _ in false })
        #expect(PageSegmenter.isUnwrapped(lines) { furniture.contains($0.text) })
    }

    /// "欢迎提供新闻线索　电话：0851-8662××××" under a brief's closing credit: the page's foot.
    @Test func aHotlineInThePageFoot() throws {
        let found = try TestData.extract(lines: [
            "肇兴镇侗寨“鼓楼夜话”解民忧", "本报讯 近日，黎平县肇兴镇堂安村鼓楼里火塘正旺，驻",
            "村第一书记和寨老、村民围坐一起，商量明年侗寨旅游接", "待的事。今年以来，肇兴镇在各村鼓楼推行“鼓楼夜话”，",
            "累计开展夜话126场，收集群众诉求380余条。", "（吴永忠 陆艳）", "", "欢迎提供基层治理新闻线索　电话：0851-8662××××",
        ])
        #expect(Self.summary(found) == ["肇兴镇侗寨“鼓楼夜话”解民忧|吴永忠、陆艳|肇兴镇|"])
    }
}
