import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batches 80 and 81, written anew: a heading two characters short of a column whose
/// paragraphs open flush; headings numbered inside a word ("第一道防线："); a heading that is a
/// figure's only statement; staffing and pairing rules; a web copy's author field first among
/// its fields; a page's price, code prompt and font controls.
@Suite struct FlushHeadingsAndStaffingRulesTests {
    static let flushPage = [
        "入冬以后，思南县塘头镇的集", "市上人来人往，赶场的群众一", "天比一天多，摊位占道、车辆", "乱停问题冒了出来。",
        "镇里推行“赶场议事会”，把商", "户和群众请到一起商量着办。", "", "商户们守好“门前三包”", "镇里把集市沿街的商户编成联",
        "户小组，每组推选联户长，负", "责提醒商户摆好货物。", "联户长每天在集市上走一走，", "看到货物摆出来就上前提醒，",
        "商户们也都配合。", "", "停车难题交给“大家议”", "镇里在集市周边划定临时停车", "点，安排网格员轮流值守，赶",
        "场日乱停少了七成。", "群众对集市秩序越来越满意，", "赶场的人也一天比一天多了。", "",
    ]

    /// Two characters short of the column over a paragraph's full line, on a page whose
    /// paragraphs open flush: a heading, closing quote and all. Where paragraphs open indented,
    /// as short a line opens a paragraph.
    @Test func aHeadingTwoShortOfAFlushColumn() throws {
        let found = try TestData.extract(lines: Self.flushPage + ["思南 塘头", "", "赶场日有了“议事会”", "", "记者 罗小军"])
        #expect(found.articles.map { $0.sections.compactMap(\.heading) } == [["商户们守好“门前三包”", "停车难题交给“大家议”"]])
        let indented = [
            "　　入冬以后，思南县塘头镇的集市上人来人", "往，赶场的群众一天比一天多，摊位占道、车", "辆乱停等问题也跟着冒了出来。", "",
            "　　镇里把集市沿街的商户编成联户小组推选", "联户长，负责提醒商户把货物摆进店内，今年", "以来共劝导占道经营218次。", "",
            "　　镇里在集市周边划定临时停车点安排网格", "员轮流值守，赶场日车辆乱停的现象少了。", "",
            "思南 塘头", "", "赶场日有了“议事会”", "", "记者 罗小军",
        ]
        let inIndented = try TestData.extract(lines: indented).articles
        #expect(inIndented.map { $0.sections.compactMap(\.heading) } == [[]], "\(inIndented.map(\.sections))")
    }

    /// "第一道防线：……" and "第二道防线：……": a numeral inside a word of three characters
    /// numbers siblings, each a heading whatever its width.
    @Test func headingsNumberedInsideAWord() throws {
        let found = try TestData.extract(lines: Self.titleFirstPage)
        #expect(
            found.articles.flatMap { $0.sections.compactMap(\.heading) } == [
                "第一道关口：网格员守在院坝边", "第二道关口：难事都交给“联调中心”",
            ])
    }

    /// A title-first report with a code's prompt under its byline and the paper's price in the
    /// page's foot.
    static let titleFirstPage = [
        "纠纷分级化解在基层", "", "■本报记者　罗小军", "", "扫一扫　看更多乡村治理故事", "",
        "思南县塘头镇今年推行纠纷分级化解，把矛盾分三级化解在基层。", "", "第一道关口：网格员守在院坝边",
        "网格员每天走村入户，发现纠纷苗头及时劝", "解，小事当场化解，全年化解纠纷286件。", "",
        "第二道关口：难事都交给“联调中心”", "网格里调不好的纠纷提交镇联调中心会商。", "司法所、派出所的工作人员集中办公，群众",
        "跑一次就能把事办了。", "", "新闻热线：0856-5212345　　零售价：1.50元",
    ]

    /// A heading's figure that no text of the article states is the section's first practice's;
    /// one the text repeats is counted once.
    @Test func aHeadingStatesItsSectionsFigure() throws {
        let lines = [
            "思南县塘头镇今年推行纠纷分级化解。", "", "一年化解矛盾纠纷286件", "镇里组建调解队伍，邻里纠纷154件当场化解。", "",
            "48个网格配齐力量", "全镇划分48个网格，每个网格都有专人值守。", "",
        ]
        let found = try TestData.extract(lines: lines + ["思南 塘头", "", "纠纷分级化解在基层", "", "记者 罗小军"])
        #expect(TestData.figures(found).sorted() == ["154件", "286件", "48个"])
        let heading = try #require(found.articles.first?.sections.first { $0.heading == "一年化解矛盾纠纷286件" })
        #expect(heading.practices[0].metrics.map(\.sentence).contains("一年化解矛盾纠纷286件"))
    }

    /// A rule's terms are no figures: persons named for each unit in a later clause of a
    /// sentence opened by "每", and one person paired with a few units. A count stays one.
    @Test func staffingAndPairingRules() throws {
        let found = try TestData.extract(
            lines: [
                "思南县塘头镇推行“网格+警格”，每个网格由1名村干部任网格长，配备民警或辅警1名。",
                "镇里推行“1+5”联户，即1名党员联系5户群众，今年党员共走访群众3200余户次。", "",
                "思南 塘头", "", "网格里有了民警", "", "记者 罗小军",
            ])
        #expect(TestData.figures(found) == ["3200户次"])
    }

    /// A web copy's author field first among its fields on one line, the font controls in
    /// brackets under it: the names are the byline, the controls no heading.
    @Test func anAuthorFieldFirstAmongACopysFields() throws {
        let found = try TestData.extract(
            lines: [
                "塘头新闻网", "首页 > 乡镇传真", "赶场日有了“议事会”", "作者：罗小军 吴晓燕　来源：铜仁日报　日期：2026-11-18　点击：512",
                "字体：【大】【中】【小】", "入冬以后，思南县塘头镇的集市上人来人往。镇里推行“赶场议事会”，今年已开议事会24场。",
                "镇里在集市周边划定临时停车点6处，赶场日车辆乱停的现象少了七成。",
            ])
        #expect(found.articles.map(\.author) == ["罗小军、吴晓燕"])
        #expect(found.articles.map { $0.sections.map(\.heading) } == [[nil]])
    }

    /// A paper's price beside its hotline at the foot, and a prompt beside its code under a
    /// byline: furniture, neither a title nor a figure.
    @Test func aPagesPriceAndCodePrompt() throws {
        let found = try TestData.extract(lines: Self.titleFirstPage)
        #expect(found.articles.map(\.title) == ["纠纷分级化解在基层"])
        #expect(TestData.figures(found) == ["286件"])
    }
}
