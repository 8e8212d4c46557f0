import Foundation

/// China's administrative divisions (Resources/divisions.tsv, made by
/// scripts/gazetteer/make_divisions.py): provinces, prefectures, counties and townships, with
/// their short names and parents, looked up by name or code.
///
/// A value type with no shared state: load it once (`bundled()`) where places anywhere in China
/// must be resolved and keep it; nothing is loaded until then.
public struct Divisions: Sendable {
    /// The four levels of the file, from the top.
    public enum Level: Int, Sendable, Hashable, Comparable, CaseIterable {
        case province, prefecture, county, township

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One division: "印江土家族苗族自治县", short name "印江".
    public struct Division: Sendable, Hashable {
        /// GB/T 2260: 6 digits (province xx0000, prefecture xxxx00, county), or the first 9 of a
        /// township's 12 (its first 6 are its county's code).
        public let code: Int
        public let name: String
        /// The name without its administrative suffix and ethnic groups: "印江", "黔东南", "广西".
        public let short: String
        /// False when the short name is one character ("涉县" → "涉"): too common a character to
        /// stand for the place on its own, so only the full name finds it.
        public let shortIsUsable: Bool
        public let level: Level
    }

    /// Every division, sorted by code: a county's townships follow it.
    public let all: [Division]
    /// `all`'s codes, for a binary search.
    let codes: [Int]
    /// The first division with a name (in code order); `nextSameName` chains the others. One
    /// dictionary entry per name with no array each keeps loading fast.
    let firstByName: [String: Int32]
    let nextSameName: [Int32]
    /// The same for usable short names.
    let firstByShort: [String: Int32]
    let nextSameShort: [Int32]
    /// Provinces that have prefectures: a county of any other (a municipality's district) has
    /// its province as its prefecture too.
    let provincesWithPrefectures: Set<Int>
    /// The keys of both name tables: most texts looked up are no name, and are told so here.
    let nameBits: NameBits

    /// The divisions shipped with Jingyan, with short names made by the lexicon's
    /// `division_suffixes` and `ethnic_groups`.
    public static func bundled(lexicon: Lexicon) throws -> Divisions {
        guard let url = Bundle.module.url(forResource: "divisions", withExtension: "tsv") else {
            throw ExtractionError.missingResource("divisions.tsv")
        }
        return try Divisions(tsv: Data(contentsOf: url), lexicon: lexicon, source: "divisions.tsv")
    }

    /// Parses divisions.tsv with the lexicon's suffixes and ethnic groups for short names.
    public init(tsv: Data, lexicon: Lexicon, source: String = "divisions.tsv") throws {
        var suffixes: [Level: [String]] = [:]
        for level in Level.allCases { suffixes[level] = lexicon.divisionSuffixes["\(level)"] ?? [] }
        try self.init(tsv: tsv, ethnicGroups: lexicon.ethnicGroups, suffixes: suffixes, source: source)
    }

    /// Parses `code<TAB>name` lines (`#` lines are comments) on UTF-8 bytes. A short name is the
    /// name without the longest of its level's `suffixes` that leaves two characters, and then
    /// without `ethnicGroups` ("苗族").
    public init(
        tsv: Data, ethnicGroups: [String], suffixes: [Level: [String]], source: String = "divisions.tsv"
    ) throws {
        let naming = DivisionNaming(ethnicGroups: ethnicGroups, suffixes: suffixes)
        var all: [Division] = []
        all.reserveCapacity(tsv.count / 20)
        try tsv.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineNumber = 0
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                if end > start && bytes[start] != 0x23 {  // not empty, not a # comment
                    let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    guard let division = Self.division(in: line, naming) else {
                        throw ExtractionError.badDataFile(source, "line \(lineNumber): not code<TAB>name")
                    }
                    all.append(division)
                }
                start = end + 1
            }
        }
        if !zip(all, all.dropFirst()).allSatisfy({ $0.code < $1.code }) { all.sort { $0.code < $1.code } }
        try self.init(divisions: all, source: source)
    }

    /// Indexes divisions sorted by code.
    init(divisions all: [Division], source: String) throws {
        var firstByName: [String: Int32] = [:]
        var firstByShort: [String: Int32] = [:]
        var nextSameName = [Int32](repeating: -1, count: all.count)
        var nextSameShort = [Int32](repeating: -1, count: all.count)
        var provincesWithPrefectures: Set<Int> = []
        firstByName.reserveCapacity(all.count)
        firstByShort.reserveCapacity(all.count)
        // Backwards, so that each chain runs in code order.
        for position in all.indices.reversed() {
            let division = all[position]
            if position > 0 && all[position - 1].code == division.code {
                throw ExtractionError.badDataFile(source, "code \(division.code) given twice")
            }
            let index = Int32(position)
            nextSameName[position] = firstByName.updateValue(index, forKey: division.name) ?? -1
            if division.shortIsUsable && division.short != division.name {
                nextSameShort[position] = firstByShort.updateValue(index, forKey: division.short) ?? -1
            }
            if division.level == .prefecture { provincesWithPrefectures.insert(division.code / 10000 * 10000) }
        }
        self.all = all
        codes = all.map(\.code)
        self.firstByName = firstByName
        self.nextSameName = nextSameName
        self.firstByShort = firstByShort
        self.nextSameShort = nextSameShort
        self.provincesWithPrefectures = provincesWithPrefectures
        nameBits = NameBits(names: Array(firstByName.keys) + Array(firstByShort.keys))
    }

    /// One line's division: digits, a tab, the name.
    static func division(in line: UnsafeBufferPointer<UInt8>, _ naming: DivisionNaming) -> Division? {
        var code = 0
        var digits = 0
        while digits < line.count, case 0x30...0x39 = line[digits] {
            code = code * 10 + Int(line[digits] - 0x30)
            digits += 1
        }
        var nameEnd = line.count
        if nameEnd > 0 && line[nameEnd - 1] == 0x0D { nameEnd -= 1 }  // a CRLF file
        guard digits < line.count, line[digits] == 0x09, nameEnd > digits + 1 else { return nil }
        let level: Level
        switch digits {
        case 9: level = .township
        case 6: level = code % 10000 == 0 ? .province : code % 100 == 0 ? .prefecture : .county
        default: return nil
        }
        let name = UnsafeBufferPointer(rebasing: line[(digits + 1)..<nameEnd])
        let (short, usable) = naming.shortName(of: name, level: level)
        return Division(
            code: code, name: String(decoding: name, as: UTF8.self), short: short, shortIsUsable: usable, level: level)
    }
}

// MARK: - Lookups

extension Divisions {
    /// The division with this code (6 digits, or 9 for a township).
    public subscript(code code: Int) -> Division? {
        var low = 0
        var high = codes.count
        while low < high {
            let middle = (low + high) / 2
            if codes[middle] < code { low = middle + 1 } else { high = middle }
        }
        return low < codes.count && codes[low] == code ? all[low] : nil
    }

    /// The divisions of one level, in code order.
    public func divisions(at level: Level) -> [Division] {
        all.filter { $0.level == level }
    }

    /// Divisions whose full name is `name` ("朝阳区": one in Beijing, others elsewhere), in code
    /// order, of `level` only when given.
    public func named(_ name: String, level: Level? = nil) -> [Division] {
        guard nameBits.mayBeName(name) else { return [] }
        return chain(from: firstByName[name], nextSameName, level)
    }

    /// Divisions whose usable short name is `short` ("盘龙": 盘龙区 of every province that has
    /// one), in code order, of `level` only when given.
    public func shortNamed(_ short: String, level: Level? = nil) -> [Division] {
        guard nameBits.mayBeName(short) else { return [] }
        return chain(from: firstByShort[short], nextSameShort, level)
    }

    /// False only when the scalars, as a String, are surely no division's name or short name.
    func mayBeName(_ scalars: some Collection<Unicode.Scalar>) -> Bool { nameBits.mayBeName(scalars) }

    /// Divisions named `name` in full, or else by short name.
    public func lookup(_ name: String, level: Level? = nil) -> [Division] {
        let full = named(name, level: level)
        return full.isEmpty ? shortNamed(name, level: level) : full
    }

    private func chain(from first: Int32?, _ next: [Int32], _ level: Level?) -> [Division] {
        var found: [Division] = []
        var index = first ?? -1
        while index >= 0 {
            let division = all[Int(index)]
            if level == nil || division.level == level { found.append(division) }
            index = next[Int(index)]
        }
        return found
    }

    /// A township's county.
    public func county(of division: Division) -> Division? {
        division.level == .township ? self[code: division.code / 1000] : nil
    }

    /// A county's (or a township's) prefecture. A municipality's district has the municipality;
    /// a county its province governs directly (省直辖县级市) has none.
    public func prefecture(of division: Division) -> Division? {
        switch division.level {
        case .province, .prefecture: return nil
        case .township: return county(of: division).flatMap { prefecture(of: $0) }
        case .county:
            if let prefecture = self[code: division.code / 100 * 100] { return prefecture }
            let province = division.code / 10000 * 10000
            return provincesWithPrefectures.contains(province) ? nil : self[code: province]
        }
    }

    /// The province of any division below one.
    public func province(of division: Division) -> Division? {
        let digits = division.level == .township ? 10_000_000 : 10000
        return division.level == .province ? nil : self[code: division.code / digits * 10000]
    }

    /// The level above: township → county, county → prefecture (or its province when it has
    /// none), prefecture → province.
    public func parent(of division: Division) -> Division? {
        switch division.level {
        case .province: return nil
        case .prefecture: return province(of: division)
        case .county: return prefecture(of: division) ?? province(of: division)
        case .township: return county(of: division)
        }
    }

    /// A division's townships (of a county) or counties (of a prefecture, or of a municipality).
    public func children(of division: Division) -> [Division] {
        all.filter { parent(of: $0) == division }
    }
}
