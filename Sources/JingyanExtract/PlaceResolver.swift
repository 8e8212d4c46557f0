import JingyanLayout
import JingyanModel

/// Decides which county (and township) an article reports on, from what the text says: the
/// lede's first place name, the place tag of the title block, the title's place prefix. Known
/// places take their names and slugs from the gazetteer; unknown ones keep the text's name and a
/// transliterated slug, so a page from anywhere still works.
struct PlaceResolver {
    let lexicon: Lexicon
    let gazetteer: Gazetteer
    let slug: Slug
    /// A Han name before a county suffix, for counties the gazetteer does not know.
    private let countyPattern: LexiconPattern
    /// Full names, and short names with a county suffix.
    private let countyNames: CountyNames

    init(lexicon: Lexicon, gazetteer: Gazetteer, slug: Slug) throws {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.slug = slug
        countyNames = gazetteer.names(suffixes: lexicon.countySuffixes)
        let suffixes = lexicon.countySuffixes.map(LexiconPattern.escaped).joined(separator: "|")
        countyPattern = try LexiconPattern("(\\p{Han}{2,12}?)(?:\(suffixes))")
    }

    func resolve(lede: String, body: String, title: String, placeTags: [String]) -> Place {
        let tagPrefixes = placeTags + [titlePlacePrefix(title)].compactMap { $0 }
        if let (county, end) = countyNames.first(in: lede) {
            let township = township(fromTags: tagPrefixes, county: county, body: body) ?? township(after: lede[end...])
            return place(county.name, short: county.short, slug: county.pinyin, township: township)
        }
        for tag in tagPrefixes {
            if let county = gazetteer.county(prefixing: tag) {
                return place(county.name, short: county.short, slug: county.pinyin,
                             township: township(fromTags: tagPrefixes, county: county, body: body))
            }
        }
        if let (county, end) = countyNames.first(in: body) {
            return place(county.name, short: county.short, slug: county.pinyin, township: township(after: body[end...]))
        }
        if let (name, end) = unknownCounty(in: lede) ?? unknownCounty(in: body) {
            let short = shortName(of: name)
            return place(name, short: short, slug: slug.pinyin(short), township: township(after: end))
        }
        if let tag = placeTags.first {
            return place(tag, short: tag, slug: slug.pinyin(tag), township: nil)
        }
        return place("未注明地点", short: "未注明", slug: "unknown", township: nil)
    }

    private func place(_ county: String, short: String, slug: String, township: String?) -> Place {
        let townshipCore = township.map { name in
            lexicon.townshipSuffixes.first { name.hasSuffix($0) && name.count > $0.count }.map { String(name.dropLast($0.count)) } ?? name
        }
        // A name with no Han or ASCII letters in it (found by fuzzing) still needs a slug.
        let placeSlug = slug.isEmpty ? "place-" + StableHash.hex(county).prefix(8) : slug
        let townshipSlug = townshipCore.map { core in
            let pinyin = self.slug.pinyin(core)
            return pinyin.isEmpty ? "township-" + StableHash.hex(core).prefix(8) : pinyin
        }
        return Place(county: county, short: short, township: township, slug: placeSlug, townshipSlug: townshipSlug)
    }

    /// "某镇" right after the county's name: "……县某某镇推行……".
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

    /// "某县某镇" (a place tag) or "某县某乡：" (a title prefix): the township's short name after the
    /// county's, completed with its suffix where the body names it in full.
    func township(fromTags tags: [String], county: Gazetteer.County, body: String) -> String? {
        for tag in tags {
            let prefix = tag.hasPrefix(county.name) ? county.name : county.short
            guard tag.hasPrefix(prefix), tag.count > prefix.count else { continue }
            let core = String(tag.dropFirst(prefix.count))
            if let suffix = lexicon.townshipSuffixes.first(where: { body.containsText(core + $0) }) { return core + suffix }
            return core
        }
        return nil
    }

    /// A place prefix of a title: "某县某镇：标题" or "某县“……”".
    func titlePlacePrefix(_ title: String) -> String? {
        if let colon = title.firstIndex(where: { $0 == "：" || $0 == ":" }), title.distance(from: title.startIndex, to: colon) <= 8 {
            return String(title[..<colon])
        }
        guard let county = gazetteer.county(prefixing: title) else { return nil }
        return title.hasPrefix(county.name) ? county.name : county.short
    }

    func unknownCounty(in text: String) -> (String, Substring)? {
        let scalars = text.unicodeScalars
        func index(_ offset: Int) -> String.Index { scalars.index(scalars.startIndex, offsetBy: offset) }
        for match in countyPattern.matches(in: Array(scalars)) {
            guard let nameRange = match.groups[0] else { continue }
            let name = text[index(nameRange.lowerBound)..<index(nameRange.upperBound)]
            if lexicon.notTownships.contains(where: { name.hasPrefix($0) }) { continue }
            let end = index(match.range.upperBound)
            return (String(text[index(match.range.lowerBound)..<end]), text[end...])
        }
        return nil
    }

    /// "某某土家族苗族自治县" → "某某".
    func shortName(of county: String) -> String {
        var name = Substring(county)
        if let suffix = lexicon.countySuffixes.first(where: { name.hasSuffix($0) }) { name = name.dropLast(suffix.count) }
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
