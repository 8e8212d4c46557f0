import JingyanModel
import Testing

@testable import JingyanExtract

/// What pages print around their reports — editors' notes, a WeChat post's controls and fields,
/// photo sources — and credits set where the seed page has none: a news brief's closing
/// "（记者 某某）", a byline that ends with where it was filed from.
@Suite struct PageFurnitureTests {
    /// A short report in a column of 16, its title block after the body.
    static let jiangkou = [
        "今年以来，江口县推行积分制管理，",
        "全县建成积分超市12个，群众参与",
        "热情高涨。",
        "",
        "细化标准。制定积分管理办法，设置",
        "积分指标20项。",
    ]
    static let jiangkouBlock = ["积分超市兑出文明新风", "本报记者 张三", "江口"]
    /// A report whose title comes first, in the same column.
    static let dejiang = [
        "“网格+”织密治理网", "", "本报记者 李四", "",
        "近年来，德江县推行网格化管理，全县",
        "共划分网格1260个，配备网格员1580",
        "名，群众满意度持续提升。",
        "",
        "建强队伍。组建“红色网格”服务队45",
        "支，累计培训网格员3200余人次。",
    ]

    func extract(_ lines: [String]) throws -> [Article] {
        try TestData.extract(lines.joined(separator: "\n")).articles
    }

    /// A title-first report runs straight into a report whose block names no place: the cut goes
    /// before the paragraph that opens like a report and names places the later ones name again,
    /// not before the last of several paragraphs that open alike.
    @Test func aReportWhoseBlockNamesNoPlaceStartsWhereItsLedeNamesIt() throws {
        let brief = [
            "本报讯 近日，江口县闵孝镇村民反映",
            "邻里纠纷，网格长第一时间介入，双方",
            "握手言和。",
            "近年来，闵孝镇深化网格化管理，整合",
            "各类网格资源，建立全科网格体系。",
            "今年以来，闵孝镇推动工作重心下沉，",
            "让矛盾纠纷化解在萌芽状态。",
            "",
            "网格员当好“老娘舅”", "通讯员 王五",
        ]
        let articles = try extract(Self.dejiang + brief)
        #expect(articles.map(\.title) == ["“网格+”织密治理网", "网格员当好“老娘舅”"])
        #expect(articles.last?.lede.contains("江口县闵孝镇") == true)
        #expect(articles.last?.place.county == "江口县")
        #expect(articles.first?.practices.contains { $0.text.contains("闵孝镇") } == false)
    }

    /// The same when no paragraph of the second report opens like a report: the cut goes before
    /// the paragraph whose places the paragraphs after it name again.
    @Test func aReportOpeningWithSpeechStartsWhereItsPlacesAreNamed() throws {
        let second = [
            "“楼上漏水的事解决了没得？”“解决",
            "了，多亏你们帮忙！”在江津区几江",
            "街道东门社区，调解员和居民的对话",
            "透着熟络。",
            "几江街道是江津的老城区，常住人口",
            "近18万人，邻里纠纷多发。",
            "目前，几江街道已选聘调解员156名。",
            "",
            "“老街坊”调出烟火气", "首席记者 陈科",
        ]
        let articles = try extract(Self.dejiang + second)
        #expect(articles.map(\.title) == ["“网格+”织密治理网", "“老街坊”调出烟火气"])
        #expect(articles.last?.lede.hasPrefix("“楼上漏水的事") == true)
        #expect(articles.last?.place.county == "江津区")
    }

    /// A place tag of province and county set apart by a space ("湖南 花垣") reads like two
    /// persons' names; it is the block's place, and the block ends its report.
    @Test func aPlaceTagOfSpacedNamesIsNoByline() throws {
        for tag in ["湖南 花垣", "贵州　松桃"] {
            let block = ["苗寨里的“积分银行”", "存下文明取出幸福", "", tag, ""]
            let articles = try extract(Self.jiangkou + [""] + block + Self.dejiang.dropFirst(4))
            #expect(articles.count == 2)
            #expect(articles.first?.title == "苗寨里的“积分银行”存下文明取出幸福")
            #expect(articles.first?.author == nil)
            #expect(articles.first?.place.county == (tag.hasPrefix("湖南") ? "花垣县" : "松桃苗族自治县"))
        }
    }

    /// A title with no byline or place under it, between two reports' bodies: the paragraph
    /// after it names a county the text before it does not, so it is a title, not a heading.
    @Test func aTitleAloneBeforeAnotherCountysReport() throws {
        let first = [
            "每到傍晚，恭城瑶族自治县莲花镇",
            "的瑶寨里，村干部和村民围坐在火",
            "塘边，拉家常、听民意、解难题。",
            "今年以来，莲花镇推行“火塘夜话”。",
            "全镇共开展“火塘夜话”146场，收",
            "集群众意见建议390条。",
            "“干部坐到火塘边，我们有话就敢说。”",
            "",
            "瑶乡“火塘夜话”",
            "话出治理新路子",
            "",
        ]
        let second = [
            "秋日的柞水县小岭镇，木耳大棚连",
            "片铺开。镇里以村民小组为单元，",
            "推行“板凳会”议事制度。今年以来",
            "共召开“板凳会”213场。",
            "“有事大家商量着办。”村民说。",
            "",
            "小岭镇“板凳会”坐出和睦",
            "本报记者 张宏伟",
        ]
        let articles = try extract(first + second)
        #expect(articles.map(\.title) == ["瑶乡“火塘夜话”话出治理新路子", "小岭镇“板凳会”坐出和睦"])
        #expect(articles.first?.place.county == "恭城瑶族自治县")
        #expect(articles.last?.place.county == "柞水县")
    }

    /// An editor's note over a page's reports, or between two, is no report and no part of one,
    /// wrapped in a column or on one line of a web copy.
    @Test func anEditorsNoteIsNoArticle() throws {
        let note = [
            "编者按：基层是社会治理的末梢，也",
            "是服务群众的前沿。本期推出一组来",
            "自县乡一线的报道，敬请关注。",
        ]
        let bracketed = ["【编者按】移风易俗是乡村振兴的重要内容。", "近年来，各地积极探索。今起，本版推出系列报道。"]
        for page in [
            note + [""] + Self.dejiang,
            Self.jiangkou + [""] + Self.jiangkouBlock + [""] + bracketed + [""] + Self.dejiang,
        ] {
            let articles = try extract(page)
            #expect(articles.last?.title == "“网格+”织密治理网")
            #expect(articles.last?.author == "李四")
            #expect(articles.last?.lede.hasPrefix("近年来，德江县") == true)
            #expect(!articles.contains { $0.lede.contains("编者按") || $0.title.contains("编者按") })
            #expect(!articles.flatMap(\.practices).contains { $0.text.contains("敬请关注") || $0.text.contains("系列报道") })
        }
        let web = [
            "“网格+”织密治理网", "编者按：基层是社会治理的末梢。本期推出一组来自县乡一线的报道，敬请关注。",
            "近年来，德江县推行网格化管理，全县共划分网格1260个，配备网格员1580名，群众满意度持续提升。",
            "建强队伍。组建“红色网格”服务队45支，累计培训网格员3200余人次。",
        ]
        let article = try #require(extract(web).first)
        #expect(article.lede.hasPrefix("近年来，德江县"))
    }

    /// A report right after another's title block, its own title first, is a report of its own.
    @Test func aTitleFirstReportRightAfterATitleBlock() throws {
        let articles = try extract(Self.jiangkou + [""] + Self.jiangkouBlock + [""] + Self.dejiang)
        #expect(articles.map(\.title) == ["积分超市兑出文明新风", "“网格+”织密治理网"])
        #expect(articles.map(\.author) == ["张三", "李四"])
        #expect(articles.map(\.place.short) == ["江口", "德江"])
    }

    /// A WeChat post copied whole: the account's controls and fields around the report are
    /// dropped, the post line names the author, a byline "文 | 某某" is one.
    @Test func aWeChatPostsFurnitureIsDropped() throws {
        let body = [
            "近年来，德江县推行网格化管理，全县共划分网格1260个，配备网格员1580名，群众满意度持续提升。", "",
            "建强队伍。组建“红色网格”服务队45支，累计培训网格员3200余人次。",
        ]
        let tail = ["来源：德江县融媒体中心", "责任编辑：王五", "审核：赵六", "图片来源：德江县融媒体中心", "阅读原文", "分享 点赞 在看"]
        let heads: [(lines: [String], author: String?)] = [
            (["原创 李四 德江发布 2025-03-12 08:30 发表于贵州", "点击蓝字关注我们"], "李四"),
            (["原创 付强 德江发布 2025-03-12 08:30 发表于贵州"], "付强"),
            (["原创 德江发布 德江发布 2025年03月12日 08:30 贵州", "", "文 | 李四"], "李四"),
            (["点击上方蓝字 关注我们", "文/李四"], "李四"),
        ]
        for head in heads {
            let articles = try extract(["“网格+”织密治理网"] + head.lines + [""] + body + tail + ["（作者单位：德江县委政法委）"])
            #expect(articles.count == 1, "\(head.lines)")
            let article = try #require(articles.first)
            #expect(article.title == "“网格+”织密治理网", "\(head.lines)")
            #expect(article.author == head.author, "\(head.lines)")
            #expect(article.practices.last?.text.hasSuffix("3200余人次。") == true, "\(head.lines)")
        }
    }

    /// A report continued on another page: the marker ("（下转第3版）", "（上接第1版）"), on a line
    /// of its own or at a line's end or start, is dropped, and the reports around it read as
    /// they do without it.
    @Test func aPageJumpIsDropped() throws {
        var atLineEnd = Self.jiangkou
        atLineEnd[atLineEnd.count - 1] += "（下转第3版）"
        var atLineStart = Self.jiangkou
        atLineStart[0] = "（上接第1版）" + atLineStart[0]
        for body in [Self.jiangkou + ["（下转第3版）"], atLineEnd, atLineStart] {
            let articles = try extract(body + [""] + Self.jiangkouBlock + [""] + Self.dejiang)
            #expect(articles.map(\.title) == ["积分超市兑出文明新风", "“网格+”织密治理网"], "\(body)")
            #expect(articles.first?.lede.hasPrefix("今年以来，江口县") == true, "\(body)")
            #expect(articles.first?.practices.last?.text.hasSuffix("积分指标20项。") == true, "\(body)")
        }
    }

    /// A title-first report that leaves the page ("（下转第8版）") ends there: the body after the
    /// marker is the next report's, though neither names a place the other does not.
    @Test func aReportEndsWhereItLeavesThePage() throws {
        let next = [
            "村里的小事有人管了。这几年，群众", "有事就到说事点来说，由老党员和网", "格员一起听、一起调。", "",
            "说事点实行一事一记，说不开的事汇", "总到村里的调解委员会。", "",
            "小小说事点化解大矛盾", "本报记者 王五",
        ]
        let page = Self.dejiang + ["（下转第8版）", ""] + next
        let articles = try extract(page)
        #expect(articles.map(\.title) == ["“网格+”织密治理网", "小小说事点化解大矛盾"])
        #expect(articles.last?.lede.hasPrefix("村里的小事有人管了") == true)
        #expect(articles.first?.practices.contains { $0.text.contains("说事点") } == false)
    }

    /// A notice the paper prints among the reports ("更正" and its text) is no article, and the
    /// title blocks after the bodies stay theirs.
    @Test func aCorrectionNoticeIsNoArticle() throws {
        let notice = ["更正", "本报11月18日第3版《某某》一", "文中，“建成12个”应为“建成", "21个”，特此更正。"]
        let articles = try extract(Self.jiangkou + [""] + Self.jiangkouBlock + [""] + notice)
        #expect(articles.map(\.title) == ["积分超市兑出文明新风"])
        #expect(articles.first?.lede.hasPrefix("今年以来，江口县") == true)
        #expect(!articles.flatMap(\.practices).contains { $0.text.contains("更正") })
    }

    /// A running head whose editors' fields have no colons ("基层 ■ 责编 某某 美编 某某") is
    /// furniture, not a title.
    @Test func aRunningHeadOfEditorsWithoutColons() throws {
        let articles = try extract(["基层 ■ 责编 田甜 美编 李想", ""] + Self.jiangkou + [""] + Self.jiangkouBlock)
        #expect(articles.map(\.title) == ["积分超市兑出文明新风"])
    }

    /// A photo news item (a caption of many lines, its last one short, then its credit) set
    /// between two reports is a caption whole, not a report's text.
    @Test func aLongCaptionWithAShortLastLine() throws {
        let photo = [
            "11月17日，某县某镇的网格", "员在安置点为居民讲解冬", "季防火知识。入冬以来，", "该镇组织120余名网格员",
            "开展“敲门行动”，逐户排", "查用火用电隐患，提醒群", "众注意取暖安全，做到早", "发现早处置早消除隐",
            "患。", "杨帆 摄",
        ]
        let extraction = try TestData.extract(
            (Self.jiangkou + [""] + Self.jiangkouBlock + [""] + photo + [""] + Self.dejiang).joined(separator: "\n"))
        #expect(extraction.captions.first?.text.hasPrefix("11月17日，某县某镇") == true)
        #expect(extraction.captions.first?.photographer == "杨帆")
        #expect(!extraction.articles.flatMap(\.practices).contains { $0.text.contains("敲门行动") })
    }

    /// A page of a title-first report, a report whose block follows its body, and two briefs
    /// under a column's head, each brief's title right above its "本报讯" line; a running head
    /// with a dotted date and weekday, and a foot with the page's number alone.
    @Test func briefsUnderAColumnHeadAfterABodyFirstReport() throws {
        let briefs = [
            "简讯", "", "某镇开通“调解直通车”", "本报讯 近日，思南县鹦鹉溪镇的", "“调解直通车”开进了偏远村寨，",
            "当场调处了两起邻里纠纷。（记者", "冉茂丽）", "", "双龙镇组建苗寨“姊妹调解队”",
            "本报讯（通讯员 石秀兰）近日，花", "垣县双龙镇组建姊妹调解队14支，", "今年共调解家庭纠纷73起。", "",
            "本版编辑 吴敏 美编 田晓", "6",
        ]
        let page =
            ["06  基层治理  2025.12.03  星期三", ""] + Self.dejiang + [""] + Self.jiangkou + [""]
            + Self.jiangkouBlock + [""] + briefs
        let articles = try extract(page)
        #expect(
            articles.map(\.title) == [
                "“网格+”织密治理网", "积分超市兑出文明新风", "某镇开通“调解直通车”", "双龙镇组建苗寨“姊妹调解队”",
            ])
        #expect(articles.dropFirst().first?.lede.hasPrefix("今年以来，江口县") == true)
        #expect(articles.last?.place.county == "花垣县")
    }

    /// A box under its label ("相关链接", "短评") is no report, nor part of one, up to its blank line.
    @Test func aBoxUnderItsLabelIsNoReport() throws {
        for label in ["相关链接", "短评"] {
            let box = [label, "网格化服务管理", "近年来，陇南市推行网格化服务管", "理，全市共划分网格1.2万余个。"]
            let articles = try extract(Self.jiangkou + [""] + Self.jiangkouBlock + [""] + box + [""] + Self.dejiang)
            #expect(articles.map(\.title) == ["积分超市兑出文明新风", "“网格+”织密治理网"], "\(label)")
            #expect(!articles.flatMap(\.practices).contains { $0.text.contains("陇南") }, "\(label)")
        }
    }

    /// A title-first report closed by its credit in brackets on a line of its own; the next
    /// report's first line, as wide as the column and ending on a comma, is cut from the rest of
    /// its paragraph by a blank line (a column break): the credit is the first report's byline,
    /// and the line is no title.
    @Test func aCreditClosingATitleFirstReportBeforeACutLine() throws {
        let next = [
            "零下二十多度的早晨，林口县莲花镇的湖已经封冻，", "",
            "湖边一个屯子的“说事点”里却是热气腾腾。炉子上的水", "壶咕嘟作响，几位村民正在这里商量冬季清雪的分工。", "",
            "莲花湖畔“说事点”", "融媒体记者 张立伟",
        ]
        let first = [
            "郎德镇“工分制”分出共富路", "", "在雷山县郎德镇的一个苗寨，每天上午十点，寨子的",
            "芦笙场上准时响起迎客的芦笙，演出结束后记分员会", "在每个人的名字后面记上工分。",
        ]
        let articles = try extract(first + ["", "（记者 杨秀兰 通讯员 吴志刚）", ""] + next)
        #expect(articles.map(\.title) == ["郎德镇“工分制”分出共富路", "莲花湖畔“说事点”"])
        #expect(articles.first?.author == "杨秀兰、吴志刚")
        #expect(articles.last?.lede.hasPrefix("零下二十多度的早晨") == true)
    }

    /// A running head whose section name carries a circled page number ("乡村治理 ⑦") over its
    /// date line is no title.
    @Test func aRunningHeadWithACircledPageNumber() throws {
        let head = ["乡村治理 ⑦", "2025年12月8日　星期一　责任编辑 黄岚", ""]
        let articles = try extract(head + Self.jiangkou + [""] + Self.jiangkouBlock)
        #expect(articles.map(\.title) == ["积分超市兑出文明新风"])
        #expect(articles.first?.lede.hasPrefix("今年以来，江口县") == true)
    }

    /// A credit of names without a role closing the body, broken over two lines ("（刘振华 高" /
    /// "雅琪）"), is the report's byline; the title block after it is the report's. The page's
    /// first and last lines, the same section name, are its running head and foot.
    @Test func aClosingCreditWithoutARoleAndARepeatedHead() throws {
        var body = Self.jiangkou
        body[body.count - 1] = "积分指标20项。（刘振华 高"
        let page =
            ["乡村振兴周刊·善治　5", ""] + body + ["雅琪）", "", "积分超市兑出文明新风", "", "江口", "", "乡村振兴周刊·善治　5"]
        let articles = try extract(page)
        #expect(articles.map(\.title) == ["积分超市兑出文明新风"])
        #expect(articles.first?.author == "刘振华、高雅琪")
        #expect(articles.first?.lede.hasPrefix("今年以来，江口县") == true)
    }

    /// A byline whose roles stand on a line of their own, the names on the next, is one byline:
    /// the roles are no part of the title.
    @Test func aBylinesRolesOnALineOfTheirOwn() throws {
        for roles in ["本报记者", "□ 本报记者", "记者 通讯员"] {
            let block = ["积分超市兑出文明新风", "", roles, "张三 王五", "", "江口"]
            let article = try #require(extract(Self.jiangkou + [""] + block).first)
            #expect(article.title == "积分超市兑出文明新风", "\(roles)")
            #expect(article.author == "张三、王五", "\(roles)")
        }
    }

    /// A news brief's opening credit wrapped between two names ("……通讯员 李四" / "王五）……")
    /// names all three.
    @Test func aBriefsOpeningCreditWrappedBetweenNames() throws {
        let brief = [
            "“网格+”织密治理网", "", "本报讯（记者 张三 通讯员 李四", "王五）近日，记者走进德江县，全",
            "县共划分网格1260个，配备网格员", "1580名，群众满意度持续提升。",
        ]
        let article = try #require(extract(brief).first)
        #expect(article.author == "张三、李四、王五")
    }

    /// A news site's copy: its date line with a bar before the source, font-size and share
    /// controls, and the editor credits closing the text are no part of the report, and the
    /// credits after the text do not make the copy read as a printed column.
    @Test func aNewsSitesFurnitureIsDropped() throws {
        let text = [
            "近年来，德江县推行网格化管理，全县共划分网格1260个，配备网格员1580名，群众满意度持续提升。",
            "建强队伍。组建“红色网格”服务队45支，累计培训网格员3200余人次。",
        ]
        let copies: [(head: [String], tail: [String])] = [
            (["2025年03月12日08:30 | 来源：某某网－贵州频道", "小字号"], ["（责编：王五、赵六）", "分享让更多人看到"]),
            (["时间：2025-03-12 09:30", "信息来源：某县人民政府", "大字号 中字号 小字号"], ["【纠错】 【责任编辑:王五】"]),
        ]
        for copy in copies {
            let articles = try extract(["“网格+”织密治理网"] + copy.head + text + copy.tail)
            #expect(articles.count == 1, "\(copy.head)")
            let article = try #require(articles.first)
            #expect(article.title == "“网格+”织密治理网", "\(copy.head)")
            #expect(article.practices.last?.text.hasSuffix("3200余人次。") == true, "\(copy.tail)")
            #expect(article.practices.last?.text.contains("提升。\n\n建强队伍。") == true, "one paragraph a line")
        }
    }

    /// "……。（记者 某某 通讯员 某某）" closing a news brief is its byline, wrapped over two lines
    /// or not, and closes the brief as a title block's byline would.
    @Test func aNewsBriefsClosingCreditIsItsByline() throws {
        let brief = [
            "本报讯 今年以来，江口县推行积分制",
            "管理，全县建成积分超市12个，群众",
            "参与热情高涨。（记者 张三 通讯",
            "员 李四）",
        ]
        let oneLine = Array(brief[..<2]) + ["参与热情高涨。（记者 张三 通讯员 李四）"]
        for lines in [brief, oneLine] {
            let articles = try extract(["积分超市兑出文明新风", ""] + lines + [""] + Self.dejiang)
            #expect(articles.count == 2)
            #expect(articles.first?.author == "张三、李四")
            #expect(articles.first?.lede == "本报讯 今年以来，江口县推行积分制管理，全县建成积分超市12个，群众参与热情高涨。")
            #expect(articles.last?.title == "“网格+”织密治理网")
            // The title printed after the brief, as the seed page prints its titles.
            let after = try extract(lines + ["", "积分超市兑出文明新风", ""] + Self.dejiang.dropFirst(4) + ["", "“网格+”织密治理网"])
            #expect(after.map(\.title) == ["积分超市兑出文明新风", "“网格+”织密治理网"])
            #expect(after.first?.author == "张三、李四")
        }
        let web = ["积分超市兑出文明新风", "本报讯 今年以来，江口县推行积分制管理，全县建成积分超市12个，群众参与热情高涨。（记者 张三）"]
        #expect(try extract(web).first?.author == "张三")
    }

    /// A byline that ends with where it was filed from, a name of three characters or more
    /// before "报道", is a byline.
    @Test func aBylineFiledFromAPrefecture() throws {
        let articles = try extract(Self.jiangkou + ["", "积分超市兑出文明新风", "本报记者 张三 通讯员 李四 黔东南报道"])
        #expect(articles.first?.title == "积分超市兑出文明新风")
        #expect(articles.first?.author == "张三、李四")
    }

    /// A photo's source printed as its credit closes a caption that names no photographer, and
    /// is dropped alone; neither is part of a report.
    /// A credit word before the name, after a slash or in brackets ("图/张伟", "（摄影：张伟）",
    /// "……。（图/张伟）"), closes a caption as "张伟 摄" does.
    @Test func aCreditWordBeforeTheName() throws {
        let credits: [[String]] = [
            ["村民在积分超市兑换生活用品。", "图/张伟"], ["村民在积分超市兑换生活用品。", "（摄影：张伟）"],
            ["村民在积分超市兑换生活用品。（图/张伟）"], ["村民在积分超市兑换生活用品。", "张伟/摄"],
        ]
        for caption in credits {
            let page = Self.jiangkou + [""] + Self.jiangkouBlock + [""] + caption + [""] + Self.dejiang
            let extraction = try TestData.extract(page.joined(separator: "\n"))
            #expect(extraction.articles.map(\.title) == ["积分超市兑出文明新风", "“网格+”织密治理网"], "\(caption)")
            #expect(extraction.captions.map(\.text) == ["村民在积分超市兑换生活用品。"], "\(caption)")
            #expect(extraction.captions.first?.photographer == "张伟", "\(caption)")
        }
    }

    @Test func aPhotosSourceClosesACaption() throws {
        let page =
            Self.jiangkou + ["", "图为江口县村民在积分超市兑换", "生活用品。", "（图片由江口县委宣传部提供）", ""]
            + Self.jiangkouBlock + ["", "（资料图片）", ""] + Self.dejiang
        let extraction = try TestData.extract(page.joined(separator: "\n"))
        #expect(extraction.articles.map(\.title) == ["积分超市兑出文明新风", "“网格+”织密治理网"])
        #expect(extraction.captions.map(\.text) == ["图为江口县村民在积分超市兑换生活用品。"])
        #expect(extraction.captions.first?.photographer == nil)
        #expect(!extraction.articles.flatMap(\.practices).contains { $0.text.contains("图") })
    }

    /// A kicker over a title of two lines, a byline and a place tag, printed with no blank line
    /// between them, are one title block.
    @Test func aTitleBlockOfFiveLines() throws {
        let block = ["以积分制激活乡村治理", "积分超市", "兑出文明新风", "本报记者 张三 通讯员 李四", "江口"]
        let articles = try extract(Self.jiangkou + [""] + block + [""] + Self.dejiang)
        #expect(articles.map(\.title) == ["以积分制激活乡村治理积分超市兑出文明新风", "“网格+”织密治理网"])
        #expect(articles.first?.author == "张三、李四")
    }

    /// A county government site's page around a copy: the site's name, its menu, a line of its
    /// controls and counts, its footer of who runs it. None of it is the report's title or text.
    @Test func aGovernmentSitesPageAroundACopy() throws {
        let found = try extract([
            "某某土族自治县人民政府", "首页 | 政务公开 | 政务服务 | 互动交流", "当前位置：首页 > 政务公开 > 乡镇动态", "",
            "威远镇：“板凳会”坐出邻里和睦", "",
            "发布时间：2025-12-03 10:26　来源：互助县融媒体中心　作者：祁海燕",
            "【字号：大 中 小】　浏览次数：867　【打印】【关闭】", "",
            "　　近日，在互助土族自治县威远镇的村民活动室里，十几名村民围坐在长条板凳上，和村干部一起商量村里冬季防火的事。",
            "　　今年以来，威远镇在28个村推行“板凳会”议事机制，全镇共召开“板凳会”460余场，收集群众诉求1150条。", "",
            "上一篇：某乡开展冬季森林草原防火宣传", "扫一扫在手机打开当前页", "主办：某某土族自治县人民政府办公室　青ICP备12003456号",
        ])
        #expect(found.map(\.title) == ["威远镇：“板凳会”坐出邻里和睦"])
        #expect(found.first?.author == "祁海燕")
        #expect(found.first?.mechanisms.contains("板凳会") == true)
    }
}
