import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batches 43 and 44's pages and copies, written anew: a report leaving the page
/// mid-sentence before a title-first one, an unsigned box between two reports, a dateline line
/// crediting the report, marks after a byline's names, a banner known by its wing's
/// abbreviation, a place line and its byline on one line, a township under its former suffix,
/// 多 inside a unit, and straight quotes from a badly mapped font.
@Suite struct JumpsBoxesAndBannersTests {
    static func figures(_ article: Article) -> [String] {
        article.sections.flatMap(\.practices).flatMap(\.metrics).map { "\($0.value)\($0.unit)" }
    }

    /// "……占到了58%，" / "（下转第6版）": the report ends there, so the four-deck block after it
    /// (kicker, a main title over two lines, a subtitle) and a byline set as a role line over a
    /// names line head the next report.
    @Test func aTitleFirstReportAfterOneThatLeavesThePage() throws {
        let found = try TestData.extract(lines: [
            "民主议事进农家", "北岗乡：“四议两公开”", "议出和美新村风", "——绥滨县北岗乡基层协商见闻　黑龙江日报记者 刘洋", "",
            "冬日的北岗乡，村部里热气腾腾。村民", "们围坐一圈，商量村里的事。", "",
            "绥滨县北岗乡辖12个行政村，总人口3.", "2万人。今年全乡议定事项186件，其", "中群众提议的占到了61%，", "（下转第6版）", "",
            "小驿站办成大服务", "乐业镇：“老娘舅”调解室", "把纠纷化解在炕头", "——同江市乐业镇基层治理纪实", "",
            "黑龙江日报记者", "孙立新　赵雪", "",
            "乐业镇各村成立了调解室，请老党员当调", "解员。目前全镇共有调解员86名。", "", "今年全镇调解纠纷312起。", "",
        ])
        #expect(found.articles.count == 2)
        let second = try #require(found.articles.last)
        #expect(second.title.contains("乐业镇：“老娘舅”调解室把纠纷化解在炕头"))
        #expect(second.author == "孙立新、赵雪")
        #expect(Self.figures(second) == ["86名", "312起"])
        #expect(found.articles.first.map(Self.figures) == ["12个", "3.2万人", "186件", "61%"])
    }

    /// The same page with both reports in one county: the second block names a township of it
    /// (in its subtitle, or in its kicker under a place line of the county alone), and the text
    /// after it names that township, so it heads that text rather than closing the one above.
    @Test(arguments: [
        ["——绥滨县忠仁镇基层治理纪实"],
        ["——基层治理纪实", "", "绥滨"],
    ])
    func aTitleFirstReportOfTheSameCounty(blockEnd: [String]) throws {
        let found = try TestData.extract(
            lines: [
                "民主议事进农家", "北岗乡：“四议两公开”", "议出和美新村风", "——绥滨县北岗乡基层协商见闻　黑龙江日报记者 刘洋", "",
                "冬日的北岗乡，村部里热气腾腾。村民", "们围坐一圈，商量村里的事。", "",
                "绥滨县北岗乡辖12个行政村，总人口3.", "2万人。今年全乡议定事项186件，其", "中群众提议的占到了61%，", "（下转第6版）", "",
                "小驿站办成大服务", "忠仁镇：“老娘舅”调解室", "把纠纷化解在炕头",
            ] + blockEnd + [
                "", "黑龙江日报记者", "孙立新　赵雪", "",
                "忠仁镇各村成立了调解室，请老党员当调", "解员。目前全镇共有调解员86名。", "", "今年全镇调解纠纷312起。", "",
            ])
        #expect(found.articles.count == 2)
        let second = try #require(found.articles.last)
        #expect(second.title.contains("忠仁镇：“老娘舅”调解室把纠纷化解在炕头"))
        #expect(second.author == "孙立新、赵雪")
        #expect(second.place.township == "忠仁镇")
        #expect(Self.figures(second) == ["86名", "312起"])
        #expect(found.articles.first.map(Self.figures) == ["12个", "3.2万人", "186件", "61%"])
    }

    /// "短评" over a blank line, its own title and one paragraph: a box of the page's, no part of
    /// the report above or below it.
    @Test func anUnsignedCommentaryBetweenTwoReports() throws {
        let found = try TestData.extract(lines: [
            "绥滨县绥东镇辖9个村，今年调解纠纷", "128起。", "", "绥东镇“炕头会”化解邻里事", "绥滨绥东", "",
            "短评", "", "把议事桌搬到群众身边", "",
            "一张炕桌、一壶热茶，干部和群众面对", "面。治理的根在基层，道理相通。", "",
            "同江市乐业镇辖11个村。今年全镇", "开展议事活动96场。", "", "乐业镇“江边议事”议出新风", "同江乐业",
        ])
        #expect(found.articles.count == 2)
        let texts = found.articles.flatMap(\.sections).flatMap(\.practices).map(\.text).joined()
        #expect(!texts.contains("炕桌"))
        #expect(found.articles.allSatisfy { $0.sections.compactMap(\.heading).isEmpty })
    }

    /// "本报某县12月29日讯　记者 甲 通讯员 乙" as a line of its own over the text: the credit.
    @Test func aDatelineLineCreditsTheReport() throws {
        let found = try TestData.extract(lines: [
            "本报绥滨12月29日讯　记者 刘洋 通讯员 陈晓", "",
            "入冬以后，绥滨县富强乡的村民搬着板凳", "凑到村部开会。今年全乡开会216场。", "",
            "富强乡“板凳会”坐出邻里和气", "绥滨富强",
        ])
        #expect(found.articles.first?.author == "刘洋、陈晓")
    }

    /// What the names did, after them ("文/摄"), and where they were filed from ("发自某地").
    @Test func marksAfterABylinesNames() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.bylineNames("本报记者 刘洋 文/摄　通讯员 陈晓") == ["刘洋", "陈晓"])
        #expect(lexicon.bylineNames("本报记者 刘洋 文并摄") == ["刘洋"])
        #expect(lexicon.bylineNames("本报特派记者 刘洋 发自绥滨") == ["刘洋"])
    }

    /// "察右后旗": 察哈尔右翼后旗 by the first character, the wing's side and what follows it.
    @Test func aBannerByItsWingsAbbreviation() throws {
        let found = try TestData.extract(lines: [
            "乌兰察布市察哈尔右翼后旗白音察干镇辖", "14个村。今年全镇开展夜话活动88场。", "",
            "白音察干镇：“奶茶夜话”聊出好风气", "本报记者 王敏", "察右后旗",
        ])
        let article = try #require(found.articles.first)
        #expect(article.place.county == "察哈尔右翼后旗")
        #expect(article.author == "王敏")
    }

    /// "某县某镇　某某日报记者 甲 通讯员 乙": the place line with the byline after it.
    @Test func aPlaceLineAndItsBylineOnOneLine() throws {
        let found = try TestData.extract(lines: [
            "绥滨县新富乡辖7个村，今年全乡", "调处纠纷52起。", "",
            "新富乡“冬闲议事会”议出新风", "绥滨县新富乡　黑龙江日报记者 孙立新 通讯员 赵雪",
        ])
        let article = try #require(found.articles.first)
        #expect(article.title == "新富乡“冬闲议事会”议出新风")
        #expect(article.author == "孙立新、赵雪")
        #expect(article.place.township == "新富乡")
    }

    /// "绥滨县忠仁乡" where the gazetteer holds 忠仁镇: the township as the text prints it.
    @Test func aTownshipUnderItsFormerSuffix() throws {
        let found = try TestData.extract(lines: [
            "“炕头议事”议出和美家园", "", "本报记者 刘洋", "",
            "绥滨县忠仁乡位于松花江北岸，全乡辖8个行政村，今年议事126场。", "",
        ])
        let article = try #require(found.articles.first)
        #expect(article.place.county == "绥滨县")
        #expect(article.place.township == "忠仁乡")
    }

    /// A lede naming another county's townships first ("同江市的金川乡"), and the title's
    /// township after its own county and "的" ("绥滨县的北岗乡"): that county.
    @Test func theTitlesTownshipAfterItsCountyAndOf() throws {
        let found = try TestData.extract(lines: [
            "北岗乡：“江畔说理堂”唱出和谐曲", "", "本报记者 刘洋", "",
            "松花江边有两个渔业乡：同江市的金川乡，以及绥滨县的北岗乡。北岗乡辖6个村，今年调解纠纷26起。", "",
        ])
        #expect(found.articles.first?.place.county == "绥滨县")
    }

    /// "3个多月": 多 between the measure word and the rest of its unit; "60万尾" of fry.
    @Test func moreInsideAUnitAndFishByTheTail() throws {
        let found = try TestData.extract(lines: [
            "“江畔说理堂”唱出和谐曲", "", "本报记者 刘洋", "",
            "绥滨县北岗乡调解队用了3个多月走遍各村，今年投放鱼苗60万尾。", "",
        ])
        let metrics = found.articles.flatMap(\.sections).flatMap(\.practices).flatMap(\.metrics)
        #expect(metrics.map { "\($0.value)\($0.unit)" } == ["3个月", "60万尾"])
        #expect(metrics.first?.approx == true)
    }

    /// '开起了"板凳会"': straight quotes in a paragraph with no curly ones are read as a pair.
    @Test func straightQuotesFromABadlyMappedFont() throws {
        #expect(StraightQuotes.paired("开起了\"板凳会\"，还有\"夜话\"。") == "开起了“板凳会”，还有“夜话”。")
        #expect(StraightQuotes.paired("一个\"不成对") == "一个\"不成对")
        #expect(StraightQuotes.paired("“已有”和\"混用\"") == "“已有”和\"混用\"")
        let found = try TestData.extract(lines: [
            "“板凳会”坐出邻里和气", "", "本报记者 刘洋", "",
            "绥滨县富强乡推行\"板凳会\"，今年全乡共召开\"板凳会\"216场。", "",
        ])
        let names = found.articles.flatMap(\.sections).flatMap(\.practices).flatMap(\.mechanisms)
        #expect(names.contains("板凳会"))
    }

    /// "06／民生·基层": the page's number and its column's name parted by a slash.
    @Test func aPageNumberAndColumnPartedByASlash() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.isPageFurniture("06／民生·基层"))
        #expect(lexicon.isPageFurniture("基层治理 | 7"))
        #expect(!lexicon.isPageFurniture("3/4的村民参加了议事会。"))
    }
}
