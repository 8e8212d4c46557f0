import JingyanLayout

/// Figures whose unit the unit table cannot tell from a date or a word: spans of years and days,
/// and shares in tenths; and the months a year's figures are counted over, which are no figure.
extension MetricFinder {
    /// A span of years ("任期1年"), a time limit in days ("3日内"), or a share in tenths ("3成").
    func span(_ scalars: [Unicode.Scalar], number: Range<Int>) -> UnitReading? {
        years(scalars, number: number) ?? daysWithin(scalars, number: number) ?? tenths(scalars, number: number)
    }

    /// "任期1年", "帮带期为2年": a number of one or two digits and 年 is a span of years, unless
    /// the words after make it a point in time ("3年前", "80年代", "5年来") or a school grade.
    func years(_ scalars: [Unicode.Scalar], number: Range<Int>) -> UnitReading? {
        let end = number.upperBound
        guard number.count <= 2, end < scalars.count, scalars[end] == "年",
            !scalars[number].contains("."), !(number.lowerBound > 0 && scalars[number.lowerBound - 1] == "近")
        else { return nil }
        if end + 1 < scalars.count, Self.afterPointInTime.contains(scalars[end + 1]) { return nil }
        return UnitReading(unit: "年", multiplier: 1, approx: false, end: end + 1)
    }

    /// After "N年": a point in time or a grade, not a span.
    static let afterPointInTime = ScalarSet(["前", "后", "来", "以", "代", "底", "末", "级", "初", "度", "份", "起", "终"])

    /// "3日内回访", "7日之内办结": a number of one or two digits, 日 and 内 is a time limit in
    /// days, not a day of a month ("12月3日" has its month before it).
    func daysWithin(_ scalars: [Unicode.Scalar], number: Range<Int>) -> UnitReading? {
        let end = number.upperBound
        guard number.count <= 2, end + 1 < scalars.count, scalars[end] == "日", !scalars[number].contains("."),
            !(number.lowerBound > 0 && scalars[number.lowerBound - 1] == "月")
        else { return nil }
        let within =
            scalars[end + 1] == "内" || (end + 2 < scalars.count && scalars[end + 1] == "之" && scalars[end + 2] == "内")
        return within ? UnitReading(unit: "日", multiplier: 1, approx: false, end: end + 1) : nil
    }

    /// "下降3成", "3成以上的农户": a share in tenths, a number up to ten and 成 followed by no
    /// word that 成 would open ("成立", "成员"): only a mark, or an approximating or linking word.
    func tenths(_ scalars: [Unicode.Scalar], number: Range<Int>) -> UnitReading? {
        let end = number.upperBound
        guard number.count <= 2, end < scalars.count, scalars[end] == "成", let value = Self.number(scalars[number]),
            value > 0, value <= 10
        else { return nil }
        var position = end + 1
        var approx = false
        if position < scalars.count, let word = approxWord(scalars, at: position) {
            approx = true
            position += word.scalars.count
        } else if position < scalars.count, Typography.isHan(scalars[position]), scalars[position] != "的" {
            return nil
        }
        return UnitReading(unit: "成", multiplier: 1, approx: approx, end: position)
    }

    /// "今年前10个月", "前11个月，…": the months of a year a figure is counted over, a time frame.
    /// After another Han word ("提前3个月") 前 is part of that word, and the months are a span.
    func isMonthsOfYear(_ scalars: [Unicode.Scalar], number: Range<Int>) -> Bool {
        let start = number.lowerBound
        let end = number.upperBound
        guard start >= 1, scalars[start - 1] == "前", end + 1 < scalars.count, scalars[end] == "个",
            scalars[end + 1] == "月"
        else { return false }
        return start == 1 || scalars[start - 2] == "年" || !Typography.isHan(scalars[start - 2])
    }
}
