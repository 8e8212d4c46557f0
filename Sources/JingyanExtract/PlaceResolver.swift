import JingyanLayout
import JingyanModel
import JingyanSupport

/// Decides which county (and township) an article reports on, from what the page says, with
/// the national gazetteer: the block's place tag ("某县某镇", "贵阳花溪"), the title's place
/// ("某县某乡：……", "贵州某某“……”"), then the places the lede and the body name. A tag naming
/// only a prefecture ("铜仁") marks a city-wide report. A short name stands for a place in a tag
/// or after a wider place ("昆明盘龙"); elsewhere only full names count, since many short names
/// are common words. A name shared by several places is read as the one whose province or
/// prefecture the article also names, else the one in the home prefecture's province
/// (gazetteer.yml). A county the gazetteer does not know keeps the text's name.
struct PlaceResolver {
    let lexicon: Lexicon
    let gazetteer: Gazetteer
    let places: PlaceNames
    let slug: Slug
    /// A Han name before a county suffix, for counties the gazetteer does not know.
    let countyPattern: LexiconPattern
    init(lexicon: Lexicon, gazetteer: Gazetteer, places: PlaceNames, slug: Slug) throws {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.places = places
        self.slug = slug
        let suffixes = lexicon.countySuffixes.map(LexiconPattern.escaped).joined(separator: "|")
        countyPattern = try LexiconPattern("(\\p{Han}{2,3}?)(?:\(suffixes))")
    }

    typealias Division = Divisions.Division

    /// The slug of an article whose text names no place.

    /// `body` is read only when neither the tags nor the title and lede tell the place. What the
    /// page prints `around` its reports (running heads, a copy's source) only helps read a name
    /// several places share: "鼓楼区" under a "福州日报" head.
    ///
    /// `continuing`: for the end of a report begun on another page, that report's place.
    /// `nearby` are the counties the page's other reports are on: an article naming none in full
    /// may name one of them by its short name ("化隆的“拉面网格”" in a commentary under a report
    /// on 化隆回族自治县), where elsewhere a short name is too often a common word to count.
    func resolve(
        lede: String, body readBody: @escaping () -> String, title: String, placeTags: [String],
        around: String = "", nearby: [String] = [], continuing: Place? = nil
    ) -> Place {
        lazy var body = readBody()
        let context = Context(places: places, text: { title + lede + body + "\n" + around }, home: homeProvince)
        for text in placeTags {
            guard let tag = pick(places.tags(text), context: context) else { continue }
            if let county = tag.county {
                if tag.township == nil, tag.rest.isEmpty, let named = townshipNamedBy(text, notOf: county, context) {
                    return place(named.county, township: named.township.name)
                }
                let township = tag.township ?? townshipMentioned(in: lede, county: county)
                return place(county, township: township?.name)
            }
            if let prefecture = tag.prefecture { return place(prefecture, township: nil) }
        }
        let titlePlace = PlacePrefix(of: title).map { String($0.place) }  // read once, used twice
        if let titled = titlePlace.flatMap({ placeBeforeColon($0, lede: lede, context: context) }) { return titled }
        if let county = countyOfNewsCue(in: lede, context: context) {
            return place(
                county,
                township: (townshipIn(title: title, county: county) ?? onlyTownship(in: lede, county: county))?.name)
        }
        let texts: [() -> String] = [
            { titlePlace ?? "" }, { title }, { lede }, { body },
        ]
        for (index, text) in texts.enumerated() {
            if let county = firstCounty(in: text(), context: context) {
                let namedIn: NamedIn = index < 2 ? .title : index == 2 ? .lede : .body
                return place(of: county, namedIn: namedIn, title: title, lede: lede, body: body, context: context)
            }
            // A title, or else a lede, naming a prefecture in full and no county: a city-wide report.
            if index == 1 || index == 2 && unknownCounty(in: lede) == nil,
                let prefecture = prefectureNamedInFull(in: text())
            {
                return placeOf(prefecture, in: text())
            }
        }
        for text in texts.dropFirst() {
            if let township = uniqueTownship(in: text(), context: context),
                let county = places.divisions.county(of: township)
            {
                return place(county, township: township.name)
            }
        }
        if let (name, end) = unknownCounty(in: lede) ?? unknownCounty(in: body) {
            let short = shortName(of: name)
            return place(name, short: short, slug: slug.pinyin(short), township: township(after: end))
        }
        if let near = placeNearby(nearby, continuing: continuing, texts: [title, lede, body]) { return near }
        if let tag = placeTags.first { return place(tag, short: tag, slug: slug.pinyin(tag), township: nil) }
        return .unknown
    }

    /// Where a report's county is first named.
    enum NamedIn { case title, lede, body }

    /// The place of the first county the title, lede or body names (in that order): the county and
    /// the township of it they name; or the prefecture, for a city-wide report; or, for a county
    /// the body alone names, a township of another county the title or lede names in full.
    private func place(
        of county: Division, namedIn: NamedIn, title: String, lede: String, body: String, context: Context
    ) -> Place {
        if namedIn != .title, let prefecture = cityWide(title: title, text: context.text, county: county) {
            return place(prefecture, township: nil)
        }
        let township =
            (townshipIn(title: title, county: county) ?? onlyTownship(in: lede, county: county))
            .map { underCurrentName($0, namedIn: lede + body) } ?? onlyTownship(in: body, county: county)
        if namedIn == .body, township == nil,
            let named = townshipAbove(bodyCounty: county, title: title, lede: lede, context: context)
        {
            return place(named.county, township: named.township.name)
        }
        return place(county, township: township?.name ?? writtenTownship(after: county, title: title, text: body))
    }

    /// The place a title names before its colon: a county's and a township's short names, or a
    /// township the lede writes right after its county.
    private func placeBeforeColon(_ prefix: String, lede: String, context: Context) -> Place? {
        placeOfTitlePrefix(prefix, context: context) ?? countyBeforeTitleTownship(prefix, in: lede)
    }

    /// A title's place before its colon that is a county's and a township's short names
    /// ("如皋搬经："), as a place line would print them.
    private func placeOfTitlePrefix(_ prefix: String, context: Context) -> Place? {
        guard let tag = pick(places.tags(prefix), context: context),
            let county = tag.county, let township = tag.township, tag.rest.isEmpty
        else { return nil }
        return place(county, township: township.name)
    }

    /// A title's township before its colon ("永兴镇：…") written in the lede right after a county
    /// ("湄潭县永兴镇", "湄潭县的永兴镇"): that county, though the lede names another first (a place
    /// visited).
    private func countyBeforeTitleTownship(_ township: String, in lede: String) -> Place? {
        guard lexicon.townshipSuffixes.contains(where: { township.hasSuffix($0) }) else { return nil }
        for occurrence in places.finder.occurrences(in: lede) where !occurrence.isShort {
            if let county = occurrence.divisions.first(where: { $0.level == .county }),
                lede.containsText(occurrence.name + township) || lede.containsText(occurrence.name + "的" + township)
            {
                return place(county, township: township)
            }
        }
        return nil
    }

    /// Of a tag's readings, the one whose county lies inside an area the article names, else
    /// whose county's township the article names, else at home, else the gazetteer's first.
    func pick(_ tags: [PlaceNames.Tag], context: Context) -> PlaceNames.Tag? {
        guard tags.count > 1 else { return tags.first }
        let divisions = tags.map { $0.county ?? $0.prefecture }
        if !divisions.contains(where: { $0.map(context.isInside) ?? false }),
            let named = tags.first(where: { tag in
                tag.county.map { townshipMentioned(in: context.text, county: $0) != nil } ?? false
            })
        {
            return named
        }
        let chosen = context.pick(divisions.compactMap { $0 })
        return tags.first { ($0.county ?? $0.prefecture) == chosen } ?? tags.first
    }

    /// A tag that reads as a county's short name ("古城", 古城区) but is a township's ("古城镇")
    /// of another county that the article names in full with that township ("静宁县古城镇"),
    /// while it never names the tag's county in full.
    func townshipNamedBy(_ tag: String, notOf county: Division, _ context: Context) -> NamedTownship? {
        let named = places.namedInFull(in: context.text)
        guard !named.contains(county) else { return nil }
        for other in named where other.level == .county {
            if let township = places.township(named: tag, in: other), context.text.contains(other.name + township.name)
            {
                return NamedTownship(county: other, township: township)
            }
        }
        return nil
    }

    struct NamedTownship {
        var county: Division
        var township: Division
    }

    /// The province of the home prefecture (gazetteer.yml): where an ambiguous name is read first.
    var homeProvince: Division? {
        guard let home = gazetteer.prefecture else { return nil }
        return places.divisions.named(home.name, level: .prefecture).first.flatMap { places.divisions.province(of: $0) }
    }

    /// The provinces and prefectures an article names, to read ambiguous names by. Found on
    /// first use: most names have one candidate or none, and then no area is asked for.
    final class Context {
        let places: PlaceNames
        let home: Division?
        private let readText: () -> String
        /// The article's text, read on first use.
        private(set) lazy var text: String = readText()
        private(set) lazy var areas: Set<Int> = Self.areas(named: text, places: places)

        /// `text` is called at most once, when an ambiguous name needs the areas.
        init(places: PlaceNames, text: @escaping () -> String, home: Division?) {
            self.home = home
            self.places = places
            readText = text
        }

        static func areas(named text: String, places: PlaceNames) -> Set<Int> {
            var areas: Set<Int> = []
            for occurrence in places.finder.occurrences(in: text)
            where !occurrence.isShort || occurrence.divisions.count == 1 {
                for division in occurrence.divisions where division.level < .county { areas.insert(division.code) }
            }
            return areas
        }

        /// Of the places a name may be, the one inside an area the article names, else the one it
        /// names in full ("本报栖霞讯" over "栖霞市某某镇"), else at home.
        func pick(_ candidates: [Division]) -> Division? {
            guard candidates.count > 1 else { return candidates.first }  // one or none: nothing to weigh
            let atHome = candidates.first { candidate in home.map { places.isWithin(candidate, $0) } ?? false }
            let inFull = candidates.filter { text.containsText($0.name) }
            return candidates.first(where: isInside) ?? (inFull.count == 1 ? inFull.first : nil) ?? atHome
                ?? candidates.first
        }

        /// True when the division lies inside a province or prefecture the article names.
        func isInside(_ division: Division) -> Bool {
            var current = places.divisions.parent(of: division)
            while let area = current {
                if areas.contains(area.code) { return true }
                current = places.divisions.parent(of: area)
            }
            return false
        }
    }

    /// The first county (or, with none, prefecture-level city named with its suffix) a text
    /// names: a full name, or a short name right after its prefecture or province. A full name
    /// that is as often a common word (`PlaceNames.needsArea`: "高县" in "提高县级", "老城区")
    /// counts right after its prefecture or province, or when the article names one of them, or
    /// one of its townships right after it; of the counties a name may be, one whose township
    /// follows it is taken first.
    func firstCounty(in text: String, context: Context) -> Division? {
        var previous: Places.Occurrence?
        for occurrence in places.finder.occurrences(in: text) {
            defer { previous = occurrence }
            var candidates = occurrence.divisions.filter { $0.level == .county }
            if places.needsArea(occurrence) {
                if let wider = previous, wider.range.upperBound == occurrence.range.lowerBound {
                    candidates = candidates.filter { county in wider.divisions.contains { places.isWithin(county, $0) }
                    }
                } else if occurrence.isShort {
                    continue
                } else {
                    candidates = candidates.filter { county in
                        context.isInside(county) || townshipFollows(occurrence, in: text, of: county)
                    }
                }
            }
            // "长安区滦镇街道": of the counties so named, the one whose township follows.
            if candidates.count > 1,
                let followed = candidates.first(where: { townshipFollows(occurrence, in: text, of: $0) })
            {
                return followed
            }
            if let county = context.pick(candidates) { return county }
        }
        return nil
    }

    typealias Places = Divisions.Finder

    /// True when one of the county's townships is named right after it ("蔚县暖泉镇"): a name
    /// that is as often a common word is then the county's.
    private func townshipFollows(_ occurrence: Places.Occurrence, in text: String, of county: Division) -> Bool {
        let after = String(
            decoding: text.utf8.dropFirst(occurrence.range.upperBound).prefix(Self.townshipReach), as: UTF8.self)
        return places.firstTownship(in: after, shortest: 1) { name in
            after.hasPrefix(name) ? places.township(named: name, in: county) : nil
        } != nil
    }

    /// UTF-8 bytes read after a county's name for a township's: eight characters and a suffix of three.
    private static let townshipReach = 33

    /// An article naming no place: the place of the report it is the end of (`continuing`), at
    /// the one township of its county the texts name if they name one; or one of the `nearby`
    /// counties it names short.
    private func placeNearby(_ nearby: [String], continuing: Place?, texts: [String]) -> Place? {
        if let continuing {
            guard let county = places.divisions.named(continuing.county, level: .county).first else {
                return continuing
            }
            let named = onlyTownship(in: texts.joined(), county: county)?.name
            return place(county, township: named ?? continuing.township)
        }
        return countyNamedShort(among: nearby, in: texts).map { place($0, township: nil) }
    }

    /// The first of the `nearby` counties whose short name the texts name, in the texts' order.
    func countyNamedShort(among nearby: [String], in texts: [String]) -> Division? {
        let counties = nearby.flatMap { places.divisions.named($0, level: .county) }.filter(\.shortIsUsable)
        for text in texts {
            if let county = counties.first(where: { TextSearch.contains($0.short, in: text) }) { return county }
        }
        return nil
    }

    /// The county a local paper's news cue files the report from ("本报某某讯"): a short name
    /// counts there, as in a place tag. A cue naming a wider place ("新华社某省会3月5日电"), or a
    /// name that is a wider place's as well as a county's, says where the reporter filed from, not
    /// what the report is about, and gives none.
    func countyOfNewsCue(in lede: String, context: Context) -> Division? {
        guard let filedFrom = lexicon.newsCuePlace(openingWith: lede) else { return nil }
        for occurrence in places.finder.occurrences(in: filedFrom) {
            // "乌鲁木齐" is a city before it is its county of that name.
            guard !occurrence.divisions.contains(where: { $0.level < .county }) else { continue }
            if let county = context.pick(occurrence.divisions.filter { $0.level == .county }) { return county }
        }
        return nil
    }

    /// A township the gazetteer does not hold, written in full right after its county in the
    /// text, when the report names it again (in its title, or once more in its text): "某县召开乡村
    /// 治理推进会" names no "召开乡".
    func writtenTownship(after county: Division, title: String, text: String) -> String? {
        guard let name = places.townshipWritten(after: county.name, in: text) else { return nil }
        return title.containsText(name) || TextSearch.count(name, in: text, upTo: 2) == 2 ? name : nil
    }

    /// A township of the county named in full in the title ("某县某乡：……").
    func townshipIn(title: String, county: Division) -> Division? { townshipMentioned(in: title, county: county) }

    /// The first of the county's townships the text names in full ("……县某某镇……"), or else
    /// under the suffix it had before ("才纳乡", now 才纳镇).
    func townshipMentioned(in text: String, county: Division) -> Division? {
        let accept = { (name: String) in places.township(named: name, in: county) }
        return places.firstTownship(in: text, shortest: 1, accept: accept)
            ?? places.firstTownship(in: text, formerSuffixes: true, accept: accept)
    }

    /// The county's one township the text names in full, when it names no other of them: a
    /// report on one township, not a round of the county's. Under its former suffix too.
    func onlyTownship(in text: String, county: Division) -> Division? {
        var named: [Division] = []
        // Read to the end: every township named. A county's own township may have a one-character name ("乌镇").
        _ = places.firstTownship(in: text, formerSuffixes: true, shortest: 1) { name in
            if let township = places.township(named: name, in: county), !named.contains(township),
                name.count > 2 || township.name == name
            {
                named.append(township)
            }
            return nil
        }
        return named.count == 1 ? asPrinted(named[0], in: text) : nil
    }

    /// A township read under a former suffix ("某某乡村治理" read as 某某乡) under its name now, when
    /// the text names it so in full.
    func underCurrentName(_ township: Division, namedIn text: String) -> Division {
        guard
            let current = places.divisions.shortNamed(township.short, level: .township).first(where: {
                $0.code == township.code
            }), current.name != township.name, text.containsText(current.name)
        else { return township }
        return current
    }

    /// The township under the name the text prints, its former suffix ("才纳乡" for 才纳镇).
    func asPrinted(_ township: Division, in text: String) -> Division {
        guard !text.containsText(township.name), let other = PlaceNames.underOtherSuffix(township.name.unicodeScalars)
        else { return township }
        let printed = Typography.string(other[...])
        return text.containsText(printed) ? PlaceNames.printed(township, as: printed) : township
    }

    /// A prefecture-level division the text names with its suffix ("某某市").
    func prefectureNamedInFull(in text: String) -> Division? {
        places.finder.occurrences(in: text).lazy.filter { !$0.isShort }
            .compactMap { $0.divisions.first { $0.level == .prefecture } }.first
    }

    /// A city-wide report's place, or, where a township of one of the prefecture's counties follows
    /// its name ("某某市某某镇"), that county's.
    private func placeOf(_ prefecture: Division, in text: String) -> Place {
        guard let township = townshipRightAfter(prefecture, in: text),
            let county = places.divisions.county(of: township)
        else { return place(prefecture, township: nil) }
        return place(county, township: township.name)
    }

    /// "某某市某某镇": the one township of that name among the prefecture's counties, printed right
    /// after the prefecture's full name. The report is on that township's county.
    func townshipRightAfter(_ prefecture: Division, in text: String) -> Division? {
        places.firstTownship(in: text) { name in
            guard TextSearch.contains(prefecture.name + name, in: text) else { return nil }
            let inside = places.divisions.named(name, level: .township).filter { township in
                places.divisions.county(of: township).map { places.isWithin($0, prefecture) } ?? false
            }
            return inside.count == 1 ? inside[0] : nil
        }
    }

    /// A township of another county named in full in the title or lede, when the body alone
    /// names `county` and none of its townships: that county is named in passing ("在某某区打工").
    func townshipAbove(bodyCounty county: Division, title: String, lede: String, context: Context) -> NamedTownship? {
        guard let named = [title, lede].lazy.compactMap({ self.uniqueTownship(in: $0, context: context) }).first,
            let namedCounty = places.divisions.county(of: named), namedCounty != county
        else { return nil }
        return NamedTownship(county: namedCounty, township: named)
    }

    /// The first township named in full that only one county has, or only one inside the areas
    /// the article names, or only one of a county the article names by its short name ("福田街道"
    /// beside "常驻义乌"; of two such, the one named in full): "匡堰镇" is in 慈溪市 alone, "城关镇" in
    /// hundreds of counties.
    func uniqueTownship(in text: String, context: Context) -> Division? {
        places.firstTownship(in: text) { name in
            let candidates = places.divisions.named(name, level: .township)
            if candidates.count == 1 { return candidates[0] }
            let inArea = candidates.filter(context.isInside)
            if inArea.count == 1 { return inArea[0] }
            let ofNamedCounty = candidates.filter { township in
                guard let county = places.divisions.county(of: township), county.shortIsUsable,
                    !TextSearch.contains(county.short, in: township.name)  // "福田区福田街道": no evidence
                else { return false }
                return TextSearch.contains(county.short, in: context.text)
            }
            if ofNamedCounty.count == 1 { return ofNamedCounty[0] }
            // A short name may be two words' characters ("信息会同时推送"): a full name is not.
            let ofCountyInFull = ofNamedCounty.filter { township in
                places.divisions.county(of: township).map { TextSearch.contains($0.name, in: context.text) } ?? false
            }
            return ofCountyInFull.count == 1 ? ofCountyInFull[0] : nil
        }
    }

    private func place(_ division: Division, township: String?) -> Place {
        let known = gazetteer.county(named: division.name) ?? gazetteer.county(named: division.short)
        let unique = places.divisions.shortNamed(division.short, level: division.level).count <= 1
        var placeSlug = known?.pinyin ?? slug.pinyin(division.shortIsUsable ? division.short : division.name)
        if known == nil, !unique, let prefecture = places.divisions.parent(of: division) {
            placeSlug = slug.pinyin(prefecture.short) + "-" + placeSlug
        }
        if division.level == .prefecture, gazetteer.prefecture?.name == division.name, let home = gazetteer.prefecture {
            placeSlug = home.pinyin
        }
        var found = place(division.name, short: division.short, slug: placeSlug, township: township)
        found.isCityWide = division.level == .prefecture
        return found
    }

    private func place(_ county: String, short: String, slug: String, township: String?) -> Place {
        let townshipCore = township.map { name in
            lexicon.townshipSuffixes.first { name.hasSuffix($0) && name.count > $0.count }.map {
                String(name.dropLast($0.count))
            } ?? name
        }
        // A name with no Han or ASCII letters in it (found by fuzzing) still needs a slug.
        let placeSlug = slug.isEmpty ? "place-" + StableHash.hex(county).prefix(8) : slug
        let townshipSlug = townshipCore.map { core in
            let pinyin = self.slug.pinyin(core)
            return pinyin.isEmpty ? "township-" + StableHash.hex(core).prefix(8) : pinyin
        }
        return Place(county: county, short: short, township: township, slug: placeSlug, townshipSlug: townshipSlug)
    }
}
