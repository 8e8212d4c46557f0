import JingyanLayout

/// The national gazetteer as the extractor asks it: is a short line a place tag, which places
/// does a text name, and which county does a name stand for.
struct PlaceNames: Sendable {
    let divisions: Divisions
    let lexicon: Lexicon
    /// Provinces, prefectures and counties by full and short name.
    let finder: Divisions.Finder
    /// The township suffixes' last scalars and lengths, in the lexicon's order: every scalar of
    /// a lede is looked up among them.
    let townshipSuffixEnds: [SuffixEnd]

    struct SuffixEnd {
        var last: Unicode.Scalar?
        var scalarCount: Int
    }

    init(divisions: Divisions, lexicon: Lexicon) {
        self.divisions = divisions
        self.lexicon = lexicon
        finder = divisions.finder()
        townshipSuffixEnds = lexicon.townshipSuffixes.map {
            SuffixEnd(last: $0.unicodeScalars.last, scalarCount: $0.unicodeScalars.count)
        }
    }

    /// A place tag read: "某某新场" → 某某县 and its 新场镇; "贵阳花溪" → 花溪区;
    /// "铜仁" → 铜仁市.
    struct Tag {
        var prefecture: Divisions.Division?
        var county: Divisions.Division?
        var township: Divisions.Division?
        /// What follows the county when it names no township of it: a village, or a township
        /// the gazetteer does not list ("平坝兴旺" → 兴旺).
        var rest: String
    }

    /// A line of place names only: [province] [prefecture] [county] [township], at least a
    /// prefecture or a county, maybe followed by a village's name.
    func tag(_ text: String) -> Tag? { tags(text).first }

    /// Every reading of a place tag that reads as far as the best: more than one where the
    /// name stands for several divisions ("鼓楼" is a district of 南京, 福州, 徐州 and 开封).
    func tags(_ text: String) -> [Tag] { tags(text, setApart: false) }

    /// `setApart`: the text is a tag's names as spaces, brackets or a label set them apart.
    private func tags(_ text: String, setApart: Bool) -> [Tag] {
        // Han only, so scalars are Characters: counting them needs no grapheme breaking.
        guard text.utf8.count <= 40 + Self.maxPlaceLabel * 3 else { return [] }
        guard text.unicodeScalars.allSatisfy(Typography.isHan) else {
            return (Self.bracketed(text) ?? Self.spaced(text) ?? Self.labelled(text)).map { tags($0, setApart: true) }
                ?? []
        }
        guard text.utf8.count <= 40 else { return [] }
        guard text.unicodeScalars.count <= 10,
            finder.index.firstOccurrence(in: text[...])?.range.lowerBound == 0  // most lines: no reading to make
        else { return [] }
        let occurrences = finder.occurrences(in: text)
        return read(occurrences[...], from: 0, above: nil).compactMap { tag(reading: $0, of: text, setApart: setApart) }
    }

    private func tag(reading: Reading, of text: String, setApart: Bool) -> Tag? {
        var tag = Tag(prefecture: reading.prefecture, county: reading.county, rest: "")
        guard tag.county != nil || tag.prefecture != nil else { return nil }
        let rest = String(decoding: text.utf8.dropFirst(reading.end), as: UTF8.self)
        guard !rest.isEmpty else { return tag }
        guard let county = tag.county, rest.unicodeScalars.count >= 2 else { return nil }
        tag.township = township(named: rest, in: county)
        guard tag.township == nil else { return tag }
        if let split = townshipAndVillage(rest, in: county) {
            tag.township = split.township
            tag.rest = split.village
            return tag
        }
        // A village, or a township the gazetteer lacks: a short name, not a phrase ("某某合力解纠纷",
        // "某某渔村的" opening a title). Run on from the county, three characters are named a village
        // ("某某某村") or open a township's name ("鄂温克锡尼河" of 锡尼河西苏木); a title's words do not
        // ("山城老街巷"), and a village's short name has two ("碧江溪乐").
        guard rest.unicodeScalars.count <= Self.maxUnlistedPlace,
            let last = rest.unicodeScalars.last, !Self.phraseEnds.contains(last), !Self.zones.contains(rest),
            setApart || rest.unicodeScalars.count < Self.maxUnlistedPlace
                || lexicon.villageSuffixes.contains(where: rest.hasSuffix)
                || divisions.children(of: county).contains(where: { $0.name.hasPrefix(rest) })
        else { return nil }
        tag.rest = rest
        return tag
    }

    /// "某某镇某某村" after a county in a tag: a township of the county and a village's name (two to
    /// four Han and a village's suffix).
    private func townshipAndVillage(_ rest: String, in county: Divisions.Division) -> TownshipAndVillage? {
        for suffix in lexicon.townshipSuffixes {
            guard let end = rest.range(of: suffix)?.upperBound, end < rest.endIndex else { continue }
            let village = String(rest[end...])
            guard let township = township(named: String(rest[..<end]), in: county),
                let villageSuffix = lexicon.villageSuffixes.first(where: village.hasSuffix),
                (2...4).contains(village.count - villageSuffix.count)
            else { continue }
            return TownshipAndVillage(township: township, village: village)
        }
        return nil
    }

    private struct TownshipAndVillage {
        var township: Divisions.Division
        var village: String
    }

    /// Divisions read one after another from a tag's start, each inside the one before.
    struct Reading {
        var end: Int
        var prefecture: Divisions.Division?
        var county: Divisions.Division?

        /// Reads further, or as far with a county or prefecture where the other has neither.
        func isBetter(than other: Reading) -> Bool {
            if end != other.end { return end > other.end }
            return other.county == nil && other.prefecture == nil && (county != nil || prefecture != nil)
        }
    }

    /// The best readings of the consecutive occurrences from `offset`, in the gazetteer's order:
    /// a name several divisions share ("河北" the province, "河北区" in Tianjin by its short name)
    /// is each tried, so that "河北丰润" reads as the province and its 丰润区.
    func read(
        _ occurrences: ArraySlice<Divisions.Finder.Occurrence>, from offset: Int, above: Divisions.Division?
    ) -> [Reading] {
        var best = [Reading(end: offset)]
        guard let occurrence = occurrences.first, occurrence.range.lowerBound == offset else { return best }
        let inside = occurrence.divisions.filter { division in
            above.map { division.level > $0.level && isWithin(division, $0) } ?? true
        }
        for division in inside {
            for var reading in read(occurrences.dropFirst(), from: occurrence.range.upperBound, above: division) {
                if division.level == .prefecture, reading.prefecture == nil { reading.prefecture = division }
                if division.level == .county { reading.county = division }
                if reading.isBetter(than: best[0]) {
                    best = [reading]
                } else if !best[0].isBetter(than: reading), reading.county != nil || reading.prefecture != nil {
                    best.append(reading)
                }
            }
        }
        return best
    }

    /// A tag as some papers print it, "【河北·丰润】" → "河北丰润"; nil for any other text.
    static func bracketed(_ text: String) -> String? {
        guard let first = Typography.firstScalar(of: text), let last = Typography.lastScalar(of: text),
            tagBrackets[first] == last
        else { return nil }
        let inner = text.unicodeScalars.dropFirst().dropLast().filter { !tagSeparators.contains($0) }
        guard !inner.isEmpty, inner.allSatisfy(Typography.isHan) else { return nil }
        return String(String.UnicodeScalarView(inner))
    }

    /// A tag whose names are set apart by spaces or a middle dot, "湖南 花垣" → "湖南花垣",
    /// "于都·梓山" → "于都梓山": each part Han, of a name's length at least; nil for any other text.
    static func spaced(_ text: String) -> String? {
        guard text.unicodeScalars.contains(where: tagSeparators.contains) else { return nil }
        let parts = text.unicodeScalars.split(whereSeparator: tagSeparators.contains)
        guard parts.count > 1, parts.allSatisfy({ $0.count >= 2 && $0.allSatisfy(Typography.isHan) }) else {
            return nil
        }
        return parts.map { String(String.UnicodeScalarView($0)) }.joined()
    }

    /// "蹲点地点：某县某镇某村": a place line under its label, a word ending in 地点; nil for any other text.
    static func labelled(_ text: String) -> String? {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let label = text[..<colon]
        let place = text[text.index(after: colon)...].drop { $0 == " " || $0 == "　" }
        guard label.hasSuffix(Self.placeLabel), label.count <= Self.maxPlaceLabel,
            label.unicodeScalars.allSatisfy(Typography.isHan), !place.isEmpty,
            place.unicodeScalars.allSatisfy(Typography.isHan)
        else { return nil }
        return String(place)
    }

    static let placeLabel = "地点"
    static let maxPlaceLabel = 6

    static let tagBrackets: [Unicode.Scalar: Unicode.Scalar] = ["【": "】", "[": "]", "［": "］", "〔": "〕"]
    static let tagSeparators: Set<Unicode.Scalar> = ["·", "•", "・", " ", "　"]

    func isPlaceTag(_ text: String) -> Bool { tag(text) != nil || namesZone(text) }

    /// "江北新区": a zone named after a division, printed as a report's place line; it reads as
    /// no county (`zones`), and the report's text tells where it lies.
    func namesZone(_ text: String) -> Bool {
        guard text.unicodeScalars.last == "区", let zone = Self.zones.first(where: { text.hasSuffix($0) }) else {
            return false
        }
        let name = String(text.unicodeScalars.dropLast(zone.unicodeScalars.count))
        return name.unicodeScalars.count >= 2 && name.unicodeScalars.allSatisfy(Typography.isHan)
            && !(divisions.named(name) + divisions.shortNamed(name)).isEmpty
    }

    /// Particles that end a phrase, never a name.
    static let phraseEnds = ScalarSet(["的", "了", "着"])

    static let maxUnlistedPlace = 3

    /// What makes a name another area than the county it holds ("江北新区" is no 江北区): a zone
    /// the national codes do not list as a division.
    static let zones: Set<String> = ["新区", "开发区", "高新区", "经开区", "园区", "示范区", "试验区"]

    /// True when `division` lies inside `area` (or is it).
    func isWithin(_ division: Divisions.Division, _ area: Divisions.Division) -> Bool {
        var current: Divisions.Division? = division
        while let place = current {
            if place == area { return true }
            current = divisions.parent(of: place)
        }
        return false
    }

    /// True when some township has `name` as its full name ("石门镇"), of three characters or more.
    func isTownship(_ name: String) -> Bool {
        name.unicodeScalars.count >= 3 && !divisions.named(name, level: .township).isEmpty
    }

    /// The first township the text names in full, in whichever county.
    func firstTownshipAnywhere(in text: String) -> Divisions.Division? {
        firstTownship(in: text) { divisions.named($0, level: .township).first }
    }

    /// True when some township has `name` as its short name ("枫泾" of 枫泾镇).
    func isTownshipShortName(_ name: String) -> Bool { !divisions.shortNamed(name, level: .township).isEmpty }

    /// The county's township named `name` in full ("某某镇") or by short name ("某某").
    func township(named name: String, in county: Divisions.Division) -> Divisions.Division? {
        (divisions.named(name, level: .township) + divisions.shortNamed(name, level: .township))
            .first { divisions.county(of: $0) == county }
    }

    /// The short names of the townships of `counties` the text names in full: the finder of
    /// `signature` holds no townships.
    func townships(of counties: [Divisions.Division], namedIn text: String) -> Set<String> {
        var names = Set<String>()
        for county in counties where county.level == .county {
            if let found = township(of: county, namedIn: text) {
                names.insert(found.shortIsUsable ? found.short : found.name)
            }
        }
        return names
    }

    /// The first of the county's townships the text names in full.
    func township(of county: Divisions.Division, namedIn text: String) -> Divisions.Division? {
        firstTownship(in: text) { township(named: $0, in: county) }
    }

    /// True when the text names one of the county's townships in full ("某某镇红白理事会……").
    func namesTownship(of county: Divisions.Division, in text: String) -> Bool {
        firstTownship(in: text) { township(named: $0, in: county) } != nil
    }

    /// The first name with a township suffix ("某某镇", 2–8 characters before it: "阿勒腾席热镇")
    /// that `accept` turns into a township, the shortest first; with `shortest` 1, a name of one
    /// character too ("乌镇"), which only a place written right before it makes a township's. `accept` finds townships by name:
    /// what no division is named is passed over without making it a String.
    static let maxTownshipName = 8

    /// With `formerSuffixes`, a name the codes list under the other of 乡 and 镇 counts too
    /// (`renamedTownship`): asked only where a township named as printed was not found.
    func firstTownship(
        in text: String, formerSuffixes: Bool = false, shortest: Int = 2, accept: (String) -> Divisions.Division?
    ) -> Divisions.Division? {
        let scalars = ScannedText.scalars(of: text)
        for (index, scalar) in scalars.enumerated() where index >= shortest {
            guard let suffix = townshipSuffixEnds.first(where: { $0.last == scalar }) else { continue }
            let suffixLength = suffix.scalarCount
            for length in shortest...Self.maxTownshipName where index + 1 >= length + suffixLength {
                let start = index + 1 - length - suffixLength
                guard Typography.isHan(scalars[start]) else { break }  // a name is Han: so is a longer one
                guard divisions.mayBeName(scalars[start...index]) else {
                    if formerSuffixes, let renamed = renamedTownship(scalars[start...index], accept: accept) {
                        return renamed
                    }
                    continue
                }
                let name = Typography.string(scalars[start...index])
                // A name of one character counts as some township's full name only ("乌镇", not "栗乡" of 栗乡街道).
                if length == 1 {
                    if !divisions.named(name, level: .township).isEmpty, let township = accept(name),
                        township.name == name
                    {
                        return township
                    }
                    continue
                }
                if let township = accept(name) { return township }
                if formerSuffixes, let renamed = renamedTownship(scalars[start...index], accept: accept) {
                    return renamed
                }
            }
        }
        return nil
    }

    /// A township the text names by the suffix it had before it became a town ("才纳乡", now
    /// 才纳镇) or a township again: the division, under the name the text prints.
    func renamedTownship(
        _ name: ArraySlice<Unicode.Scalar>, accept: (String) -> Divisions.Division?
    ) -> Divisions.Division? {
        guard let current = Self.underOtherSuffix(name), divisions.mayBeName(current[...]),
            let township = accept(Typography.string(current[...]))
        else { return nil }
        return Self.printed(township, as: Typography.string(name))
    }

    static let formerSuffixes: [Unicode.Scalar: Unicode.Scalar] = ["乡": "镇", "镇": "乡"]

    /// The name with its last scalar, 乡 or 镇, swapped for the other; nil when it ends with neither.
    static func underOtherSuffix(_ name: some BidirectionalCollection<Unicode.Scalar>) -> [Unicode.Scalar]? {
        guard let last = name.last, let other = formerSuffixes[last] else { return nil }
        return Array(name.dropLast()) + [other]
    }

    /// The township under the name the text prints it by ("某某乡" for the codes' "某某镇").
    static func printed(_ township: Divisions.Division, as name: String) -> Divisions.Division {
        Divisions.Division(
            code: township.code, name: name, short: township.short, shortIsUsable: township.shortIsUsable,
            level: township.level)
    }

    /// The provinces, prefectures and counties the text names in full ("某某县", not "某某"), but
    /// for names that are as often common words; a short or common name counts right after a
    /// wider place that holds it.
    func namedInFull(in text: String) -> [Divisions.Division] {
        var previous: Divisions.Finder.Occurrence?
        return finder.occurrences(in: text[...]).flatMap { occurrence in
            defer { previous = occurrence }
            guard needsArea(occurrence) else { return occurrence.divisions }
            // "兰州市城关区": a name that needs its area counts right after it.
            guard let wider = previous, wider.range.upperBound == occurrence.range.lowerBound else { return [] }
            return occurrence.divisions.filter { division in wider.divisions.contains { isWithin(division, $0) } }
        }
    }

    /// A full name that is as often a common word or part of a phrase: of two characters
    /// ("提高县级" holds 高县, "调出城区" 城区), of position words and a suffix only ("老城区",
    /// "城关区", "市中区"; lexicon generic_place_characters), or of three with a common ending ("闽东山区"
    /// holds 东山区). Such a name counts right after its prefecture or province, or where the article
    /// names one of them.
    func isCommonWord(_ name: String) -> Bool {
        let scalars = name.unicodeScalars
        return scalars.count <= 2 || scalars.dropLast().allSatisfy(lexicon.genericPlaceCharacters.contains)
            || scalars.count == 3 && lexicon.commonWordEndings.contains(where: name.hasSuffix)
    }

    /// A short name, or a full one that is as often a common word: a place only beside its area.
    func needsArea(_ occurrence: Divisions.Finder.Occurrence) -> Bool {
        occurrence.isShort || isCommonWord(occurrence.name)
    }

    /// True when the text names a place the gazetteer knows.
    func namesPlace(_ text: String) -> Bool { !signature(of: text).isEmpty }

    /// The short names of the places a text names, to count in a body: counties and townships as
    /// named, a prefecture with its counties; a province only when nothing narrower is named. A
    /// place tag, or a title's place before its colon, is read whole; elsewhere a short name counts
    /// only right after a wider place ("贵州某某"), since many are common words. `withSuffixes` adds
    /// any name before a county or township suffix ("某某乡"), for body text (in a title "……员当乡邻" is
    /// no place).
    func signature(of text: String, withSuffixes: Bool = false) -> Set<String> {
        var found: [Divisions.Division] = []
        // A tag, or a title's place before its colon ("某某某某：标题").
        if let tag = tag(text) ?? PlacePrefix(of: text).flatMap({ tag(String($0.place)) }) {
            found = [tag.county ?? tag.prefecture].compactMap { $0 }
            if let township = tag.township { found.append(township) }
        } else {
            var previous: Divisions.Finder.Occurrence?
            for occurrence in finder.occurrences(in: text) {
                defer { previous = occurrence }
                let adjacent = previous.map { $0.range.upperBound == occurrence.range.lowerBound } ?? false
                guard !needsArea(occurrence) || adjacent,
                    let division = occurrence.divisions.first
                else { continue }
                found.append(division)
            }
        }
        var names = Set<String>()
        var provinces = Set<String>()
        for division in found {
            switch division.level {
            case .province: provinces.insert(division.short)
            case .prefecture:
                names.insert(division.short)
                for county in divisions.children(of: division) where county.shortIsUsable { names.insert(county.short) }
            default: names.insert(division.shortIsUsable ? division.short : division.name)
            }
        }
        if withSuffixes { names.formUnion(suffixedNames(in: text)) }
        return names.isEmpty ? provinces : names
    }

    /// "平阳县闹村乡" → 平阳, 闹村: the two characters before each county or township suffix,
    /// when some division in the gazetteer has that name.
    func suffixedNames(in text: String) -> [String] {
        let characters = Array(text)
        var names: [String] = []
        let suffixes = Set(
            (lexicon.countySuffixes + lexicon.townshipSuffixes).compactMap { $0.count == 1 ? $0.first : nil })
        for (index, character) in characters.enumerated() where index >= 2 && suffixes.contains(character) {
            let core = String(characters[(index - 2)..<index])
            guard core.unicodeScalars.allSatisfy(Typography.isHan),
                !core.contains(where: lexicon.functionCharacters.contains),
                // "全县", "该镇", "各乡": a word for "the whole" or "this" before the suffix, no name.
                !lexicon.notTownships.contains(where: { core.hasPrefix($0) || core.hasSuffix($0) }),
                // "接到县长", "组织乡贤": only a name the gazetteer has somewhere in China.
                !divisions.shortNamed(core).isEmpty || !divisions.named(core + String(character)).isEmpty
            else { continue }
            names.insert(core, at: names.endIndex)
        }
        return names
    }

    /// A township the gazetteer does not hold (renamed or merged since), named in full right
    /// after its county ("抚远市抓吉镇"): two to four Han characters and a township suffix, none of
    /// them a function character, the first no word for "every" or "the whole" ("各乡镇").
    func townshipWritten(after county: String, in text: String) -> String? {
        guard let found = text.range(of: county) else { return nil }
        let after = Array(text[found.upperBound...].prefix(Self.writtenTownshipLength.upperBound + 2))
        for length in Self.writtenTownshipLength where after.count > length {
            let core = after[..<length]
            guard core.allSatisfy({ $0.unicodeScalars.allSatisfy(Typography.isHan) }),
                !core.contains(where: lexicon.functionCharacters.contains)
            else { return nil }
            let rest = String(after[length...])
            guard let suffix = lexicon.townshipSuffixes.first(where: rest.hasPrefix),
                !lexicon.notTownships.contains(where: { String(core).hasPrefix($0) })
            else { continue }
            return String(core) + suffix
        }
        return nil
    }

    static let writtenTownshipLength = 2...4

    /// How often the names occur in the text.
    func count(_ names: Set<String>, in text: String) -> Int {
        guard !names.isEmpty else { return 0 }
        return KeywordIndex(keywords: names.sorted()).counts(in: text[...]).reduce(0, +)
    }
}
