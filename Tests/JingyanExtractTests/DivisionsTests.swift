import Foundation
import Testing

@testable import JingyanExtract

/// The bundled divisions: counts, parents, short names, lookups and the finder.
@Suite struct DivisionsTests {
    static let divisions: Divisions = {
        do { return try Divisions.bundled(lexicon: Lexicon.bundled()) } catch { fatalError("\(error)") }
    }()
    var divisions: Divisions { Self.divisions }

    func one(_ name: String, _ level: Divisions.Level, in parentName: String? = nil) throws -> Divisions.Division {
        let found = divisions.named(name, level: level).filter { division in
            parentName.map { divisions.parent(of: division)?.name == $0 } ?? true
        }
        try #require(found.count == 1, "\(name): \(found.map(\.code))")
        return found[0]
    }

    @Test func loadsWithPlausibleCounts() {
        let counts = Dictionary(grouping: divisions.all, by: \.level).mapValues(\.count)
        #expect(counts[.province] == 34)
        #expect((330...340).contains(counts[.prefecture] ?? 0))
        #expect((2800...2900).contains(counts[.county] ?? 0))
        #expect((35000...45000).contains(counts[.township] ?? 0))
    }

    /// The quick "no" never refuses a name or usable short name, composed or not.
    @Test func nameBitsKeepEveryName() {
        for division in divisions.all {
            #expect(divisions.mayBeName(division.name.unicodeScalars), "\(division.name)")
            #expect(!divisions.named(division.name).isEmpty, "\(division.name)")
            if division.shortIsUsable && division.short != division.name {
                #expect(!divisions.shortNamed(division.short).isEmpty, "\(division.short)")
            }
        }
        // Not plain (a combining mark): left to the dictionary.
        #expect(divisions.mayBeName("开阳县\u{0301}".unicodeScalars))
        #expect(divisions.named("努力推进镇").isEmpty)
    }

    @Test func countyPrefectureProvince() throws {
        let county = try one("开阳县", .county)
        #expect(county.short == "开阳")
        #expect(divisions.prefecture(of: county)?.name == "贵阳市")
        #expect(divisions.province(of: county)?.name == "贵州省")
        let fengrun = try one("丰润区", .county)
        #expect(fengrun.short == "丰润")
        #expect(divisions.prefecture(of: fengrun)?.name == "唐山市")
        #expect(divisions.province(of: fengrun)?.name == "河北省")
    }

    @Test func townshipsOfTheirCounties() throws {
        let township = try one("楠木渡镇", .township)
        #expect(township.short == "楠木渡")
        #expect(divisions.county(of: township)?.name == "开阳县")
        #expect(divisions.province(of: township)?.name == "贵州省")
        // 雁鸣湖镇 is the name of two townships: one in 中牟县 (Henan), one in Jilin.
        let yanminghu = divisions.named("雁鸣湖镇")
        #expect(yanminghu.count == 2)
        #expect(yanminghu.contains { divisions.county(of: $0)?.name == "中牟县" })
        #expect(divisions.shortNamed("雁鸣湖", level: .township) == yanminghu)
        let kuangyan = try one("匡堰镇", .township)
        #expect(divisions.county(of: kuangyan)?.name == "慈溪市")
        #expect(divisions.prefecture(of: kuangyan)?.name == "宁波市")
        #expect(divisions.children(of: try one("开阳县", .county)).contains(township))
    }

    @Test func shortNamesOfEachLevel() throws {
        let expected: [(String, Divisions.Level, String)] = [
            ("印江土家族苗族自治县", .county, "印江"), ("盘龙区", .county, "盘龙"), ("慈溪市", .county, "慈溪"),
            ("嵩明县", .county, "嵩明"), ("清新区", .county, "清新"), ("滨海新区", .county, "滨海"),
            ("黔东南苗族侗族自治州", .prefecture, "黔东南"), ("安顺市", .prefecture, "安顺"),
            ("巴音郭楞蒙古自治州", .prefecture, "巴音郭楞"), ("贵州省", .province, "贵州"),
            ("广西壮族自治区", .province, "广西"), ("新疆维吾尔自治区", .province, "新疆"),
            ("内蒙古自治区", .province, "内蒙古"), ("鄂温克族自治旗", .county, "鄂温克"),
        ]
        for (name, level, short) in expected {
            let division = try one(name, level)
            #expect(division.short == short, "\(name)")
            #expect(division.shortIsUsable)
        }
        let she = try one("涉县", .county)
        #expect(she.short == "涉" && !she.shortIsUsable)
        #expect(divisions.shortNamed("涉").isEmpty)
        #expect(divisions.lookup("涉县") == [she])
    }

    @Test func townshipShortNames() throws {
        let tsv = "110000\t某某市\n110101\t某区\n110101001\t兴旺街道\n110101002\t禾丰布依族苗族乡\n110101003\t查巴奇鄂温克民族乡\n"
        let made = try Divisions(tsv: Data(tsv.utf8), lexicon: Lexicon.bundled())
        #expect(made.all.map(\.short) == ["某某", "某", "兴旺", "禾丰", "查巴奇"])
        #expect(made.shortNamed("兴旺").map(\.name) == ["兴旺街道"])
        #expect(made.parent(of: try #require(made[code: 110101])).map(\.name) == "某某市")
        // In the bundled data, 兴旺 is 兴旺镇 (Sichuan) and 兴旺鄂温克族乡 (Heilongjiang), not 兴旺寨镇.
        let xingwang = divisions.shortNamed("兴旺", level: .township).map(\.name)
        #expect(Set(xingwang) == ["兴旺镇", "兴旺鄂温克族乡"])
    }

    @Test func shortNameSharedByCounties() throws {
        let panlong = divisions.shortNamed("盘龙", level: .county)
        #expect(panlong.map(\.name) == ["盘龙区"])
        #expect(panlong.first.flatMap { divisions.prefecture(of: $0) }?.name == "昆明市")
        // 朝阳: 朝阳区 of Beijing and of 长春, 朝阳县 of Liaoning (and the prefecture 朝阳市).
        let chaoyang = divisions.shortNamed("朝阳", level: .county)
        #expect(Set(chaoyang.compactMap { divisions.province(of: $0)?.short }) == ["北京", "吉林", "辽宁"])
        #expect(divisions.shortNamed("朝阳", level: .prefecture).map(\.name) == ["朝阳市"])
        let tongzhou = divisions.named("通州区")
        #expect(tongzhou.compactMap { divisions.prefecture(of: $0)?.name } == ["北京市", "南通市"])
        #expect(divisions.shortNamed("通州", level: .county) == tongzhou)
    }

    @Test func municipalitiesAndDirectlyGovernedCounties() throws {
        let district = try one("朝阳区", .county, in: "北京市")
        #expect(divisions.prefecture(of: district)?.name == "北京市")
        #expect(divisions.province(of: district)?.name == "北京市")
        // 济源市 is governed by Henan directly: no prefecture, its province as parent.
        let jiyuan = try one("济源市", .county)
        #expect(divisions.prefecture(of: jiyuan) == nil)
        #expect(divisions.parent(of: jiyuan)?.name == "河南省")
    }

    @Test func finderFindsNamesWithPositions() throws {
        let finder = divisions.finder()
        let text = "贵州省黔东南州和印江土家族苗族自治县，以及盘龙、丰润区"
        let found = finder.occurrences(in: text)
        // "黔东南州": an autonomous prefecture by the name papers use, a full name.
        #expect(found.map(\.name) == ["贵州省", "黔东南州", "印江土家族苗族自治县", "盘龙", "丰润区"])
        #expect(!found[1].isShort && found[1].divisions.map(\.name) == ["黔东南苗族侗族自治州"])
        let utf8 = Array(text.utf8)
        for occurrence in found {
            #expect(String(decoding: utf8[occurrence.range], as: UTF8.self) == occurrence.name)
        }
        #expect(found[3].isShort && found[3].divisions.map(\.name) == ["盘龙区"])
        #expect(!found[4].isShort)
        let all = finder.occurrences(in: text, longestOnly: false).map(\.name)
        #expect(all.contains("印江") && all.contains("贵州"))
        let townships = divisions.finder(levels: [.township])
        #expect(townships.occurrences(in: "在楠木渡镇").first?.divisions.map(\.code) == [520_121_104])
    }
}
