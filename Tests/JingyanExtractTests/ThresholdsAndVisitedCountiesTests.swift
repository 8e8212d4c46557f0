import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batch 33 and 34's pages and copies, written anew: thresholds and persons a rule
/// names, rainfall in 毫米, a county visited before the report's own, an app's account line and
/// controls around a copy.
@Suite struct ThresholdsAndVisitedCountiesTests {
    /// "超过5万元的工程", "在2000元以上的支出" and "由1名纪检委员和2名村民代表组成" set a rule's
    /// bars and members; the figures the rule produced are figures.
    @Test func thresholdsAndMembersOfARule() throws {
        let found = try TestData.extract(lines: [
            "感德镇村级小微权力晒出来", "", "记者 林芳", "",
            "安溪县感德镇规定，村级工程投资超过5万元的，必须经村民代表会议表决；单笔支出在2000元以上的，要在公开栏公示。"
                + "各村由1名纪检委员和2名村民代表组成监督小组，今年审核支出1360笔，叫停不合规支出23笔。",
            "", "镇里按照1名全科医生、1名护士和1名村医的标准配备家庭医生团队，今年签约农户4200户，全年降雨386毫米。",
        ])
        #expect(TestData.figures(found) == ["1360笔", "23笔", "4200户", "386毫米"])
    }

    /// "永兴镇：" over a lede that names 安吉县 first (a visit) and then "湄潭县永兴镇": the county
    /// the title's township is written after.
    @Test func aCountyVisitedBeforeTheReportsOwn() throws {
        let found = try TestData.extract(lines: [
            "永兴镇：“村社合一”让茶农腰包鼓起来", "记者 冉光平", "",
            "浙江省安吉县的白茶，一亩能卖上万元。今年3月，湄潭县永兴镇组织12个村的村干部到安吉县考察，回来后推行“村社合一”。",
        ])
        let place = try #require(found.articles.first?.place)
        #expect("\(place.county)|\(place.township ?? "-")" == "湄潭县|永兴镇")
    }

    /// An app's line of date, time and a long account name, and "举报/反馈" after the text.
    @Test func anAppsAccountLineAndControls() throws {
        let found = try TestData.extract(lines: [
            "罗渡镇推行田长制　守住3.8万亩良田", "广安日报", "2026-12-20 19:05四川广安日报社官方百家号", "关注", "",
            "岳池县罗渡镇全镇耕地面积3.82万亩，今年选出田长436名，粮食产量2.17万吨。", "", "举报/反馈",
        ])
        #expect(found.articles.map(\.title) == ["罗渡镇推行田长制　守住3.8万亩良田"])
        #expect(found.articles.first?.place.township == "罗渡镇")
    }
}
