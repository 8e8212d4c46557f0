import JingyanLayout

/// Rules that trade one figure for another ("1分可抵1元", "每服务1小时记1个积分", "1分顶1元钱"): both figures
/// state the rule's terms, not what was done, so neither is a metric.
extension MetricFinder {
    /// The figure at `number`, its unit read up to `reading.end`, is a term of an exchange rule:
    /// the first, linked by an exchange verb to a figure right after it, or the second.
    func isExchangeTerm(_ scalars: [Unicode.Scalar], number: Range<Int>, after reading: UnitReading) -> Bool {
        let each = hasEach(scalars, before: number.lowerBound)
        if linkedFigure(scalars, from: reading.end, each: each || reading.unit == Self.points) != nil {
            return true
        }
        // The second term: right after an exchange verb ("价值" between or not), and a figure a few
        // scalars before whose link ends here.
        var verbEnd = number.lowerBound
        if matches(Self.worth, scalars, at: verbEnd - Self.worth.count) { verbEnd -= Self.worth.count }
        guard lexicon.exchangeVerbs.contains(where: { matches($0, scalars, at: verbEnd - $0.count) }) else {
            return false
        }
        let reach = max(0, number.lowerBound - Self.exchangeReach)
        guard let digit = scalars[reach..<number.lowerBound].lastIndex(where: Typography.isASCIIDigit) else {
            return false
        }
        var start = digit
        while start > 0, Typography.isASCIIDigit(scalars[start - 1]) || scalars[start - 1] == "." { start -= 1 }
        guard let unit = readUnit(scalars, from: digit + 1) else { return false }
        let underEach = hasEach(scalars, before: start) || unit.unit == Self.points
        return linkedFigure(scalars, from: unit.end, each: underEach) == number.lowerBound
    }

    /// The index of the next figure's first digit when an exchange verb links it to the figure
    /// whose unit ends at `end`: "可"/"能" then the verb, or under "每" the verb after at most
    /// `maxRuleNoun` Han ("每植活1棵树记2分"); "价值" may stand before the second figure.
    func linkedFigure(_ scalars: [Unicode.Scalar], from end: Int, each: Bool) -> Int? {
        var index = end
        var may = false
        if index < scalars.count, Self.mayWords.contains(scalars[index]) {
            may = true
            index += 1
        }
        guard may || each else { return nil }
        var nouns = 0
        while !may, nouns < Self.maxRuleNoun, index < scalars.count, Typography.isHan(scalars[index]),
            !lexicon.exchangeVerbs.contains(where: { matches($0, scalars, at: index) })
        {
            index += 1
            nouns += 1
        }
        guard let verb = lexicon.exchangeVerbs.first(where: { matches($0, scalars, at: index) }) else { return nil }
        index += verb.count
        if matches(Self.worth, scalars, at: index) { index += Self.worth.count }
        return index < scalars.count && Typography.isASCIIDigit(scalars[index]) ? index : nil
    }

    /// "每" within a few Han before the figure, in its clause ("每1分", "每服务1小时").
    func hasEach(_ scalars: [Unicode.Scalar], before number: Int) -> Bool {
        var index = number - 1
        while index >= 0, number - index <= Self.maxRuleNoun + 3, Typography.isHan(scalars[index]) {
            if scalars[index] == "每" { return true }
            index -= 1
        }
        return false
    }

    static let mayWords: Set<Unicode.Scalar> = ["可", "能"]
    /// Points traded for goods or money need no "可" or "每" to state a rate ("1分顶1元钱"): read as
    /// under "每".
    static let points = "分"
    static let worth: [Unicode.Scalar] = Array("价值".unicodeScalars)
    /// The Han between a figure's unit and the verb under "每" ("棵树记": one).
    static let maxRuleNoun = 2
    /// How far before a figure the rule's first term may stand.
    static let exchangeReach = 12
}
