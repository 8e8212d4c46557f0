import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batch 23's pages and copies, written anew: a column of briefs each closed by a
/// credit on a line of its own, a byline and a place line on one printed line, a signed comment
/// under a label, a district name several cities share, a government portal's fields.
@Suite struct BriefColumnAndSignedPieceTests {
    /// A brief's credit in brackets on the line under its last sentence is that brief's, not
    /// the next brief's, which keeps the credit in its own opening.
    @Test func aClosingCreditOnALineOfItsOwn() throws {
        let found = try TestData.extract(lines: [
            "简讯", "", "桥头镇“茶馆调解”化纠纷", "本报讯 荣县桥头镇在老茶馆设调解席，", "今年调解纠纷42起，成功39起。",
            "（记者 唐晓梅）", "", "双河镇村务公开上了墙", "本报讯（记者 何志刚 通讯员 罗静）", "威远县双河镇把村务清单贴上墙，",
            "今年公开事项316项。",
        ])
        #expect(found.articles.map(\.author) == ["唐晓梅", "何志刚、罗静"])
    }

    /// "本报记者 某某 报道　某县某镇": a byline and a place line printed on one line after a
    /// report's title are read as the two lines they are.
    @Test func aBylineAndAPlaceOnOneLine() throws {
        let found = try TestData.extract(lines: [
            "牧道上组建调解队，今年调解草场纠纷57起，调解成功率达96％。", "", "牧道上的", "“马背调解队”",
            "本报记者 吐尔逊 报道　木垒照壁山",
        ])
        let report = try #require(found.articles.first)
        #expect(report.title == "牧道上的“马背调解队”")
        #expect(report.author == "吐尔逊")
        #expect(report.place.county == "木垒哈萨克自治县")
    }

    /// A label over a comment's title and its signature, right under the title or after a
    /// blank line, or with a blank line under the label: a signed piece read as an article.
    @Test func aSignedCommentUnderALabel() throws {
        let forms = [
            ["短评", "调解贵在说到心坎上", "□ 林思远"], ["短评", "", "调解贵在说到心坎上", "本报评论员 林思远"],
            ["短评", "调解贵在说到心坎上", "", "本报评论员 林思远"],
        ]
        for form in forms {
            let found = try TestData.extract(lines: form + ["", "基层矛盾多是家长里短，讲法也要讲情。", "", "说和不是和稀泥，要守住法律底线。"])
            #expect(found.articles.map(\.title) == ["调解贵在说到心坎上"], "\(form)")
            #expect(found.articles.map(\.author) == ["林思远"], "\(form)")
        }
    }

    /// "长安区" is a district of 西安 and of 石家庄: the one whose township follows it.
    @Test func aSharedDistrictNameByTheTownshipAfterIt() throws {
        let found = try TestData.extract(lines: [
            "峪口有了“护林约”", "", "记者 张文博", "", "长安区滦镇街道地处秦岭北麓，今年修订村规民约23份。",
        ])
        let place = try #require(found.articles.first?.place)
        #expect(place.slug.hasPrefix("xian-"))
        #expect(place.township == "滦镇街道")
    }

    /// A government portal's fields line under a copy's title is no part of the title.
    @Test func aPortalsFieldsOverTheByline() throws {
        let found = try TestData.extract(lines: [
            "老小区里摆开“议事桌”", "", "发布机构：某某街道办事处　发布日期：2026-12-04　浏览次数：1268", "",
            "本报记者 顾小雯 通讯员 沈嘉怡", "", "普陀区曹杨新村街道推行“三方议事”，今年议定事项86件。", "",
            "小区里的停车难题，议事会用了3个月理顺。",
        ])
        #expect(found.articles.first?.title == "老小区里摆开“议事桌”")
        #expect(found.articles.first?.author == "顾小雯、沈嘉怡")
    }
}
