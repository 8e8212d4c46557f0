import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batches 82 and 83, written anew: a page whose paragraphs open flush, told by all its
/// reports together; a heading over an indented paragraph; a heading wrapped by its sense; a
/// title run on under a report's end; a site's name over a copy.
@Suite struct PageOpeningsAndRunOnTitlesTests {
    /// Headings per article, in page order.
    static func headings(_ lines: [String]) throws -> [[String]] {
        try TestData.extract(lines: lines).articles.map { $0.sections.compactMap(\.heading) }
    }

    /// Two reports: the first has few paragraphs, its headings two characters short of the
    /// column; the second's paragraphs open flush. Counted over the page, paragraphs open flush,
    /// so the short lines are headings.
    @Test func flushParagraphsCountedOverThePage() throws {
        let page = [
            "集市议事会开到摊位前", "", "本报记者　罗小军", "", "入冬以后，思南县塘头镇的集市上人来人", "往，赶场的群众一天比一天多，摊位占道", "等问题也冒了出来。", "",
            "商户们自觉守好门前三包的责任区域", "镇里把集市沿街的商户编成联户小组，每", "组推选联户长，负责提醒商户把货物摆进", "店内。", "", "停车的难题交给赶场群众一起来商量",
            "镇里在集市周边划定临时停车点，安排网", "格员轮流值守，赶场日车辆乱停的现象少", "了许多。", "", "院坝会上说事情", "", "通讯员　吴晓燕", "",
            "冬闲时节，思南县许家坝镇各村的院坝会", "又开起来了。", "镇里把院坝会定在每月上旬，村干部带着", "群众提的问题上门，一件件商量着办。",
            "会上定下的事由网格员跟踪落实，办结以", "后张贴公开。", "村民们说，院坝会上说得清，心里就顺了，", "日子也越过越有盼头。",
        ]
        #expect(try Self.headings(page) == [["商户们自觉守好门前三包的责任区域", "停车的难题交给赶场群众一起来商量"], []])
    }

    /// On a page that marks paragraphs by their indent, a line over an indented paragraph, not
    /// indented itself and ending no sentence, ends no paragraph: a heading, however wide.
    @Test func aHeadingOverAnIndentedParagraph() throws {
        let page = [
            "院坝会上说事情", "", "通讯员　吴晓燕", "", "　　冬闲时节，思南县许家坝镇各村的院坝会", "又开起来了，村民围坐一圈说事情。",
            "　　镇里把院坝会定在每月上旬，村干部带", "着群众提的问题上门，一件件商量着办。", "　　“有事在院坝里说开了，心里就顺了。”", "村民田大妈说。", "",
            "村干部带着问题上门，群众的事有人管", "　　会上定下的事由网格员跟踪落实，办结", "以后在村务公开栏张贴，群众看得明白。", "　　镇里还把院坝会的做法写进村规民约，",
            "各村轮流交流经验。",
        ]
        #expect(try Self.headings(page) == [["村干部带着问题上门，群众的事有人管"]])
    }

    /// A heading wrapped by its sense between blank lines, its first line a third of the column.
    @Test func aHeadingWrappedByItsSense() throws {
        let page = [
            "集市议事会开到摊位前", "", "本报记者　罗小军", "", "入冬以后，思南县塘头镇的集市上", "人来人往，赶场的群众一天比一天", "多，摊位占道等问题也冒了出来。", "",
            "议事会让商户", "从“旁观”变“主角”", "", "镇里把集市沿街的商户编成联户小", "组，每组推选联户长，负责提醒商", "户把货物摆进店内，商户们也都配", "合。",
        ]
        #expect(try Self.headings(page) == [["议事会让商户从“旁观”变“主角”"]])
    }

    /// The next report's title run on under a report's end with no blank line, its byline below:
    /// two reports, the second headed by its title.
    @Test func aTitleRunOnUnderAReportsEnd() throws {
        let page = [
            "院坝会上说事情", "", "通讯员　吴晓燕", "", "冬闲时节，思南县许家坝镇各村的院坝会", "又开起来了，村民围坐一圈说事情。镇里", "把院坝会定在每月上旬，群众提的问题一",
            "件件商量着办，今年已开院坝会86场。", "集市议事会", "开到摊位前", "", "■本报记者　罗小军", "", "入冬以后，思南县塘头镇的集市上人来人",
            "往，赶场的群众一天比一天多，摊位占道", "等问题也冒了出来。镇里推行集市议事会", "今年已议定事项37件。",
        ]
        let found = try TestData.extract(lines: page)
        #expect(found.articles.map(\.title) == ["院坝会上说事情", "集市议事会开到摊位前"])
        #expect(found.articles.map(\.author) == ["吴晓燕", "罗小军"])
    }

    /// A site's name alone over a copy ("某网", "某某在线"): neither a byline nor a word of the title.
    @Test func aSitesNameOverACopy() throws {
        let body = [
            "入冬以后，思南县塘头镇的集市上人来人往。镇里推行“赶场议事会”，今年已开议事会24场。",
            "镇里在集市周边划定临时停车点6处，赶场日车辆乱停的现象少了七成。",
        ]
        let network = try TestData.extract(
            lines: ["红网", "红网首页 > 铜仁频道 > 县区", "“赶场议事会”议出集市新秩序", "来源：铜仁日报　|　编辑：张悦　|　2026-11-27 09:40:15", "分享到："]
                + body)
        #expect(network.articles.map(\.author) == [nil])
        let online = try TestData.extract(lines: ["黔东在线", "“赶场议事会”议出集市新秩序", "来源：铜仁日报　编辑：张悦"] + body)
        #expect(online.articles.map(\.title) == ["“赶场议事会”议出集市新秩序"])
    }
}
