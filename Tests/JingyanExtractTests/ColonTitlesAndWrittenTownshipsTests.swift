import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batch 26's pages and copies, written anew: a title broken after its topic's colon
/// in a narrow column, a township the gazetteer no longer holds, a page head of the date and the
/// editor, a web title with a picture mark, and named ledgers and homes.
@Suite struct ColonTitlesAndWrittenTownshipsTests {
    /// "某乡“某某”：" / "标题的其余" over a byline: a title block, though its first line is the wider.
    @Test func aTitleBrokenAfterItsColon() throws {
        let body = "甘洛县团结乡地处大渡河谷，村与村之间隔着大山。前年起，乡里在各村推行“院坝夜谈”，全乡开展夜谈126场。"
        let lines = stride(from: 0, to: body.count, by: 15).map { String(body.dropFirst($0).prefix(15)) }
        let found = try TestData.extract(lines: ["团结乡“院坝夜谈”：", "村里的事摆上桌面说", "", "记者 沙马阿果", ""] + lines)
        let report = try #require(found.articles.first)
        #expect(report.title == "团结乡“院坝夜谈”：村里的事摆上桌面说")
        #expect(report.author == "沙马阿果")
        #expect(LabelGroupScorer.isTitleBrokenAtColon("团结乡“院坝夜谈”："))
        #expect(!LabelGroupScorer.isTitleBrokenAtColon("今年以来，全乡："))
    }

    /// A township named right after its county but missing from the gazetteer is the report's
    /// township as written, and the review list asks to check it; "各乡镇" is none.
    @Test func aTownshipAsWritten() throws {
        let found = try TestData.extract(lines: [
            "江口渔村镇有了“江边公约”", "", "记者 赵立", "", "抚远市江口渔村镇紧邻黑龙江，全镇渔民386户，今年议定公约12条。",
        ])
        let report = try #require(found.articles.first)
        #expect(report.place.county == "抚远市")
        #expect(report.place.township == "江口渔村镇")
        #expect(report.review.contains { $0.hasPrefix("乡镇不在地名表中") })
        let lexicon = try Lexicon.bundled()
        let places = PlaceNames(divisions: try Divisions.bundled(lexicon: lexicon), lexicon: lexicon)
        #expect(places.townshipWritten(after: "抚远市", in: "抚远市各乡镇都在推行") == nil)
        // Named once, after a verb: "召开乡村…" is no township.
        let meeting = try TestData.extract(lines: [
            "治理推进会召开", "", "记者 赵立", "", "近日，抚远市召开乡村治理推进会，全市12个乡镇参加会议，今年议定事项86件。",
        ])
        #expect(meeting.articles.first?.place.township == nil)
    }

    /// "2025年12月7日　责任编辑　某某" over a page: its head, not a title.
    @Test func aDateAndEditorHead() throws {
        let found = try TestData.extract(lines: [
            "乡村治理　4", "2026年12月7日　责任编辑　周海燕", "", "婺源县江湾镇推行“户约”，今年签约农户1860户。", "",
            "江湾镇村规民约走进家里", "本报记者 汪晓峰", "婺源江湾",
        ])
        #expect(found.articles.map(\.title) == ["江湾镇村规民约走进家里"])
    }

    /// A web title with a picture mark, and quoted names ending 簿 and 之家.
    @Test func aPictureMarkAndNamedLedgers() throws {
        let found = try TestData.extract(lines: [
            "河湾镇纠纷有了“三级过筛”(图)", "记者 才让", "",
            "贵德县河湾镇给每个村发了“矛盾登记簿”，评出“和睦之家”42户，今年化解纠纷63起。",
        ])
        let report = try #require(found.articles.first)
        #expect(report.title == "河湾镇纠纷有了“三级过筛”")
        #expect(report.mechanisms.contains("矛盾登记簿"))
        #expect(report.mechanisms.contains("和睦之家"))
    }
}
