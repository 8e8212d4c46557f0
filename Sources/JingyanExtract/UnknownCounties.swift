import JingyanLayout

/// Counties the gazetteer does not know, read from the text: a county's name is two or three
/// Han characters before a county suffix, and its township the name right after it.
extension PlaceResolver {
    /// "某镇" right after an unknown county's name: "……县某某镇推行……".
    func township(after text: Substring) -> String? {
        for length in 2...4 {
            let candidate = text.prefix(length)
            guard candidate.count == length, candidate.unicodeScalars.allSatisfy(Typography.isHan),
                !candidate.contains(where: lexicon.functionCharacters.contains)
            else { return nil }
            let rest = text.dropFirst(length)
            guard let suffix = lexicon.townshipSuffixes.first(where: { rest.hasPrefix($0) }) else { continue }
            if lexicon.notTownships.contains(where: { candidate.hasPrefix($0) }) { return nil }
            return String(candidate) + suffix
        }
        return nil
    }

    /// A county the gazetteer does not know: two or three Han characters before a county
    /// suffix, not a grammatical word ("全县", "该县"), holding no name the gazetteer knows
    /// ("提高县级" holds 高县, which only counts where the article names its area), and not before
    /// a word the suffix starts ("推动县域"). With a suffix that also ends common nouns ("服务区",
    /// "城市"), only right after a province or prefecture the text names.
    func unknownCounty(in text: String) -> (String, Substring)? {
        let scalars = text.unicodeScalars
        func index(_ offset: Int) -> String.Index { scalars.index(scalars.startIndex, offsetBy: offset) }
        for match in countyPattern.matches(in: Array(scalars)) {
            guard let nameRange = match.groups[0] else { continue }
            let start = index(nameRange.lowerBound)
            let name = text[start..<index(nameRange.upperBound)]
            if lexicon.notTownships.contains(where: { name.hasPrefix($0) }) { continue }
            if name.contains(where: lexicon.functionCharacters.contains) { continue }
            let end = index(match.range.upperBound)
            if !places.finder.occurrences(in: text[start..<end]).isEmpty
                || lexicon.countySuffixWords.contains(where: text[name.endIndex...].hasPrefix)
            {
                continue
            }
            if lexicon.countySuffixesAfterArea.contains(String(text[name.endIndex..<end])),
                !endsWithArea(text[..<start])
            {
                continue
            }
            return (String(text[index(match.range.lowerBound)..<end]), text[end...])
        }
        return nil
    }

    /// True when the text ends with the name of a province or prefecture.
    func endsWithArea(_ text: Substring) -> Bool {
        places.finder.occurrences(in: text).last.map { last in
            last.range.upperBound == text.utf8.count && last.divisions.contains { $0.level < .county }
        } ?? false
    }

    /// "某某土家族苗族自治县" → "某某".
    func shortName(of county: String) -> String {
        var name = Substring(county)
        if let suffix = lexicon.countySuffixes.first(where: { name.hasSuffix($0) }) {
            name = name.dropLast(suffix.count)
        }
        var stripped = true
        while stripped {
            stripped = false
            for group in lexicon.ethnicGroups where name.hasSuffix(group) && name.count > group.count {
                name = name.dropLast(group.count)
                stripped = true
            }
        }
        return String(name)
    }
}
