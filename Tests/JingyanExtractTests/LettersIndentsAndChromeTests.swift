import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batches 51 and 52's pages and copies, written anew: a reader's letter signed by
/// where its writer lives, a block under a record's last field, a page whose paragraphs are told
/// only by their indent, a narrator's credit and a qualified role wrapped in a narrow column, a
/// head with its own subtitle over two reports, a pasted report under a post's lines or a page's
/// chrome, an editor's title field, a labelled place line, ratios and points rates.
@Suite struct LettersIndentsAndChromeTests {
    static func figures(_ article: Article) -> [Double] {
        article.sections.flatMap(\.practices).flatMap(\.metrics).map(\.value.value)
    }

    static let letter = [
        "读者来信", "", "“红黑榜”管出好村风", "", "编辑同志：", "", "我是店前镇汤池村的村民，想给报社写封信，说说", "村里这两年的变化。", "",
        "去年，村里评起了“红黑榜”，全村213户都建了", "档案，大家比着把院子收拾干净。", "岳西县店前镇汤池村村民　何玉兰", "2026年11月20日", "",
    ]

    /// A letter signed under its last paragraph by where its writer lives and her name: the
    /// signature is its byline, and a block under the record's last field (no sentence) is the
    /// next report's.
    @Test func aLetterSignedByItsWriterAndABlockUnderAField() throws {
        let found = try TestData.extract(
            lines: Self.letter + [
                "【走基层】", "跟着调解员跑一天", "本报记者　刘　洋", "", "镇原县屯字镇包庄村调解员马秀琴的一天，从早上", "8点开始，今年已调处纠纷46起。", "",
            ])
        #expect(found.articles.count == 2)
        let letter = try #require(found.articles.first)
        #expect(letter.title == "“红黑榜”管出好村风")
        #expect(letter.author == "何玉兰")
        #expect(letter.place.county == "岳西县")
        let report = try #require(found.articles.last)
        #expect(report.title == "跟着调解员跑一天")
        #expect(report.author == "刘洋")
        #expect(Self.figures(report) == [46])

        let record = try TestData.extract(
            lines: [
                "会议记录详情", "", "会议议程：一、学习报道；二、交流讨论", "", "跟着调解员跑一天", "本报记者　刘　洋", "",
                "镇原县屯字镇包庄村调解员马秀琴的一天，从早上8点开始，今年已调处纠纷46起。", "",
            ])
        #expect(record.articles.map(\.title) == ["跟着调解员跑一天"])
        #expect(record.articles.map(\.author) == ["刘洋"])
    }

    /// Paragraphs told only by their first line's indent, no blank line anywhere: each report
    /// is cut at its own title block.
    @Test func paragraphsToldByTheirIndent() throws {
        let found = try TestData.extract(
            lines: [
                "冯家镇“渔家议事”议出新规矩", "本报记者　孙　涛", "　　沾化区冯家镇沿海的几个渔村，过去为了滩涂", "养殖常起纠纷。镇里推行“渔家议事”，每月议事",
                "一次。", "　　今年以来，全镇共议定事项58件，化解纠纷", "31起。", "草沟镇：小积分换来大文明", "本报记者　周　敏",
                "　　泗县草沟镇推行“文明积分”，全镇1.2万户", "建起积分档案。", "　　积分可以在超市兑换日用品，村民参与热情", "很高。",
            ])
        #expect(found.articles.map(\.title) == ["冯家镇“渔家议事”议出新规矩", "草沟镇：小积分换来大文明"])
        #expect(found.articles.map(\.author) == ["孙涛", "周敏"])
        #expect(found.articles.map(\.place.township) == ["冯家镇", "草沟镇"])
        #expect(found.articles.map(Self.figures) == [[58, 31], [1.2]])
    }

    /// "口述 某某" with her post in brackets wrapped over two lines, and "整理 某某日报全媒体" over
    /// "记者 某某": both persons credited, and the title is the title alone.
    @Test func aNarratorsCreditWrappedInANarrowColumn() throws {
        let found = try TestData.extract(
            lines: [
                "我在山乡", "当“说和人”", "口述　李桂芳", "（武定县狮山镇", "某村调解员）", "整理　云南日报全媒体", "记者　张　伟", "",
                "我叫李桂芳，在狮山镇的村里当调解员已经九年了。", "这些年，我和几位老党员一起调解纠纷", "120多起，成功率在九成以上。", "",
            ])
        let article = try #require(found.articles.first)
        #expect(article.title == "我在山乡当“说和人”")
        #expect(article.author == "李桂芳、张伟")
        #expect(Self.figures(article) == [120])
    }

    /// A head with its own ——subtitle over a report's title: a banner over the page's reports,
    /// no words of the title under it.
    @Test func aBannerOverTheTitle() throws {
        let found = try TestData.extract(
            lines: [
                "小切口里的大治理", "——基层治理微创新观察", "", "甘沟驿镇：院坝里摆开", "“议事长桌”", "", "本报记者　王　芳", "",
                "今年以来，会宁县甘沟驿镇推行“议事长桌”，已在全镇", "摆桌议事96场。", "",
            ])
        #expect(found.articles.map(\.title) == ["甘沟驿镇：院坝里摆开“议事长桌”"])
    }

    /// A pasted report under a post's lines, or under a page's chrome between title and byline:
    /// the title is the report's, not the longest line above it.
    @Test func aPastedReportUnderAPostOrChrome() throws {
        let post = try TestData.extract(
            lines: [
                "朋友圈", "", "狮山镇司法所小李", "#基层调解# 我们村李大姐的故事上报纸了！大家都看看", "", "我在山乡当“说和人”",
                "口述　李桂芳（武定县狮山镇某村调解员）", "整理　云南日报全媒体记者　张伟", "",
                "我叫李桂芳，在村里当调解员已经九年了，调解纠纷120多起。", "",
            ])
        #expect(post.articles.map(\.title) == ["我在山乡当“说和人”"])
        #expect(post.articles.map(\.author) == ["李桂芳、张伟"])

        let chrome = try TestData.extract(
            lines: [
                "屯字镇推行“夜间议事”化解邻里纠纷", "", "本文转自：庆阳日报", "", "记者 马丽 通讯员 杨帆", "",
                "镇原县屯字镇推行“夜间议事”，今年共议事63场。", "",
            ])
        #expect(chrome.articles.map(\.title) == ["屯字镇推行“夜间议事”化解邻里纠纷"])
    }

    /// An editor's title field with its counter names the title; a labelled place line names
    /// the county, township and village.
    @Test func aTitleFieldAndALabelledPlaceLine() throws {
        let field = try TestData.extract(
            lines: [
                "微信公众平台", "", "标题：院坝里的“议事长桌”　　　　12/64", "作者：王芳　　　　4/8", "", "甘沟驿镇推行基层治理新办法",
                "本报记者　王　芳", "", "会宁县甘沟驿镇推行“议事长桌”，已摆桌议事96场。", "",
            ])
        #expect(field.articles.map(\.title) == ["院坝里的“议事长桌”"])

        let diary = try TestData.extract(
            lines: [
                "蹲点日记｜本报记者　马　丽", "12月8日　星期二　晴　-12℃", "走访地点：镇原县屯字镇包庄村", "包庄村的“冬季夜校”", "",
                "晚上7点，村委会的活动室里坐满了30多个村民。", "",
            ])
        let article = try #require(diary.articles.first)
        #expect(article.title == "包庄村的“冬季夜校”")
        #expect(article.author == "马丽")
        #expect(article.place.township == "屯字镇")
    }

    /// The terms of a ratio and a points rate are no metrics; the figures around them are.
    @Test func ratiosAndPointsRatesAreNoMetrics() throws {
        let found = try TestData.extract(
            lines: [
                "村里的“积分超市”", "本报记者　周　敏", "", "泗县草沟镇的积分超市里，1分顶1元钱。改造费用由村民和镇里按", "2∶1分担，全镇已有86户兑换了商品。", "",
            ])
        let article = try #require(found.articles.first)
        #expect(Self.figures(article) == [86])
    }
}
