import JingyanLayout

extension Divisions {
    /// Finds the names of divisions in texts in one pass, with `KeywordIndex`.
    public struct Finder: Sendable {
        /// One place name found in a text.
        public struct Occurrence: Sendable, Hashable {
            /// UTF-8 offsets in the text searched.
            public let range: Range<Int>
            public let name: String
            /// True when `name` is a short name ("盘龙"), false when it is a full one ("盘龙区").
            public let isShort: Bool
            /// Every division so named, in code order: a short name often has several.
            public let divisions: [Division]
        }

        let index: KeywordIndex
        let names: [String]
        /// Per keyword: the divisions with it as their full name or, when none, as their short name.
        let matches: [(isShort: Bool, divisions: [Division])]

        /// Occurrences in text order. With `longestOnly`, a name inside a longer one found at the
        /// same place is left out ("印江" inside "印江土家族苗族自治县"); names that only overlap stay.
        public func occurrences(in text: Substring, longestOnly: Bool = true) -> [Occurrence] {
            var found: [Occurrence] = []
            index.forEachOccurrence(in: text) { keyword, range in
                let match = matches[keyword]
                found.append(
                    Occurrence(range: range, name: names[keyword], isShort: match.isShort, divisions: match.divisions))
                return true
            }
            guard longestOnly else { return found }
            found.sort { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
            var end = 0
            return found.filter { occurrence in
                defer { end = max(end, occurrence.range.upperBound) }
                return occurrence.range.upperBound > end
            }
        }

        /// Where the gazetteer's names stand in `text`; with `longestOnly`, a name that lies inside
        /// a longer or earlier one is left out.
        public func occurrences(in text: String, longestOnly: Bool = true) -> [Occurrence] {
            occurrences(in: text[...], longestOnly: longestOnly)
        }
    }

    /// A finder for the full names, and with `shortNames` the usable short names, of the
    /// divisions of `levels`. Townships add some 70,000 names: ask for them only when needed.
    public func finder(levels: Set<Level> = [.province, .prefecture, .county], shortNames: Bool = true) -> Finder {
        var full: [String: [Division]] = [:]
        var short: [String: [Division]] = [:]
        for division in all where levels.contains(division.level) {
            full[division.name, default: []].append(division)
            if shortNames && division.shortIsUsable && division.short != division.name {
                short[division.short, default: []].append(division)
            }
        }
        for division in all where levels.contains(division.level) {
            for alias in Self.autonomousAliases(of: division) where full[alias] == nil {
                full[alias] = [division]
            }
        }
        // Sorted for a deterministic keyword order: at one place the longer name comes first.
        let names = Set(full.keys).union(short.keys).sorted { ($0.utf8.count, $0) > ($1.utf8.count, $1) }
        let matches = names.map { name in
            full[name].map { (isShort: false, divisions: $0) } ?? (isShort: true, divisions: short[name] ?? [])
        }
        return Finder(index: KeywordIndex(keywords: names), names: names, matches: matches)
    }

    /// The suffixed names an autonomous prefecture or county goes by besides its own: "黔东南州"
    /// for 黔东南苗族侗族自治州, "三江县" and "三江自治县" for 三江侗族自治县 (its short name with
    /// the suffix's last word, or with 自治 and it). They count as full names; one that is
    /// another division's name is left to that division.
    static func autonomousAliases(of division: Division) -> [String] {
        guard division.level == .prefecture || division.level == .county, division.shortIsUsable,
            division.short != division.name, let word = division.name.last
        else { return [] }
        guard division.name.dropLast().hasSuffix(autonomous) else { return [] }
        return [division.short + String(word), division.short + autonomous + String(word)].filter {
            $0 != division.name
        }
    }

    static let autonomous = "自治"
}
