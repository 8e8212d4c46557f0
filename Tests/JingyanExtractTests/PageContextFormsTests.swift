import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// What a report's own text leaves open and its page settles: a commentary naming the county of
/// the report above it by the short name alone; and a web copy printing its whole text on one
/// line, each paragraph opened by an indent of two ideographic spaces.
@Suite struct PageContextFormsTests {
    static let report = [
        "和顺县松烟镇不少村民常年在外务", "工，镇里按务工地把在外人员编成", "“异地网格”，村里大小事务在线上", "商量。", "",
        "今年以来，全镇18个“异地网格”", "线上议事90余次，参与率达到80%。", "", "“异地网格”让游子", "参与家乡事", "",
        "本报记者 王立新", "", "和顺松烟", "",
    ]

    static func commentary(naming county: String) -> [String] {
        [
            "短评", "让网格跟着群众走", "", "本报评论员 赵明", "", "\(county)的“异地网格”说明，网格不只",
            "是地图上的一块，也可以跟着人走。", "基层治理的办法，要从群众的生活", "里去找。", "",
        ]
    }

    static let nextReport = [
        "曲沃县里村镇在每个村设立调解室，", "请老党员担任调解员，今年共调解", "纠纷120件，调解成功率达95%。", "", "调解室让矛盾",
        "不出村", "", "本报记者 刘芳", "", "曲沃里村",
    ]

    /// A short name counts for a county another report on the page is on, and the article
    /// says so for review.
    @Test func aCommentaryNamesTheCountyOfTheReportAboveByItsShortName() throws {
        let found = try TestData.extract(lines: Self.report + Self.commentary(naming: "和顺") + Self.nextReport)
        #expect(found.articles.map(\.title) == ["“异地网格”让游子参与家乡事", "让网格跟着群众走", "调解室让矛盾不出村"])
        let comment = try #require(found.articles.dropFirst().first)
        #expect(comment.author == "赵明")
        #expect(comment.place.county == "和顺县")
        #expect(comment.place.township == nil)
        #expect(comment.review.contains { $0.contains("同版") && $0.contains("和顺县") })
        #expect(found.articles[0].review.isEmpty && found.articles[2].review.isEmpty)
    }

    /// The short name of a county no report on the page is on is no place: short names are too
    /// often common words.
    @Test func aShortNameOfACountyOffThePageStaysUnread() throws {
        let found = try TestData.extract(lines: Self.report + Self.commentary(naming: "昔阳") + Self.nextReport)
        let comment = try #require(found.articles.dropFirst().first)
        #expect(comment.title == "让网格跟着群众走")
        #expect(comment.place.slug == "unknown")
        #expect(!comment.review.contains { $0.contains("同版") })
    }

    /// A copy whose text is one line: each indented piece a paragraph, a short one a heading.
    @Test func aWebCopyPrintedOnOneLine() throws {
        let text =
            "和顺县松烟镇不少村民常年在外务工，镇里按务工地把在外人员编成“异地网格”，村里大小事务在线上商量。"
            + "　　◎线上议事不断线　　每个“异地网格”建起微信群，今年以来线上议事90余次，参与率达到80%。"
            + "　　◎留守老人有人管　　网格员每周上门看望留守老人，已为320户在外家庭代办事项1100余件。"
        let found = try TestData.extract(lines: ["“异地网格”让游子参与家乡事", "2025-11-21 09:12　来源：山西日报", "山西日报记者 王立新", text])
        let report = try #require(found.articles.first)
        #expect(found.articles.count == 1)
        #expect(report.title == "“异地网格”让游子参与家乡事")
        #expect(report.author == "王立新")
        #expect(report.sections.compactMap(\.heading) == ["线上议事不断线", "留守老人有人管"])
        #expect(report.practices.flatMap(\.metrics).map(\.value.value) == [90, 80, 320, 1100])
        #expect(report.source.lines == [1, 4])
    }

    /// A single ideographic space inside a wide line (a table's cells, "时间　来源") parts no
    /// paragraphs, and neither do two in a line as narrow as a column, nor in a long line of
    /// fields that ends no sentence.
    @Test func anIndentIsTwoIdeographicSpacesInALineWiderThanAnyColumn() {
        let wide = String(repeating: "村里大小事务在线上商量。", count: 6)
        let page = PageText(
            file: "a.txt", text: ["时间　来源　" + wide, "议事点　　今年", wide + "　　" + wide].joined(separator: "\n"))
        #expect(page.lines.map(\.number) == [1, 2, 3, 3])
        #expect(page.lines[3].text == wide)
        #expect(page.holdsParagraphsOnOneLine)
        let head = (1...4).map { "第\($0)版　基层治理　二〇二六年十二月五日　星期六　责任编辑　某某某" }.joined(separator: "　　")
        let printed = PageText(file: "b.txt", text: head + "\n" + wide)
        #expect(printed.lines.count == 2 && !printed.holdsParagraphsOnOneLine)
    }
}
