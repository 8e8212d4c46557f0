import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms other papers print that the development pages do not show: a brief's closing credit cut
/// by a column break, autonomous divisions by their common names, a township named by the
/// county's short name, a caption whose date line runs into a place, headings in brackets or
/// asked as questions, a contributor credited by a station, honours given out.
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
}
