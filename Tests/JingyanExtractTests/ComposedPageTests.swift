import JingyanExtract
import JingyanModel
import Testing

/// Pages composed for these tests in layouts the seed page does not have: other counties (one
/// not in the gazetteer), other column widths, a news-brief opening ("本报讯"), a photo credit in
/// brackets, title blocks in other orders, numbered headings, sections marked only by leads.
/// The same code that reads the seed page must read them.
@Suite struct ComposedPageTests {
    struct Metric: Equatable, CustomStringConvertible {
        var value: Double, unit: String, approx: Bool, period: String?
        init(_ value: Double, _ unit: String, approx: Bool = false, period: String? = nil) {
            self.value = value
            self.unit = unit
            self.approx = approx
            self.period = period
        }
        var description: String { "\(value)\(unit)\(approx ? "~" : "")@\(period ?? "-")" }
    }

    func metrics(_ article: Article) -> [Metric] {
        article.practices.flatMap(\.metrics).map {
            Metric($0.value.value, $0.unit, approx: $0.approx, period: $0.period)
        }
    }

    @Test func newsBriefPageWithUnknownCountyAndBracketedCredit() throws {
        let extraction = try TestData.extract(TestData.fixtureText("composed-news-brief.txt"))
        #expect(extraction.articles.count == 2)
        #expect(extraction.captions.map(\.photographer) == ["张伟"])
        #expect(extraction.captions.first?.text == "草海湖畔，志愿者正在清理湖边垃圾，守护高原湿地的生态环境。")

        let dejiang = try #require(extraction.articles.first)
        #expect(dejiang.title == "“党建+网格”织密基层治理网")
        #expect(dejiang.author == "刘洋")
        #expect(dejiang.place.county == "德江县" && dejiang.place.township == nil && dejiang.place.slug == "dejiang")
        #expect(dejiang.lede == "今年以来，德江县聚焦基层治理中的难点堵点，以“党建+网格”为抓手，推动治理重心下移、力量下沉，群众满意度持续提升。")
        #expect(dejiang.sections.map(\.heading) == ["一、建强阵地，夯实治理根基", "二、化解矛盾，守护一方平安", "三、协商议事，激发自治活力"])
        #expect(dejiang.practices.allSatisfy { $0.lead == nil })
        #expect(
            metrics(dejiang) == [
                Metric(1260, "个"), Metric(1580, "名"), Metric(3.2, "万件", period: "2024年"),
                Metric(98.5, "%", period: "2024年"),
                Metric(22, "个"), Metric(45, "支"), Metric(2100, "起", approx: true, period: "近三年来"),
                Metric(96, "%", approx: true, period: "近三年来"), Metric(830, "场", approx: true, period: "目前"),
                Metric(1120, "个", period: "目前"),
            ])
        #expect(dejiang.practices[0].metrics[2].valueNormalized.value == 32000)
        for scheme in ["党建+网格", "一格一员一码", "德治通", "枫桥经验", "和事佬", "村民说事"] {
            #expect(dejiang.mechanisms.contains(scheme), "\(scheme)")
        }

        let weining = try #require(extraction.articles.last)
        #expect(weining.title == "威宁草海：“积分超市”兑出乡村新风")
        #expect(weining.author == "王小明、陈芳")
        #expect(weining.place.county == "威宁彝族回族苗族自治县")
        #expect(weining.place.short == "威宁")
        #expect(weining.place.township == "草海镇")
        #expect(weining.id == "weining-caohai-jifenchaoshi")
        #expect(weining.sections.count == 1 && weining.sections[0].heading == nil)
        #expect(weining.practices.map(\.lead) == ["细化积分标准", "丰富兑换方式", "强化结果运用"])
        #expect(
            metrics(weining) == [
                Metric(8, "类"), Metric(32, "项"), Metric(2600, "张", approx: true, period: "截至目前"),
                Metric(12, "个"), Metric(15.6, "万分", period: "今年以来"), Metric(8, "万元", approx: true, period: "今年以来"),
                Metric(136, "户", period: "2024年"), Metric(4800, "人次", approx: true, period: "2024年"),
            ])
        #expect(weining.mechanisms.contains("积分超市"))
        #expect(weining.practices.allSatisfy { $0.categories.contains("积分制") })
    }

    @Test func leadOnlySectionsAndTitleBlocksInOtherOrders() throws {
        let extraction = try TestData.extract(TestData.fixtureText("composed-lead-sections.txt"))
        #expect(extraction.articles.count == 2)
        #expect(extraction.captions.isEmpty)

        let jiangkou = try #require(extraction.articles.first)
        #expect(jiangkou.title == "“三治融合”绘就善治新图景")
        #expect(jiangkou.author == "吴静、杨帆")
        #expect(jiangkou.place.county == "江口县" && jiangkou.place.township == "太平镇")
        #expect(jiangkou.sections.map(\.heading) == [nil])
        #expect(jiangkou.practices.map(\.lead) == ["以自治增活力", "以法治强保障", "以德治扬正气"])
        #expect(jiangkou.practices[0].text == "以自治增活力。全镇9个村全面推行“四议两公开”工作法，村级重大事项均由村民代表大会决定。2024年，召开村民代表会议75次，公开事项310项。")
        #expect(
            metrics(jiangkou) == [
                Metric(9, "个"), Metric(75, "次", period: "2024年"), Metric(310, "项", period: "2024年"),
                Metric(9, "名"), Metric(12, "期"), Metric(180, "名"), Metric(86, "户"),
            ])
        for scheme in ["三治融合", "四议两公开", "法律明白人"] { #expect(jiangkou.mechanisms.contains(scheme), "\(scheme)") }

        let wanshan = try #require(extraction.articles.last)
        #expect(wanshan.title == "“五零”创建护航搬迁社区")
        #expect(wanshan.author == "龙婷")
        #expect(wanshan.place.county == "万山区" && wanshan.place.township == "谢桥街道")
        #expect(wanshan.place.townshipSlug == "xieqiao")
        #expect(wanshan.sections.map(\.heading) == ["聚焦一个“早”字", "突出一个“准”字", "落实一个“实”字"])
        #expect(
            metrics(wanshan) == [
                Metric(156, "条", period: "今年以来"), Metric(2860, "户"), Metric(1200, "人", approx: true),
                Metric(8, "支"), Metric(430, "件", approx: true), Metric(97, "%", approx: true),
            ])
        #expect(
            wanshan.practices.flatMap(\.metrics).allSatisfy { !$0.subject.isEmpty && $0.sentence.contains($0.text) })
    }

    @Test func articleIDsDoNotDependOnOtherPages() throws {
        let alone = try TestData.extractor().extract(pages: [
            ("seeds/b.txt", TestData.fixtureText("composed-lead-sections.txt"))
        ])
        let together = try TestData.extractor().extract(pages: [
            ("seeds/a.txt", TestData.fixtureText("composed-news-brief.txt")),
            ("seeds/b.txt", TestData.fixtureText("composed-lead-sections.txt")),
        ])
        let aloneIDs = alone.articles.flatMap { [$0.id] + $0.practices.map(\.id) }
        let togetherIDs = together.articles.flatMap { [$0.id] + $0.practices.map(\.id) }
        #expect(aloneIDs.allSatisfy(togetherIDs.contains))
        #expect(Set(togetherIDs).count == togetherIDs.count)
    }
}

/// Variants of one small page that must all read the same.
@Suite struct PageVariantTests {
    static let page = """
        近年来，德江县推行网格化管理，全县共划分网格1,260个，
        配备网格员1580名，群众满意度持续提升。

        建强队伍。组建“红色网格”服务队45支，累计培训网格员
        3200余人次。
        完善机制。建立“一格一员一码”管理机制，2024年受理群
        众诉求3.2万件。

        本报记者 张三 通讯员 李四
        “网格+”织密治理网
        德江
        """

    @Test func bylinesWithSeveralRolesAndThousandsSeparators() throws {
        let article = try #require(TestData.extract(Self.page).articles.first)
        #expect(article.author == "张三、李四")
        #expect(article.title == "“网格+”织密治理网")
        // The lede states figures: it is a practice of its own, with no lead.
        #expect(article.practices.map(\.lead) == [nil, "建强队伍", "完善机制"])
        #expect(article.practices.flatMap(\.metrics).map(\.value.value) == [1260, 1580, 45, 3200, 3.2])
    }

    @Test func fullWidthDigitsAndLineEndingsReadTheSame() throws {
        let clean = try TestData.extract(Self.page)
        let fullWidth = Self.page.replacingOccurrences(of: "3200", with: "３２００").replacingOccurrences(
            of: "45", with: "４５")
        let crlf = Self.page.replacingOccurrences(of: "\n", with: "\r\n")
        let cr = Self.page.replacingOccurrences(of: "\n", with: "\r")
        for variant in [fullWidth, crlf, cr] {
            #expect(try TestData.extract(variant) == clean)
        }
    }

    @Test func titleFirstPages() throws {
        let page = """
            “网格+”织密治理网
            本报记者 张三

            近年来，德江县推行网格化管理，配备网格员1580名，群众满意度持续提升。

            建强队伍。组建“红色网格”服务队45支。

            “积分超市”兑出新风
            通讯员 王五

            今年以来，江口县推行积分制管理，建成积分超市12个。
            """
        let articles = try TestData.extract(page).articles
        #expect(articles.map(\.title) == ["“网格+”织密治理网", "“积分超市”兑出新风"])
        #expect(articles.map(\.author) == ["张三", "王五"])
        #expect(articles.map(\.place.short) == ["德江", "江口"])
    }
}

extension PageVariantTests {
    /// Half-width punctuation in place of full-width ("," for "，", ":" for "：", "(" for "（")
    /// changes the text but not what is extracted from it.
    @Test func punctuationVariantsExtractTheSameEntries() throws {
        let halfWidth = Self.page.replacingOccurrences(of: "，", with: ",").replacingOccurrences(of: "：", with: ":")
            .replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
            .replacingOccurrences(of: "！", with: "!")
        let clean = try #require(TestData.extract(Self.page).articles.first)
        let variant = try #require(TestData.extract(halfWidth).articles.first)
        #expect(variant.title == clean.title && variant.author == clean.author && variant.place == clean.place)
        #expect(variant.practices.map(\.lead) == clean.practices.map(\.lead))
        #expect(variant.mechanisms == clean.mechanisms)
        let values = { (article: Article) in
            article.practices.flatMap(\.metrics).map { "\($0.value)\($0.unit)\($0.approx)\($0.period ?? "")" }
        }
        #expect(values(variant) == values(clean))
    }
}

extension PageVariantTests {
    /// Leads written as two parallel halves, bylines with bullets, and a dateline ("本报某县讯")
    /// opening the next article with no byline line before it.
    @Test func commaLeadsBulletBylinesAndDatelines() throws {
        let page = """
            近年来，德江县坚持党建引领基层治理，群众满意度不断提升，取得了明显的成效。

            建强阵地，夯实基础。全县新建党群服务中心12个，改造提升村级阵地35个。

            健全机制，激发活力。推行“村民说事”制度，累计召开议事会460余场。

            ■本报记者 张三
            德江：党建引领激活治理“末梢”

            本报江口讯 今年以来，江口县推行积分制管理，建成积分超市12个，群众参与热情高涨。

            细化标准。制定积分管理办法，设置积分指标20项。

            强化运用。将积分结果与评先评优挂钩，评选表彰先进家庭136户。

            积分超市兑出文明新风
            """
        let articles = try TestData.extract(page).articles
        #expect(articles.count == 2)
        #expect(articles.first?.author == "张三")
        #expect(articles.first?.practices.map(\.lead) == ["建强阵地，夯实基础", "健全机制，激发活力"])
        #expect(articles.last?.title == "积分超市兑出文明新风")
        #expect(articles.last?.place.short == "江口")
        #expect(articles.last?.practices.map(\.lead) == [nil, "细化标准", "强化运用"])
        #expect(articles.first?.title == "德江：党建引领激活治理“末梢”")

        // Without the dateline, the byline and the "place：title" line after it still close
        // the first article.
        let plain = page.replacingOccurrences(of: "本报江口讯 今年以来，", with: "全县上下，")
        let plainArticles = try TestData.extract(plain).articles
        #expect(plainArticles.map(\.title) == ["德江：党建引领激活治理“末梢”", "积分超市兑出文明新风"])
    }
}

extension PageVariantTests {
    /// Mastheads, date lines, page numbers and editors' credits are not part of any article.
    @Test func pageFurnitureIsDropped() throws {
        let page = """
            2024年4月8日 星期一
            第3版
            \(Self.page)

            责任编辑：王五 版式设计：赵六
            """
        let articles = try TestData.extract(page).articles
        #expect(articles.count == 1)
        #expect(articles.first?.author == "张三、李四")
        #expect(articles.first?.lede.hasPrefix("近年来") == true)
        let clean = try #require(TestData.extract(Self.page).articles.first)
        #expect(articles.first?.practices.map(\.text) == clean.practices.map(\.text))
    }

    @Test func percentagePointsAreOneUnit() throws {
        let page = """
            今年以来，德江县群众满意率提高了15个百分点，达到96.5%，成效明显，得到广泛认可。

            建强队伍。组建服务队45支，参与群众提高3.5个百分点。

            完善机制。建立议事制度，累计召开议事会460余场。

            本报记者 张三
            德江：满意率再提升
            """
        let article = try #require(TestData.extract(page).articles.first)
        #expect(article.practices.flatMap(\.metrics).map(\.unit) == ["个百分点", "%", "支", "个百分点", "场"])
    }
}

extension PageVariantTests {
    @Test func aMultiplierWithoutUnitIsTheUnit() throws {
        let page = """
            今年以来，德江县推行积分制管理，受益群众6.2万，群众满意度持续提升，得到广泛认可。

            建强队伍。组建服务队45支，服务群众1.5万余，反响良好。

            完善机制。建立议事制度，累计召开议事会460余场。

            本报记者 张三
            德江：积分管理见实效
            """
        let metrics = try #require(TestData.extract(page).articles.first).practices.flatMap(\.metrics)
        #expect(metrics.map(\.unit) == ["万", "支", "万", "场"])
        #expect(metrics[2].valueNormalized.value == 15000 && metrics[2].approx)
    }
}
