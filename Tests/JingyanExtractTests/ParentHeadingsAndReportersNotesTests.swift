import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batch 89, written anew: a numbered heading over numbered sub-headings with no text
/// between them, and a reporter's note ("记者手记") closing the report.
@Suite struct ParentHeadingsAndReportersNotesTests {
    /// "二、……" right over "（一）……": both are the report's headings, on a page and on a web copy
    /// whose lines are paragraphs (the sub-heading is no second line of the heading above it).
    @Test func aHeadingOverSubHeadings() throws {
        let web = [
            "山村议事有新招", "", "记者　罗小军", "", "正安县安场镇近年来创新基层治理方式，群众的事越办越顺。",
            "一、支部建在网格上", "镇里把党支部建在网格上，全镇划分网格126个。", "二、群众的事大家商量", "（一）院坝会议出民心",
            "各村每月至少召开1次院坝会，议定事项86件。", "（二）积分榜亮出新风尚", "镇里推行积分榜，参与农户3200户。",
        ]
        let headings = try TestData.extract(lines: web).articles.map { $0.sections.compactMap(\.heading) }
        #expect(headings == [["一、支部建在网格上", "二、群众的事大家商量", "（一）院坝会议出民心", "（二）积分榜亮出新风尚"]])
    }

    /// "记者手记" over text that runs on under it heads the report's last section; over a title
    /// of its own it is a box set apart, as before.
    @Test func aReportersNoteClosingTheReport() throws {
        let body = [
            "正安县安场镇把网格划进茶园，网格员每天", "巡园收集茶农诉求，今年以来办结诉求312", "件，茶农之间更和睦了。", "",
        ]
        let block = ["", "茶园里的网格", "正安 安场", "", "记者　吴晓燕"]
        let note = ["记者手记", "茶园里的网格看似小，连着的却是千家万户", "的生计，办好小事才能赢得民心。"]
        let found = try TestData.extract(lines: body + note + block)
        #expect(found.articles.map { $0.sections.compactMap(\.heading) } == [["记者手记"]])
        #expect(found.articles.first?.practices.last?.text.hasSuffix("赢得民心。") == true)
        let boxed = ["记者手记", "小网格大民生", "", "网格看似小，连着的却是千家万户的生计。"]
        let apart = try TestData.extract(lines: body + boxed + block)
        #expect(apart.articles.map { $0.sections.compactMap(\.heading) } == [[]])
    }
}
