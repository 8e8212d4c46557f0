import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batch 19's pages and copies, written anew: a browser tab's title over a copy, a
/// byline crediting a county centre's correspondent, a post line naming the author the byline
/// names again, a WeChat post's foot, a page head broken after its year, a column's name before
/// the page number, and captions credited in brackets first, "图/" last, or under a picture's
/// placeholder.
@Suite struct PortalAndCaptionFormsTests {
    static let body = [
        "镇里在每个小区设立“楼道议事角”，居民有事随时来说，今年共议定事项64件。", "",
        "议事角实行“一事一议”，议定的事项3日内交办，办理结果每月公示一次。", "",
    ]

    /// The tab's title ("标题_频道_站名") repeats the title under it; the byline's second
    /// contributor is credited by a county centre run together with the role.
    @Test func aTabTitleAndACountyCentresCorrespondent() throws {
        let found = try TestData.extract(
            lines: [
                "楼道议事角里说事多_地方频道_某某新闻网", "", "楼道议事角里说事多", "2026-10-12 09:20　来源：某某日报", "",
                "本报记者 周明远 松江区融媒体中心特约通讯员 顾晓燕", "",
            ] + Self.body)
        #expect(found.articles.map(\.title) == ["楼道议事角里说事多"])
        #expect(found.articles.first?.author == "周明远、顾晓燕")
    }

    /// A WeChat post line names its author, the byline under it names them again; the post's
    /// foot is the page's.
    @Test func aPostLineAndABylineNameTheSameAuthor() throws {
        let found = try TestData.extract(
            lines: [
                "楼道议事角里说事多", "", "原创 顾晓燕 松江发布 2026-10-12 08:30 发表于上海", "", "记者 顾晓燕 通讯员 周明远", "",
            ] + Self.body + ["阅读原文", "", "预览时标签不可点", "", "微信扫一扫", "关注该公众号"])
        let report = try #require(found.articles.first)
        #expect(found.articles.count == 1)
        #expect(report.author == "顾晓燕、周明远")
        #expect(report.sections.allSatisfy { $0.heading == nil })
    }

    /// A narrow page head: its date broken after the year, a column's name before the page's
    /// number; neither is the title of the report opening the page.
    @Test func aPageHeadBrokenAfterItsYear() throws {
        for head in [["第2版　社会治理　二〇二六年", "十月十二日　星期一"], ["社会治理　第2版", "2026年10月12日　星期一"]] {
            let found = try TestData.extract(lines: head + ["", "楼道议事角里", "说事多", "", "本报记者 周明远", ""] + Self.body)
            #expect(found.articles.map(\.title) == ["楼道议事角里说事多"], "\(head)")
        }
    }

    /// A caption credited in brackets before its words, one credited "图/" after its last
    /// sentence, and a copy's caption under a picture's placeholder, credited or not.
    @Test func captionsCreditedFirstLastOrUnderAPlaceholder() throws {
        let page = try TestData.extract(
            lines: ["（顾晓燕 摄）居民在楼道议事角商量加装", "电梯的事。", ""] + Self.body
                + ["楼道议事角里", "说事多", "本报记者 周明远", "", "议事角前，居民排队反映问题。图/陆海", ""])
        #expect(page.captions.map(\.photographer) == ["顾晓燕", "陆海"])
        #expect(page.captions.map(\.text) == ["居民在楼道议事角商量加装电梯的事。", "议事角前，居民排队反映问题。"])
        #expect(page.articles.map(\.title) == ["楼道议事角里说事多"])

        let copy = try TestData.extract(
            lines: ["楼道议事角里说事多", "记者 周明远", "", "图片", "居民在楼道议事角商量加装电梯的事。", ""] + Self.body
                + ["[图片]", "议事角前，居民排队反映问题。（陆海 摄）", ""])
        #expect(copy.captions.map(\.photographer) == [nil, "陆海"])
        #expect(copy.captions.map(\.text) == ["居民在楼道议事角商量加装电梯的事。", "议事角前，居民排队反映问题。"])
        #expect(copy.articles.first?.sections.allSatisfy { $0.heading == nil } == true)
    }
}
