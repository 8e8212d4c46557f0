import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batches 58 and 59, written anew: a commentary under its box label, signed at its
/// end; a brief's closing credit wrapped inside an outlet's qualified role; persons credited by
/// their units; a feed reader's and a kiosk's chrome.
@Suite struct CommentariesAndUnitCreditsTests {
    static let figures = LettersIndentsAndChromeTests.figures

    /// "短评" / its title / text / "本报评论员 某某" between two reports on a narrow page: the
    /// commentary is a piece of its own, its signature not the report's above, and the report
    /// under it has no byline.
    @Test func aCommentaryUnderItsLabelSignedAtItsEnd() throws {
        let found = try TestData.extract(
            lines: [
                "茶山上的", "“议事亭”", "", "　　本报蕉岭1月6日电（记者", "　林　涛）广福镇在茶山上建起", "议事亭9座，今年议定事项", "47件。", "",
                "短评", "亭子虽小　连着民心", "", "　　一座亭子、几条长凳，群众", "有事就能坐下来说。议事亭建", "得好，更要用得好。",
                "　　让群众说事，难的不是建", "亭子，而是件件有回音。", "　　　　本报评论员　钟　声", "", "老祠堂里的“和事会”", "",
                "　　长潭镇的老祠堂里，和事会", "今年调处纠纷36起。", "",
            ])
        #expect(found.articles.map(\.title) == ["茶山上的“议事亭”", "亭子虽小　连着民心", "老祠堂里的“和事会”"])
        #expect(found.articles.map(\.author) == ["林涛", "钟声", nil])
        #expect(found.articles.map(Self.figures) == [[9, 47], [], [36]])
    }

    /// A brief's credit in brackets wrapped inside an outlet's qualified role ("（某某日报全" /
    /// "媒体记者 某某）"), its title block under it: the credit is the brief's byline.
    @Test func aClosingCreditWrappedInsideItsRole() throws {
        let found = try TestData.extract(
            lines: [
                "本报讯　蕉岭县广福镇在茶山上建起议事亭9座，", "今年议定事项47件。（梅州日报全", "媒体记者 林涛）", "",
                "茶山上的“议事亭”", "", "本报讯　大埔县百侯镇组建调解队12支，", "今年化解纠纷83起。（记者 何静）", "",
                "百侯镇的“调解队”", "",
            ])
        #expect(found.articles.map(\.title) == ["茶山上的“议事亭”", "百侯镇的“调解队”"])
        #expect(found.articles.map(\.author) == ["林涛", "何静"])
    }

    /// Persons credited by their units rather than roles; and a writer's and a photographer's
    /// labelled credits, of which the writer is the author.
    @Test func personsCreditedByTheirUnits() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.bylineNames("蕉岭县融媒体中心　林　涛　广福镇党委　何　静") == ["林涛", "何静"])
        #expect(lexicon.bylineNames("撰文：林涛　摄影：何静") == ["林涛"])
        #expect(lexicon.bylineNames("文丨林涛　何静") == ["林涛", "何静"])
    }

    /// A report signed at its end on a line of its own, a blank line under its text, right over
    /// the next report's title and byline: each report keeps its own byline.
    @Test func aSignatureOverTheNextReportsTitleAndByline() throws {
        let found = try TestData.extract(
            lines: [
                "街巷里的“议事角”", "", "　　梅江区金山街道在各社区设议事角16个，今", "年议定事项53件。", "",
                "　　　　本报记者　林　涛　通讯员　何　静", "", "柚园里的“夜话会”", "本报记者　钟　声", "",
                "　　大埔县百侯镇开夜话会41场，化解纠纷27起。", "",
            ])
        #expect(found.articles.map(\.author) == ["林涛、何静", "钟声"])
        #expect(found.articles.map(Self.figures) == [[16, 53], [41, 27]])
    }

    /// A feed reader's feeds and counts, an item's list with dates and tools, and a reading
    /// kiosk's screen marks through a brief: one report, read whole.
    @Test func aFeedReaderAndAKiosk() throws {
        let feed = try TestData.extract(
            lines: [
                "全部文章 (126)", "　梅州日报 (18)", "未读 12", "", "梅州日报", "●　茶山上的“议事亭”　　　1月6日",
                "○　大埔县：柚园里的“夜话会”　　1月5日", "", "茶山上的“议事亭”", "梅州日报　｜　2027-01-06 07:30", "在新标签页中打开原文 ↗", "",
                "蕉岭县广福镇在茶山上建起议事亭9座，今年议定事项47件。", "", "☆ 加星标　　✓ 标为已读　　↗ 分享",
            ])
        #expect(feed.articles.map(\.title) == ["茶山上的“议事亭”"])
        let kiosk = try TestData.extract(
            lines: [
                "茶山上的“议事亭”", "", "　　本报讯　蕉岭县广福镇在茶山上建起议事亭9座，群众有事就能坐下来说，",
                "【上一屏】　第1屏／共2屏　【下一屏】", "今年议定事项47件，办结45件。（林　涛　　何　静）", "【上一屏】　第2屏／共2屏",
                "触摸屏幕查看更多",
            ])
        #expect(kiosk.articles.map(\.author) == ["林涛、何静"])
        #expect(kiosk.articles.map(Self.figures) == [[9, 47, 45]])
    }
}
