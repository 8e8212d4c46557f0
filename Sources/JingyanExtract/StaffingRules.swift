import JingyanLayout

/// Rules that name persons to roles and units ("选派1名干部担任指导员", "每个网格配备2名网格员",
/// "1名调解员联系3个村民小组"): their figures state who is put where, not what was done.
extension MetricFinder {
    /// "选派1名干部担任“指导员”": one person named to a role states who holds it, not a figure;
    /// so does one person for each unit ("每个村民小组选出1名组长"), and a few persons a rule
    /// names for each ("每个网格配备2名网格员"; but "平均每个村有5名", "每年培训300名").
    func isStaffing(_ scalars: [Unicode.Scalar], number: Int, value: Double, after reading: UnitReading) -> Bool {
        guard value <= Self.maxQuota, lexicon.personUnits.contains(reading.unit) else { return false }
        var start = number
        while start > max(0, number - Self.maxSubjectLength),
            scalars[start - 1] == "、" || !Self.isBoundary(scalars[start - 1])
        {
            start -= 1
            if scalars[start] == "每" { return value == 1 || isQuota(scalars[start..<number]) }
        }
        if isCompositionRule(scalars, number: number, after: reading)
            || isPairing(scalars, after: reading, value: value)
            || underEachOfSentence(scalars, clause: start..<number)
        {
            return true
        }
        guard value == 1 else { return false }
        var clause = scalars[reading.end...].prefix(Self.maxSubjectLength)
        if let boundary = clause.firstIndex(where: Self.isBoundary) { clause = clause[..<boundary] }
        return Self.holdsAny(of: lexicon.staffingVerbs, clause)
    }

    /// A later clause of a rule whose sentence opens with "每" ("每个网格由1名村干部任网格长，
    /// 配备民警或辅警1名"): the clause's quota verb names persons for each unit too. `scalars`
    /// are one sentence (`sentencesWithDigits`); a semicolon parts its rules.
    func underEachOfSentence(_ scalars: [Unicode.Scalar], clause: Range<Int>) -> Bool {
        guard Self.holdsAny(of: lexicon.quotaVerbs, scalars[clause]) else { return false }
        var index = clause.lowerBound - 1
        while index > 0, clause.lowerBound - index <= Self.maxRuleReach, scalars[index] != "；", scalars[index] != ";" {
            if scalars[index] == "每", index + 1 < scalars.count, !Self.timeUnits.contains(scalars[index + 1]) {
                return true
            }
            index -= 1
        }
        return false
    }

    /// How far before a clause its sentence's "每" may stand.
    static let maxRuleReach = 40

    /// "即1名专职调解员联系3个村民小组", "1名党员结对5户": one person paired by a rule with a few
    /// units, the first term; `isPairedTerm` finds the second.
    func isPairing(_ scalars: [Unicode.Scalar], after reading: UnitReading, value: Double) -> Bool {
        guard value == 1 else { return false }
        let end = scalars[reading.end...].firstIndex(where: Self.clauseEnders.contains) ?? scalars.count
        return (reading.end..<min(end, reading.end + Self.maxFormulaLength)).contains { index in
            lexicon.pairingVerbs.contains { verb in
                matches(verb, scalars, at: index) && index + verb.count < scalars.count
                    && Typography.isASCIIDigit(scalars[index + verb.count])
            }
        }
    }

    /// The second term of a pairing rule: right after its verb, one person earlier in the clause.
    func isPairedTerm(_ scalars: [Unicode.Scalar], number: Int) -> Bool {
        guard let verb = lexicon.pairingVerbs.first(where: { matches($0, scalars, at: number - $0.count) }) else {
            return false
        }
        let start = scalars[..<number].lastIndex(where: Self.clauseEnders.contains).map { $0 + 1 } ?? 0
        let lower = max(start, number - verb.count - Self.maxFormulaLength)
        return (lower..<(number - verb.count)).contains { index in
            scalars[index] == "1" && (index == 0 || !Typography.isASCIIDigit(scalars[index - 1]))
                && index + 1 < number && lexicon.personUnits.contains(String(scalars[index + 1]))
        }
    }

    /// "由1名纪检委员和2名村民代表组成", "按照1名医生、1名护士的标准配备": persons a rule puts
    /// together, within one clause.
    func isCompositionRule(_ scalars: [Unicode.Scalar], number: Int, after reading: UnitReading) -> Bool {
        let ends = Self.clauseEnders
        let start = scalars[..<number].lastIndex(where: ends.contains).map { $0 + 1 } ?? 0
        let end = scalars[reading.end...].firstIndex(where: ends.contains) ?? scalars.count
        let before = scalars[start..<number].suffix(Self.maxSubjectLength)
        let after = scalars[reading.end..<end].prefix(Self.maxFormulaLength)
        return before.contains("由") && Self.holdsAny(of: ["组成"], after)
            || Self.holdsAny(of: ["的标准"], after) && Self.holdsAny(of: lexicon.quotaVerbs, after)
    }

    static let clauseEnders = ScalarSet(["，", "。", "；", "！", "？", ",", ";"])
    /// How far after a figure a rule's list of persons may run to its verb.
    static let maxFormulaLength = 30

    /// True when one of `words` stands in `clause`.
    static func holdsAny(of words: [String], _ clause: ArraySlice<Unicode.Scalar>) -> Bool {
        words.contains { word in
            let word = Array(word.unicodeScalars)
            return clause.indices.contains { clause[$0...].starts(with: word) }
        }
    }

    /// "每个村民小组选出": each of a unit (not of a span of time: "每月", "每个赶场天至少安排"), and a
    /// verb naming persons to it.
    func isQuota(_ clause: ArraySlice<Unicode.Scalar>) -> Bool {
        guard clause.count > 1, !Self.timeUnits.contains(clause[clause.startIndex + 1]) else { return false }
        let verbs = lexicon.quotaVerbs.map { Array($0.unicodeScalars) }
        guard let verb = clause.indices.first(where: { index in verbs.contains { clause[index...].starts(with: $0) } })
        else { return false }
        // The unit is the words between "每" and the verb, less the adverbs before the verb.
        let unit = clause[(clause.startIndex + 1)..<verb].reversed().drop(while: Self.ruleAdverbs.contains)
        return unit.first.map { !Self.timeUnits.contains($0) } ?? true
    }

    /// Scalars of the adverbs a rule sets before its verb ("至少", "都要", "均需").
    static let ruleAdverbs = ScalarSet(["至", "少", "都", "均", "要", "需", "须", "各", "应"])

    /// The most persons a rule names for each unit.
    static let maxQuota: Double = 5
    static let timeUnits = ScalarSet(["年", "月", "日", "天", "周", "季", "次", "期", "场", "批"])
}
