import JingyanLayout

/// Prints articles the way text comes out of a newspaper PDF: each body broken at its own column
/// width, now and then a blank line in mid-sentence (a column or photo break), paragraphs
/// separated by a blank line or only by a short last line, and the title block after the body,
/// its title, byline and place tag in one of the orders real pages use.
struct PageTypesetter {
    /// Title-block orders seen on real pages; groups are separated by blank lines.
    enum TitleBlockOrder: CaseIterable {
        case titleAndBylineThenPlace, titleThenByline, titleAndPlaceThenByline, placeThenTitleThenByline,
            bylineThenTitleThenPlace
    }

    func page(_ articles: [ArticlePlan], using generator: inout SplitMix64) -> String {
        var lines: [String] = []
        for article in articles {
            lines += body(article, using: &generator)
            lines.append("")
            lines += titleBlock(article, order: TitleBlockOrder.allCases.pick(using: &generator))
            lines.append("")
            if let caption = article.caption {
                lines += captionLines(
                    caption, columnCells: 2 * Int.random(in: 9...12, using: &generator), using: &generator)
                lines.append("")
            }
        }
        return (generator.chance(0.5) ? " " : "") + lines.joined(separator: "\n") + "\n"
    }

    func body(_ article: ArticlePlan, using generator: inout SplitMix64) -> [String] {
        // Wide enough that every heading is clearly short of the column, as on the page.
        let widestHeading = article.sections.map { Typography.width(of: $0.heading) }.max() ?? 0
        let columnCells = max(2 * Int.random(in: 14...22, using: &generator), (widestHeading * 5 + 3) / 4 + 4)
        var lines = wrap(article.lede, columnCells: columnCells, using: &generator)
        for section in article.sections {
            lines += ["", section.heading]
            for (position, paragraph) in section.practices.joined().enumerated() {
                if position > 0 {
                    lines += separator(after: lines.last ?? "", columnCells: columnCells, using: &generator)
                }
                lines += wrap(paragraph, columnCells: columnCells, using: &generator)
            }
        }
        return lines
    }

    /// A blank line, or nothing when the last line is clearly short (the extractor must tell).
    func separator(after line: String, columnCells: Int, using generator: inout SplitMix64) -> [String] {
        Typography.width(of: line) <= columnCells - 10 && generator.chance(0.3) ? [] : [""]
    }

    /// A caption block: no blank line inside, and the credit (name and marker) whole on the last line,
    /// where the extractor looks for it.
    func captionLines(_ caption: ArticlePlan.Caption, columnCells: Int, using generator: inout SplitMix64) -> [String] {
        var lines = wrap(caption.text, columnCells: columnCells, midSentenceBlanks: false, using: &generator)
        if let last = lines.last, Typography.width(of: last + caption.credit) <= columnCells {
            lines[lines.count - 1] += caption.credit
        } else {
            lines.append(caption.credit)
        }
        return lines
    }

    /// Lines of at most `columnCells` cells, punctuation hanging past the edge rather than
    /// opening a line; a mid-sentence blank line now and then, and now and then a PDF space
    /// between a digit and a Chinese character.
    func wrap(
        _ text: String, columnCells: Int, midSentenceBlanks: Bool = true, using generator: inout SplitMix64
    ) -> [String] {
        var lines: [String] = []
        var line = ""
        var cells = 0
        var previous: Character?
        for character in text {
            let width = Typography.width(of: String(character))
            if cells + width > columnCells, !Self.hangingPunctuation.contains(character) {
                lines.append(line)
                if midSentenceBlanks, !Typography.endsSentence(line), generator.chance(0.05) { lines.append("") }
                line = ""
                cells = 0
            }
            if let previous, previous.isASCII != character.isASCII, previous.isNumber || character.isNumber,
                !line.isEmpty, generator.chance(0.15)
            {
                line.append(" ")
                cells += 1
            }
            line.append(character)
            cells += width
            previous = character
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    static let hangingPunctuation: Set<Character> = [
        "，", "。", "、", "；", "：", "！", "？", "”", "）", "》",
    ]

    func titleBlock(_ article: ArticlePlan, order: TitleBlockOrder) -> [String] {
        let title = article.titleLines
        let byline = [article.byline]
        let place = [article.place.tag]
        let groups: [[String]] =
            switch order {
            case .titleAndBylineThenPlace: [title + byline, place]
            case .titleThenByline: [title, byline]
            case .titleAndPlaceThenByline: [title + place, byline]
            case .placeThenTitleThenByline: [place, title, byline]
            case .bylineThenTitleThenPlace: [byline, title, place]
            }
        return Array(groups.joined(separator: [""]))
    }
}
