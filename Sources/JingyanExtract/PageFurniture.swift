import JingyanLayout

/// What a page prints around its reports: running heads, a web page's controls and fields,
/// editors' notes; and the credit a news brief closes with, set apart as its byline.
extension PageSegmenter {
    /// The lines printed around the articles, found by `furniture(in:)`.
    struct Furniture {
        /// Line numbers of the running heads and web-page controls, dropped before reading.
        var removed = Set<Int>()
        /// Lines read as other text, by line number: a furniture line as its byline field, a
        /// line without its page-jump marker.
        var replaced: [Int: String] = [:]
        /// Line numbers of the markers a report leaves the page by ("（下转第3版）"): it ends there.
        var jumpsOut = Set<Int>()
        /// Line numbers of headings printed with the marker a report comes back by ("标题（上接第5版）"):
        /// the title of the report's end, read as a report of its own.
        var continuedHeadings = Set<Int>()
        /// Line numbers of titles printed under a label that is dropped ("短评" / "标题" … "本报评论员
        /// 某某", "简讯" / "标题"): each heads a piece, though no byline stands under it.
        var titlesUnderLabels = Set<Int>()
        /// The running heads' and a web copy's fields as printed ("某某日报", "来源：某县融媒体中心"):
        /// the paper or source they name tells where an ambiguous place name is.
        var printed: [String] = []
    }

    /// A line right over a byline: under a label, the copy's title rather than the label's value
    /// ("本期发布：" / "标题" / "记者 某某").
    func isOverByline(_ index: Int, in lines: [TextLine]) -> Bool {
        index + 1 < lines.count && roles.role(of: lines[index + 1].text) == .byline
    }

    /// The running heads: lines the lexicon knows as furniture ("2023年11月7日 第4版 编辑：…"),
    /// with the short labels printed right above or below them and no blank line between (the
    /// section's or paper's name: "综合新闻") when `labelsAround` (a web copy has no running head:
    /// a short line above its source line is its title). A line of fields that holds a byline
    /// ("来源：某某日报 作者：张三") is that byline instead. Editors' notes (`editorNote(at:in:)`).
    /// A page-jump marker ("（下转第3版）") is dropped from its line.
    func furniture(in lines: [TextLine], labelsAround: Bool) -> Furniture {
        var found = labelsAround ? headsAndFolios(lines) : Furniture()
        for (index, line) in lines.enumerated() {
            if let jump = lexicon.pageJump(in: line.text) {
                if jump.rest.isEmpty {
                    found.removed.insert(line.number)
                    // A report's end under its jump head is read as a report of its own; with no head, it is
                    // no report of this page.
                    if !jump.leavesPage {
                        if let heading = headingBy(marker: index, in: lines) {
                            found.continuedHeadings.insert(heading)
                        } else {
                            found.removed.formUnion(continuation(after: index, in: lines))
                        }
                    }
                } else {
                    found.replaced[line.number] = jump.rest
                    if !jump.leavesPage { found.continuedHeadings.insert(line.number) }
                }
                if jump.leavesPage { found.jumpsOut.insert(line.number) }
                continue
            }
            if Self.isPageNumber(line.text) || Self.isWeekday(line.text) {
                found.removed.insert(line.number)
                continue
            }
            if let printed = setApart(at: index, in: lines, wrapped: labelsAround) {
                found.removed.formUnion(printed.map(\.number))
                if printed.count == 1, labelsAround, let title = titleUnderLabel(at: index, in: lines) {
                    found.titlesUnderLabels.insert(title.number)
                }
                continue
            }
            if lexicon.opensEditorNote(line.text) {
                found.removed.formUnion(editorNote(at: index, in: lines, wrapped: labelsAround).map(\.number))
                continue
            }
            if Self.readingBareLabel(at: index, in: lines, into: &found) { continue }
            guard lexicon.isPageFurniture(line.text) else { continue }
            let overByline = isOverByline(index + 1, in: lines)
            if Self.readingPortalField(at: index, in: lines, into: &found, valueIsTitle: overByline) { continue }
            found.removed.formUnion(Self.repostCard(after: index, in: lines).map(\.number))
            if let byline = lexicon.bylineField(in: line.text) {
                found.replaced[line.number] = byline
                continue
            }
            found.removed.insert(line.number)
            found.printed.append(line.text)
            for step in [-1, 1] where labelsAround {
                var next = index + step
                while lines.indices.contains(next), isRunningHeadLabel(lines[next]) {
                    found.removed.insert(lines[next].number)
                    found.printed.append(lines[next].text)
                    next += step
                }
            }
        }
        return found
    }

    /// The line under a label that is a title: the next printed one, short, with no sentence in it.
    func titleUnderLabel(at label: Int, in lines: [TextLine]) -> TextLine? {
        guard let next = lines[(label + 1)...].first(where: { !$0.isBlank }), !next.endsSentence,
            roles.role(of: next.text) == .title
        else { return nil }
        return next
    }

    /// The lines of the editor's note that opens at `label`: its paragraph. On a web copy that
    /// is its line; in a column, the lines up to a blank line, or up to a finished sentence
    /// that ends the paragraph — a line shorter than the note's full lines, or one followed by
    /// a label (the title the note stands over). A note's sentences open as reports do.
    /// A label alone on its line ("【编者按】", "AI摘要") stands over the note's paragraph.
    func editorNote(at label: Int, in lines: [TextLine], wrapped: Bool) -> ArraySlice<TextLine> {
        var start = label
        if lines[label].text.count <= Self.maxEditorNoteLabel,
            let text = lines[(label + 1)...].firstIndex(where: { !$0.isBlank })
        {
            start = text
        }
        guard wrapped else { return lines[label...start] }
        var end = start
        var fullWidth = lines[start].width
        while end + 1 < lines.count, !lines[end + 1].isBlank, end - start < Self.maxEditorNoteLines {
            let line = lines[end]
            fullWidth = max(fullWidth, line.width)
            if line.endsSentence {
                let next = lines[end + 1].text
                if line.width + Self.paragraphEndMargin <= fullWidth || roles.role(of: next) != .body { break }
            }
            end += 1
        }
        return lines[label...end]
    }

    static let maxEditorNoteLines = 24
    static let maxEditorNoteLabel = 8

    /// What a page sets apart from its reports under a label line of its own, dropped whole:
    /// - a column's head ("简讯", "一线观察"): the line alone;
    /// - a box ("相关链接", "短评") with the lines up to the next blank line (on a web copy,
    ///   whose paragraphs have none between them, or over a signed piece, the label alone);
    /// - a web copy's readers' comments ("精选留言"), to the copy's end;
    /// - a notice ("更正" / "本报…一文中，…应为…，特此更正。") with the lines up to the next blank
    ///   line, when they close with the lexicon's formula for it.
    /// Nil for any other line.
    func setApart(at start: Int, in lines: [TextLine], wrapped: Bool) -> ArraySlice<TextLine>? {
        // Most lines are longer than any label: they are refused on their length alone.
        let scalars = lines[start].text.unicodeScalars
        guard lines[start].text.utf8.count <= Self.maxSetApartLabel * 4 else { return nil }
        let isSpace = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "　" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return nil }
        // A web copy's box label may end with a colon: "相关链接：".
        let colon = scalars[last] == "：" || scalars[last] == ":"
        // A head set letter-spaced ("记 者 调 查") is read closed up, one after a bullet ("■某某简讯")
        // without it.
        var label = Typography.droppingBullets(
            Typography.closingLetterSpacing(
                String(scalars[first..<(colon && last > first ? last : scalars.index(after: last))])))
        // A head of two characters set apart ("简　讯"), too short for `closingLetterSpacing`.
        let parts = label.split(whereSeparator: { $0 == " " || $0 == "　" })
        if parts.count > 1, parts.allSatisfy({ $0.count == 1 }) { label = parts.joined() }
        guard label.unicodeScalars.count <= Self.maxSetApartLabel else { return nil }
        if isColumnHead(label) { return lines[start...start] }
        // On a copy, readers' comments run to its end; in lines wrapped as a column's (a copy's
        // screenshots read back as text), they are a box.
        let isComments = lexicon.setApart.commentLabels.contains(label)
        if !wrapped, isComments { return lines[start...] }
        if lexicon.setApart.ownNoteLabels.contains(label), lines.indices.contains(start + 1),
            lines[start + 1].text.unicodeScalars.contains(where: Typography.clauseMarkScalars.contains)
        {
            return nil  // "记者手记" over its text: the report's heading
        }
        let isBox = isComments || lexicon.setApart.boxLabels.contains(label)
        guard isBox || lexicon.setApart.noticeLabels.contains(label) else { return nil }
        if isBox, !wrapped { return lines[start...(start + Self.linkedTitles(after: start, in: lines))] }
        var end = start
        while end + 1 < lines.count, !lines[end + 1].isBlank, end - start < Self.maxEditorNoteLines { end += 1 }
        // A label over a blank line: a box's label stands alone; a notice has no text.
        guard end > start else { return isBox ? boxUnderBlank(at: start, in: lines) : nil }
        if isBox, isSignedPiece(titled: (start + 1)...end, in: lines) { return lines[start...start] }
        let notice = lines[(start + 1)...end].map(\.text).joined()
        return isBox || lexicon.setApart.noticeClosings.contains(where: notice.contains) ? lines[start...end] : nil
    }

    /// A column's head: one the lexicon names, or a word of Han and one of its two-character heads
    /// ("基层快讯", "乡村简讯").
    func isColumnHead(_ label: String) -> Bool {
        let heads = lexicon.setApart.columnHeads
        if heads.contains(label) { return true }
        let scalars = label.unicodeScalars
        guard scalars.count > 2, scalars.count <= Self.maxQualifiedHead, scalars.allSatisfy(Typography.isHan)
        else { return false }
        return heads.contains(String(String.UnicodeScalarView(scalars.suffix(2))))
    }

    static let maxQualifiedHead = 6

    /// A box's label over a title of a line or two and a byline, right under it or after a blank
    /// line ("短评" / "标题" / "" / "本报评论员 某某", "短评" / "标题" / "□ 某某"): a signed piece
    /// set as a report is, read as an article. `block` runs from the title to the next blank line.
    func isSignedPiece(titled block: ClosedRange<Int>, in lines: [TextLine]) -> Bool {
        let isTitle = { (title: ClosedRange<Int>) in
            title.count <= Self.maxPieceTitleLines && title.allSatisfy { !lines[$0].endsSentence }
        }
        if block.count > 1, roles.role(of: lines[block.upperBound].text) == .byline {
            return isTitle(block.lowerBound...(block.upperBound - 1))
        }
        guard isTitle(block), let byline = lines[(block.upperBound + 1)...].firstIndex(where: { !$0.isBlank }),
            byline > block.upperBound + 1
        else { return false }
        return roles.role(of: lines[byline].text) == .byline || isSignedAtItsEnd(after: block.upperBound, in: lines)
    }

    /// The text after a piece's title closes with its signature ("……。" / "　　本报评论员　某某"):
    /// the first byline after it signs a finished sentence (the next report's stands under its title).
    func isSignedAtItsEnd(after title: Int, in lines: [TextLine]) -> Bool {
        var previous: TextLine?
        for index in (title + 1)..<min(lines.count, title + Self.maxSignedPieceLines) where !lines[index].isBlank {
            if roles.role(of: lines[index].text) == .byline { return previous?.endsSentence == true }
            previous = lines[index]
        }
        return false
    }

    static let maxSignedPieceLines = 120

    static let maxPieceTitleLines = 2

    /// A box's label over a blank line, then its own title of a line or two and one paragraph of
    /// text ("短评" / "" / "标题" / "" / text): all of it; the label alone when anything else
    /// follows, or a byline signs the text (a signed piece is read as an article).
    func boxUnderBlank(at start: Int, in lines: [TextLine]) -> ArraySlice<TextLine> {
        let alone = lines[start...start]
        func run(from index: Int) -> ClosedRange<Int>? {
            guard let first = lines[index...].firstIndex(where: { !$0.isBlank }) else { return nil }
            var last = first
            while last + 1 < lines.count, !lines[last + 1].isBlank, last - first < Self.maxEditorNoteLines { last += 1 }
            return first...last
        }
        guard start + 1 < lines.count, let title = run(from: start + 1), title.count <= Self.maxPieceTitleLines,
            title.allSatisfy({
                !lines[$0].endsSentence && [.title, .headingLike].contains(roles.role(of: lines[$0].text))
            }),
            title.upperBound + 1 < lines.count, let text = run(from: title.upperBound + 1), text.count > 1,
            lines[text.upperBound].endsSentence, !roles.role(of: lines[text.lowerBound].text).isAnchor
        else { return alone }
        let signed =
            text.upperBound + 1 < lines.count
            && run(from: text.upperBound + 1).map {
                roles.role(of: lines[$0.lowerBound].text) == .byline
            } == true
        return signed ? alone : lines[start...text.upperBound]
    }

    static let maxSetApartLabel = 10

    /// How many lines after a web copy's box label list other posts' titles ("· 某县推进……综述",
    /// "某县：……铺开"): each short and ending with no sentence. Its paragraphs are lines with no
    /// blank between, so only such a list is the box's.
    static func linkedTitles(after start: Int, in lines: [TextLine]) -> Int {
        var count = 0
        while lines.indices.contains(start + count + 1) {
            let text = lines[start + count + 1].text
            guard !text.isEmpty, text.unicodeScalars.count <= maxLinkedTitle, !lines[start + count + 1].endsSentence
            else { break }
            count += 1
        }
        return count
    }

    static let maxLinkedTitle = 48

    /// A page's number alone on its line ("6", or with its section's letter: "A3"): one to three
    /// digits, spaces around them.
    static func isPageNumber(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count <= maxPageNumberLength, utf8.contains(where: { (0x30...0x39).contains($0) }) else {
            return false
        }
        var printed = utf8.filter { $0 != 0x20 }[...]
        if let first = printed.first, (0x41...0x5A).contains(first) { printed = printed.dropFirst() }
        return utf8.allSatisfy { $0 == 0x20 || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) }
            && printed.count <= 3 && printed.allSatisfy { (0x30...0x39).contains($0) }
    }

    static let maxPageNumberLength = 12

    /// A weekday alone on its line ("星期二", "周五"), as a narrow page head prints it under its
    /// date. Told by its bytes: a furniture pattern's filter would let through every line with
    /// "周" and a numeral.
    static func isWeekday(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count == 6 || utf8.count == 9 else { return false }
        let trimmed = text.hasPrefix("星期") ? text.dropFirst(2) : text.hasPrefix("周") ? text.dropFirst() : nil
        return trimmed.map { $0.count == 1 && "一二三四五六日天".contains($0) } ?? false
    }

    /// The line number of a title line right under or over a "（上接第5版）" of its own: the
    /// heading of the report's end printed there.
    func headingBy(marker index: Int, in lines: [TextLine]) -> Int? {
        [index + 1, index - 1].lazy.filter { lines.indices.contains($0) && !lines[$0].isBlank }
            .first { roles.role(of: lines[$0].text) == .title }.map { lines[$0].number }
    }

    /// Under a "（上接第1版）" of its own: the end of a report whose title is on another page. It is
    /// no report of this page, and read with what follows it, a title block printed next would
    /// close it rather than open the report under it. It runs over its paragraphs (blank lines
    /// apart, headings among them) up to the first that opens another report (`opensAnotherReport`).
    func continuation(after index: Int, in lines: [TextLine]) -> [Int] {
        var numbers: [Int] = []
        var named = Set<String>()  // the places the end names, counties by short name
        var start = index + 1
        while start < lines.count, !lines[start].isBlank {
            var end = start
            while end < lines.count, !lines[end].isBlank { end += 1 }
            let paragraph = lines[start..<end]
            guard paragraph.last!.endsSentence else { break }
            let text = paragraph.map(\.text).joined()
            if !numbers.isEmpty, opensAnotherReport(paragraph, text: text, notNaming: named) { break }
            numbers += paragraph.map(\.number)
            named.formUnion(roles.places.signature(of: text, withSuffixes: true))
            start = end
            while start < lines.count, lines[start].isBlank { start += 1 }
        }
        return numbers
    }

    /// A paragraph after a report's end that opens the next report: it holds a byline or place
    /// line, opens a news brief, or its first sentence names a county the end did not name.
    func opensAnotherReport(_ paragraph: ArraySlice<TextLine>, text: String, notNaming named: Set<String>) -> Bool {
        if lexicon.opensNewsBrief(text) || paragraph.contains(where: { roles.role(of: $0.text).isAnchor }) {
            return true
        }
        let opening = BodySplitter.OwnPlaces.firstSentence(of: text)
        return roles.places.namedInFull(in: String(opening)).contains { division in
            division.level == .county && !named.contains(division.short) && !named.contains(division.name)
        }
    }

    /// How much shorter than a column's full lines, in cells, a paragraph's last line is.
    static let paragraphEndMargin = 4
}

extension PageSegmenter {
    /// The lines with each news brief's closing credit ("……心结。（记者 张三 通讯员 李四）"),
    /// wrapped over two lines or not, set on a line of its own (numbered as the line it ends on):
    /// so it reads as the brief's byline and closes the brief as a title block's byline does.
    func separatingClosingCredits(_ lines: [TextLine]) -> CreditedLines {
        var result: [TextLine]?  // copied only when a page has such a credit
        var credits = Set<Int>()  // their indices in the result
        for (index, line) in lines.enumerated() {
            guard let last = Typography.lastScalar(of: line.text), last == "）" || last == ")" || last == "】" else {
                result?.append(line)
                continue
            }
            if isCreditLine(at: index, closingAParagraph: lines) {
                if result == nil { result = Array(lines[..<index]) }
                credits.insert(result!.count)
                result! += [line]
                continue
            }
            guard let credit = closingCredit(at: index, in: lines) else {
                result?.append(line)
                continue
            }
            if result == nil { result = Array(lines[..<index]) }
            var before = line.number
            for _ in 0..<credit.linesBefore { before = result!.removeLast().number }
            result! += [TextLine(number: before, text: credit.before)]
            credits.insert(result!.count)
            result! += [TextLine(number: line.number, text: credit.names)]
        }
        return CreditedLines(lines: result ?? lines, credits: credits)
    }

    /// A page's lines with its news briefs' closing credits on lines of their own.
    struct CreditedLines {
        var lines: [TextLine]
        /// The indices in `lines` of the credits.
        var credits: Set<Int>
    }

    struct ClosingCredit {
        /// The text before the credit's opening bracket, on the line it opens on.
        var before: String
        /// The credit without its brackets: "记者 张三 通讯员 李四".
        var names: String
        /// How many lines before the one it closes on it opens: 0, 1, or more across a column
        /// break's blank line.
        var linesBefore: Int
    }

    /// The credit in brackets that line `index` ends with, when it opens with an author's role,
    /// reads as a byline and follows a finished sentence; it may open on the printed line before,
    /// across a blank line where a column breaks.
    func closingCredit(at index: Int, in lines: [TextLine]) -> ClosingCredit? {
        let text = lines[index].text
        let opens: (Character) -> Bool = { $0 == "（" || $0 == "(" }
        let inner = text.dropLast()
        if let open = inner.lastIndex(where: opens) {
            let before = String(text[..<open])
            guard !before.isEmpty else { return nil }  // a line that is the credit: a byline already
            let names = String(inner[inner.index(after: open)...])
            return isClosingCredit(names, after: before)
                ? ClosingCredit(before: before, names: names, linesBefore: 0) : nil
        }
        guard index > 0, !inner.contains(where: { $0 == "）" || $0 == ")" }) else { return nil }
        var opening = index - 1
        while opening > 0, lines[opening].isBlank, index - opening <= Self.maxBlanksInCredit { opening -= 1 }
        let previous = lines[opening].text
        guard let open = previous.lastIndex(where: opens),
            !previous[open...].contains(where: { $0 == "）" || $0 == ")" })
        else { return nil }
        let before = String(previous[..<open])
        let head = previous[previous.index(after: open)...]
        // A name cut by the line's end ("梁亚" / "婷") is joined, and so is a role ("本报" / "记者");
        // a break between words is a space.
        let lastWord = head.split(separator: " ").last.map(String.init) ?? ""
        let cutRole = lexicon.roleOpening(Substring(lastWord + inner)).map { $0.count > lastWord.count } ?? false
        let cutName = cutRole || lastWord.count == 1 || inner.split(separator: " ").first?.count == 1
        // An outlet's qualified role cut by the line's end ("某某日报全" / "媒体记者 某某") is joined too.
        let readings = cutName ? [head + inner] : [head + " " + inner, head + inner]
        // A credit opening a line of its own ("（记者 某某 通讯员 某某 宋" / "立军）") closes the
        // paragraph printed before it, a blank line between or none.
        let sentence = before.isEmpty ? lastPrintedLine(before: opening, in: lines)?.text ?? "" : before
        return readings.first { isClosingCredit(String($0), after: sentence) }.map {
            ClosingCredit(before: before, names: String($0), linesBefore: index - opening)
        }
    }

    /// The printed line before `index`, over one blank line at most.
    func lastPrintedLine(before index: Int, in lines: [TextLine]) -> TextLine? {
        guard index > 0 else { return nil }
        if !lines[index - 1].isBlank { return lines[index - 1] }
        return index > 1 && !lines[index - 2].isBlank ? lines[index - 2] : nil
    }

    /// "……心结。" / "（记者 张三）", "【记者 张三】": a credit in brackets on a line of its own, under a
    /// paragraph's finished sentence (a blank line between or none), closes that paragraph's report.
    func isCreditLine(at index: Int, closingAParagraph lines: [TextLine]) -> Bool {
        let text = lines[index].text
        guard let first = Typography.firstScalar(of: text), first == "（" || first == "(" || first == "【",
            let previous = lastPrintedLine(before: index, in: lines), Typography.endsSentence(previous.text)
        else { return false }
        return lexicon.bylineNames(String(text.dropFirst().dropLast())) != nil
    }

    /// The blank lines a column break may leave inside a closing credit.
    static let maxBlanksInCredit = 2

    /// "记者 张三" after "……。": a credit that closes a finished sentence, with a role or of names
    /// that each read as a person's (`bylineNames`: "（刘振华 高雅琪）").
    func isClosingCredit(_ names: String, after before: String) -> Bool {
        guard Typography.endsSentence(before) else { return false }
        return lexicon.bylineNames(names) != nil
    }
}
