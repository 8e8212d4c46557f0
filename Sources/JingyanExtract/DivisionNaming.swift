/// Short names of divisions, made on UTF-8 bytes while divisions.tsv is read: the administrative
/// suffix goes ("丰润区" → "丰润"), then, before it, ethnic groups ("某某土家族苗族自治县" → "某某").
struct DivisionNaming: Sendable {
    /// Per level, longest first: the administrative words a name ends with (the lexicon's
    /// `division_suffixes`).
    let suffixes: [[[UInt8]]]
    /// Ethnic groups as written with 族, and the word 民族 (民族乡): stripped before any suffix.
    let groups: [[UInt8]]
    /// Groups without 族 ("维吾尔", "蒙古"), as autonomous names in Xinjiang and some others write
    /// them; of two characters or more, since one-character stems are common in place names.
    let stems: [[UInt8]]
    static let clan = Array("族".utf8)
    static let autonomous = Array("自治".utf8)

    init(ethnicGroups: [String], suffixes words: [Divisions.Level: [String]]) {
        suffixes = Divisions.Level.allCases.map { level in
            (words[level] ?? []).map { Array($0.utf8) }.sorted { $0.count > $1.count }
        }
        let withClan = ethnicGroups.map { Array($0.utf8) }.filter { Self.hasSuffix($0[...], Self.clan) }
        groups = (withClan + [Array("民族".utf8)]).sorted { $0.count > $1.count }
        stems = withClan.map { Array($0.dropLast(Self.clan.count)) }.filter { Self.characters($0[...]) >= 2 }
            .sorted { $0.count > $1.count }
    }

    /// The short name and whether it may stand alone (two characters or more).
    func shortName(of name: UnsafeBufferPointer<UInt8>, level: Divisions.Level) -> (String, Bool) {
        var rest = name[...]
        var autonomous = false
        let candidates = suffixes[level.rawValue].filter { Self.hasSuffix(rest, $0) }
        // The longest suffix that leaves two characters: "清新区" is 清新 of 区, not 清 of 新区.
        if let suffix = candidates.first(where: { Self.characters(rest.dropLast($0.count)) >= 2 }) ?? candidates.last {
            rest = rest.dropLast(suffix.count)
            autonomous = suffix.starts(with: Self.autonomous)
        }
        var stripped = true
        while stripped {
            stripped = false
            for group in groups where strip(group, from: &rest) {
                stripped = true
                autonomous = true
            }
            guard autonomous else { continue }
            for stem in stems where strip(stem, from: &rest) { stripped = true }
        }
        // "鄂温克族自治旗": the group is the whole name; its short name is the group without 族.
        if Self.hasSuffix(rest, Self.clan), Self.characters(rest.dropLast(Self.clan.count)) >= 2 {
            rest = rest.dropLast(Self.clan.count)
        }
        return (String(decoding: rest, as: UTF8.self), Self.characters(rest) >= 2)
    }

    /// Drops `word` from the end of `rest` when two characters remain before it.
    private func strip(_ word: [UInt8], from rest: inout Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard Self.hasSuffix(rest, word), Self.characters(rest.dropLast(word.count)) >= 2 else { return false }
        rest = rest.dropLast(word.count)
        return true
    }

    static func hasSuffix<C: Collection<UInt8>>(_ bytes: C, _ suffix: [UInt8]) -> Bool {
        bytes.count >= suffix.count && bytes.suffix(suffix.count).elementsEqual(suffix)
    }

    /// UTF-8 characters (scalars): bytes that are not continuation bytes.
    static func characters<C: Collection<UInt8>>(_ bytes: C) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
