import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batch 16's pages, written anew: captions credited first or to a unit, a byline alone
/// between two reports, credits run over lines, a box of figures, page codes, a site's name after
/// a web title, numbered scenes as headings, and venues named as schemes.
@Suite struct CreditsBoxesAndBylinesTests {
    /// "本报记者 张伟 摄　……": a short block opening with the photo's credit and a space is a
    /// caption, its photographer named first; a line opening with a byline is not one.
    @Test func aCaptionWithItsCreditFirst() throws {
        let lexicon = try Lexicon.bundled()
        let finder = CaptionFinder(lexicon: lexicon)
        #expect(finder.openingCredit("本报记者 王振华 摄　东山村果农在果园") == "王振华")
        #expect(finder.openingCredit("刘晓 摄影：村民在议事点商量") == "刘晓")
        #expect(finder.openingCredit("本报记者 王振华 通讯员 李文娟") == nil)
        #expect(finder.openingCredit("记者 王振华 摄") == nil)
        let found = try TestData.extract(lines: [
            "东坡镇的果农每月在地头议事点商量一次果园里的事，", "今年已议定事项46件。", "",
            "果园里的议事会", "本报记者 马建军", "静宁古城", "",
            "本报记者 王振华 摄　东山村果农在果", "园地头商量明年苹果销售的事。", "",
            "浩门镇地处祁连山南麓，镇里推行“花海议事”，", "今年共收集意见建议120条。",
        ])
        #expect(found.captions.map(\.photographer) == ["王振华"])
        #expect(found.articles.allSatisfy { !$0.lede.contains("摄") })
    }

    /// "某某街道供图": a unit gave the photo; the caption is kept, with no photographer.
    @Test func aPhotoCreditedToAUnit() throws {
        let lexicon = try Lexicon.bundled()
        let finder = CaptionFinder(lexicon: lexicon)
        #expect(finder.creditLine("青山街道供图").map { $0.photographer == nil } == true)
        #expect(finder.creditLine("县委宣传部 供图").map { $0.photographer == nil } == true)
        #expect(finder.creditLine("村民在议事点商量。张伟 摄")?.photographer == "张伟")
        let found = try TestData.extract(lines: [
            "青山街道组建“楼栋管家”队伍，每人联系一栋楼，", "今年已帮居民解决问题310件。", "",
            "楼栋里的“管家”", "本报记者 赵明", "长丰青山", "",
            "图为青山街道的“楼栋管家”", "在小区查看消防通道。", "青山街道供图",
        ])
        #expect(found.captions.count == 1)
        #expect(found.captions.first?.photographer == nil)
        #expect(found.captions.first?.text.hasPrefix("图为青山街道") == true)
    }

    /// A byline alone between two bodies, after a report whose title block came first with its
    /// own byline, belongs to the report below, whose title block after its body has none.
    @Test func aBylineAloneBetweenTwoReportsOpensTheSecond() throws {
        let found = try TestData.extract(lines: [
            "溪口村里的“板凳会”", "", "本报记者 吴芳 通讯员 陈刚", "",
            "溪口镇在各村推行“板凳会”，村里大小事都摆到板凳上商量，今年共议定事项86件。", "",
            "村民说，有事大家议，心里更服气。", "",
            "本报记者 周平", "",
            "长岭镇地处深山，镇里为每个村配备一名诉求专员，今年受理群众诉求1260件。", "",
            "诉求专员多是本村的年轻人，熟悉村情，办事快。", "",
            "深山里的诉求专员", "奉化长岭", "",
        ])
        #expect(found.articles.map(\.author) == ["吴芳、陈刚", "周平"])
    }

    /// A brief's credit over three lines: a name cut by the break ("李晓" / "明") is one name, two
    /// names with only the break between them ("王芳" / "刘强") are two.
    @Test func aBriefsCreditOverThreeLines() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.bylineNames("记者 李晓明 通讯员 赵丽王芳刘强") == nil)
        #expect(lexicon.bylineNames("通讯员 杜建业 郭晓丹牛亚楠") == ["杜建业", "郭晓丹", "牛亚楠"])
        #expect(lexicon.bylineNames("家门口解难事") == nil)
        let found = try TestData.extract(lines: [
            "便民窗口", "合成一扇门", "",
            "本报讯（融媒体记者 李晓", "明 通讯员 赵丽 王芳", "刘强）走进城关镇便民服", "务中心，原来分散的窗口",
            "合并成了一排综合窗口，", "群众取号后几分钟就能办", "上事。今年已受理事项", "1.2万件。",
        ])
        #expect(found.articles.first?.author == "李晓明、赵丽、王芳、刘强")
    }

    /// A post's closing credits ("文字：某某　图片：某某　编辑：某某"): the writer is the author.
    @Test func aPostsClosingCreditsNameItsWriter() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.bylineNames("文字：金成 图片：朴海 编辑：李春") == ["金成"])
    }

    /// A box of figures under a bracketed label, each line a label and a figure, before the
    /// report's title block: body, with its figures, and the title block still found after it.
    @Test func aBoxOfFiguresBeforeATitleBlock() throws {
        let found = try TestData.extract(lines: [
            "镇里推行“院落议事”，每个村选一处老院子作为议事点，", "重要事项先议后办。", "",
            "【数说南坪】", "院落议事点　21个", "议定事项　316件", "村民满意率　96.4%", "",
            "老院子里议新事", "本报记者 汪平", "黟县碧阳", "",
        ])
        let report = try #require(found.articles.first)
        #expect(report.title == "老院子里议新事")
        #expect(report.sections.map(\.heading) == ["数说南坪"])
        #expect(report.practices.flatMap(\.metrics).map(\.text) == ["院落议事点21个", "议定事项316件", "村民满意率96.4%"])
        #expect(!LineRoleReader.isFigureEntry("一年办结实事41件以上的经验"))
        #expect(LineRoleReader.isFigureEntry("办结率　99.1%"))
    }

    /// A page's code with its section's letter ("A3") is furniture, and the column's name under it
    /// ("要闻·基层治理") no word of the title; a web title's site fields ("_某某频道_某某网") neither.
    @Test func pageCodesAndSiteFieldsAreNoTitle() throws {
        #expect(PageSegmenter.isPageNumber("A3"))
        #expect(PageSegmenter.isPageNumber(" 12 "))
        #expect(!PageSegmenter.isPageNumber("A3B"))
        #expect(!PageSegmenter.isPageNumber("AB3"))
        #expect(TitleBlockReading.droppingSiteName("渔港边的“议事长廊”_江门频道_南方网") == "渔港边的“议事长廊”")
        #expect(TitleBlockReading.droppingSiteName("“3_5”不是站名的标题，这里的字多过十二个字符") == "“3_5”不是站名的标题，这里的字多过十二个字符")
        let found = try TestData.extract(lines: [
            "B2", "要闻·基层治理", "2025年12月22日　星期一", "",
            "“有事到树下商量”", "——某乡议事见闻", "", "本报记者 次仁 通讯员 拉姆", "",
            "乡里把村民议事会搬到了树下，每月逢十召开，今年共议定事项52件。",
        ])
        #expect(found.articles.map(\.title) == ["“有事到树下商量”——某乡议事见闻"])
    }

    /// Scenes numbered after a word ("镜头一：", "镜头二：") confirm each other as headings, even
    /// as wide as a narrow column.
    @Test func scenesNumberedAfterAWord() throws {
        let found = try TestData.extract(lines: [
            "议事会搬到了林边，每月", "逢十召开，村里大小事务", "都在这里摊开说。", "",
            "镜头一：柳树下的会", "上午十点，林子里已经坐", "满了人，议的是新修灌渠", "的用水顺序。", "",
            "镜头二：一杯热茶的工夫", "两户邻居因为院墙滴水闹", "了别扭，一杯茶没喝完，", "两家人就握了手。", "",
            "镜头三：账本贴在墙上", "乡里在每个村立起公开栏，", "把议事事项一一公布，今", "年共议定事项214件。", "",
            "林边议事", "本报记者 次仁", "江孜紫金", "",
        ])
        #expect(
            found.articles.first?.sections.compactMap(\.heading) == [
                "镜头一：柳树下的会", "镜头二：一杯热茶的工夫", "镜头三：账本贴在墙上",
            ])
    }

    /// Venues quoted as schemes ("“和睦院”", "“议事长廊”"), a service circle with its figure in a
    /// title, and a meeting named by a quote before it ("“吹哨报到”协调会").
    @Test func venuesCirclesAndMeetingsAsSchemes() throws {
        let found = try TestData.extract(lines: [
            "街道“15分钟服务圈”覆盖全部小区", "", "本报讯（记者 沈佳）记者日前获悉，街道打造的“15分钟服务圈”已覆盖全部27个小区。",
            "镇里每月召开一次“吹哨报到”协调会，一提起“和睦院”，村民都竖起大拇指。", "",
            "渔港边建起一条“议事长廊”，渔民有事就在长廊里说。",
        ])
        let mechanisms = found.articles.flatMap(\.mechanisms)
        for name in ["15分钟服务圈", "吹哨报到", "和睦院", "议事长廊"] { #expect(mechanisms.contains(name)) }
    }
}
