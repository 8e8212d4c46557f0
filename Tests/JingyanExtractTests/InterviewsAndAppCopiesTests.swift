import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batch 17's pages and copies, written anew: an interview's turns, headings numbered
/// "第一招", a news app's and a news site's controls around a copy, a byline field run on to the
/// post's date, and quotes opening with a word for talking things over.
@Suite struct InterviewsAndAppCopiesTests {
    /// "问：……？" / "答：……": an interview's turns are body — no title block, no heading — even
    /// where a column break cuts a turn and leaves a word alone on a line.
    @Test func anInterviewsTurnsAreBody() throws {
        let found = try TestData.extract(lines: [
            "镇里让村干部扛着板凳进果园，开起了“板凳会”。日前，记者", "采访了镇党委书记。", "",
            "问：“板凳会”解决了哪些实际问题？", "",
            "答：今年全镇开了“板凳会”120多场，议定道路修缮、苹果统", "",
            "一销售等事项41件。会上大家还商定，机耕路由受益户出工。", "",
            "“板凳会”开进果园", "本报记者 高明", "平谷峪口", "",
        ])
        #expect(found.articles.map(\.title) == ["“板凳会”开进果园"])
        let report = try #require(found.articles.first)
        #expect(report.sections.allSatisfy { $0.heading == nil })
        #expect(report.practices.flatMap(\.metrics).map(\.unit) == ["场", "件"])
    }

    /// "第一招　……", "第二招　……": headings numbered in a word, one line each, though the line under
    /// the second is cut short by a column break.
    @Test func headingsNumberedInAWord() throws {
        let found = try TestData.extract(lines: [
            "镇里总结出议事的三招，让议事会从", "“走过场”变成“见真章”。", "",
            "第一招　议题从群众中来", "每月初，各村通过网格员走访收集", "议题，今年全镇共收集议题960条。", "",
            "第二招　表决结果当场公开", "议事会采取举手表决和无记名投票", "",
            "相结合的方式，结果当场宣布、当天", "上墙。", "",
            "第三招　办理进度限时反馈", "议定事项明确牵头人和完成时限，目", "前已办结议定事项820件。", "",
            "议事会的三招", "本报记者 陈静", "盱眙马坝", "",
        ])
        #expect(
            found.articles.first?.sections.compactMap(\.heading) == [
                "第一招　议题从群众中来", "第二招　表决结果当场公开", "第三招　办理进度限时反馈",
            ])
    }

    /// A news app's copy: the paper's name, the post line, "关注", "展开全文", "举报", the counts
    /// and "相关推荐" with a linked title are furniture; the byline's bullet and closing verb are not
    /// names.
    @Test func aNewsAppsCopy() throws {
        let found = try TestData.extract(lines: [
            "山里说事点把矛盾化解在家门口", "某某日报", "2025-12-19 07:45·山东", "关注", "",
            "□记者 王晓东 通讯员 刘金华 报道",
            "本报临朐讯　九山镇在各村设立“山里说事点”，每个说事点明确一名联络员，群众有事随时可以找上门。", "",
            "展开全文", "",
            "今年以来，全镇58个说事点共接待群众2700余人次，化解矛盾310起。", "",
            "举报", "", "评论 3　　分享　　收藏", "", "相关推荐", "临朐：山区果农冬季修剪技术培训走进田间",
        ])
        #expect(found.articles.map(\.title) == ["山里说事点把矛盾化解在家门口"])
        #expect(found.articles.first?.author == "王晓东、刘金华")
        #expect(found.articles.first?.sections.allSatisfy { $0.heading == nil } == true)
    }

    /// A news site's copy: the controls in one line ("【字体：大 中 小】　分享到：…"), the fields
    /// line whose last name runs on to the date, and "相关链接：" with titles under it.
    @Test func aNewsSitesCopy() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.bylineField(in: "来源：某某日报　作者：郝晓红 乔卫东2025-12-19 08:12:36") == "作者：郝晓红 乔卫东")
        let found = try TestData.extract(lines: [
            "院落会开到百姓家门口", "来源：某某日报　作者：郝晓红 乔卫东　2025-12-19 08:12:36",
            "【字体：大 中 小】　分享到：微信　微博　QQ空间", "",
            "段村镇今年推行“院落会”，以院落为单位选出院落长，邻里之间有事就在院子里商量。", "",
            "截至11月底，全镇136个院落共召开院落会320余场，群众满意率达到98.6%。", "",
            "责任编辑：郭丽娟", "", "相关链接：", "晋中：村级议事协商示范点建设全面铺开", "平遥古城冬季文旅活动启幕",
        ])
        #expect(found.articles.map(\.title) == ["院落会开到百姓家门口"])
        #expect(found.articles.first?.author == "郝晓红、乔卫东")
    }

    /// Quotes opening with a word for talking things over name a venue or device: "“议事铃”".
    @Test func quotesOpeningWithTalkingThingsOver() throws {
        let found = try TestData.extract(lines: [
            "哈亭里的议事铃", "", "记者 黄丽 通讯员 苏进",
            "江平镇在哈亭里挂起“议事铃”，村民有事摇铃，议事员当天上门，今年已办结事项86件。",
        ])
        #expect(found.articles.first?.mechanisms.contains("议事铃") == true)
    }
}
