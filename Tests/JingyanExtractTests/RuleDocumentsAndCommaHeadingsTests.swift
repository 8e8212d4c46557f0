import JingyanLayout
import Testing

@testable import JingyanExtract

/// Forms of batches 92 and 96, written anew: a heading broken at its comma in a narrow column, its
/// second line running nearly to the column; a local rule's document named in title marks; a
/// news cue's short name that two counties bear.
@Suite struct RuleDocumentsAndCommaHeadingsTests {
    /// "规矩立起来，" / "酒席大操大办的风气刹住了" between blank lines, its second line two
    /// characters short of a column of 14, is one heading.
    @Test func aHeadingBrokenAtItsCommaIsOne() throws {
        let lines = [
            "酒席有了新规矩", "", "记者　罗小军", "",
            "凤冈县进化镇过去红白喜事讲排", "场，一场酒席动辄几十桌。", "",
            "规矩立起来，", "酒席大操大办的风气刹住了", "",
            "镇里组织各村召开村民代表会，", "制定酒席操办规定，今年以来", "全镇劝导简办酒席126场。", "",
            "理事会上门，", "红白事帮办服务暖了民心", "",
            "各村成立红白理事会，为群众", "上门帮办酒席，累计帮办89场。",
        ]
        let found = try TestData.extract(lines: lines)
        let article = try #require(found.articles.first)
        #expect(
            article.sections.compactMap(\.heading) == [
                "规矩立起来，酒席大操大办的风气刹住了", "理事会上门，红白事帮办服务暖了民心",
            ])
    }

    /// "《某村红白事操办细则》" names a scheme; a law, a regulation and a plan do not.
    @Test func aRuleDocumentNamesAScheme() throws {
        let finder = MechanismFinder(lexicon: try Lexicon.bundled())
        let text =
            "村里修订《龙潭村红白事操办细则》，又制定《龙潭村农户积分管理办法》；干部学习《民法典》和"
            + "《中国共产党农村基层组织工作条例》，印发《龙潭村人居环境整治三年行动方案》。"
        #expect(finder.documentNames(in: text) == ["龙潭村红白事操办细则", "龙潭村农户积分管理办法"])
    }

    /// "本报云龙讯" names a short name two counties bear (云龙区, 云龙县); the text that names one
    /// of them in full ("云龙县诺邓镇") tells which (batch 96's "本报栖霞讯" over "栖霞市……").
    @Test func aNewsCuesShortNameIsTheCountyTheTextNamesInFull() throws {
        let lines = [
            "诺邓古村有了“说事屋”", "", "记者　罗小军", "",
            "本报云龙讯　近日，云龙县诺邓镇在诺邓村建起“说事屋”，今年以来已调处纠纷23起。",
            "“有事到说事屋坐坐，心里就敞亮了。”村民杨大妈说。",
        ]
        #expect(TestData.summary(try TestData.extract(lines: lines)) == ["诺邓古村有了“说事屋”|罗小军|云龙县|诺邓镇"])
    }
}
