import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batch 93, written anew: a titled block with bylines and no place after a
/// title-first report whose body speaks only of the header's county, over text that opens in
/// another county, on a page whose last block closes the text above it; an e-paper copy's
/// controls; schemes named as a place's keepers or venues for talking.
@Suite struct BlocksOverNewPlacesTests {
    static let page = [
        "某某日报　2026年5月8日　星期五", "",
        "“调解能手”守护山乡和睦", "——河南西峡县丁河镇化解矛盾纠纷见闻", "", "□　本报记者　罗小军", "",
        "西峡县丁河镇奎文村的调解员刘长", "河一早就来到村民家，把一桩拖了", "半年的宅基地纠纷说开了。", "",
        "调解进了家门",
        "丁河镇在每个村设立调解室，今年以", "来化解纠纷86起。镇党委书记表示，", "下一步将继续扩大调解员队伍。", "",
        "街巷里的“红袖标”", "", "□　本报记者　吴晓燕", "",
        "傍晚，山东省莒县浮来山街道的巷口", "站着几位戴红袖标的老人。街道组", "织退休干部组成巡逻队，今年以来",
        "排查隐患132处。", "", "“有他们在，晚上出门心里踏实。”", "居民王秀兰说。", "",
        "凤冈县进化镇的茶园里，网格员正", "帮茶农登记诉求。镇里把网格划进", "茶园，今年以来办结诉求215件。", "",
        "茶园网格", "有了“新帮手”", "", "□　本报记者　杨帆",
    ]

    /// The middle block heads the text after it: the first body names only the header's county,
    /// so no part of it is a report for that block to close.
    @Test func aBlockOverANewCountyHeadsIt() throws {
        let found = try TestData.extract(lines: Self.page)
        #expect(
            TestData.summary(found) == [
                "“调解能手”守护山乡和睦——河南西峡县丁河镇化解矛盾纠纷见闻|罗小军|西峡县|丁河镇",
                "街巷里的“红袖标”|吴晓燕|莒县|浮来山街道", "茶园网格有了“新帮手”|杨帆|凤冈县|进化镇",
            ])
        #expect(TestData.figures(found) == ["86起", "132处", "215件"])
    }

    /// An e-paper's controls over and under a copy are no title, no text.
    @Test func anEpapersControlsAreFurniture() throws {
        let lines = [
            "某某日报", "通版阅读请点击：", "展开通版", "收缩通版", "当前版：05版", "本期发布：",
            "茶园里有了网格员", "本报记者　罗小军",
            "　　春茶开采时节，凤冈县进化镇的茶园里人来人往。镇里把网格划进茶园，每个网格配一名网格员，"
                + "每天巡园收集茶农诉求，今年以来办结诉求215件。",
            "　　“以前有事要跑到镇上，现在有事找网格员，一个电话就到。”在茶园里忙着采茶的茶农刘德芬说。"
                + "镇里表示，下一步将把茶园网格的做法推广到全镇。",
            "上一篇　下一篇", "版权所有　某某日报社　未经授权禁止转载", "建议使用1024*768分辨率浏览",
        ]
        let found = try TestData.extract(lines: lines)
        #expect(TestData.summary(found) == ["茶园里有了网格员|罗小军|凤冈县|进化镇"])
        let text = found.articles.flatMap(\.practices).map(\.text).joined()
        #expect(!text.contains("上一篇") && !text.contains("分辨率"), "\(text)")
    }

    /// "“院落管家”", "“坝坝议事亭”": persons put in charge of a place, a venue for talking
    /// things over with its kind after 议事; "“贴心人”" is neither.
    @Test func keepersAndVenuesAreSchemes() throws {
        let finder = MechanismFinder(lexicon: try Lexicon.bundled())
        let text = "镇里选出“院落管家”42名，又在院坝边建起“坝坝议事亭”。网格员成了群众的“贴心人”。"
        #expect(finder.mechanisms(in: text) == ["院落管家", "坝坝议事亭"])
    }

    /// A title-first report's body running into one whose block, naming no place, follows it;
    /// that report's scene-setting opening ends with `sceneEnd`, its title is `title`.
    static func sharedBody(sceneEnd: String, title: [String]) -> [String] {
        [
            "湄潭永兴镇：积分兑出新风尚", "", "本报记者　罗小军", "",
            "走进湄潭县永兴镇的村寨，村道干净", "整洁。镇里推行“文明积分”，今年", "以来全镇建立积分档案5300户。", "",
            "积分可在超市兑换生活用品，累计兑", "换物品价值8.4万元。镇里表示，下", "一步将扩大积分覆盖面。", "",
            "初秋的风华，稻浪翻滚。在绥阳县风", "华镇的村口，一座茶亭里坐满了说事", sceneEnd, "",
            "镇里在各村建起茶亭，选聘调解员", "47名，今年以来调处纠纷156件。", "",
            "“一壶茶喝下来，气就消了。”村民", "卢国平说。", "",
        ] + title + ["本报记者　钟鸣"]
    }

    /// Each report of `sharedBody` with its place and its own figures.
    static func expectReports(_ found: Extraction, secondTitle: String) {
        #expect(TestData.summary(found) == ["湄潭永兴镇：积分兑出新风尚|罗小军|湄潭县|永兴镇", "\(secondTitle)|钟鸣|绥阳县|风华镇"])
        let figures = found.articles.map { $0.practices.flatMap(\.metrics).map { "\($0.value)\($0.unit)" } }
        #expect(figures == [["5300户", "8.4万元"], ["47名", "156件"]])
    }

    /// The second report's opening names its place only in a word the gazetteer does not know
    /// ("初秋的风华") and in a sentence after a quote of its title's term: that term tells where
    /// it starts.
    @Test func theTitlesQuotedTermTellsWhereTheSecondReportStarts() throws {
        let lines = Self.sharedBody(sceneEnd: "的村民，这里挂着“说事茶亭”的牌子。", title: ["山乡有座", "“说事茶亭”"])
        Self.expectReports(try TestData.extract(lines: lines), secondTitle: "山乡有座“说事茶亭”")
    }

    /// With a title that quotes nothing: a scene set in the first sentence ("初秋的风华，稻浪翻滚。"),
    /// the report's place named in the second, tells where it starts.
    @Test func aSceneSetFirstNamesItsPlaceNext() throws {
        let lines = Self.sharedBody(sceneEnd: "的村民，大家边喝茶边拉家常。", title: ["山乡茶亭里", "好说事"])
        Self.expectReports(try TestData.extract(lines: lines), secondTitle: "山乡茶亭里好说事")
    }
}
