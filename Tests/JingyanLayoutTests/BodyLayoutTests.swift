import Testing

@testable import JingyanLayout

@Suite struct TypographyTests {
    @Test func removesSpacesBetweenDigitsAndHan() {
        #expect(Typography.cleaned(" 明确选人 5项资格条件") == "明确选人5项资格条件")
        #expect(Typography.cleaned("2024 年，培训 38 人次。") == "2024年，培训38人次。")
        #expect(Typography.cleaned("田林 摄") == "田林 摄")
        #expect(Typography.cleaned("２０２４ 年，培训３８人次，ＡＰＰ，％") == "2024年，培训38人次，APP，％")
        // A full-width number's point and separator; its unit and a comma after it in a sentence stay.
        #expect(Typography.cleaned("满意度达９８．５％，化解２，１００起，共３，５个") == "满意度达98.5％，化解2,100起，共3，5个")
        #expect(Typography.cleaned("培训３８，人次．％") == "培训38，人次．％")
    }

    /// A copy's no-break and typographic spaces read as spaces; zero-width ones as nothing.
    @Test func typographicSpacesAsSpaces() {
        #expect(Typography.cleaned("本报记者\u{A0}张三\u{2003}通讯员\u{A0}李四") == "本报记者 张三 通讯员 李四")
        #expect(Typography.cleaned("网格\u{200B}员\u{A0}\u{A0}\u{3000}") == "网格员")
        #expect(Typography.cleaned("基层 ■　责编") == "基层 ■　责编")
    }

    @Test func sentenceEndsAllowClosingQuotes() {
        #expect(Typography.endsSentence("他说：“好。”"))
        #expect(!Typography.endsSentence("“苗圃”"))
    }

    @Test func scalarCountsMatchTheScalarView() {
        let texts = ["", "a", "某县", "２０２４年，培训38人次。", "e\u{301}𠀀😀 abc", String(repeating: "村a𠀀é", count: 9)]
        for text in texts {
            #expect(Typography.scalarCount(of: text) == text.unicodeScalars.count, "\(text)")
            #expect(Typography.scalarCount(of: text.dropFirst()) == text.dropFirst().unicodeScalars.count, "\(text)")
        }
    }

    @Test func decodesScalarsOfEveryLength() {
        var text = "a é 村 𠀀 😀 ，"
        let decoded = text.withUTF8 { bytes in
            var scalars: [Unicode.Scalar] = []
            var index = 0
            while index < bytes.count {
                let (scalar, length) = Typography.scalar(in: bytes, at: index)
                scalars.append(scalar)
                index += length
            }
            return scalars
        }
        #expect(decoded == Array(text.unicodeScalars))
    }
}

@Suite struct BodyLayoutTests {
    func lines(_ text: String) -> [TextLine] { PageText(file: "t.txt", text: text).lines }

    @Test func joinsLinesAndSpuriousBlankLines() {
        let body = lines(
            """
            这是一段测试文字，用来检查排版恢复是否
            正确地把被打断的行重新连接起来，而且

            不会因为空行而把句子拆开。
            """)
        let layout = BodyLayout(lines: body)
        #expect(layout.paragraphs.map(\.text) == ["这是一段测试文字，用来检查排版恢复是否正确地把被打断的行重新连接起来，而且不会因为空行而把句子拆开。"])
        #expect(layout.paragraphs.first?.lines == 1...4)
    }

    /// Parallel headings that differ in their last clause ("从“…”到“…”，…"): the short one is a
    /// heading beside the wide one, whose first clause has its length and marks.
    @Test func parallelHeadingsOfDifferentLengths() {
        let body = lines(
            """
            导语写满了整整一行文字，讲的是村里的新鲜
            变化，大家都说日子越过越好了。
            从“搬得出”到“稳得住”，搬迁群众有了自己的议事会
            搬迁群众来自不同的村子，生活习惯各不相同
            ，镇里在新村成立了议事会，每月开会一次，
            议定事项一百多件。
            从“住下来”到“富起来”，两手抓牢
            镇里把扶贫车间作为就业的主阵地，让群众在
            家门口上班，家家户户都有了稳定的收入来源
            ，日子一天比一天红火。
            """)
        let headings = BodyLayout(lines: body).paragraphs.filter { $0.kind == .heading }.map(\.text)
        #expect(headings == ["从“搬得出”到“稳得住”，搬迁群众有了自己的议事会", "从“住下来”到“富起来”，两手抓牢"])
    }

    /// The same when the short one wraps onto a second line and the other fills the column: one
    /// confirmed sibling that opens with the same quotes and clause is enough.
    @Test func aColumnWideHeadingBesideOneWrappedSibling() {
        let body = lines(
            """
            导语写满了整整一行文字，讲的是村里的新
            变化，大家都说日子越过越好了。

            从“搬得出”到“稳得住”，群众有了自
            己的议事会

            搬迁群众来自不同的村子，生活习惯各不相
            同，镇里在新村成立了议事会，每月开会一
            次，议定事项一百多件。

            从“住下来”到“富起来”，就业两手抓牢
            镇里把扶贫车间作为就业的主阵地，让群众
            在家门口上班，家家户户都有了稳定收入。
            """)
        let headings = BodyLayout(lines: body).paragraphs.filter { $0.kind == .heading }.map(\.text)
        #expect(headings == ["从“搬得出”到“稳得住”，群众有了自己的议事会", "从“住下来”到“富起来”，就业两手抓牢"])
    }

    /// Headings as wide as the column, each after a paragraph's short last line with no blank
    /// line between, are headings among parallel siblings, as they are after a blank line.
    @Test func findsColumnWideHeadingsAfterAShortLastLine() {
        let body = lines(
            """
            导语第一行写满了整整一行的文字内
            导语结束了。

            精准识别，聚焦需求“选好苗”
            正文写满了整整一行的文字内容，
            直到句子结束为止。
            精心滴灌，实践历练“育好苗”
            另一段正文同样写满了一行文字，
            直到句子结束为止。
            精细呵护，宽严并济“管好苗”
            第三段正文同样写满了一行文字，
            直到句子结束为止。
            """)
        let layout = BodyLayout(lines: body)
        #expect(
            layout.paragraphs.filter { $0.kind == .heading }.map(\.text) == [
                "精准识别，聚焦需求“选好苗”", "精心滴灌，实践历练“育好苗”", "精细呵护，宽严并济“管好苗”",
            ])
    }

    @Test func findsHeadingsConfirmedByLeadSentences() {
        let body = lines(
            """
            导语第一行写满了整整一行的文字内容呀
            导语结束了。

            第一部分的标题，写得短一些
            加强组织。这一段正文写满了整整一行的
            文字内容，直到句子结束为止才算完。
            推进服务。另一段正文同样写满了一行的
            文字内容，直到句子结束为止才算完。
            """)
        let layout = BodyLayout(lines: body)
        #expect(layout.paragraphs.map(\.kind) == [.text, .heading, .text, .text])
        #expect(layout.paragraphs[1].text == "第一部分的标题，写得短一些")
    }

    /// A lone heading wrapped onto a second line short of the column, a blank line after it: the
    /// paragraph stops short without finishing a sentence, so it is a heading without siblings.
    @Test func findsALoneHeadingWrappedOntoAShortLine() {
        let body = lines(
            """
            导语第一行写满了整整一行的文
            字，说明这里的做法和成效如何，
            导语到这里就结束了。
            第二段正文写满了整整一行的字，
            直到这个句子结束为止才算完了。
            选优配强提效能，“技术员
            ”变身“新管家”

            打工回村的小伙子随手将瓶子扔
            在溪边，阿婆看见了就叹了一口
            气，走过去把瓶子捡了起来。
            """)
        let layout = BodyLayout(lines: body)
        #expect(layout.paragraphs.map(\.kind) == [.text, .text, .heading, .text])
        #expect(layout.paragraphs.dropFirst(2).first?.text == "选优配强提效能，“技术员”变身“新管家”")
    }

    /// A heading before a short line with clauses in it, a blank line after: the short line ends
    /// a column inside the paragraph, which goes on after the blank line.
    @Test func aShortLineWithClausesEndsAColumnNotAHeading() {
        let body = lines(
            """
            导语第一行写满了整整一行的文字内容，说明一
            下这里的做法和成效，导语到这里就结束了。

            强化产业发展，激活“原动力”
            结合全县经济发展、资源禀赋实际，制约

            农村集体经济发展的短板弱项得到补齐，全县集
            体经济收入稳步增长，群众就近就业的人增多。
            """)
        let layout = BodyLayout(lines: body)
        #expect(layout.paragraphs.map(\.kind) == [.text, .heading, .text])
        #expect(layout.paragraphs.dropFirst().first?.text == "强化产业发展，激活“原动力”")
    }

    /// A short line right under a marked heading, a blank line after it: the paragraph's first
    /// line, cut by a column break, which its shape, unlike the heading's, does not confirm.
    @Test func aShortLineUnderAHeadingIsTheParagraphCutByAColumn() {
        let body = lines(
            """
            导语第一行写满了整整一行的文字内容，说明
            一下这里的做法和成效，导语到这里结束了。

            ●东片：路灯坏了有人修
            东片各村推行楼栋长轮值，小区里停车、
            供暖等问题由居民代表商量，已解决了
            问题两百多个。

            ●西片：纠纷有人评理
            在西片山区，村里依托老

            党员调解室，请熟悉情况的老人担任调
            解员，边界纠纷先在村里评理。
            """)
        let layout = BodyLayout(lines: body)
        #expect(layout.paragraphs.map(\.kind) == [.text, .heading, .text, .heading, .text])
        #expect(layout.paragraphs.last?.text.hasPrefix("在西片山区，村里依托老党员调解室") == true)
    }

    /// Numbered headings ("一、", "二、") confirm each other whatever their marks, even one as wide
    /// as the column; two phrases set apart by a space are a heading's form.
    @Test func numberedAndSpacedHeadings() {
        let body = lines(
            """
            导语第一行写满了整整一行的文
            字，导语到这里就结束了。

            一、村规民约立规矩
            第一段正文写满了整整一行的
            字，直到这个句子结束为止。

            二、理事会当好“管家”
            第二段正文写满了整整一行的
            字，直到这个句子结束为止。

            议题大家提 代表轮流当
            第三段正文写满了整整一行的
            字，直到这个句子结束为止。
            """)
        let layout = BodyLayout(lines: body)
        #expect(
            layout.paragraphs.filter { $0.kind == .heading }.map(\.text) == [
                "一、村规民约立规矩", "二、理事会当好“管家”", "议题大家提 代表轮流当",
            ])
        let bracketed = HeadingNumber("（三）织密网格")
        #expect(bracketed?.style == .numeralBracketed && bracketed?.value == 3)
        #expect(HeadingNumber("1.2万户参与") == nil)
        let scene = HeadingNumber("镜头二：一杯甜茶的工夫")
        #expect(scene?.style == .labelled("镜头_") && scene?.value == 2)
        #expect(HeadingNumber("第三招　办理进度限时反馈").map { $0.isNext(to: HeadingNumber("第二招　表决结果")!) } == true)
        #expect(HeadingNumber("第一书记带头走访") == nil)
        #expect(scene.map { $0.isNext(to: HeadingNumber("镜头一：柳树下")!) } == true)
        #expect(scene.map { $0.isNext(to: HeadingNumber("场景一：柳树下")!) } == false)
        #expect(HeadingNumber("镜头二：") == nil)
        // A numeral and one word first: "一问：", "二问：" number a report's questions.
        let question = HeadingNumber("二问：群众用不用得上？")
        #expect(question?.style == .labelled("_问") && question?.value == 2)
        #expect(question.map { $0.isNext(to: HeadingNumber("一问：清单管住了啥？")!) } == true)
        #expect(HeadingNumber("一是：议事单元往下沉") != nil && HeadingNumber("三十年：从荒山到茶园") == nil)
        #expect(SpeakerTurn.opens("答：群众在哪里，会就开在哪里。"))
        #expect(SpeakerTurn.opens("记者:议事会多久开一次？") && SpeakerTurn.opens("问:"))
        #expect(!SpeakerTurn.opens("第一招：议题从群众中来"))
        #expect(!SpeakerTurn.opens("记者节前夕") && !SpeakerTurn.opens("答") && !SpeakerTurn.opens("三河：村里的事"))
        #expect(!BodyLayout.isTwoPhrases("本报讯 “真的太感谢你们啦，这件事"))
    }

    /// "一问：……？", "二问：……？" alone between blank lines: a report's numbered questions are its
    /// headings, though each ends as a sentence does.
    @Test func numberedQuestionsAreHeadings() {
        let body = lines(
            """
            今年以来，县里在全县推行清
            单，近日记者走进多个村庄。

            一问：清单管住了啥？

            过去村里修路，谁来干、花多
            少钱，村民心里没底。

            二问：群众用不用得上？

            村民用手机一扫，就能查到本
            村每一笔收支。
            """)
        let layout = BodyLayout(lines: body)
        #expect(
            layout.paragraphs.filter { $0.kind == .heading }.map(\.text) == ["一问：清单管住了啥？", "二问：群众用不用得上？"])
    }

    /// An interviewer's short questions, each alone on its line, are turns of the interview, not
    /// sibling headings.
    @Test func anInterviewersQuestionsAreNoHeadings() {
        let body = lines(
            """
            导语第一行写满了整整一
            行，导语到这里结束了。
            记者：多久开一次？
            答：每月初开一次，有急
            事随时开，都能来。
            记者：事谁来办？
            答：村里分给各个网格，
            办完在群里说。
            """)
        let layout = BodyLayout(lines: body)
        #expect(layout.paragraphs.allSatisfy { $0.kind == .text })
        #expect(layout.paragraphs.count == 5)
    }

    /// A line wholly in lenticular brackets is a heading at any width, with no blank line around
    /// it: the brackets are its typography. A bracket opening a paragraph's line is not.
    @Test func bracketedHeadingsAsWideAsTheColumn() {
        let body = lines(
            """
            导语第一行写满了整整一
            行，导语到这里结束了。
            【网格细到每一户人家】
            镇里将全镇划分为87个网
            格，网格员每天走访入户。
            【调解员就在家门口】
            今年共调处纠纷178起，没
            有一起矛盾上交到县里。
            【注】本文数据截至十月
            底，由镇里统计提供。
            """)
        let layout = BodyLayout(lines: body)
        #expect(
            layout.paragraphs.filter { $0.kind == .heading }.map(\.text) == [
                "【网格细到每一户人家】", "【调解员就在家门口】",
            ])
    }
}
