import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batches 55–57's pages and copies, written anew in other places and words: a report
/// jumping on to a later page of the same file; a report's opening above a title set mid-column
/// under a bulleted running head; print credits padded around one-character roles; a credit in
/// lenticular brackets over the next report's kicker; a prefecture with a township of one of its
/// counties; single-quoted schemes; an interview's fields; outlets joined by a hyphen.
@Suite struct JumpsCreditsAndPrefecturesTests {
    static let figures = LettersIndentsAndChromeTests.figures

    /// "……（下转第7版）", the page's foot and the next page's head, then "标题（上接第6版）": two
    /// pages in one file, the report read whole, not its end as a report of its own.
    @Test func aReportJumpingOnToALaterPageOfTheSameFile() throws {
        let found = try TestData.extract(
            lines: [
                "祠堂里的“板凳会”", "本报记者　鲁　平", "", "　　巫溪县宁厂镇的老祠堂里，二十多位村民围坐", "商量修路的事。全镇今年共开板凳会136场，",
                "议定事项52件。（下转第7版）", "", "本版编辑：秦　岭", "", "2027年1月8日　星期五　乡村振兴　7", "",
                "祠堂里的“板凳会”（上接第6版）", "", "　　镇里还把办结的事项张榜公布，已办结48件，", "群众满意率达到97.5%。", "",
            ])
        #expect(found.articles.map(\.title) == ["祠堂里的“板凳会”"])
        #expect(found.articles.map(Self.figures) == [[136, 52, 48, 97.5]])
    }

    /// A report's first paragraphs at the top of a narrow page under a running head set between
    /// bullets, its title block below them mid-column, then another report: the paragraphs above
    /// are the first report's lede, since they and its body name the same township.
    @Test func openingParagraphsAboveATitleSetMidColumn() throws {
        let found = try TestData.extract(
            lines: [
                "◆ 基层·治理 ◆", "", "　　清晨，宁陕县皇冠镇朝阳村的", "茶园里，几位村民正围着议事桌", "商量今年的采茶分工。",
                "　　皇冠镇有茶园2.3万亩，茶农", "1800户。", "", "茶园里的", "“议事桌”", "本报记者　方　明", "",
                "　　2025年起，皇冠镇在各村设", "立“茶园议事桌”，共化解纠纷", "65起。", "", "竹林深处的“调解亭”", "本报记者　魏　东", "",
                "　　走进镇安县木王镇，竹林里", "的调解亭已建起12个，今年化", "解纠纷88起。", "",
            ])
        #expect(found.articles.map(\.title) == ["茶园里的“议事桌”", "竹林深处的“调解亭”"])
        #expect(found.articles.first?.lede.hasPrefix("清晨，宁陕县皇冠镇") == true)
        #expect(found.articles.map(Self.figures) == [[2.3, 1800, 65], [12, 88]])
    }

    /// "文　某　某　　图　某　某", "某某　文／通讯员　某　某　图": one-character roles padded like a
    /// name's parts stay roles; "本报特约记者某某 见习记者某某": qualified roles run on to names.
    @Test func creditsPaddedAroundOneCharacterRoles() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.bylineNames("文　齐　鸣　　图　郑　好") == ["齐鸣", "郑好"])
        #expect(lexicon.bylineNames("本报记者　赵一鸣　文／通讯员　孙　悦　图") == ["赵一鸣", "孙悦"])
        #expect(lexicon.bylineNames("本报特约记者周立新 见习记者吴佳 实习生郑好") == ["周立新", "吴佳", "郑好"])
        #expect(lexicon.bylineNames("新四川-四川日报记者　何　静　通讯员　孙　磊") == ["何静", "孙磊"])
        #expect(lexicon.bylineNames("本报记者　文　静") == ["文静"])
    }

    /// A report signed "【记者 某某 通讯员 某某】" under its last paragraph, the next report's
    /// kicker, title and byline right under it: each report keeps its own byline.
    @Test func aBracketedCreditOverTheNextReportsKicker() throws {
        let found = try TestData.extract(
            lines: [
                "渔港里的“说事船”", "", "　　石浦镇渔港里停着一条“说事船”，渔民有事上", "船说，今年已调处纠纷41起。", "",
                "　　渔民们说：“船上说事，说完就散。”", "【记者　陈　默　通讯员　林晓燕】", "春耕时节", "田埂上的“议事角”",
                "——沭阳县胡集镇推进协商议事见闻", "本报记者　徐　亮", "", "　　胡集镇在田间设议事角26个，议定事项73件。", "",
            ])
        #expect(found.articles.map(\.author) == ["陈默、林晓燕", "徐亮"])
        #expect(found.articles.map(Self.figures) == [[41], [26, 73]])
    }

    /// "遵义市茅台镇": a prefecture and a township of one of its counties name that county; and a
    /// county's township of one character ("寿光市侯镇") is its township.
    @Test func aPrefectureWithATownshipOfItsCounty() throws {
        let found = try TestData.extract(
            lines: [
                "酒镇里的“和事堂”", "", "本报记者　罗　毅", "", "遵义市茅台镇的酒坊街上，“和事堂”每周开门议事，",
                "今年调处纠纷57起。", "", "海边菜园的“说理会”", "", "本报记者　郭　强", "",
                "寿光市侯镇的蔬菜大棚里，“说理会”今年议定事项39件，", "群众满意率达到96%。", "",
            ])
        #expect(found.articles.map(\.place.county) == ["仁怀市", "寿光市"])
        #expect(found.articles.map(\.place.township) == ["茅台镇", "侯镇"])
    }

    /// A scheme in single quotes outside any double quote is named; a nickname in single quotes
    /// inside a speaker's words is not. An interview's fields under its title are no title: the
    /// person interviewed is dropped, the interviewer is the byline.
    @Test func singleQuotedSchemesAndAnInterviewsFields() throws {
        let found = try TestData.extract(
            lines: [
                "对话·乡镇书记", "把调解桌摆到茶山上", "■受访者：郑国平（安溪县感德镇党委书记）", "■采访者：本报记者　黄　蕾", "",
                "记者：感德镇的做法是什么？", "", "郑国平：我们推行‘一山一议一公示’，今年议定事项64件。", "",
                "茶农说：“有了‘茶山老娘舅’，心里踏实。”", "",
            ])
        let article = try #require(found.articles.first)
        #expect(found.articles.count == 1)
        #expect(article.title == "把调解桌摆到茶山上")
        #expect(article.author == "黄蕾")
        let mechanisms = article.sections.flatMap(\.practices).flatMap(\.mechanisms) + article.mechanisms
        #expect(mechanisms.contains("一山一议一公示"))
        #expect(!mechanisms.contains("茶山老娘舅"))
    }
}
