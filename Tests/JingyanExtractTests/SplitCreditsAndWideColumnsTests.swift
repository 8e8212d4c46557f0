import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batch 27 and 28's pages and copies, written anew: credits after bars and split
/// bylines with full-width slashes on a web copy, tall title blocks in a narrow column, captions
/// credited in other words, a column wider than most, numbered schemes' parts, capital-numeral
/// headings.
@Suite struct SplitCreditsAndWideColumnsTests {
    /// A copy's split byline ("文／记者 某某　图／通讯员 某某"), a control behind an arrow ("▶ 听全文")
    /// and a comment count: the byline's persons, a clean title, no figure from the count.
    @Test func aSplitBylineOnACopy() throws {
        let found = try TestData.extract(lines: [
            "坪坝营镇的“院坝账本”算清了明白账", "恩施日报　2026-11-20 09:30", "▶ 听全文", "",
            "文／记者 田红梅　图／通讯员 向东", "",
            "咸丰县坪坝营镇地处鄂西山区，全镇推行“院坝账本”，把各村收支写上院坝墙，今年公开账目1260笔。", "",
            "群众说，账本挂在院坝里，心里就亮堂了。", "", "已有3条评论",
        ])
        #expect(TestData.summary(found) == ["坪坝营镇的“院坝账本”算清了明白账|田红梅、向东|咸丰县|坪坝营镇"])
        #expect(found.articles.first?.sections.flatMap(\.practices).flatMap(\.metrics).map(\.value.value) == [1260])
    }

    /// "出品｜…", "撰稿｜某某", "编辑｜某某" under a copy's title: the writer is its author, the
    /// other credits are the site's.
    @Test func creditsAfterBars() throws {
        let found = try TestData.extract(lines: [
            "山里的纠纷在“火塘边”化解", "来源：凉山日报　2026-11-21", "", "出品｜昭觉县融媒体中心", "撰稿｜吉克阿呷",
            "编辑｜曲比拉且", "", "昭觉县竹核乡推行“火塘调解”，全乡调处纠纷86起，调处成功81起。", "",
            "乡里组建“彝家调解队”，队员32名。",
        ])
        #expect(found.articles.map(\.title) == ["山里的纠纷在“火塘边”化解"])
        #expect(found.articles.first?.author == "吉克阿呷")
    }

    /// A narrow column's block after a body: a title over three lines, an outlet's name wrapped
    /// off the role under it and a byline over two more, then a place line (seven label lines).
    @Test func aTallBlockInANarrowColumn() throws {
        let found = try TestData.extract(lines: [
            "综合新闻　3", "2026年11月18日　星期三", "", "镇远县报京乡地处山区，侗寨分", "散，过去群众办事要跑很远的路。",
            "去年起，乡里推行“寨门议事”，", "今年议定事项236件，办结率", "达97.5%。", "", "报京乡", "“寨门议事”", "议出新气象",
            "黔东南日报天眼", "新闻记者 吴丽萍", "通讯员 杨秀", "镇远报京", "", "三穗县台烈镇推行“积分养老”，",
            "给每位老人建积分册，今年兑换", "积分1.2万分。", "", "台烈镇“积分养老”", "暖了老人心", "记者 龙海", "三穗台烈",
        ])
        #expect(
            TestData.summary(found) == [
                "报京乡“寨门议事”议出新气象|吴丽萍、杨秀|镇远县|报京乡", "台烈镇“积分养老”暖了老人心|龙海|三穗县|台烈镇",
            ])
    }

    /// The block's longest run of title lines is its title: a short label after a blank line
    /// is none of it.
    @Test func theLongestRunOfTitleLines() {
        let lines = [(4, "“三事分流”"), (5, "分出苗乡新秩序"), (7, "某某日报天眼")].map { number, text in
            TitleLine(line: TextLine(number: number, text: text), role: .title)
        }
        #expect(TitleBlockReading.titleRun(lines).map(\.line.text) == ["“三事分流”", "分出苗乡新秩序"])
    }

    /// Captions credited "某某 航拍", "（资料图）" under one sentence, and "图／记者 某某".
    @Test func captionsCreditedInOtherWords() throws {
        let found = try TestData.extract(lines: [
            "镇宁县江龙镇推行“网格夜访”，全镇划分网格46个，", "网格员每周夜访农户一次，今年走访农户8600余户。", "",
            "江龙镇“网格夜访”", "访出民心", "记者 王芳", "镇宁江龙", "", "江龙镇一处山村的夜景。", "通讯员 陈刚 航拍", "",
            "关岭县断桥镇推行“红白理事积分”，今年简办婚丧", "事宜132起，节省开支260万元。", "", "断桥镇积分管住", "大操大办",
            "记者 李兰", "关岭断桥", "", "断桥镇一个村的议事会现场。", "（资料图）", "",
            "紫云县猴场镇设立“矛盾调处中心”，今年调处纠纷", "75起，化解率98.7%。", "", "猴场镇纠纷就地化解", "记者 罗敏",
            "紫云猴场", "", "猴场镇矛盾调处中心里，调解员正在调解。", "图／记者 罗敏",
        ])
        #expect(found.articles.map(\.title) == ["江龙镇“网格夜访”访出民心", "断桥镇积分管住大操大办", "猴场镇纠纷就地化解"])
        #expect(found.captions.map { $0.photographer ?? "-" } == ["陈刚", "-", "罗敏"])
        #expect(found.captions.map(\.text).contains("断桥镇一个村的议事会现场。"))
    }

    /// "记者观察", "记者手记": a role run on to a word is no byline; "记者王雪" is one.
    @Test func aRoleRunOnToAWord() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.bylineNames("记者观察") == nil)
        #expect(lexicon.bylineNames("记者手记") == nil)
        #expect(lexicon.bylineNames("记者王雪") == ["王雪"])
        #expect(lexicon.bylineNames("撰稿｜吉克阿呷") == ["吉克阿呷"])
    }

    /// Lines of 33 characters that break inside sentences are a wide column, not a web copy's
    /// paragraphs; lines that end their sentences are.
    @Test func aColumnWiderThanMost() {
        let sentence = "镇里把村级事务梳理成清单，群众办事对照清单就知道该找谁、怎么办。"
        let text = String(repeating: sentence, count: 8)
        let column = stride(from: 0, to: text.count, by: 33).map { String(text.dropFirst($0).prefix(33)) }
        let lines = (["标题", ""] + column).enumerated().map { TextLine(number: $0.offset + 1, text: $0.element) }
        #expect(!PageSegmenter.isUnwrapped(lines) { _ in false })
        let copy = ["标题", "", String(repeating: sentence, count: 3), String(repeating: sentence, count: 2)]
        let copyLines = copy.enumerated().map { TextLine(number: $0.offset + 1, text: $0.element) }
        #expect(PageSegmenter.isUnwrapped(copyLines) { _ in false })
    }

    /// The parts of a numbered scheme quoted together are schemes; one quote of a list alone is
    /// not; a lead's quote with a scheme noun after it is one.
    @Test func numberedSchemesAndTheirParts() throws {
        let found = try TestData.extract(lines: [
            "柳树镇“两张清单”理顺村务", "", "记者 马兰", "",
            "永登县柳树镇今年把村级事务梳理成“两张清单”，逐村列出“服务清单”和“监督清单”，办结事项412件。", "",
            "建好“红袖标”队伍。镇里从老党员中选出巡逻员64名，今年发现隐患138处。", "",
            "用好议事平台。各村每月召开议事会，今年议定事项86件。",
        ])
        let schemes = found.articles.first?.mechanisms ?? []
        #expect(schemes.contains("服务清单") && schemes.contains("监督清单"))
        #expect(schemes.contains("红袖标"))
        #expect(!schemes.contains { $0.hasSuffix("召开议事会") })
        let finder = MechanismFinder(lexicon: try Lexicon.bundled())
        #expect(finder.partsOfNumbered(["三张清单"], text: "逐村开出后备力量“需求清单”。").isEmpty)
        #expect(finder.numberedNoun("三本账") == "账")
        #expect(finder.numberedNoun("红袖标") == nil)
    }

    /// "贰　积分超市" / "兑出文明新风" right over the text: one heading wrapped in a narrow column.
    @Test func capitalNumeralHeadings() throws {
        let found = try TestData.extract(lines: [
            "平川镇治理有了新抓手", "", "记者 赵云", "", "临泽县平川镇推行“积分评比”，", "今年评出文明户260户。", "",
            "壹　议事会", "管起大事小事", "镇里各村成立议事会，今年议定", "事项75件，办结71件，群众", "满意率98%。", "",
            "贰　积分超市", "兑出文明新风", "各村设积分超市，今年兑换积分", "2.6万分，参与农户3100", "户。",
        ])
        let headings = found.articles.first?.sections.compactMap(\.heading) ?? []
        #expect(headings == ["壹　议事会管起大事小事", "贰　积分超市兑出文明新风"])
    }
}
