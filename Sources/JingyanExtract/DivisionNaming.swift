/// Short names of divisions, made on UTF-8 bytes while divisions.tsv is read: the administrative
/// suffix goes ("丰润区" → "丰润"), then, before it, ethnic groups
/// ("某某土家族苗族自治县" → "某某").
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
        let withClan = ethnicGroups.filter { $0.hasSuffix("族") }
        groups = (withClan + ["民族"]).map { Array($0.utf8) }.sorted { $0.count > $1.count }
        stems = withClan.map { $0.dropLast() }.filter { $0.count >= 2 }.map { Array($0.utf8) }
            .sorted { $0.count > $1.count }
    }

    /// The short name and whether it may stand alone (two characters or more).
    func shortName(of name: UnsafeBufferPointer<UInt8>, level: Divisions.Level) -> (String, Bool) {
        if level == .county, let short = Self.wingAbbreviation(of: name) { return (short, true) }
        var end = name.count  // the short name is name[..<end]
        var autonomous = false
        // The longest suffix that leaves two characters: "清新区" is 清新 of 区, not 清 of 新区.
        var shortest: [UInt8]?
        for suffix in suffixes[level.rawValue] where Self.ends(name, end, with: suffix) {
            shortest = suffix
            if Self.characters(name, end - suffix.count) >= 2 { break }
        }
        if let suffix = shortest {
            end -= suffix.count
            autonomous = suffix.starts(with: Self.autonomous)
        }
        var stripped = true
        while stripped {
            stripped = false
            for group in groups where Self.strip(group, from: name, &end) {
                stripped = true
                autonomous = true
            }
            guard autonomous else { continue }
            for stem in stems where Self.strip(stem, from: name, &end) { stripped = true }
        }
        // "鄂温克族自治旗": the group is the whole name; its short name is the group without 族.
        if Self.ends(name, end, with: Self.clan), Self.characters(name, end - Self.clan.count) >= 2 {
            end -= Self.clan.count
        }
        let short = String(decoding: UnsafeBufferPointer(rebasing: name[..<end]), as: UTF8.self)
        return (short, Self.characters(name, end) >= 2)
    }

    /// "科尔沁右翼中旗" → "科右中旗": a banner named for a wing is known by its first character, the
    /// wing's side and what follows the wing.
    static func wingAbbreviation(of name: UnsafeBufferPointer<UInt8>) -> String? {
        guard ends(name, name.count, with: banner) else { return nil }
        let text = String(decoding: name, as: UTF8.self)
        guard let wing = text.range(of: "翼") else { return nil }
        let head = text[..<wing.lowerBound]
        guard head.count >= 3, let first = head.first, let side = head.last, side == "左" || side == "右" else {
            return nil
        }
        return String(first) + String(side) + text[wing.upperBound...]
    }

    static let banner = Array("旗".utf8)

    /// Drops `word` from the end of `name[..<end]` when two characters remain before it.
    private static func strip(_ word: [UInt8], from name: UnsafeBufferPointer<UInt8>, _ end: inout Int) -> Bool {
        guard ends(name, end, with: word), characters(name, end - word.count) >= 2 else { return false }
        end -= word.count
        return true
    }

    /// True when `name[..<end]` ends with `word`.
    @inline(__always)
    static func ends(_ name: UnsafeBufferPointer<UInt8>, _ end: Int, with word: [UInt8]) -> Bool {
        guard end >= word.count else { return false }
        for (offset, byte) in word.enumerated() where name[end - word.count + offset] != byte { return false }
        return true
    }

    /// UTF-8 characters (scalars) in `bytes[..<end]`: bytes that are not continuation bytes.
    static func characters(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
        var count = 0
        for index in 0..<end where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
