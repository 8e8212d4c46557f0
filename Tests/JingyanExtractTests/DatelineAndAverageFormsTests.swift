import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batch 22's pages and copies, written anew: a two-character county named right before
/// its township, a wire service's dateline credit, an average age, a page head spread over the
/// width and rules around an editor's note.
@Suite struct DatelineAndAverageFormsTests {
    /// "献县" alone is as often part of a phrase as a county; right before one of its
    /// townships it is the county, and no area need be named.
    @Test func aTwoCharacterCountyBeforeItsTownship() throws {
        let found = try TestData.extract(lines: [
            "老街坊有了“说和屋”", "", "走进献县郭庄镇，街巷整洁，邻里和气。镇里今年建起“说和屋”12间，化解纠纷86起。",
        ])
        let place = try #require(found.articles.first?.place)
        #expect(place.county == "献县")
        #expect(place.township == "郭庄镇")
        let unplaced = try TestData.extract(lines: [
            "老街坊有了“说和屋”", "", "镇里着力提高县级统筹水平，今年建起“说和屋”12间，化解纠纷86起。",
        ])
        #expect(unplaced.articles.first?.place.county != "献县")
    }

    /// A wire service's dateline is longer than a local paper's cue: its bracket still credits
    /// the reporters, one name broken over two lines, and its city places nothing.
    @Test func aWireServiceDatelineCredit() throws {
        let found = try TestData.extract(lines: [
            "牧区的“马背调解队”", "", "新华社乌鲁木齐11月28日电（记者 艾尔", "肯 李明）富蕴县吐尔洪乡组建“马背调解队”，",
            "今年化解草场纠纷37起。",
        ])
        #expect(found.articles.first?.author == "艾尔肯、李明")
        // The dateline names the city the reporters filed from, which has a county of its name.
        #expect(found.articles.first?.place.county == "富蕴县")
    }

    /// "平均年龄41.2岁" is a group's figure; "年满60周岁" stays a threshold; "3大类" keeps its unit.
    @Test func anAverageAgeIsAFigure() throws {
        let found = try TestData.extract(lines: [
            "后备干部“蓄水池”", "", "记者 王磊", "",
            "桦川县悦来镇储备村级后备力量52人，平均年龄41.2岁，年满60周岁的老党员担任顾问，培训分3大类开展。",
        ])
        let metrics = try #require(found.articles.first).practices.flatMap(\.metrics)
        #expect(metrics.map(\.valueNormalized.value) == [52, 41.2, 3])
        #expect(metrics.map(\.unit) == ["人", "岁", "大类"])
    }

    /// A page head whose fields stand apart across the width, the page's number last, and the
    /// rules printed around an editor's note: none of them is title text.
    @Test func aSpreadPageHeadAndRules() throws {
        let found = try TestData.extract(lines: [
            "基层周刊　　　　　　　　　　　　治理·6", "2026年11月26日　星期四　　　　　责任编辑　刘洋", "",
            "————————————————", "编者按：本版推出“院落说事”系列报道。", "————————————————", "",
            "院落里的", "“说事点”", "", "本报记者 何静", "",
            "大邑县安仁镇在院落里设“院落说事点”，今年收集意见230条。",
        ])
        let report = try #require(found.articles.first)
        #expect(found.articles.count == 1)
        #expect(report.title == "院落里的“说事点”")
        #expect(report.mechanisms.contains("院落说事点"))
    }
}
