import JingyanModel
import Testing

@testable import JingyanExtract

/// Rules for what a report's text states, each on a one-report web copy written for the test:
/// scheme names with and without quotes, figures that are no metrics, a place known only by its
/// township, a running head's section name.
@Suite struct ReadingRulesTests {
    /// A web copy: title, byline, then one paragraph a line.
    func article(_ paragraphs: String..., title: String = "织密基层治理网") throws -> Article {
        let page = ([title, "记者 张三"] + paragraphs).joined(separator: "\n")
        return try #require(TestData.extract(page).articles.first)
    }

    /// A post line a web copy keeps under its title (origin, account, date and time, region) is
    /// no part of the title, in the forms WeChat and news sites print it.
    @Test func aWebCopysPostLineIsNotTheTitle() throws {
        for post in ["原创 某县融媒体中心 2025年03月12日 08:30 贵州", "2024-11-02 16:05:31", "某某日报 2025/01/15 09:00"] {
            let page = [
                "某县：“积分超市”激活乡村治理", post, "近年来，某县在全县推行积分制管理，群众参与热情高涨。",
                "明确标准。各村制定积分细则，将12类事项纳入积分范围。",
            ].joined(separator: "\n")
            let report = try #require(TestData.extract(page).articles.first)
            #expect(report.title == "某县：“积分超市”激活乡村治理", "\(post)")
        }
    }

    /// A short web copy (a lede and one more paragraph) is read as one, whatever its byline
    /// looks like; the page's font-size and print controls are no part of its title.
    @Test func aShortWebCopyKeepsItsTitleAndByline() throws {
        let bylines: [(line: String, names: String)] = [
            ("记者 张三", "张三"), ("作者：张三", "张三"), ("文/张三 李四", "张三、李四"), ("□ 本报记者 赵六 通讯员 钱七", "赵六、钱七"),
            ("本报记者 张三 报道", "张三"), ("□本报记者 张三 见习记者 李四", "张三、李四"),
            ("□ 某某日报天眼新闻记者 王五 实习生 李四", "王五、李四"), ("某某州融媒体中心记者 王五", "王五"),
        ]
        for byline in bylines {
            let page = [
                "某县：“院落会”议出治理新气象", byline.line, "【字体：大 中 小】",
                "近年来，某县坚持以党建引领基层治理，探索推行“院落会”议事机制，有效激发群众参与的积极性。",
                "搭建议事平台。各村以院落为单元，推选院落长326名。", "打印本页 关闭窗口",
            ].joined(separator: "\n")
            let report = try #require(TestData.extract(page).articles.first)
            #expect(report.title == "某县：“院落会”议出治理新气象", "\(byline.line)")
            #expect(report.author == byline.names, "\(byline.line)")
            #expect(report.practices.last?.text.hasSuffix("推选院落长326名。") == true, "\(byline.line)")
        }
    }

    /// A web copy's line of fields (source, author, editor, time) gives the author; the fields
    /// of other labels are no part of it, and a short title above such a line is no running head.
    @Test func aWebCopysLineOfFieldsGivesItsAuthor() throws {
        let lines: [(line: String, names: String?)] = [
            ("来源：某某日报  作者：张三  编辑：李四", "张三"), ("来源：某某日报 | 作者：张三 | 2025-03-12", "张三"),
            ("作者：张三 来源：某某日报", "张三"), ("发布时间：2025-03-12 08:30 来源：某某日报 记者 张三 通讯员 李四", "张三、李四"),
            ("来源：某某日报", nil), ("来源：某某日报 编辑：李四", nil), ("2025年03月12日 来源：某某日报", nil),
            ("2025-03-12 08:30 作者：张三", "张三"), ("来源：某某日报　作者：张三　2025-03-12 08:30", "张三"),
            ("作者：张三 2025-03-12", "张三"), ("记者 张三 2025年3月12日", "张三"), ("作者：张三 时间：2025-03-12", "张三"),
        ]
        for fields in lines {
            let page = [
                "院落会议出新气象", fields.line,
                "近年来，某县坚持以党建引领基层治理，探索推行“院落会”议事机制，有效激发群众参与的积极性。",
                "搭建议事平台。各村以院落为单元，推选院落长326名。",
            ].joined(separator: "\n")
            let report = try #require(TestData.extract(page).articles.first)
            #expect(report.title == "院落会议出新气象", "\(fields.line)")
            #expect(report.author == fields.names, "\(fields.line)")
        }
    }

    /// A site's page around a web copy is none of it: where the copy stands on the site, how
    /// often it was read, links to other posts, the rights notice, END marks, share prompts. A
    /// short line after a copy whose title comes first is no second report that takes its body.
    @Test func aWebCopysSitePageIsNoPartOfIt() throws {
        let slogan = "乡村振兴看某县"  // no furniture: a line of the copy, but no second report's title
        let heads = ["当前位置：首页 > 新闻中心 > 基层治理", "首页 > 新闻 > 正文", "阅读：1024", "浏览量：2.1万"]
        let tails = [
            "【打印本页】【关闭窗口】", "[打印本页] [关闭窗口]", "打印 | 关闭", "（来源：某某日报）", "稿件来源：某某日报",
            "扫一扫在手机打开当前页", "上一篇：某县召开工作会议", "【返回顶部】", "分享到：", "声明：转载请注明出处", "往期推荐",
            "版权所有：某县融媒体中心", "责编 | 王芳  审核 | 李明", "（编辑 王芳）", "- END -", "喜欢就点个“在看”吧",
            slogan,
        ]
        let body = [
            "近年来，某县坚持以党建引领基层治理，探索推行“院落会”议事机制，有效激发群众参与的积极性。",
            "搭建议事平台", "各村以院落为单元，推选院落长326名，每月召开院落会议。",
            "用好议事成果", "今年以来，全县院落会共议定民生事项1200余件，办结率达95%。",
        ]
        for (head, tail) in zip(heads + Array(repeating: "", count: tails.count - heads.count), tails) {
            let page = (["院落会议出新气象", "记者 张三"] + (head.isEmpty ? [] : [head]) + body + ["", tail])
            let articles = try TestData.extract(page.joined(separator: "\n")).articles
            #expect(articles.map(\.title) == ["院落会议出新气象"], "\(head) \(tail)")
            #expect(articles.first?.author == "张三", "\(head) \(tail)")
            let texts = articles.first?.sections.flatMap(\.practices).map(\.text) ?? []
            #expect(texts.contains { $0.contains("办结率达95%。") }, "\(head) \(tail)")
            #expect(!texts.contains { $0.contains(tail) } || tail == slogan, "\(head) \(tail)")
        }
    }

    /// A short lede's figures are the article's too; minutes are no score ("分"); the numbers of
    /// a formula ("7×24小时") and ages ("年满60周岁") are no figures.
    /// The figures of a web copy's practices, as value and unit.
    func figures(_ paragraphs: String..., title: String) throws -> [String] {
        let page = ([title, "记者 张三"] + paragraphs).joined(separator: "\n")
        let report = try #require(TestData.extract(page).articles.first)
        return report.sections.flatMap(\.practices).flatMap(\.metrics).map { "\($0.value.description)\($0.unit)" }
    }

    @Test func figuresOfAShortLedeAndOfTime() throws {
        let found = try figures(
            "今年以来，某县全县共划分网格1260个，配备专兼职网格员3400余名，实现城乡全覆盖。",
            "该县开通7×24小时服务热线，平均响应时间缩短至30分钟以内。",
            "年满60周岁的老党员组成服务队12支，40岁以下村干部560人。", title: "网格服务进万家")
        #expect(found == ["1260个", "3400名", "30分钟", "12支", "560人"])
    }

    /// A figure someone states in quoted speech is a figure; a number in a quoted name is none.
    @Test func figuresInSpeechButNotInNames() throws {
        let found = try figures(
            "近年来，某县推行“5+1”工作法，全镇建成大棚120个。",
            "菌农陈玉梅说：“在家门口就能学技术，今年我家的木耳每棚多收了200多斤。”",
            "“今年又多收了300斤，”她笑着说，“日子越过越好。”", title: "木耳产业带富群众")
        #expect(found == ["120个", "200斤", "300斤"])
    }

    /// Title blocks as other papers print them: a column's name above the title, a byline whose
    /// role starts like a news cue, a place tag of province and county, bracketed or not.
    @Test func titleBlocksOfOtherPapers() throws {
        let body = [
            "今年以来，左家坞镇坚持党建引领，在全镇28个村推行“积分制”管理，累计兑换物品1.5万件。",
            "该镇还组建了由老党员、乡贤组成的调解队伍36支，全年化解矛盾纠纷210起。",
        ]
        let blocks: [(lines: [String], author: String?)] = [
            (["积分制激活乡村治理", "本报通讯员 张明"], "张明"),
            (["积分制激活乡村治理", "本报记者 张明 通讯员 李华 丰润报道"], "张明、李华"),
            (["基层治理·经验谈", "积分制激活乡村治理", "本报通讯员 张明"], "张明"),
            (["积分制激活乡村治理", "本报记者 张明", "河北丰润"], "张明"),
            (["积分制激活乡村治理", "本报记者 张明", "【河北·丰润】"], "张明"),
            (["积分制激活乡村治理", "丰润区"], nil),
        ]
        for block in blocks {
            let report = try #require(TestData.extract((block.lines + body).joined(separator: "\n")).articles.first)
            #expect(report.title == "积分制激活乡村治理", "\(block.lines)")
            #expect(report.author == block.author, "\(block.lines)")
            #expect(report.place.county == "丰润区" && report.place.township == "左家坞镇", "\(block.lines)")
            #expect(report.lede.hasPrefix("今年以来"), "\(block.lines)")
        }
    }

    /// A report with no title block is named by its lede's first clause that says what happened:
    /// not a news brief's opening, nor a clause that only says when.
    @Test func anUntitledReportIsNamedByWhatItsLedeSays() throws {
        let lexicon = try Lexicon.bundled()
        let ledes: [(lede: String, title: String)] = [
            ("本报讯（记者 张三 通讯员 李四）近日，某县推行积分制管理，累计兑换物品1.5万件。", "某县推行积分制管理"),
            ("本报讯 今年以来，某县推行积分制管理。", "某县推行积分制管理"),
            ("某县推行积分制管理，累计兑换物品1.5万件。", "某县推行积分制管理"),
            ("近年来，某县坚持党建引领，推行积分制管理。", "某县坚持党建引领"),
        ]
        for item in ledes {
            #expect(ArticleReader.fallbackTitle(lede: item.lede, lexicon: lexicon) == item.title, "\(item.lede)")
        }
    }

    @Test func unquotedNamesEndAtTheNearestBoundary() throws {
        let report = try article(
            "近年来，宁海县某镇组建了由老党员和乡贤组成的婚丧理事会，修订了村规民约，群众参与度持续提升。",
            "该镇建立矛盾纠纷多元化解机制，依托镇村两级调解力量，推动小事不出村、大事不出镇。",
            "在两个村设立积分超市后，东坪村积分超市成为村民最常去的地方，婚丧理事会每月开会一次。")
        #expect(report.mechanisms.contains("婚丧理事会"))
        #expect(report.mechanisms.contains("村规民约"))
        #expect(report.mechanisms.contains("矛盾纠纷多元化解机制"))
        // A reading with a place before it ("东坪村积分超市") is cut to the name read elsewhere.
        #expect(report.mechanisms.contains("积分超市"))
        #expect(!report.mechanisms.contains { $0.hasSuffix("村积分超市") })
    }

    @Test func commonNounsAndDescriptorsAreNoNames() throws {
        let report = try article(
            "近年来，某镇创新“五色预警”矛盾调解机制，形成“吹哨+报到”的快速响应机制，健全长效机制，效果明显。",
            "与普通超市不同，这里的商品只能用积分兑换，各村调解室也参与其中，全镇群众满意度持续提升。")
        let unquoted = report.mechanisms.filter { !["五色预警", "吹哨+报到"].contains($0) }
        #expect(report.mechanisms.contains("五色预警"))
        #expect(unquoted.isEmpty, "\(unquoted)")
    }

    @Test func quotedSchemesByTheirFrame() throws {
        let report = try article(
            "近年来，某县巧用“进退加减”法，以“红色物业进小区”为抓手，推行“2+ N”服务队伍，效果明显。",
            "以“小积分”为荣的风气逐渐形成，村民从“要我干”向“我要干”转变，群众满意度持续提升。")
        #expect(report.mechanisms.contains("进退加减"))
        #expect(report.mechanisms.contains("红色物业进小区"))
        #expect(report.mechanisms.contains("2+ N"))
        #expect(!report.mechanisms.contains("小积分"))  // "以“…”为荣" is no frame
        #expect(!report.mechanisms.contains("要我干"))
    }

    /// Steps set apart by dashes name a procedure; a quote ending like a body or an honour
    /// ("…议事堂", "…之星") names one, after "的" too.
    @Test func proceduresBodiesAndHonoursAreSchemes() throws {
        let report = try article(
            "议题经“收集—梳理—商议—公示”四步形成决议，构建“楼栋→社区→街道”调解网络。",
            "这间屋子就是群众口中的“乡贤议事堂”。镇里每季度评选“积分之星”，由“雒城帮帮团”上门调解。",
            "村民说，这是一个“好地方”。")
        for scheme in ["收集—梳理—商议—公示", "楼栋→社区→街道", "乡贤议事堂", "积分之星", "雒城帮帮团"] {
            #expect(report.mechanisms.contains(scheme), "\(scheme)")
        }
        #expect(!report.mechanisms.contains("好地方"))
    }

    @Test func ratesRangesAndStaffingAreNoMetrics() throws {
        let report = try article(
            "近年来，某镇每个村由镇党委选派1名干部担任指导员，每200米设置垃圾收集点，每户人口在3至6人之间。",
            "全镇共有网格员85名，去年处理群众诉求1,200件，家庭规模在2人到5人之间的占多数。")
        let metrics = report.practices.flatMap(\.metrics).map { "\($0.value.value)\($0.unit)" }
        #expect(metrics == ["85.0名", "1200.0件"])
    }

    @Test func aTownshipOnlyOneCountyHasGivesTheCounty() throws {
        let report = try article(
            "近日，一市镇召开乡贤座谈会，商议村道修缮事宜，全镇12个村的代表参加会议，群众积极建言献策。",
            "会上，一市镇还通报了上半年矛盾纠纷化解情况，累计化解纠纷36起，群众满意度持续提升。")
        #expect(report.place.county == "宁海县")
        #expect(report.place.township == "一市镇")
    }

    @Test func aRunningHeadsSectionNameIsFurniture() throws {
        let page = """
            近年来，德江县推行网格化管理，全县共划分网格1,260个，
            配备网格员1580名，群众满意度持续提升。

            “网格+”织密治理网

            德江

            综合新闻
            2024年4月8日 第3版 责任编辑：王五

            近日，思南县召开乡村治理推进会，全县28个乡镇的负
            责同志参加会议，交流经验做法。

            乡村治理推进会召开

            思南
            """
        let articles = try TestData.extract(page).articles
        #expect(articles.map(\.title) == ["“网格+”织密治理网", "乡村治理推进会召开"])
    }

    @Test func aParallelSloganHeadsAPracticeEvenAlone() throws {
        let report = try article(
            "近日，某镇召开积分兑换大会，全镇12个村的村民代表参加会议，现场兑换物品300余件。",
            "以服务换积分，以积分兴新风。该镇围绕“清洁家园”工作目标，常态化组织入户评比活动，群众参与热情高涨。")
        #expect(report.practices.compactMap(\.lead) == ["以服务换积分，以积分兴新风"])
    }

    @Test func aTitleNamingOnlyAPrefectureIsACityWideReport() throws {
        let report = try article(
            "近年来，全市1200名驻村干部扎根一线，江口县某村、沿河土家族自治县某村的产业都有了起色。",
            "在松桃苗族自治县，驻村干部帮助村民发展食用菌产业，带动300余户增收，群众满意度持续提升。",
            title: "遵义市驻村干部的一年")
        #expect(report.place.county == "遵义市")
        #expect(report.place.township == nil)
    }

    @Test func theOneTownshipTheBodyNamesIsTheReportsTownship() throws {
        let report = try article(
            "近日，记者走进开阳县的一个小山村，村里的道路干净整洁，家家户户门前种满了鲜花，群众满意度持续提升。",
            "这个村隶属楠木渡镇，去年以来，村里建立积分制度，累计发放积分5000余分，村民参与热情高涨。")
        #expect(report.place.county == "开阳县")
        #expect(report.place.township == "楠木渡镇")
        let round = try article(
            "近日，开阳县召开乡村治理推进会，楠木渡镇、双流镇分别作交流发言，全县16个乡镇参加会议。",
            "会议要求，各乡镇要持续完善积分制度，今年内实现积分管理全覆盖，群众满意度持续提升。")
        #expect(round.place.county == "开阳县")
        #expect(round.place.township == nil, "a round of the county's townships names no one township")
    }

    /// A county the gazetteer does not know is read from "某某县" anywhere, but from a name
    /// ending in 区 or 市 only after its prefecture: "自助服务区" and "城市" name no place.
    @Test func anUnknownCountyIsNoCommonNoun() throws {
        let noun = try article(
            "近日，记者走进一个社区的便民大厅，自助服务区前排起长队，群众办事更方便了。",
            "大厅设置窗口12个，今年以来累计办理业务3600余件，群众满意度持续提升。")
        #expect(noun.place.county == "未注明地点")
        #expect(noun.review.contains { $0.contains("未注明地点") })
        let district = try article(
            "近日，遵义市云岭区召开基层治理推进会，交流各街道网格化管理的做法。",
            "全区划分网格860个，配备专兼职网格员1200余名，群众满意度持续提升。")
        #expect(district.place.county == "云岭区")
        let county = try article(
            "近年来，青峰县坚持党建引领，推行“积分超市”管理，全县建成积分超市56个。",
            "今年以来累计兑换物品3000余件，群众参与热情高涨。")
        #expect(county.place.county == "青峰县")
    }

    /// A report set in full-width digits keeps its numbers whole: point and thousands separator
    /// are read with the digits; the unit is as printed.
    @Test func fullWidthNumbersAreReadWhole() throws {
        let report = try article(
            "近年来，某县群众满意度达９８．５％，累计投入资金３．２万元。",
            "今年以来，全县累计化解矛盾纠纷２，１００余起，调解成功率超过９６％。")
        let metrics = report.practices.flatMap(\.metrics).map { "\($0.value.value)\($0.unit)" }
        #expect(metrics == ["98.5％", "3.2万元", "2100.0起", "96.0％"])
    }

    /// A heading's bullet ("■", "◆") is typography, like its font: the heading is its words.
    @Test func aHeadingsBulletIsNoPartOfIt() throws {
        let page = """
            今年以来，江口县推行积分制管理，
            全县建成积分超市12个，群众参与
            热情高涨。

            ■党建引领强堡垒
            细化标准。制定积分管理办法，设置
            积分指标20项，覆盖全县86个村。

            ◆ 数字赋能增效率
            依托数字平台，今年以来受理群众诉
            求3200件，办结率达98%。

            积分超市兑出文明新风
            本报记者 张三
            江口
            """
        let report = try #require(TestData.extract(page).articles.first)
        #expect(report.sections.map(\.heading) == [nil, "党建引领强堡垒", "数字赋能增效率"])
    }

    /// A local paper's news cue names the county the report is filed from, by its short name
    /// ("本报思南讯"); a cue naming a wider place says only where the reporter filed from.
    @Test func aNewsCuesCountyIsThePlace() throws {
        let brief = try article(
            "本报思南讯（记者 李四）近日，该县召开乡村治理推进会，全县28个乡镇的负责同志参加会议。",
            "会议要求，各乡镇要持续完善积分制度，今年内新建议事平台120个。", title: "推进乡村治理")
        #expect(brief.place.county == "思南县")
        let filed = try article(
            "新华社贵阳3月12日电（记者 李四）近日，德江县召开乡村治理推进会，全县各乡镇参加会议。",
            "会议要求，各乡镇要持续完善积分制度，今年内新建议事平台120个。", title: "推进乡村治理")
        #expect(filed.place.county == "德江县")
    }

    /// A county named in two characters, or in position words ("老城区"), is as often a common
    /// word: "提高县级" is no 高县, "调出城区" no 城区, "老城区" no district of 洛阳, unless the
    /// article names their area; "宜宾市高县" is 高县.
    @Test func aTwoCharacterCountyNeedsItsArea() throws {
        let cases: [(lede: String, title: String, county: String)] = [
            ("今年以来，当地着力提高县级统筹水平，推动县域经济发展，全年新建服务站12个。", "织密基层治理网", "未注明地点"),
            ("近日，某社区新建服务站12个，邻里纠纷明显减少。", "“老街坊”调出城区烟火气", "未注明地点"),
            ("今年以来，宜宾市高县着力提高县级统筹水平，全年新建服务站12个。", "织密基层治理网", "高县"),
            ("东门社区地处这座城市的老城区，常住人口近18万人，邻里纠纷多发。", "织密基层治理网", "未注明地点"),
            ("近日，洛阳市老城区召开基层治理推进会，全区划分网格860个。", "织密基层治理网", "老城区"),
        ]
        for (lede, title, county) in cases {
            #expect(try article(lede, title: title).place.county == county, "\(lede)")
        }
    }

    /// A lede that names a prefecture-level city in full and no county: a city-wide report, even
    /// when a county is named further on.
    @Test func aLedeNamingOnlyACityIsACityWideReport() throws {
        let report = try article(
            "近年来，淄博市深入推进“一村一法律顾问”工作，为全市2996个村配备法律顾问。",
            "“村里议事更规范了。”临淄区一位村党支部书记说。", title: "一村一法律顾问护航乡村善治")
        #expect(report.place.county == "淄博市")
    }

    /// A township named in five characters or more, as in Inner Mongolia or Tibet, is read.
    @Test func aLongTownshipNameIsRead() throws {
        let report = try article("日前，伊金霍洛旗阿勒腾席热镇组建“流动议事车”，全年进嘎查议事126场。")
        #expect(report.place.county == "伊金霍洛旗")
        #expect(report.place.township == "阿勒腾席热镇")
    }

    /// Leads longer than a short slogan open a practice when they are written in parallel: the
    /// same opening before the same comma-split shape.
    @Test func longParallelLeadsOpenPractices() throws {
        let report = try article(
            "近年来，某镇推行“民宿联盟”，全镇民宿达320家。",
            "强化组织引领，把民宿业主拧成一股绳。镇里成立民宿联盟，会员达218家。",
            "强化矛盾化解，把纠纷调处在萌芽状态。镇里设立调解工作室，一般事项在15个工作日内办结。",
            "规范经营秩序，让游客住得舒心又放心。镇里每月10日为“村民说事日”。")
        let leads = report.practices.compactMap(\.lead)
        #expect(leads == ["强化组织引领，把民宿业主拧成一股绳", "强化矛盾化解，把纠纷调处在萌芽状态"])
        #expect(report.practices.flatMap(\.metrics).contains { $0.unit == "个工作日" && $0.value.value == 15 })
        #expect(report.mechanisms.contains("村民说事日"))
    }

    /// A span of years is a figure, a point in time is not; a change "由A提升到B" is two figures,
    /// no range; a measure word and 次 count occasions; one person per unit is staffing.
    @Test func spansChangesOccasionsAndStaffingPerUnit() throws {
        let report = try article(
            "近年来，某镇推行“议事代表”制度，代表每届任期1年，帮带期为2年，3年前只有几名代表。",
            "今年以来，志愿者共疏导车辆2.3万辆次，清运垃圾230余车，满意度由58%提升到95%。",
            "每个村民小组选出1名组长、1名监督员，全镇共有监督员85名，实现重点路段24小时监控，诉求24小时内响应。")
        let metrics = report.practices.flatMap(\.metrics).map { "\($0.value.value)\($0.unit)" }
        #expect(metrics == ["1.0年", "2.0年", "2.3万辆次", "230.0车", "58.0%", "95.0%", "85.0名", "24.0小时"])
    }

    /// A quote ending like a named body, venue, ledger or rule names a scheme when two Han
    /// characters stand before the ending; "积分制" and "…长制" name one unquoted.
    @Test func namedBodiesVenuesLedgersAndRules() throws {
        let report = try article(
            "近年来，某镇在各村设立“评理堂”，组建“阿姑宣讲团”，把问题记入“民情台账”，推行“田长制”。",
            "镇里推行积分制管理，推行楼院长包联制，积分靠前的农户优先参评“文明家庭”，兵团“50团”也来学习。",
            "理事会每月召开“院坝会”，网格员都有一本“民情日记”。")
        for scheme in ["评理堂", "阿姑宣讲团", "民情台账", "田长制", "积分制", "楼院长包联制", "文明家庭", "院坝会", "民情日记"] {
            #expect(report.mechanisms.contains(scheme), "\(scheme)")
        }
        #expect(!report.mechanisms.contains("50团"))
    }
}
