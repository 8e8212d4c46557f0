import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batches 47 to 50's pages and copies, written anew: a report whose opening paragraphs
/// are set above its title on a page of title-first reports, at its top or in its middle, text
/// of another report above a page's first title, a kicker in clauses over a title and its
/// bylines, a page foot wider than any column, a rule trading one figure for another, a brief
/// credited to a township's office, a page whose last brief's credit wraps onto a line of its
/// own, an advertising hotline with its office's name in the page's foot, a copy's source field
/// holding an outlet's byline, a copy's box of figures listed with dots.
@Suite struct LedesCreditsAndBoxEntriesTests {
    static func figures(_ article: Article) -> [Double] {
        article.sections.flatMap(\.practices).flatMap(\.metrics).map(\.value.value)
    }

    static let secondReport = [
        "老茶馆里摆起“评理台”", "仁寿县文宫镇矛盾不出镇", "本报记者 周岚", "", "仁寿县文宫镇素有“茶乡”之称。去年起，镇里在",
        "老茶馆设立“评理台”，共调处纠纷57起。", "",
    ]

    /// The first report's opening paragraphs above its title, its body under it, then a report
    /// whose title names the place its own body names: the text above the first title is that
    /// report's lede, not a report its title closes.
    @Test func aLedeSetAboveItsTitle() throws {
        let found = try TestData.extract(
            lines: [
                "平昌县岳家镇地处大巴山南麓，全镇12个村散布在", "山梁上。每到赶场天，镇上的“院坝会”就开起来。", "", "“院坝会”议出好日子", "山里的烦心事有处说",
                "本报记者 何军 通讯员 罗琴", "", "今年以来，各村共开院坝会86场，议定修路、饮水", "等实事41件。", "",
                "“有事摆到院坝里说，大家心里服气。”村民杨春说。", "",
            ] + Self.secondReport + ["“喝杯茶，气就顺了。”茶馆老板刘兵说。"])
        #expect(found.articles.count == 2)
        let first = try #require(found.articles.first)
        #expect(first.title == "“院坝会”议出好日子山里的烦心事有处说")
        #expect(first.author == "何军、罗琴")
        #expect(first.place.township == "岳家镇")
        #expect(Self.figures(first) == [12, 86, 41])
        #expect(first.source.lines.first == 1)
        let second = try #require(found.articles.last)
        #expect(second.author == "周岚")
        #expect(Self.figures(second) == [57])
    }

    /// Text naming another place above the first title, on the same page: a report of its own,
    /// and the first title heads the text under it.
    @Test func anotherReportsTextAboveTheFirstTitle() throws {
        let found = try TestData.extract(
            lines: [
                "泸县玄滩镇的调解室今年共调处纠纷35起，调解", "成功33起。", "", "“院坝会”议出好日子", "山里的烦心事有处说", "本报记者 何军 通讯员 罗琴", "",
                "平昌县岳家镇地处大巴山南麓，全镇12个村散布在", "山梁上。今年以来，各村共开院坝会86场，议定修", "路、饮水等实事41件。", "",
            ] + Self.secondReport + ["广告热线：0838-2211234　　德阳日报社广告部"])
        #expect(found.articles.map(Self.figures) == [[35, 33], [12, 86, 41], [57]])
        #expect(found.articles.map(\.author) == [nil, "何军、罗琴", "周岚"])
        #expect(found.articles.map(\.place.township) == ["玄滩镇", "岳家镇", "文宫镇"])
        #expect(!found.articles.contains { $0.title.contains("广告") })
    }

    /// Reports that each close the text above them stay so: the next title names places the
    /// text above it names, not those after it.
    @Test func blocksAfterTheirBodiesStillCloseThem() throws {
        let found = try TestData.extract(lines: [
            "平昌县岳家镇地处大巴山南麓，全镇12个村散布在", "山梁上。今年以来，各村共开院坝会86场，议定修", "路、饮水等实事41件。", "", "“院坝会”议出好日子", "本报记者 何军", "",
            "仁寿县文宫镇素有“茶乡”之称。去年起，镇里在", "老茶馆设立“评理台”，共调处纠纷57起。", "", "老茶馆里摆起“评理台”", "本报记者 周岚", "",
            "泸县玄滩镇的调解室今年共调处纠纷35起，调解", "成功33起。", "", "玄滩镇：调解室里解心结", "本报记者 罗琴",
        ])
        #expect(found.articles.map(\.author) == ["何军", "周岚", "罗琴"])
        #expect(found.articles.map(Self.figures) == [[12, 86, 41], [57], [35, 33]])
    }

    /// Title-first reports, then a brief whose closing credit wraps onto a line of its own at the
    /// page's foot: the credit signs off the brief, and each title still heads the text under it.
    @Test func aLastBriefsCreditOnALineOfItsOwn() throws {
        let found = try TestData.extract(lines: [
            "“院坝会”议出好日子", "本报记者 何军 通讯员 罗琴", "", "平昌县岳家镇地处大巴山南麓，全镇12个村散布在", "山梁上。今年以来，各村共开院坝会86场，议定修", "路、饮水等实事41件。",
            "", "“有事摆到院坝里说，大家心里服气。”村民杨春说。", "", "老茶馆里摆起“评理台”", "本报记者 周岚", "", "仁寿县文宫镇素有“茶乡”之称。去年起，镇里在",
            "老茶馆设立“评理台”，共调处纠纷57起。", "", "“喝杯茶，气就顺了。”茶馆老板刘兵说。", "", "■四川简讯", "", "玄滩镇：调解室里解心结",
            "本报讯　今年以来，泸县玄滩镇调解室共调处纠纷", "35起，调解成功33起，镇里计划明年在全镇推开。", "（何军 ", "罗　琴）", "", "本版编辑　王　兰",
        ])
        #expect(found.articles.map(\.title) == ["“院坝会”议出好日子", "老茶馆里摆起“评理台”", "玄滩镇：调解室里解心结"])
        #expect(found.articles.map(\.author) == ["何军、罗琴", "周岚", "何军、罗琴"])
        #expect(found.articles.map(Self.figures) == [[12, 86, 41], [57], [35, 33]])
    }

    /// "来源：某某日报　某某日报记者 甲 通讯员 乙　（地方）" under a copy's title: the byline is the
    /// outlet's reporter and the correspondent, both.
    @Test func aSourceFieldHoldingAnOutletsByline() throws {
        let found = try TestData.extract(lines: [
            "老茶馆里摆起“评理台”　仁寿县文宫镇矛盾不出镇", "", "来源：眉山日报　眉山日报记者 扎西次仁 通讯员 周岚　（眉山·仁寿）", "",
            "仁寿县文宫镇素有“茶乡”之称。去年起，镇里在老茶馆设立“评理台”，由退休教师、老党员轮流坐台，共调处纠纷57起，调解成功55起。", "",
            "“喝杯茶，气就顺了。”茶馆老板刘兵说。镇里还把评理结果写进村规民约，今年以来全镇没有一起纠纷上交到县里。",
        ])
        #expect(found.articles.first?.author == "扎西次仁、周岚")
    }

    /// A copy's box of figures, each entry a label, a colon and a figure after a dot ("· 调解成功率：
    /// 96.5%"): each entry's figure is read, none is a heading.
    @Test func aCopysBoxOfFiguresListedWithDots() throws {
        let found = try TestData.extract(lines: [
            "老茶馆里摆起“评理台”　仁寿县文宫镇矛盾不出镇", "", "眉山日报记者 周岚", "",
            "仁寿县文宫镇素有“茶乡”之称。去年起，镇里在老茶馆设立“评理台”，由退休教师、老党员轮流坐台，群众有事进茶馆就能说。", "",
            "【数说评理台】", "· 评理点：9个", "· 累计评理：680余次", "· 纠纷调解成功率：96.5%", "· 群众满意度：98.2%", "",
            "“喝杯茶，气就顺了。”茶馆老板刘兵说。镇里还把评理结果写进村规民约，今年以来全镇没有一起纠纷上交到县里。",
        ])
        let article = try #require(found.articles.first)
        #expect(Self.figures(article) == [9, 680, 96.5, 98.2])
        #expect(!article.sections.contains { ($0.heading ?? "").contains("%") })
    }

    /// A title-first report, then the next report's opening paragraph (naming its county and the
    /// township its title names) above that report's title block: the paragraph is that report's.
    @Test func aLedeAboveItsTitleInTheMiddleOfThePage() throws {
        let found = try TestData.extract(lines: [
            "“院坝会”议出好日子", "本报记者 何军 通讯员 罗琴", "", "平昌县岳家镇地处大巴山南麓，全镇12个村散布在", "山梁上。今年以来，各村共开院坝会86场，议定修", "路、饮水等实事41件。", "",
            "“有事摆到院坝里说，大家心里服气。”村民杨春说。", "", "仁寿县文宫镇素有“茶乡”之称，镇上老茶馆多，", "赶场天坐满了喝茶摆龙门阵的村民。", "", "老茶馆里摆起“评理台”", "文宫镇矛盾不出镇",
            "本报记者 周岚", "", "去年起，文宫镇在9家老茶馆设立“评理台”，共调", "处纠纷57起。", "", "“喝杯茶，气就顺了。”茶馆老板刘兵说。", "", "玄滩镇：调解室里解心结",
            "本报记者 罗琴", "", "泸县玄滩镇的调解室今年共调处纠纷35起，调解", "成功33起。",
        ])
        #expect(found.articles.map(\.author) == ["何军、罗琴", "周岚", "罗琴"])
        #expect(found.articles.map { $0.source.lines.first ?? 0 } == [1, 10, 22])
        #expect(found.articles.map(Self.figures) == [[12, 86, 41], [9, 57], [35, 33]])
    }

    /// A kicker in two clauses over a title, a subtitle after a dash and two bylines, one chunk:
    /// a title block, not a paragraph cut by blank lines.
    @Test func aKickerInClausesOverATitleAndItsBylines() throws {
        let found = try TestData.extract(lines: [
            "2026年12月22日　星期二　　　　　　　乡村治理　　　　　　　7", "", "“村里的事，", "大家商量着办”", "院坝里开起“板凳会”", "——四川省平昌县岳家镇", "协商议事见闻",
            "本报记者　何军", "通讯员　罗琴", "", "平昌县岳家镇地处大巴山南麓，全镇12个村散", "布在山梁上。今年以来，各村共开院坝会86", "场，议定修路、饮水等实事41件。", "",
            "“有事摆到院坝里说，大家心里服气。”村民杨", "春说。镇里还把议定的事写进村规民约，每季", "度公开一次办理结果。",
        ])
        let article = try #require(found.articles.first)
        #expect(article.title.contains("院坝里开起“板凳会”"))
        #expect(article.author == "何军、罗琴")
    }

    /// A page of narrow columns whose foot is one line wider than any column (the editor, a
    /// telephone and a mail address): still a printed page, its lines joined into paragraphs.
    @Test func aPageFootWiderThanItsColumns() throws {
        let found = try TestData.extract(lines: [
            "2026年12月22日　星期二　　　　　　　乡村治理　　　　　　　7", "", "“村里的事，", "大家商量着办”", "院坝里开起“板凳会”", "——四川省平昌县岳家镇", "协商议事见闻",
            "本报记者　何军", "通讯员　罗琴", "", "平昌县岳家镇地处大巴山南麓，全镇12个村散", "布在山梁上。今年以来，各村共开院坝会86", "场，议定修路、饮水等实事41件。", "",
            "“有事摆到院坝里说，大家心里服气。”村民杨", "春说。镇里还把议定的事写进村规民约，每季", "度公开一次办理结果。", "",
            "本版责任编辑　孔　晨　　电话：010-84395110　邮箱：xczl@example.com.cn",
        ])
        let article = try #require(found.articles.first)
        #expect(Self.figures(article) == [12, 86, 41])
    }

    /// The next report's lede above its title block: a scene naming its township by the short
    /// name, then a paragraph opening with its county's full name; the title names both and the
    /// text under the block names neither. Its rule of points ("每参加1次评理记2分，1分可抵1元")
    /// gives no metric.
    @Test func aSceneAndALedeAboveTheNextTitleAndARuleOfPoints() throws {
        let found = try TestData.extract(lines: [
            "“院坝会”议出好日子", "本报记者 何军 通讯员 罗琴", "", "平昌县岳家镇地处大巴山南麓，全镇12个村散布在", "山梁上。今年以来，各村共开院坝会86场，议定修", "路、饮水等实事41件。", "",
            "“有事摆到院坝里说，大家心里服气。”村民杨春说。", "", "初冬的文宫，茶馆里坐满了喝茶的村民，说说笑笑。", "", "仁寿县文宫镇素有“茶乡”之称，镇上老茶馆多，", "赶场天坐满了喝茶摆龙门阵的村民。",
            "", "老茶馆里摆起“评理台”", "仁寿县文宫镇探索茶馆议事", "本报记者 周岚", "", "去年起，镇里在9家老茶馆设立“评理台”，共调", "处纠纷57起。村民每参加1次评理记2分，1分可",
            "抵1元，在村超市兑换米油。", "", "“喝杯茶，气就顺了。”茶馆老板刘兵说。",
        ])
        #expect(found.articles.count == 2)
        #expect(found.articles.map { $0.source.lines.first ?? 0 } == [1, 10])
        #expect(found.articles.map(Self.figures) == [[12, 86, 41], [9, 57]])
    }

    /// A brief's closing credit naming a township's office and a writer, no role ("（某某镇党政办
    /// 赵六）"): the writer is the brief's author.
    @Test func aBriefCreditedToATownshipsOffice() throws {
        let found = try TestData.extract(lines: [
            "“院坝会”议出好日子", "本报记者 何军", "", "平昌县岳家镇地处大巴山南麓，全镇12个村散布在", "山梁上。今年以来，各村共开院坝会86场，议定修", "路、饮水等实事41件。", "",
            "玄滩镇：调解室里解心结", "本报讯　今年以来，泸县玄滩镇调解室共调处纠纷", "35起，调解成功33起。", "（玄滩镇党政办 赵六）",
        ])
        #expect(found.articles.map(\.author) == ["何军", "赵六"])
    }
}
