import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms other papers print that the development pages do not show: a brief's closing credit cut
/// by a column break, autonomous divisions by their common names, a township named by the
/// county's short name, a caption whose date line runs into a place, headings in brackets or
/// asked as questions, a contributor credited by a station, honours given out; names whose parts
/// a middle dot joins, a brief's credit without brackets or broken inside a role, a running head
/// whose page runs into its date, a report's last line nearly as wide as the column, time limits
/// in days and shares in tenths.
@Suite struct OtherPapersFormsTests {
    func articles(_ lines: [String]) throws -> [Article] {
        try TestData.extract(lines.joined(separator: "\n")).articles
    }

    /// "……43场。（记者" / blank / "王五 通讯员 赵六）": the credit closes the brief though a column
    /// break cut it, and the block after it (place tag, title) is the brief's.
    @Test func aClosingCreditCutByAColumnBreak() throws {
        let page = [
            "“网格+”织密治理网", "", "本报记者 李四", "",
            "近年来，德江县推行网格化管理，全县", "共划分网格1260个，配备网格员1580", "名，群众满意度持续提升。", "",
            "本报讯 前不久，江口县闵孝镇一个村", "的村民家办了一场简朴的婚礼，不收礼", "金、不放烟花，宴席只摆了8桌。今年以",
            "来，全镇劝导取消无事酒43场。（记者", "", "王五 通讯员 赵六）", "", "江口闵孝", "", "闵孝镇“一约四会”", "管出乡风文明", "",
            "清晨的西江千户苗寨，吊脚楼顺着山势", "层层叠叠。近年来，雷山县西江镇推行", "“议榔+村规”治理模式，全镇32个村",
            "寨修订榔规民约。", "", "老“榔规”里长出新规矩", "本报记者 吴春梅",
        ]
        let found = try articles(page)
        #expect(found.map(\.title) == ["“网格+”织密治理网", "闵孝镇“一约四会”管出乡风文明", "老“榔规”里长出新规矩"])
        #expect(found.map(\.author) == ["李四", "王五、赵六", "吴春梅"])
        #expect(found.map(\.place.county) == ["德江县", "江口县", "雷山县"])
    }

    /// An autonomous prefecture or county by the name papers use: "西双版纳州" (a lede naming it
    /// and no county is a prefecture-wide report), "印江县".
    @Test func autonomousDivisionsByTheirCommonNames() throws {
        let roundup = try articles([
            "西双版纳推行“一寨一规” 边疆村寨议事有章法", "记者 张三",
            "近年来，西双版纳州在全州推行“一寨一规”自治模式，指导各寨制定寨规民约，组建寨子议事会2130个。",
            "在景洪市勐罕镇，寨规怎么定由寨民说了算，议事会成员挨家挨户征求意见，户代表会议表决通过。",
            "在勐海县，各寨把护林防火写进寨规，全县森林火灾连续5年为零。",
        ])
        #expect(roundup.first?.place.county == "西双版纳傣族自治州")
        #expect(roundup.first?.place.township == nil)
        let county = try articles([
            "“红色代办”让群众办事不出村", "记者 张三",
            "近年来，印江县在全县推行“红色代办”服务，由村干部和党员为群众代办事项，全县代办事项1260件。",
            "今年以来，县里又把代办延伸到村民小组，办结率达98%。",
        ])
        #expect(county.first?.place.county == "印江土家族苗族自治县")
    }

    /// "福田街道" is a township of 义乌, 深圳 and 成都: the report that says "义乌" means 义乌's.
    @Test func aTownshipSharedByCountiesIsTheNamedCountys() throws {
        let found = try articles([
            "福田街道“以外调外” 涉外纠纷调解有了“洋面孔”", "通讯员 楼晓燕",
            "前不久，来自也门的采购商阿里和义乌一家饰品企业因货物质量起了争执，涉及货款12.8万元。",
            "福田街道是义乌国际商贸城所在地，常年有来自100多个国家和地区的客商在这里经商。近年来，街道探索“以外调外”模式。",
        ])
        #expect(found.first?.place.county == "义乌市")
        #expect(found.first?.place.township == "福田街道")
    }

    /// A caption's date line ends on a comma: the line after it ("甘肃省甘南州合作", cut inside a
    /// place's name) continues the caption, however much it reads like a place tag.
    @Test func aCaptionRunsOnAfterAComma() throws {
        let page = [
            "近年来，德江县推行网格化管理，全县", "共划分网格1260个，配备网格员1580", "名，群众满意度持续提升。", "",
            "“网格+”织密治理网", "本报记者 李四", "", "2025年12月16日，", "甘肃省甘南州合作", "市卡加道乡其乃合",
            "村党支部书记和村民拉家常。九美旦增 摄", "",
            "近年来，思南县坚持大抓基层的鲜明导向，", "全县建成积分超市12个，群众参与热情", "高涨。", "",
            "思南“三强化”提升乡村治理效能", "本报记者 王五",
        ]
        let extraction = try TestData.extract(page.joined(separator: "\n"))
        #expect(extraction.captions.first?.text.hasPrefix("2025年12月16日，甘肃省甘南州合作市") == true)
        #expect(extraction.articles.last?.place.county == "思南县")
        #expect(extraction.articles.last?.lede.hasPrefix("近年来，思南县") == true)
    }

    /// Headings in lenticular brackets are their words; two questions alone on their lines, of
    /// one shape, are headings.
    @Test func bracketedAndQuestionHeadings() throws {
        let found = try articles([
            "鼓楼议事 侗寨大小事围着火塘商量", "记者 张三",
            "傍晚时分，三江侗族自治县林溪镇一个侗寨的鼓楼里坐满了人，寨老和村干部正和村民商量修路的事。",
            "鼓楼里议什么？", "议题由村民提、大家定。各村在鼓楼设了意见箱，每月收集意见一次。",
            "议定了谁来办？", "议定的事项按照“寨老督、党员带、群众干”的办法落实，全镇已办结事项136件。",
            "【办法在鼓楼里议】", "对议定的事项，镇里实行“鼓楼议、村里办、镇里督”，办结率达95%。",
        ])
        #expect(found.first?.sections.compactMap(\.heading) == ["鼓楼里议什么？", "议定了谁来办？", "办法在鼓楼里议"])
        #expect(found.first?.author == "张三")
    }

    /// "文/蓝晓芳 共享联盟景宁站 雷鸣": a contributor credited by the station they write for;
    /// honours given out (评出“好婆婆”) are schemes.
    @Test func aContributorCreditedByAStationAndHonours() throws {
        let found = try articles([
            "“畲嫂议事会” 议出畲乡好光景", "文/蓝晓芳 共享联盟景宁站 雷鸣", "",
            "在景宁畲族自治县大均乡，说起“畲嫂议事会”，村民们都会竖起大拇指。全乡已成立畲嫂议事会8个。",
            "今年以来，道德评议会评出“好婆婆”“好媳妇”等先进典型58人，组员把帮扶独居老人写进“联防清单”。",
        ])
        #expect(found.first?.title == "“畲嫂议事会” 议出畲乡好光景")
        #expect(found.first?.author == "蓝晓芳、雷鸣")
        let mechanisms = Set(found.first?.mechanisms ?? [])
        #expect(mechanisms.isSuperset(of: ["好婆婆", "好媳妇"]))
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.bylineNames("本报记者 张三 某县融媒体中心 李四") == ["张三", "李四"])
        #expect(lexicon.bylineNames("张三 共享联盟某某站") == nil)
    }

    /// Uyghur, Kazakh and Tibetan names, and foreign ones, are printed with a middle dot between
    /// their parts: in a byline with a role, and in a photo credit. A column's name with a dot
    /// ("乡村振兴·铜仁行") is no byline.
    @Test func namesWithAMiddleDot() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.bylineNames("记者 王刚 古丽娜尔·吐尔逊") == ["王刚", "古丽娜尔·吐尔逊"])
        #expect(lexicon.bylineNames("本报记者 热孜万古丽·艾买提") == ["热孜万古丽·艾买提"])
        #expect(lexicon.bylineNames("乡村振兴·铜仁行") == nil)
        #expect(lexicon.bylineNames("记者走进乡村振兴·铜仁行的现场，看到了新变化") == nil)
        let captions = CaptionFinder(lexicon: lexicon)
        #expect(captions.creditLine("摄影 买买提江·吾斯曼")?.photographer == "买买提江·吾斯曼")
        #expect(captions.creditLine("村民在积分超市兑换物品。艾尔肯·沙吾提 摄")?.photographer == "艾尔肯·沙吾提")
        let found = try articles([
            "近年来，沙湾市博尔通古乡组建马背议事队7支，", "跟着牧民转场，调解草场纠纷38起。", "",
            "马背上的议事队", "", "记者 胡杨 叶尔兰·努尔兰", "", "沙湾博尔通古",
        ])
        #expect(found.map(\.title) == ["马背上的议事队"])
        #expect(found.first?.author == "胡杨、叶尔兰·努尔兰")
    }

    /// A brief's credit without brackets, its names run on to their roles ("本报讯 记者张华
    /// 通讯员李明 报道："); and one in brackets broken inside a role ("见习" / "记者 李雪）").
    @Test func briefCreditsWithoutBracketsOrBrokenInARole() throws {
        let plain = try articles([
            "楼栋长管好小区事", "",
            "本报讯 记者张华 通讯员李明 报道：近日，碧江区川硐街道一个安置小区里，楼栋长挨家挨户敲门，提醒居民检查燃气。",
        ])
        #expect(plain.first?.author == "张华、李明")
        let broken = try articles([
            "搬进新村 过上新日子", "", "本报讯（本报记者 王刚 见习", "记者 李雪）走进岢岚县宋家沟镇的", "易地搬迁新村，一排排院落整齐排列，",
            "议事会共议定事项176件。",
        ])
        #expect(broken.first?.author == "王刚、李雪")
    }

    /// "第3版 2025年11月18日 编辑 …": cleaning drops the space between the page and the date,
    /// and the line is still the page's running head, not a title; so is a head whose editors'
    /// fields follow the section's name and page ("基层治理 7 责任编辑：某某 版式设计：某某").
    @Test func aRunningHeadWhosePageRunsIntoItsDate() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.isPageFurniture("第3版2025年11月18日 编辑 赵一鸣 校对 陈晨"))
        #expect(!lexicon.isPageFurniture("第3版2025年度的工作计划已经下发"))
        // Its editors' fields after the section's name and page: any one of them ends the line.
        #expect(lexicon.isPageFurniture("基层治理7责任编辑：马兰 版式设计：周洁"))
        #expect(lexicon.isPageFurniture("要闻 责任编辑：马兰"))
        #expect(!lexicon.isPageFurniture("他曾任报社责任编辑，后来回村当了支书。"))
    }

    /// A title-first report whose last paragraph ends a character or two short of the column
    /// runs into the next report's body with nothing to show the break: the cut goes before the
    /// line, after a finished sentence, that names the next report's place.
    @Test func aCutBeforeTheLineNamingTheNextReportsPlace() throws {
        let found = try articles([
            "搬进新村 过上新日子", "", "本报记者 郝建军", "",
            "走进岢岚县宋家沟镇的易地搬迁新村，一排排", "院落整齐排列。镇里把扶贫车间作为就业的主",
            "阵地，搬迁群众人均可支配收入达到1.26万", "元，比搬迁前增长了2倍多，日子越过越好。",
            "清晨，托克扎克镇阿亚克村的巷道干干净净，", "村民用积分兑换生活用品。全镇23个村都建起",
            "了积分超市，累计兑换积分46.8万分。", "", "托克扎克镇“庭院积分”攒出新风尚", "", "本报记者 李娜", "",
            "疏附托克扎克",
        ])
        #expect(found.map(\.place.county) == ["岢岚县", "疏附县"])
        let units = found.map { $0.practices.flatMap(\.metrics).map(\.unit) }
        #expect(units == [["万元", "倍"], ["个", "万分"]])
    }

    /// "3日内" is a time limit in days, not a day of a month; "3成" a share; "今年前10个月" the
    /// months a year's figures are counted over, also opening a sentence ("前11个月").
    @Test func timeLimitsInDaysSharesInTenthsAndMonthsOfAYear() throws {
        let found = try articles([
            "说事室说出和美日子", "记者 张三",
            "近年来，某镇推行“说事室”议事制度，有异议的可在3日内提出复核，今年全镇信访量同比下降3成。",
            "今年前10个月，全镇接待游客38.6万人次，比去年同期多出2成以上，12月3日召开总结会。",
            "前11个月，全镇受理群众诉求126件，对逾期的提前2个月提醒。",
        ])
        let figures = found.flatMap(\.practices).flatMap(\.metrics).map { "\($0.value.description)\($0.unit)" }
        #expect(figures == ["3日", "3成", "38.6万人次", "2成", "126件", "2个月"])
    }

    /// Schemes named "…评议会" without quotes, and a scheme a body puts out ("推出“积分贷”").
    @Test func reviewCouncilsAndSchemesPutOut() throws {
        let found = try articles([
            "老规矩有了新用法", "记者 张三",
            "近年来，某镇各屯推选老党员、老教师组成乡风评议会，每季度评议1次。",
            "镇里还联合农商银行推出“积分贷”，积分高的农户可以享受更低的贷款利率。",
        ])
        #expect(found.first?.mechanisms.contains("乡风评议会") == true)
        #expect(found.first?.mechanisms.contains("积分贷") == true)
    }

    /// A numbered name right after a verb that introduces a scheme is one, quoted or not
    /// ("推行一约四会，", "落实四议两公开工作法"); a range of grades ("一星至五星") is none.
    @Test func numberedSchemesWithoutQuotes() throws {
        let found = try articles([
            "侗寨夜话话出好乡风", "记者 张三",
            "近年来，某镇各村通过夜话修订完善村规民约，推行一约四会，整治滥办酒席。",
            "村里重大事项严格落实四议两公开工作法，年底评选一星至五星农户120户。",
        ])
        let mechanisms = found.first?.mechanisms ?? []
        #expect(mechanisms.contains("一约四会"))
        #expect(mechanisms.contains("四议两公开"))
        #expect(!mechanisms.contains { $0.hasPrefix("一星") })
    }

    /// A short scored scheme right after such a verb is one without quotes ("推行护林积分，"); a
    /// longer run before "积分" is a clause ("通过劳动换积分"), and points given are no scheme.
    @Test func shortSchemesAfterAVerbWithoutQuotes() throws {
        let found = try articles([
            "火塘边议出好日子", "记者 张三",
            "近年来，某乡把议事会和护林员队伍结合起来，推行了护林积分，群众参与护林防火都能得到积分。",
            "群众通过劳动换积分，再用积分换取日用品，全乡实行积分，发放积分3万余分。",
        ])
        let mechanisms = found.first?.mechanisms ?? []
        #expect(mechanisms.contains("护林积分"))
        #expect(!mechanisms.contains { $0.hasSuffix("换积分") || $0 == "积分" })
    }

    /// Named points, rankings, loans and leagues: a quote ending "积分", "榜" or "贷" names a
    /// scheme whatever the verb before it, and so do unquoted bodies ending "联盟" or "联防队".
    @Test func pointsRankingsLoansAndLeaguesAreSchemes() throws {
        let found = try articles([
            "两镇联手守平安", "记者 张三",
            "近年来，两镇党委成立了毗邻党建联盟，组建省界联防队，每晚巡逻。",
            "镇里把议事情况纳入“和美积分”，与商户“红黑榜”结合，农户可申请“道德贷”。",
        ])
        let mechanisms = found.first?.mechanisms ?? []
        for name in ["毗邻党建联盟", "省界联防队", "和美积分", "红黑榜", "道德贷"] {
            #expect(mechanisms.contains(name), "\(name)")
        }
    }

    /// A quote that follows the place a title names, or opens the title, and that the text
    /// quotes again is the scheme the report features, whatever its ending; a quote further in
    /// the title, or one the text does not quote again, is none.
    @Test func theSchemeATitleFeatures() throws {
        let featured = try articles([
            "下营镇“长城管家”守护山乡", "记者 张三",
            "近年来，蓟州区下营镇在各村选聘了一批“长城管家”，他们既管长城又管村里的事。",
        ])
        #expect(featured.first?.mechanisms.contains("长城管家") == true)
        let metaphor = try articles([
            "某区下好绣花功夫 激活治理“毛细血管”", "记者 张三",
            "近年来，某区把工作做到村组，打通治理的“毛细血管”，群众有事就近办理。",
        ])
        #expect(metaphor.first?.mechanisms.contains("毛细血管") == false)
        let once = try articles([
            "石桥镇“梨园卫士”护好梨园", "记者 张三",
            "近年来，宁陵县石桥镇打破村界，按片区划分网格，每个网格配备网格员。",
        ])
        #expect(once.first?.mechanisms.contains("梨园卫士") == false)
    }

    /// A district name several cities share is read by the paper its running head names; a
    /// township several counties share, by the county a copy's source line names in full, though
    /// another county's short name stands in the text as two words' characters ("会同时").
    @Test func thePapersHeadAndACopysSourceTellAnAmbiguousPlace() throws {
        let page = try articles([
            "福州日报　2025年12月4日　星期四", "",
            "老街巷里的新“管家”", "本报记者 林晓", "",
            "近年来，鼓楼区东街街道在老旧小区推行楼道议事会，居民的事居民商量着办。", "",
            "今年以来，街道共召开楼道议事会126场，解决加装电梯、停车等问题89个。",
        ])
        #expect(page.first?.place.county == "鼓楼区")
        #expect(page.first?.place.township == "东街街道")
        #expect(page.first?.place.slug.hasPrefix("fuzhou") == true)
        let copy = try articles([
            "这个镇的独居老人有了“银龄网格”", "",
            "今年以来，马鞍镇推行“银龄网格”服务机制，把独居、空巢老人全部纳入网格重点关注对象，由网格员、村医和志愿者组成服务小组，定期上门探访。",
            "镇里还为高龄独居老人安装智能终端，老人遇到突发情况按下按钮，信息会同时推送给网格员和家属。目前已安装终端1520台。",
            "来源：仪陇县融媒体中心",
        ])
        #expect(copy.first?.place.county == "仪陇县")
        #expect(copy.first?.place.township == "马鞍镇")
    }

    /// A figure after "低于" or "不足" that qualifies a noun with "的" is a bar, not a count.
    @Test func aBarANounMustPassIsNoFigure() throws {
        let found = try articles([
            "诚信积分管住“失信户”", "记者 张三",
            "近年来，沭阳县扎下镇推行信用积分，积分低于60分的经营户将被列入提醒名单，全镇已有1260户参与。",
        ])
        #expect(found.flatMap(\.practices).flatMap(\.metrics).map(\.unit) == ["户"])
    }

    /// Lists named without quotes ("村级小微权力清单", four characters or more before 清单), a
    /// village compact ("“瑶寨乡约”"), a named mediator ("“椰乡调解员”"); a name is read back to a
    /// verb that files things ("梳理出", "写进"), not through it.
    @Test func listsCompactsAndMediatorsAreSchemes() throws {
        let found = try articles([
            "网格员揣着清单上门", "记者 张三",
            "近年来，桦南县土龙山镇推行村级小微权力清单，镇里梳理出村级事务清单，把规矩写进村规民约，议定后写入“瑶寨乡约”。",
            "镇里选聘“椰乡调解员”68名，列出大事清单，每名网格员都有问题清单。",
        ])
        let mechanisms = found.first?.mechanisms ?? []
        for name in ["村级小微权力清单", "村级事务清单", "村规民约", "瑶寨乡约", "椰乡调解员"] {
            #expect(mechanisms.contains(name), "\(name)")
        }
        #expect(!mechanisms.contains { $0.hasPrefix("出") || $0.hasPrefix("列") || $0.hasSuffix("问题清单") })
    }

    /// The same with a next report whose place line the page sets apart from its block (a page
    /// of batch 5 laid out at seed 74, Fixtures/composed-written-5/cut): the line names a place
    /// the first report's title and opening do not.
    @Test func aCutBeforeTheLineNamingAnotherPlace() throws {
        let page = try TestData.fixtureText("page-01.txt", in: "composed-written-5/cut")
        let found = try TestData.extract(page).articles
        let report = try #require(found.first { $0.title == "林海小镇的“联户”新事" })
        #expect(report.place.county == "巴宜区")
        #expect(report.practices.flatMap(\.metrics).map(\.unit).contains("万人次"))
        let above = try #require(found.first { $0.place.county == "阜平县" })
        #expect(!above.practices.flatMap(\.metrics).map(\.unit).contains("万人次"))
    }

    /// A byline that credits the photos too ("文/本报记者 才让卓玛 图/马成林") is no caption, and a
    /// name ending in a character that is a role by itself ("杨秀文") is a name.
    @Test func bylinesCreditingPhotosAndNamesEndingLikeARole() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.bylineNames("本报记者 龙思思 通讯员 杨秀文") == ["龙思思", "杨秀文"])
        #expect(CaptionFinder(lexicon: lexicon).creditLine("文/本报记者 才让卓玛 图/马成林") == nil)
        #expect(CaptionFinder(lexicon: lexicon).creditLine("牧民在草场上巡护。 图/马成林")?.photographer == "马成林")
        let found = try articles([
            "峨堡镇：生态积分 让牧民当上“护草人”", "文/本报记者 才让卓玛 图/马成林", "",
            "七月的祁连山草原牛羊成群，牧民们正忙着转场。在祁连县峨堡镇的一个牧业村，生态管护员每天巡护草场。", "",
            "峨堡镇地处祁连山国家公园腹地，全镇聘用生态管护员320名，每月评定生态积分。", "",
            "今年上半年，全镇牧民人均可支配收入同比增长8.6%。",
        ])
        #expect(found.map(\.title) == ["峨堡镇：生态积分 让牧民当上“护草人”"])
        #expect(found.first?.author == "才让卓玛、马成林")
    }

    /// An outlet credited in brackets as the only line under a title ("（某县融媒体中心供稿）")
    /// anchors the title block as a byline would, and names no author.
    @Test func anOutletsCreditAloneUnderATitle() throws {
        let page = [
            "“板凳会”议出村里大事", "", "本报记者 张三", "",
            "近年来，德江县推行“板凳会”议事，全县", "共召开板凳会1260场，议定事项3580件。", "",
            "晒坪上的议事桌", "（田东县融媒体中心供稿）", "",
            "每月10日晚上，林逢镇东养村的晒坪总会", "亮起灯，村民围坐议事。今年以来，全村", "议定事项46件。",
        ]
        let found = try articles(page)
        #expect(found.map(\.title) == ["“板凳会”议出村里大事", "晒坪上的议事桌"])
        #expect(found.map(\.author) == ["张三", nil])
        #expect(found.last?.place.county == "田东县")
    }

    /// A few persons a rule names for each unit are a quota; an average for each unit, or a
    /// number for each span of time, is a figure.
    @Test func quotasForEachUnitAreNoFigures() throws {
        let found = try articles([
            "议事员就在村民小组里", "记者 张三",
            "近年来，隆回县虎形山瑶族乡每个村民小组选出2名议事员，每个网格配备3名网格员。",
            "全乡平均每个村有5名以上乡贤，每年培训村干部300名。",
        ])
        #expect(found.flatMap(\.practices).flatMap(\.metrics).map(\.unit) == ["名", "名"])
    }

    /// A web copy's no-break spaces ("&nbsp;") between a byline's fields and a place's names.
    @Test func noBreakSpacesReadAsSpaces() throws {
        let found = try articles([
            "“板凳会”议出村里大事", "本报记者\u{A0}张三\u{A0}通讯员\u{A0}李四", "德江\u{A0}共和",
            "近年来，德江县共和镇推行“板凳会”议事，把议事桌搬到村民家门口，全镇共召开板凳会126场。",
            "“有事大家商量着办，心里就顺了。”说起板凳会，共和镇村民王五笑着说，村里修路的事就是在板凳会上定的。",
        ])
        #expect(found.map(\.author) == ["张三、李四"])
        #expect(found.first?.place.township == "共和镇")
    }

    /// Inner Mongolia's townships are 苏木; work is counted in 工日.
    @Test func sumuTownshipsAndWorkdays() throws {
        let found = try articles([
            "牧民议事会议出草原新规", "记者 其木格",
            "十月的草原已是一片金黄。在阿巴嘎旗那仁宝拉格苏木，十几位牧民围坐在一起商量冬季轮牧的事。",
            "今年以来，群众投工投劳1.6万个工日，修建围栏12公里。",
        ])
        #expect(found.first?.place.township == "那仁宝拉格苏木")
        #expect(found.flatMap(\.practices).flatMap(\.metrics).map(\.unit) == ["万个工日", "公里"])
    }
}
