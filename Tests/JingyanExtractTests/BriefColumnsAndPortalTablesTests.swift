import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batches 73 to 75, written anew: a column of briefs whose titles run in before their
/// openings; a government portal's table of fields, each label over its value; a post's header
/// over a copy that has no blank line; a heading as wide as the column among bulleted ones; a
/// dotted name broken at a line's end; a title's first line that is no place; an official's
/// signature; accounts' names, topics and closing tags around a copy's title.
@Suite struct BriefColumnsAndPortalTablesTests {
    static let paragraphs = [
        "社区把议事会开到了小区广场，居民有事当场说、当场议，今年共开议事会36场，议定事项92件，化解纠纷21起。",
        "社区还推行“红色积分”，居民参与巡逻、清扫楼道都能攒积分，去年全社区兑换积分1.8万分，参与住户超过八成。",
        "“以前为了停车位能吵好几天，现在在广场上一说就通了。”居民刘大姐说。",
    ]

    /// A column of briefs, each title run in before "本报讯" on its opening's line, set off by
    /// spaces or by its brackets: each brief its own article, headed by its title.
    @Test func briefsWhoseTitlesRunIntoTheirOpenings() throws {
        let found = try TestData.extract(
            lines: [
                "基层快讯", "",
                "【黄田镇“夜话会”议定修桥事】本报讯（通", "讯员 罗小军）近日，思南县黄田镇召开",
                "“夜话会”，村民代表现场表决通过修", "桥方案，今年全镇已开夜话会52场。", "",
                "◆大河坝镇设立“调解小院” 本报讯", "（记者 吴晓燕）日前，思南县大河坝镇", "在8个村设立“调解小院”，已化解纠",
                "纷41起。", "",
                "亭子坝镇组建巡河队伍　本报讯 记者", "邓丽 近日，思南县亭子坝镇组建巡河", "队伍，吸收队员37名，今年已巡河", "260次。",
            ])
        #expect(
            TestData.summary(found) == [
                "黄田镇“夜话会”议定修桥事|罗小军|思南县|黄田镇", "大河坝镇设立“调解小院”|吴晓燕|思南县|大河坝镇",
                "亭子坝镇组建巡河队伍|邓丽|思南县|亭子坝镇",
            ])
    }

    /// A portal's fields copied one a line, each label alone over its value ("有效性：" / "有效"),
    /// and the title's field ("信息名称：……") over the title printed again: neither is the title.
    /// With no title printed again, the field's value is the title.
    @Test func aPortalsTableOfFields() throws {
        let table = [
            "某某县人民政府", "索引号：", "0000000000/2026-00018", "发布机构：", "某某县某某镇人民政府",
            "主题分类：", "城乡建设", "有效性：", "有效",
        ]
        let body = ["桃源社区位于凯里市大十字街道。"] + Self.paragraphs + ["【打印本页】　【关闭窗口】"]
        let repeated = try TestData.extract(
            lines: table + ["信息名称：广场上的“议事会”", "广场上的“议事会”", "发布时间：2026-05-30　来源：凯里市"] + body)
        #expect(TestData.summary(repeated) == ["广场上的“议事会”|-|凯里市|大十字街道"])
        let fieldOnly = try TestData.extract(lines: table + ["信息名称：广场上的“议事会”", "发布时间：2026-05-30"] + body)
        #expect(fieldOnly.articles.map(\.title) == ["广场上的“议事会”"])
    }

    /// A post's header ("原创 甲 乙 某某融媒", the account, the date) over a title, headings and
    /// paragraphs with no blank line between, and the post's comments under them: each paragraph
    /// a line, the title its own. The header's lines are no column's lines.
    @Test func aPostsHeaderOverACopyWithoutBlankLines() throws {
        let found = try TestData.extract(
            lines: [
                "原创 罗小军 吴晓燕 凯里融媒", "凯里融媒", "2026年05月28日 19:30 贵州", "广场上的“议事会”议出小区新气象",
                "大十字街道桃源社区地处凯里市老城区，楼院密集，住户分散。去年起，社区推动“议事会”进小区。",
                "一个广场一张桌", Self.paragraphs[0], "一份积分一份心", Self.paragraphs[1],
                "来源：凯里市融媒体中心", "编辑：张　悦", "阅读原文", "阅读 4312", "分享　在看　点赞　12", "留言", "写留言",
                "凯里老表　贵州", "社区干部辛苦了，为你们点赞！", "赞 26", "山里人家　贵州", "去年我家楼道的灯也是网格员帮着修的", "赞 9",
            ])
        #expect(found.articles.map(\.title) == ["广场上的“议事会”议出小区新气象"])
        #expect(found.articles.map(\.author) == ["罗小军、吴晓燕"])
    }

    /// A heading as wide as the column, opened by the bullet the page's other headings open with:
    /// a heading too.
    @Test func aBulletedHeadingAsWideAsTheColumn() throws {
        let found = try TestData.extract(
            lines: [
                "清晨7点，凯里市大十字街道的“楼长”", "王永福已经沿着楼道巡了一圈，哪家门", "口堆了杂物，他都一一记在本子上。", "",
                "◆一栋楼一名楼长", "街道把辖区46栋老楼逐一编号，从退休", "党员和热心居民中选出楼长46名，楼长", "每天至少巡查1遍，发现问题及时上报。", "",
                "◆一张积分卡兑出老楼院的新风气", "街道还推行“邻里守望”积分，居民参与", "楼道清扫、邻里帮扶都能攒积分，目前", "已有1600余名居民建立积分账户。", "",
                "◆楼道亮了，人心暖了", "去年以来，全街道共召开楼长会96场，", "解决楼道照明等问题318个，投诉同比", "下降24.5%。", "",
                "凯里 大十字", "", "老楼院有了“楼长”", "", "记者　罗小军",
            ])
        let headings = found.articles.first?.sections.compactMap(\.heading)
        #expect(headings == ["一栋楼一名楼长", "一张积分卡兑出老楼院的新风气", "楼道亮了，人心暖了"])
        let article = try #require(found.articles.first)
        #expect(LettersIndentsAndChromeTests.figures(article).contains(1))
    }

    /// "通讯员 阿依" / "古丽·买买提）": a dotted name broken at the line's end is one name.
    @Test func aDottedNameBrokenAtALinesEnd() throws {
        let found = try TestData.extract(
            lines: [
                "护边员兼起“网格活”", "",
                "本报喀什6月8日讯（记者　王　瑞　通讯员　阿依", "古丽·买买提　周　航）结束上午的巡边任务后，",
                "塔什库尔干塔吉克自治县提孜那甫乡护边员", "又走进牧民家中，登记群众反映的问题。今年", "以来，全乡护边员共登记群众诉求312件。",
            ])
        #expect(found.articles.map(\.author) == ["王瑞、阿依古丽·买买提、周航"])
    }

    /// A title's first line that opens with a county's short name and runs on in three characters
    /// that name no place ("青山老巷口"): the title's words, not a place line.
    @Test func aTitlesFirstLineThatIsNoPlace() throws {
        let found = try TestData.extract(
            lines: [
                "清晨7点，凯里市大十字街道的“楼长”", "王永福已经沿着楼道巡了一圈，今年以来", "共上报问题128件，办结率98.4%。", "",
                "凯里 大十字", "", "青山老巷口", "有了“楼长”当家", "", "记者　罗小军",
            ])
        #expect(TestData.summary(found) == ["青山老巷口有了“楼长”当家|罗小军|凯里市|大十字街道"])
    }

    /// "中共某某县委书记　某某" under an official's piece: the author, by the office.
    @Test func anOfficialsSignature() throws {
        let found = try TestData.extract(
            lines: [
                "织密“三级网格”　夯实基层治理根基", "",
                "　　天柱县地处黔东南，辖16个乡镇、316个行政村，是农业大县。近年来，全县织密“三级网格”，划分网格1260个。",
                "　　基层治理没有休止符。下一步，我们将持续深化网格化服务管理。", "中共天柱县委书记　吴立新",
            ])
        #expect(found.articles.map(\.author) == ["吴立新"])
    }

    /// An account's name over a copy's title ("某某发布", "某某频道"), a post's topic before it
    /// ("#话题# 【标题】") and a short tag in brackets closing it ("标题【某某镇】"): no word of the
    /// title; a township's tag is the copy's place.
    @Test func accountsTopicsAndClosingTagsAroundATitle() throws {
        let lines = ["来源：黔东南日报　作者：罗小军", "凯里市大十字街道桃源社区地处老城区。"] + Self.paragraphs
        for (head, title) in [
            (["凯里频道", "广场上的“议事会”"], "广场上的“议事会”"),
            (["#清廉凯里# 【广场上的“议事会”】"], "广场上的“议事会”"),
            (["广场上的“议事会”【大十字街道】"], "广场上的“议事会”"),
        ] {
            let found = try TestData.extract(lines: head + lines)
            #expect(TestData.summary(found) == ["\(title)|罗小军|凯里市|大十字街道"])
        }
    }

    /// A portal's table copied without its colons, each label bare over its value ("索引号" /
    /// "…", "作者" / "甲　乙", "标题" / the title printed again): the author's value is the byline.
    @Test func aPortalsTableWithoutColons() throws {
        let found = try TestData.extract(
            lines: [
                "凯里市人民政府", "索引号", "MB0000000/2026-00018", "发布机构", "凯里市大十字街道办事处", "作者", "罗小军　吴晓燕",
                "发布日期", "2026-06-25", "标题", "广场上的“议事会”", "有效性", "有效", "广场上的“议事会”",
                "来源：黔东南日报　发布时间：2026-06-25 10:40", "桃源社区位于凯里市大十字街道。",
            ] + Self.paragraphs)
        #expect(TestData.summary(found) == ["广场上的“议事会”|罗小军、吴晓燕|凯里市|大十字街道"])
    }

    /// A county app's copy: its name over an app prompt ("打开APP，阅读体验更佳") over the title,
    /// the account's card at its foot ("某某融媒" / "5.8万粉丝"); a post header naming only its
    /// authors ("原创 甲 乙"), the account on the next line.
    @Test func anAppsCopyAndAPostHeaderOfNamesAlone() throws {
        let app = try TestData.extract(
            lines: ["今日凯里", "打开APP，阅读体验更佳", "广场上的“议事会”", "凯里融媒", "关注", "2026-06-24 18:05　IP属地：贵州"]
                + ["桃源社区位于凯里市大十字街道。", "议事会：居民的事居民议", Self.paragraphs[0], "积分制：小事有人管"]
                + Self.paragraphs.dropFirst() + ["来源：凯里市融媒体中心", "举报/反馈", "凯里融媒", "5.8万粉丝", "关注"])
        #expect(TestData.summary(app) == ["广场上的“议事会”|-|凯里市|大十字街道"])
        #expect(app.articles.first?.sections.compactMap(\.heading) == ["议事会：居民的事居民议", "积分制：小事有人管"])
        let post = try TestData.extract(
            lines: ["广场上的“议事会”", "原创 罗小军 吴晓燕", "凯里发布", "2026年06月25日 19:30 贵州", "桃源社区位于凯里市大十字街道。"]
                + Self.paragraphs + ["阅读原文"])
        #expect(TestData.summary(post) == ["广场上的“议事会”|罗小军、吴晓燕|凯里市|大十字街道"])
    }

    /// "图为……。" between blank lines with no credit: a caption with no photographer, not the body's.
    @Test func anUncreditedCaptionOpenedByItsWords() throws {
        let found = try TestData.extract(
            lines: [
                "社区把议事会开到了小区广场，今年共", "开议事会36场，议定事项92件。", "",
                "图为桃源社区居民在议事会上商量楼道", "改造事宜。", "",
                "社区还推行“红色积分”，去年全社区", "兑换积分1.8万分。", "", "凯里 大十字", "", "广场上的“议事会”", "", "记者　罗小军",
            ])
        #expect(found.captions.map(\.text) == ["图为桃源社区居民在议事会上商量楼道改造事宜。"])
        #expect(found.captions.map(\.photographer) == [nil])
        #expect(found.articles.count == 1)
    }

    /// A county's name alone right over the title ("易县" / "标题"): the block's place line; the
    /// county and its township written out ("某县某镇" / "标题") open the title.
    @Test func aCountyAloneOverTheTitle() throws {
        let body = ["社区把议事会开到了小区广场，今年共开", "议事会36场，议定事项92件，化解纠纷", "21起。", ""]
        let county = try TestData.extract(lines: body + ["凯里市", "广场上的“议事会”", "记者 罗小军 通讯员 吴晓燕"])
        #expect(county.articles.map(\.title) == ["广场上的“议事会”"])
        let written = try TestData.extract(lines: body + ["凯里市大十字街道", "广场上的“议事会”", "记者 罗小军 通讯员 吴晓燕"])
        #expect(written.articles.map(\.title) == ["凯里市大十字街道广场上的“议事会”"])
    }

    /// A copy typed with half-width marks, its sentences ending in "." after Han or a quote
    /// ("……开始了一天."), under a site's English name: paragraphs, not one title over a body.
    @Test func aCopyTypedWithHalfWidthMarks() throws {
        let found = try TestData.extract(
            lines: [
                "KAILI NEWS - Voice of the Miao Hills", "首页 | 时政 | 民生", "广场上的\"议事会\"",
                "来源:黔东南日报 作者:罗小军 吴晓燕 时间:2026-03-27 09:16",
                "清晨,凯里市大十字街道桃源社区的广场上,居民们又围坐在了一起,商量楼道改造和停车位的事.",
                "社区把议事会开到了小区广场,居民有事当场说、当场议,今年共开议事会36场,议定事项92件,化解纠纷21起.",
                "\"以前为了停车位能吵好几天,现在在广场上一说就通了,大家心里都舒坦.\"居民刘大姐说.",
            ])
        #expect(TestData.summary(found) == ["广场上的\"议事会\"|罗小军、吴晓燕|凯里市|大十字街道"])
    }

    /// A full-width number broken at its point by a line's end ("９８．" / "６％"): one number.
    @Test func aFullWidthNumberBrokenAtItsPoint() throws {
        let found = try TestData.extract(
            lines: [
                "社区把议事会开到了小区广场，今年共开议事会", "３６场，化解纠纷２１起，调解成功率９８．", "６％。", "",
                "凯里 大十字", "", "广场上的“议事会”", "", "记者　罗小军",
            ])
        let article = try #require(found.articles.first)
        #expect(LettersIndentsAndChromeTests.figures(article) == [36, 21, 98.6])
    }

    /// A heading of two clauses wrapped after its first between blank lines at a narrow column
    /// ("小事不出院，" / "议事就在家门口"), its first line under half the column: one heading.
    @Test func aHeadingWrappedAfterItsFirstClause() throws {
        let found = try TestData.extract(
            lines: [
                "广场上的“议事会”", "", "记者　罗小军", "",
                "凯里市大十字街道桃源社区", "把议事搬到了居民家门口，", "一批烦心事找到了答案。", "",
                "小事不出院，", "议事就在家门口", "",
                "社区以楼院为单元设立议事", "点，每月至少议事1次，今", "年已议定事项92件，办结", "了86件。", "",
                "积分换来好风气", "社区推行“红色积分”，居民", "参与议事都能攒积分。",
            ])
        #expect(found.articles.first?.sections.compactMap(\.heading) == ["小事不出院，议事就在家门口", "积分换来好风气"])
    }
}
