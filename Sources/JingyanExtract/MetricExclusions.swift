import JingyanLayout

/// Figures that are no metrics though a unit follows them: ordinals, formulas, ranks, ratios,
/// ages, buildings' numbers, round-the-clock manners and bars a noun must pass.
extension MetricFinder {
    /// Ordinals, numbers joined by "+" or "×" (scheme names, "7×24小时"), list numbering, rates
    /// ("每100米"), ranks ("排名后3位"), ratios and ages, unless a group's average ("平均年龄33.5岁").
    func isExcluded(_ scalars: [Unicode.Scalar], number: Range<Int>) -> Bool {
        let before = number.lowerBound > 0 ? scalars[number.lowerBound - 1] : nil
        let after = number.upperBound < scalars.count ? scalars[number.upperBound] : nil
        return before == "第" || before == "每" || before.map(Self.joiners.contains) == true
            || isMonthsOfYear(scalars, number: number)
            || after.map(Self.joiners.contains) == true
            || lexicon.ageUnits.contains { matches($0, scalars, at: number.upperBound) }
                && !lexicon.averageWords.contains { matches($0, scalars, at: number.lowerBound - $0.count) }
            || isRank(scalars, number: number) || isRatioTerm(scalars, number: number)
            || isBuildingNumber(scalars, number: number)
    }

    /// "永平巷小区3栋和5栋的居民": a building's number in an address, right after the estate's
    /// name, and the numbers listed after it; not a count ("小区共有3栋楼").
    func isBuildingNumber(_ scalars: [Unicode.Scalar], number: Range<Int>) -> Bool {
        guard number.upperBound < scalars.count, Self.buildingUnits.contains(scalars[number.upperBound]) else {
            return false
        }
        var start = number.lowerBound
        while start >= 2, Self.listJoiners.contains(scalars[start - 1]), Self.buildingUnits.contains(scalars[start - 2])
        {
            var digits = start - 2
            while digits > 0, Typography.isASCIIDigit(scalars[digits - 1]) { digits -= 1 }
            guard digits < start - 2 else { return false }
            start = digits
        }
        return Self.estateNouns.contains { matches($0, scalars, at: start - $0.count) }
    }

    static let buildingUnits = ScalarSet(["栋", "幢"])
    static let listJoiners = ScalarSet(["和", "、", "与", "及"])
    /// What an estate's name ends with, before a building's number.
    static let estateNouns = ["小区", "花园", "公寓", "家园", "新村", "苑"].map { Array($0.unicodeScalars) }

    /// "按1∶1分担", "10:30": a term of a ratio or a clock time, a colon between it and another figure.
    func isRatioTerm(_ scalars: [Unicode.Scalar], number: Range<Int>) -> Bool {
        let before = number.lowerBound - 1
        let after = number.upperBound
        return before > 0 && Self.ratioMarks.contains(scalars[before]) && Typography.isASCIIDigit(scalars[before - 1])
            || after + 1 < scalars.count && Self.ratioMarks.contains(scalars[after])
                && Typography.isASCIIDigit(scalars[after + 1])
    }

    static let ratioMarks = ScalarSet(["∶", ":", "："])

    /// "排名后3位", "位列前10": a place in a ranking.
    func isRank(_ scalars: [Unicode.Scalar], number: Range<Int>) -> Bool {
        let side = number.lowerBound - 1
        guard side > 0, scalars[side] == "前" || scalars[side] == "后" else { return false }
        return lexicon.rankWords.contains { matches($0, scalars, at: side - $0.count) }
    }

    /// A figure that says how rather than how many: round the clock, or a bar a noun must pass.
    func isManner(_ scalars: [Unicode.Scalar], number: Int, value: Double, after reading: UnitReading) -> Bool {
        value == 24 && isAroundTheClock(scalars, after: reading) || isThreshold(scalars, number: number, after: reading)
    }

    /// "低于60分的经营户", "超过5万元的工程", "在2000元以上的支出": a figure after a threshold word,
    /// or with 以上 or 以下 after it, before "的" qualifies a noun.
    func isThreshold(_ scalars: [Unicode.Scalar], number: Int, after reading: UnitReading) -> Bool {
        // 以上 or 以下 may be read with the figure already (an approximation's mark).
        var end = reading.end
        if end + 1 < scalars.count, scalars[end] == "以", scalars[end + 1] == "上" || scalars[end + 1] == "下" {
            end += 2
        }
        let bounded = end >= 2 && scalars[end - 2] == "以" && (scalars[end - 1] == "上" || scalars[end - 1] == "下")
        // "覆盖90%以上的村": a share of the noun, not a bar it passes ("在90%以上的" is one).
        let share = Self.shareUnits.contains(reading.unit) && (number == 0 || scalars[number - 1] != "在")
        if bounded, !share, end < scalars.count, scalars[end] == "的" { return true }
        return reading.end < scalars.count && scalars[reading.end] == "的"
            && lexicon.thresholdBefore.contains { word in
                number >= word.count && scalars[(number - word.count)..<number].elementsEqual(word)
            }
    }

    /// "24小时监控", "24小时值守": round the clock, a manner rather than a figure; a time limit
    /// ("24小时内响应") is one.
    func isAroundTheClock(_ scalars: [Unicode.Scalar], after reading: UnitReading) -> Bool {
        reading.unit == "小时" && reading.end < scalars.count && Typography.isHan(scalars[reading.end])
            && !Self.afterTimeLimit.contains(scalars[reading.end])
    }

    static let afterTimeLimit = ScalarSet(["内", "以", "之"])

    /// Units of a share of a whole.
    static let shareUnits: Set<String> = ["%", "％", "成"]

    /// What joins the numbers of a formula.
    static let joiners = ScalarSet(["+", "＋", "×", "*", "＊"])
}
