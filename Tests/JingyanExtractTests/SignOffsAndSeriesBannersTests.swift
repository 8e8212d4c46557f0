import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batches 45 and 46's pages and copies, written anew: bylines signed off under a
/// body before the next report's title, a title in two clauses ending in a question, a heading
/// printed with its jump marker, a byline crediting text and photos, an outlet's names joined by
/// a middle dot, a qualified role before a name a place bears too, a letter-spaced title, a
/// township-and-village line, a series banner with its production credits.
@Suite struct SignOffsAndSeriesBannersTests {
    static func figures(_ article: Article) -> [String] {
        article.sections.flatMap(\.practices).flatMap(\.metrics).map { "\($0.value)\($0.unit)" }
    }

    static let firstReport = [
        "华来镇的议事长廊", "", "桓仁满族自治县华来镇辖11个村，村民有事先到", "长廊里说。今年全镇议事146场，办结实事98件。", "",
        "“长廊里说得开，心里就亮堂。”村民孙桂兰说。",
    ]

    /// Bylines set right under the body's last line ("……说。" / "　　　　某某日报记者 甲"), then a
    /// title of the next report: the bylines sign off the report above, the title heads the one
    /// below.
    @Test func bylinesSignedOffUnderTheBodyBeforeTheNextTitle() throws {
        let found = try TestData.extract(
            lines: Self.firstReport + [
                "　　　　本溪日报记者 陈立", "　　　　　　见习记者 吴桐", "",
                "二棚甸子镇：山里的“板凳会”", "", "桓仁满族自治县二棚甸子镇今年开板凳会72场，", "解决村民难事65件。", "",
            ])
        #expect(found.articles.count == 2)
        #expect(found.articles.first?.author == "陈立、吴桐")
        #expect(found.articles.first.map(Self.figures) == ["11个", "146场", "98件"])
        let second = try #require(found.articles.last)
        #expect(second.title == "二棚甸子镇：山里的“板凳会”")
        #expect(second.author == nil)
        #expect(Self.figures(second) == ["72场", "65件"])
    }

    /// "雨季断路42天，" / "山村的日子为啥照样过？" over its bylines: a title in two clauses, each line
    /// well short of the column, though the second ends like a sentence.
    @Test func aTitleInTwoClausesEndingInAQuestion() throws {
        let found = try TestData.extract(lines: [
            "雨季断路42天，", "山村的日子为啥照样过？", "本溪日报记者 陈立 见习记者 吴桐", "",
            "宽甸满族自治县青山沟镇的山村藏在深沟里，每年", "雨季通村公路常因塌方断道，今年累计断路四十多", "天。", "",
            "村里组建了26人的联防队，分成4个小组轮流巡查", "山体和便道，储备点常年储存大米和常用药品，", "全村没有发生一起因灾伤亡事件。", "",
        ])
        let article = try #require(found.articles.first)
        #expect(found.articles.count == 1)
        #expect(article.title == "雨季断路42天，山村的日子为啥照样过？")
        #expect(article.author == "陈立、吴桐")
        #expect(article.place.township == "青山沟镇")
    }

    /// "标题（上接A5版）" after another report's end: the heading of a report's end, read as a report
    /// of its own rather than a heading of the report above.
    @Test func aHeadingPrintedWithItsJumpMarker() throws {
        let found = try TestData.extract(
            lines: Self.firstReport + [
                "", "板凳会开进了深山（上接A5版）", "",
                "镇里还推出“议事积分”，积分每季度公布一次。全镇已有", "720户参加积分。", "",
            ])
        #expect(found.articles.count == 2)
        let second = try #require(found.articles.last)
        #expect(second.title == "板凳会开进了深山")
        #expect(Self.figures(second) == ["720户"])
        #expect(found.articles.first.map(Self.figures) == ["11个", "146场", "98件"])
    }

    /// "文　甲　图　乙" under a title: a byline crediting the text and the photos, no photo's caption.
    @Test func aBylineCreditingTextAndPhotos() throws {
        let found = try TestData.extract(
            lines: Self.firstReport.dropFirst(2) + ["", "华来镇：长廊里议出新风", "文　陈立　图　吴桐", "桓仁华来"])
        let article = try #require(found.articles.first)
        #expect(article.title == "华来镇：长廊里议出新风")
        #expect(article.author == "陈立、吴桐")
        #expect(found.captions.isEmpty)
    }

    /// "某某日报·某某网记者 甲 通讯员 乙" under a title: the outlet's names joined by a middle dot
    /// are the byline's, no end of the title.
    @Test func anOutletsNamesJoinedByAMiddleDot() throws {
        let found = try TestData.extract(
            lines: ["华来镇：", "“议事长廊”议出邻里和气", "辽宁日报·北国网记者 陈立 通讯员 吴桐"] + Self.firstReport.dropFirst())
        let article = try #require(found.articles.first)
        #expect(article.title == "华来镇：“议事长廊”议出邻里和气")
        #expect(article.author == "陈立、吴桐")
    }

    /// "某县融媒体中心记者 向阳": a qualified role makes the name after it a person's, though
    /// townships bear it too.
    @Test func aNameAfterAQualifiedRole() throws {
        let found = try TestData.extract(
            lines: [
                "“议事长廊”议出邻里和气", "本溪日报特约记者 陈立 /", "桓仁县融媒体中心记者 向阳",
            ] + Self.firstReport.dropFirst())
        #expect(found.articles.first?.author == "陈立、向阳")
    }

    /// "山 沟 里 的 矛 盾" / "为 何 能 “ 不 出 沟 ” ？": a title set letter-spaced, read closed up;
    /// "某某镇某某村" under it, named by the body: the report's place line, no part of the title.
    @Test func aLetterSpacedTitleOverATownshipAndVillageLine() throws {
        let found = try TestData.extract(lines: [
            "山 沟 里 的 矛 盾", "为 何 能 “ 不 出 沟 ” ？", "青山沟镇大荒沟村", "",
            "青山沟镇大荒沟村藏在一条长沟里，全村4个村民组", "散落在沟里沟外。", "",
            "今年全村化解纠纷17起。这一做法已在宽甸满族自治县", "14个乡镇推广。", "",
        ])
        let article = try #require(found.articles.first)
        #expect(article.title == "山沟里的矛盾为何能“不出沟”？")
        #expect(article.place.county == "宽甸满族自治县")
        #expect(article.place.township == "青山沟镇")
        #expect(Typography.closingLetterSpacing("周　敏") == "周　敏")
        #expect(Typography.closingLetterSpacing("A 3 版") == "A 3 版")
    }

    /// A series' banner, its number and its production credits over a report's title block:
    /// page furniture, none of it the title.
    @Test func aSeriesBannerWithItsProductionCredits() throws {
        let found = try TestData.extract(
            lines: ["乡村治理看本溪", "系列报道之二", "总策划　刘振宇　统筹　陈晓", "", "华来镇：长廊里议出新风", "本报记者 陈立", ""]
                + Self.firstReport.dropFirst(2) + ["", "本版图片除署名外均由受访单位提供"])
        let article = try #require(found.articles.first)
        #expect(article.title == "华来镇：长廊里议出新风")
        #expect(article.author == "陈立")
    }

    /// A title line alone between two reports, no byline or place, over a paragraph whose first
    /// sentence names a township the report above does not: the next report's title.
    @Test func aLoneTitleOverAReportOnAnotherTownship() throws {
        let found = try TestData.extract(
            lines: Self.firstReport + [
                "", "长廊边上还办起了夜校，每月请农技员讲课。", "", "村里的大事小情，都先拿到长廊里议一议。", "",
                "老矿区楼栋里有了“说事角”", "",
                "八里甸子镇是有名的老矿区，镇区有职工住宅楼47栋。", "", "楼道口设立“说事角”35个，解决问题408件。", "",
                "“有事下楼就能说。”退休矿工刘宝田说。", "",
            ])
        #expect(found.articles.count == 2)
        let second = try #require(found.articles.last)
        #expect(second.title == "老矿区楼栋里有了“说事角”")
        #expect(second.place.township == "八里甸子镇")
        #expect(Self.figures(second) == ["47栋", "35个", "408件"])
    }

    /// A report's end on another page under "标题（上接A5版）", naming no township or county of its
    /// own: in the same run, the place of the report whose title it shortens.
    @Test func aContinuedEndTakesThePlaceOfTheReportItGoesOnFrom() throws {
        let pages = [
            (
                file: "seeds/a5.txt",
                text: ["华来镇：“议事长廊”议出邻里和气", "本报记者 陈立", ""].joined(separator: "\n") + "\n"
                    + Self.firstReport.dropFirst(2).joined(separator: "\n") + "\n（转A6版）\n"
            ),
            (
                file: "seeds/a6.txt",
                text: ["“议事长廊”议出和气（上接A5版）", "", "镇里还推出“议事积分”，全镇已有720户参加积分。", ""]
                    .joined(separator: "\n")
            ),
        ]
        let found = try TestData.extractor().extract(pages: pages)
        let end = try #require(found.articles.first { $0.source.file == "seeds/a6.txt" })
        #expect(end.place.county == "桓仁满族自治县")
        #expect(end.place.township == "华来镇")
        #expect(end.review.contains(ArticleDraft.continuationNote))
    }
}
