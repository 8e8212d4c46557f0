import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batches 60 and 61 and of the fixtures' reports laid out again at random, written
/// anew: a column of briefs with no blank line, each under its title in lenticular brackets; a
/// brief's lone title after it; a place line a blank line under its byline; a photo credited
/// with its role and name run together.
@Suite struct BriefColumnsAndLoneTitlesTests {
    static let figures = LettersIndentsAndChromeTests.figures

    /// Briefs parted only by their indents, each under "【标题】": each title heads its brief, read
    /// without its brackets (this page stopped the extractor before).
    @Test func aColumnOfBracketedBriefsWithNoBlankLine() throws {
        let found = try TestData.extract(
            lines: [
                "乡村快讯", "【“渠长制”管好一渠水】", "　　本报青浦讯（记者　金　波　通讯员　沈　怡）近日，在练塘镇",
                "东庄村，一场用水纠纷在渠边化解。镇里推行“渠长制”，全", "镇36条支渠都有了渠长。", "　　今年以来，渠长们调处纠纷58起。",
                "【金泽：古桥边的“议事廊”】", "　　本报青浦讯（记者　陆　晨）金泽镇在古桥边建起议事廊", "12处，今年议定事项94件。",
                "　　“有事到廊下说。”村民说。", "【朱家角镇“民宿公约”护好古镇】", "　　本报讯（记者　顾　敏）朱家角镇62家民宿签订公约，",
                "今年游客投诉下降41%。", "　　镇里还设立了民宿调解室。",
            ])
        #expect(found.articles.map(\.title) == ["“渠长制”管好一渠水", "金泽：古桥边的“议事廊”", "朱家角镇“民宿公约”护好古镇"])
        #expect(found.articles.map(\.author) == ["金波、沈怡", "陆晨", "顾敏"])
        #expect(found.articles.map(Self.figures) == [[36, 58], [12, 94], [62, 41]])
    }

    /// Title blocks after their bodies: a place line a blank line under its byline ("朱家角"), a
    /// photo's caption, then a brief whose credit is inside its opening and whose lone title
    /// follows it, before the next report's text.
    @Test func aPlaceLineUnderItsBylineAndABriefsLoneTitle() throws {
        let found = try TestData.extract(
            lines: [
                "　　朱家角镇在古镇推行民宿公约，", "全镇62家民宿全部签约，今年游客", "投诉下降41%，古镇秩序井然。", "", "古镇民宿有了“公约”", "记者 顾敏 通讯员 沈怡", "",
                "朱家角", "", "　　本报讯（记者 金波 通讯员 ", "陆晨）练塘镇推行“渠长制”，全镇", "36条支渠都有了渠长，今年调处用", "水纠纷58起，群众很满意。", "",
                "练塘镇推行“渠长制”", "", "　　金泽镇在古桥边建起议事廊12", "处，今年议定事项94件，群众满意", "率达到98%，古桥边热闹起来。", "", "古桥边的“议事廊”",
                "本报记者 王立", "",
            ])
        #expect(found.articles.map(\.title) == ["古镇民宿有了“公约”", "练塘镇推行“渠长制”", "古桥边的“议事廊”"])
        #expect(found.articles.map(\.author) == ["顾敏、沈怡", "金波、陆晨", "王立"])
        #expect(found.articles.map(Self.figures) == [[62, 41], [36, 58], [12, 94, 98]])
    }

    /// "……（本报记者某某摄）": a caption credited with its role and name run together, under a
    /// picture mark on a web copy, is the photo's caption, not the report's lede.
    @Test func aCaptionCreditedWithRoleAndNameRunTogether() throws {
        let found = try TestData.extract(
            lines: [
                "古桥边的“议事廊”", "", "本报记者　王　立", "", "[图片]", "金泽镇村民在古桥边的议事廊里商量村务。（本报记者王立摄）", "",
                "金泽镇在古桥边建起议事廊12处，今年议定事项94件。", "群众满意率达到98%。",
            ])
        #expect(found.captions.map(\.photographer) == ["王立"])
        #expect(found.articles.first?.lede.hasPrefix("金泽镇在古桥边") == true)
    }
}
