import Foundation
import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batches 86 and 87, written anew: a column set loosely (a space after every
/// character), a soft hyphen at a line's end, a folio and date run on into a column's last line,
/// a title read under a township's former suffix, and a report that names no place.
@Suite struct PdfArtefactsAndUnknownPlacesTests {
    /// A loosely set line loses the spaces between its characters; words set apart by spaces,
    /// and two characters, keep theirs. A soft hyphen goes.
    @Test func letterSpacingAndSoftHyphensAreCleaned() {
        #expect(Typography.cleaned("网 格 员 每 天 入 户 约 3 0 户 。") == "网格员每天入户约30户。")
        #expect(Typography.cleaned("记者 罗小军 吴晓燕") == "记者 罗小军 吴晓燕")
        #expect(Typography.cleaned("正 安") == "正 安")
        #expect(Typography.cleaned("协助转移群众1\u{AD}") == "协助转移群众1")
    }

    /// Figures in a loosely set line and across a soft hyphen are read whole.
    @Test func figuresInALooselySetColumn() throws {
        let lines = [
            "茶园有了网格员", "", "记者　罗小军", "",
            "正安县安场镇把茶园划成网格，网", "格 员 每 人 联 系 茶 农 约 3 0 户 。", "今年台风来时，网格员协助转移群众1\u{AD}",
            "260人次，没有一人受伤。",
        ]
        let found = try TestData.extract(lines: lines)
        #expect(TestData.figures(found) == ["30户", "1260人次"])
    }

    /// "……更和睦。　　７　2026年7月9日" over the block after the body: the folio and date go, the
    /// line ends its sentence, and the block is the report's.
    @Test func aFolioRunOnIntoTheLastLine() throws {
        let lines = [
            "正安县安场镇把茶园划成网格，网格员", "每天巡园收集茶农诉求，今年以来办结",
            "诉求312件，茶农之间更和睦。　　７　2026年7月9日", "", "茶 园 里 的 网 格", "正安 安场", "", "记者　吴晓燕",
        ]
        let found = try TestData.extract(lines: lines)
        #expect(TestData.summary(found) == ["茶园里的网格|吴晓燕|正安县|安场镇"])
        let scalars = { (text: String) in Array(text.unicodeScalars)[...] }
        #expect(PageSegmenter.isFolioAndDate(scalars("7　2026年7月9日")))
        #expect(PageSegmenter.isFolioAndDate(scalars("2026年7月10日　星期五6")))
        #expect(!PageSegmenter.isFolioAndDate(scalars("2026年7月9日，镇里")))
        let runOn = TextLine(number: 1, text: "更和睦。7　2026年7月9日")
        #expect(PageSegmenter.droppingRunOnFolio(runOn, before: TextLine(number: 2, text: "")) == "更和睦。")
        #expect(PageSegmenter.droppingRunOnFolio(runOn, before: TextLine(number: 2, text: "镇里召开大会。")) == nil)
    }

    /// "风华乡村治理有温度" reads 风华乡 under the township's former suffix; the lede names it
    /// as it is now, 风华镇.
    @Test func aTitlesFormerSuffixYieldsToTheNameNow() throws {
        let lines = [
            "风华乡村治理有温度", "", "记者　罗小军", "", "走进绥阳县风华镇的村部，调解员和两户村民围坐在圆桌旁。",
            "镇里在各村设立调解室，今年以来化解纠纷88起。",
        ]
        #expect(TestData.summary(try TestData.extract(lines: lines)) == ["风华乡村治理有温度|罗小军|绥阳县|风华镇"])
    }

    /// A report that names no place is written with `county: null`, as the contract has it for
    /// what is unknown, and read back as the unknown place.
    @Test func anUnknownPlaceIsNullInJSON() throws {
        let json = try JSONEncoder().encode(Place.unknown)
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["county"] is NSNull)
        #expect(object["prefecture"] == nil)
        let decoded = try JSONDecoder().decode(Place.self, from: json)
        #expect(decoded == Place.unknown && decoded.isUnknown)
        let comment = ["把群众的事分清办好", "", "□ 何晓峰", "", "群众的事无小事，分清轻重缓急才能办得快、办得好。"]
        let found = try TestData.extract(lines: comment)
        #expect(found.articles.map(\.place.isUnknown) == [true])
    }
}
