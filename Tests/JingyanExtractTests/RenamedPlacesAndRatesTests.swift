import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batch 20's pages and copies, written anew: a township printed under the suffix it
/// had before the national codes' date, a place line naming a zone rather than a county, a rate
/// as a unit, a closing credit broken inside its role, and a narrow page head of one field a line.
@Suite struct RenamedPlacesAndRatesTests {
    /// 才纳乡 is 才纳镇 in the codes: the report is on it, under the name it prints.
    @Test func aTownshipUnderItsFormerSuffix() throws {
        let found = try TestData.extract(lines: [
            "才纳乡：牧民议事有了“火塘会”", "", "本报记者 扎西", "",
            "曲水县才纳乡把村里的大事小情搬到火塘边商量，今年议定事项46件。", "",
            "“火塘会”每月召开一次，议定的事项7天内办结。",
        ])
        let place = try #require(found.articles.first?.place)
        #expect(place.county == "曲水县")
        #expect(place.township == "才纳乡")
    }

    /// "江北新区" names no county though "江北" is a 江北区's short name: the place line is no
    /// title text, and the report's own words place it.
    @Test func aPlaceLineNamingAZone() throws {
        let found = try TestData.extract(lines: [
            "南京江北新区顶山街道出租房多，街道推行“房东+网格员”共管，今年排查隐患320处。", "",
            "网格员发现问题后24小时内上报，街道3天内处置。", "", "出租屋里的", "“共管”新路", "本报记者 陈静", "江北新区",
        ])
        let report = try #require(found.articles.first)
        #expect(report.title == "出租屋里的“共管”新路")
        #expect(report.place.county == "浦口区")
        #expect(report.place.township == "顶山街道")
    }

    /// "900元/亩", "0.2万元/户": the unit is the rate.
    @Test func aRateIsOneUnit() throws {
        let found = try TestData.extract(lines: [
            "土地流转有了“明白账”", "", "记者 孙宏伟", "",
            "宁安市渤海镇统一流转土地，租金达到900元/亩，村集体分红提高到0.2万元/户，共流转1.2万亩。",
        ])
        let metrics = try #require(found.articles.first).practices.flatMap(\.metrics)
        #expect(metrics.map(\.unit) == ["元/亩", "万元/户", "万亩"])
        #expect(metrics.map(\.valueNormalized.value) == [900, 2000, 12000])
    }

    /// A closing credit whose role "本报记者" breaks after "本报": the role, not a name.
    @Test func aClosingCreditBrokenInsideItsRole() throws {
        let found = try TestData.extract(lines: [
            "曲阜市尼山镇办起孝善食堂，每天为", "120位老人供餐，老人每餐只交3元。（本报", "记者 孔令华 实习生 张悦）", "",
            "尼山脚下孝善之风浓",
        ])
        #expect(found.articles.first?.author == "孔令华、张悦")
    }

    /// A page head at a narrow column: a column's name with the page number, the date and the
    /// weekday each on a line; or the name with "第8版", the date and weekday on the next.
    @Test func aNarrowPageHeadOfOneFieldALine() throws {
        let heads = [["乡村振兴·治理　7", "2026年11月24日", "星期二"], ["民生·基层　第8版", "2026年11月24日　星期二"]]
        for head in heads {
            let found = try TestData.extract(
                lines:
                    head + [
                        "", "三防镇寨老网格员", "结对化解山林纠纷", "", "本报讯（记者 韦丽萍）融水苗族自治县三防镇", "推行寨老网格员结对，今年化解山林纠纷",
                        "56起。",
                    ])
            #expect(found.articles.map(\.title) == ["三防镇寨老网格员结对化解山林纠纷"], "\(head)")
        }
    }
}
