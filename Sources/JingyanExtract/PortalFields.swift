import JingyanLayout

/// A government portal's fields over a copy, copied one a line: a label alone over its value
/// ("索引号：" / "3611250010/2026-00318"), and the field that names the copy's title.
extension PageSegmenter {
    /// Reads the furniture line at `index` as a portal's field: the title's field is the title
    /// when the page prints it nowhere else, dropped when it does (true: nothing more to read of
    /// the line); a label alone takes the value under it (false: the label is read on).
    static func readingPortalField(
        at index: Int, in lines: [TextLine], into found: inout Furniture, valueIsTitle: Bool = false
    ) -> Bool {
        let line = lines[index]
        if let title = portalTitle(line.text) {
            if lines.contains(where: { $0.text == title }) {
                found.removed.insert(line.number)
            } else {
                found.replaced[line.number] = title
            }
            return true
        }
        if !valueIsTitle, let value = fieldValue(after: index, in: lines) {
            found.removed.insert(value.number)
            found.printed.append(value.text)
        }
        return false
    }

    /// Reads the line at `index` as a portal's label printed bare over its value ("索引号" /
    /// "MB1719875/2026-00312", "作者" / "某某　某某"), as a table copied without its colons: both
    /// are furniture, but the author's value is a byline and the title's is the title when the
    /// page prints it nowhere else. True when the line is such a label.
    static func readingBareLabel(at index: Int, in lines: [TextLine], into found: inout Furniture) -> Bool {
        let label = lines[index]
        // The labels are two to four Han: most lines are longer, and are not hashed.
        guard label.text.utf8.count <= maxBareLabelBytes, bareFieldLabels.contains(label.text), index + 1 < lines.count,
            case let value = lines[index + 1], isFieldValue(value)
        else { return false }
        found.removed.insert(label.number)
        if label.text == authorLabel {
            found.replaced[value.number] = label.text + "：" + value.text
        } else if portalTitleLabels.contains(label.text) || TitleBlockReading.titleLabels.contains(label.text) {
            if lines.count(where: { $0.text == value.text }) > 1 { found.removed.insert(value.number) }
        } else {
            found.removed.insert(value.number)
            found.printed.append(value.text)
        }
        return true
    }

    static let maxBareLabelBytes = 12
    static let authorLabel = "作者"

    /// The labels of a portal's table of fields, as its pages print them.
    static let bareFieldLabels: Set<String> = [
        "索引号", "信息分类", "发布机构", "发文机关", "发布日期", "发文日期", "成文日期", "生成日期", "有效性", "主题分类", "文号",
        "发文字号", "关键词", "主题词", "体裁分类", "组配分类", "服务对象", "公开方式", "公开范围", "所属机构", "信息名称", "标题", "作者",
    ]

    /// "信息名称：某镇：网格暖到炕头上": a government portal's field that names the copy's title.
    static func portalTitle(_ text: String) -> String? {
        guard let value = TitleBlockReading.fieldValue(of: text, labels: portalTitleLabels) else { return nil }
        let title = value.drop { $0 == " " || $0 == "　" }
        return title.isEmpty ? nil : String(title)
    }

    static let portalTitleLabels = ["信息名称", "文件名称"]

    /// The value printed on the line under a field's label alone ("索引号：" / "3611250010/2026-00318",
    /// "有效性：" / "有效"), as a portal's table of fields is copied: a short line with no sentence.
    static func fieldValue(after label: Int, in lines: [TextLine]) -> TextLine? {
        let scalars = lines[label].text.unicodeScalars
        guard let last = scalars.last, last == "：" || last == ":", scalars.count <= Self.maxFieldLabel,
            label + 1 < lines.count, case let value = lines[label + 1], isFieldValue(value)
        else { return nil }
        return value
    }

    /// A field's value on a line of its own: short, with no sentence.
    static func isFieldValue(_ line: TextLine) -> Bool {
        !line.isBlank && !line.endsSentence && line.text.unicodeScalars.count <= maxFieldValue
    }

    static let maxFieldLabel = 8
    static let maxFieldValue = 40
}
