import JingyanLayout
import JingyanModel
import JingyanSupport

/// Reads one article's structure from its lines: title block, place, lede, sections, practices,
/// and each practice's mechanisms, categories and metrics.
struct ArticleReader {
    let lexicon: Lexicon
    let places: PlaceResolver
    let taxonomy: Taxonomy
    let slug: Slug
    let mechanismFinder: MechanismFinder
    let metricFinder: MetricFinder
    let unquotedSchemes: UnquotedSchemeFinder
    let introducedSchemes: IntroducedSchemeFinder

    init(lexicon: Lexicon, places: PlaceResolver, taxonomy: Taxonomy, slug: Slug) {
        self.lexicon = lexicon
        self.places = places
        self.taxonomy = taxonomy
        self.slug = slug
        mechanismFinder = MechanismFinder(lexicon: lexicon)
        metricFinder = MetricFinder(lexicon: lexicon)
        unquotedSchemes = UnquotedSchemeFinder(lexicon: lexicon)
        introducedSchemes = IntroducedSchemeFinder(lexicon: lexicon)
    }

    /// `nearby`: the counties of the page's other reports; `continuing`: the place of the report
    /// a continued end goes on from (`PlaceResolver.resolve`).
    func read(_ draft: ArticleDraft, file: String, nearby: [String] = [], continuing: Place? = nil) -> Article {
        let paragraphs = BodyLayout(
            lines: draft.body, eachLineIsParagraph: draft.unwrapped, headings: draft.headings, openings: draft.openings
        )
        .paragraphs
        let ledeIndex = paragraphs.firstIndex { $0.kind == .text }
        let lede = ledeIndex.map { paragraphs[$0].text } ?? ""
        let rest = ledeIndex.map { Array(paragraphs[($0 + 1)...]) } ?? paragraphs
        let titleBlock = TitleBlockReading(
            draft.titleBlock, lexicon: lexicon, siteNames: draft.unwrapped ? draft.printedAround : nil
        ) { name in
            paragraphs.contains { $0.text.containsText(name) }
        }
        let title = titleBlock.title ?? Self.fallbackTitle(lede: lede, lexicon: lexicon)
        let place = places.resolve(
            lede: lede, body: { paragraphs.map(\.text).joined() }, title: title, placeTags: titleBlock.placeTags,
            around: draft.printedAround, nearby: nearby, continuing: continuing)
        let author =
            titleBlock.author(excluding: place)
            ?? Self.newsBriefAuthor(
                broken: ledeIndex.map { Self.lineBroken(paragraphs[$0], in: draft.body) } ?? "", joined: lede,
                lexicon: lexicon)
            ?? ledeIndex.flatMap { Self.datelineCredit(paragraphs[$0], in: draft.body, lexicon: lexicon) }
            ?? Self.closingCredit(of: lede, lexicon: lexicon)
        let titlePart = titleSlug(title, place: place)
        let id = Slug.join([
            place.slug, place.townshipSlug ?? "",
            titlePart.isEmpty ? String(StableHash.hex(title).prefix(8)) : titlePart,
        ])

        let text = ([lede] + rest.map(\.text)).joined(separator: "\n")
        let whole = title + "\n" + text
        let featured = mechanismFinder.featuredNames(title: title, text: text)
        let schemes = SchemeReading(
            finder: mechanismFinder,
            unquoted: unquotedSchemes.names(in: whole) + introducedSchemes.names(in: whole) + featured
                + mechanismFinder.documentNames(in: whole))
        let builtSections = sections(
            lede: ledeIndex.map { paragraphs[$0] }, rest: rest, id: id, file: file, schemes: schemes)
        // An article names dozens, each kept once in the order first named.
        var mechanisms = UniqueStrings(schemes.mechanisms(in: title) + schemes.mechanisms(in: lede))
        for practice in builtSections.flatMap(\.practices) {
            for mechanism in practice.mechanisms { mechanisms.insert(mechanism) }
        }
        for part in mechanismFinder.partsOfNumbered(mechanisms.strings, text: whole) { mechanisms.insert(part) }
        var article = Article(
            id: id, source: SourceRef(file: file, lines: draft.lines), place: place, title: title, author: author,
            lede: lede, mechanisms: mechanisms.strings,
            sections: Self.droppingRepeatedBoxFigures(Self.sharing(mechanisms.strings, with: builtSections)))
        article.review = draft.doubts + doubts(author: author, place: place)
        return article
    }

    /// The article's sections and their practices: a lede that states figures, then the
    /// body's paragraphs under their headings, grouped by lead sentences where the article uses them.
    func sections(lede: Paragraph?, rest: [Paragraph], id: String, file: String, schemes: SchemeReading) -> [Section] {
        // Each text paragraph's lead read once: whether the article uses leads, where its groups
        // start and each group's lead all ask it.
        let read = Self.leads(of: rest)
        let leads = read.compactMap(\.lead)
        let usesLeads = leads.count >= 2 || leads.contains(where: Self.isParallel)
        var sections: [(heading: String?, paragraphs: [LeadParagraph])] = []
        // A lede that states figures is read as a practice too: they are the article's figures
        // (a report told in one or two paragraphs has all of them there).
        if let lede {
            let metrics = metricFinder.metrics(in: lede.text)
            if !metrics.isEmpty {
                let lead = usesLeads ? BodyLayout.leadSentence(of: lede.text) : nil
                sections.append((nil, [LeadParagraph(paragraph: lede, lead: lead, metrics: metrics)]))
            }
        }
        for paragraph in read {
            if paragraph.paragraph.kind == .heading {
                sections.append((Typography.headingWords(paragraph.paragraph.text), []))
            } else if sections.isEmpty {
                sections.append((nil, [paragraph]))
            } else {
                sections[sections.count - 1].paragraphs.append(paragraph)
            }
        }
        var practiceNumber = 0
        let built = sections.map { section in
            let practices = Self.practiceGroups(section.paragraphs, usesLeads: usesLeads).map { group -> Practice in
                practiceNumber += 1
                let text = group.map(\.paragraph.text).joined(separator: "\n\n")
                let lead = usesLeads ? group[0].lead : nil
                let body = lead.map { String(text.dropFirst($0.count + 1)) } ?? text
                return Practice(
                    id: "\(id)-\(practiceNumber < 10 ? "0" : "")\(practiceNumber)",
                    lead: lead, text: text,
                    mechanisms: schemes.mechanisms(in: body, lead: lead),
                    categories: taxonomy.categories(of: text),
                    metrics: group.count == 1
                        ? group[0].metrics ?? metricFinder.metrics(in: text) : metricFinder.metrics(in: text),
                    source: SourceRef(
                        file: file,
                        lines: group.first!.paragraph.lines.lowerBound...group.last!.paragraph.lines.upperBound))
            }
            return Section(heading: section.heading, practices: practices)
        }
        // A numbered heading with no text of its own is kept over the sub-headings right under
        // it ("二、……" / "（一）……"): the report prints it so. Any other empty section goes.
        let kept = built.indices.filter { index in
            guard built[index].practices.isEmpty else { return true }
            guard let heading = built[index].heading, built.indices.contains(index + 1),
                let next = built[index + 1].heading
            else { return false }
            return BodyLayout.isParentHeading(heading, over: next) && !built[index + 1].practices.isEmpty
        }
        return withHeadingFigures(kept.map { built[$0] })
    }

    /// The sections with each heading's figures that no text of the article states ("一年调处
    /// 邻里纠纷286件" over its section) given to the section's first practice: the heading is the
    /// figure's only statement. A figure the text repeats stays the text's.
    func withHeadingFigures(_ sections: [Section]) -> [Section] {
        var sections = sections
        var stated = Set(sections.flatMap(\.practices).flatMap(\.metrics).map(MetricKey.init))
        for index in sections.indices {
            guard let heading = sections[index].heading, !sections[index].practices.isEmpty,
                heading.unicodeScalars.contains(where: Typography.isASCIIDigit),
                heading.unicodeScalars.allSatisfy(Self.isHeadingScalar)
            else { continue }
            for metric in metricFinder.metrics(in: heading) where stated.insert(MetricKey(metric)).inserted {
                sections[index].practices[0].metrics.append(metric)
            }
        }
        return sections
    }

    /// What a heading that states a figure is written with: Han, letters and digits, and the
    /// marks of a phrase. A line of a page's controls read as a heading ("❤ 2.3万", "想法 12 ｜
    /// 23人划线") holds others.
    static func isHeadingScalar(_ scalar: Unicode.Scalar) -> Bool {
        Typography.isHan(scalar) || scalar.isASCII && scalar.properties.isAlphabetic
            || Typography.isASCIIDigit(scalar) || headingMarks.contains(scalar)
    }

    static let headingMarks = ScalarSet([
        "“", "”", "‘", "’", "、", "，", "：", "；", "《", "》", "·", "—", "（", "）", ".", "%", "％",
    ])

    /// A figure as its value and unit: the same figure in two places.
    struct MetricKey: Hashable {
        var value: Double
        var unit: String

        init(_ metric: Metric) { (value, unit) = (metric.valueNormalized.value, metric.unit) }
    }

    /// The sections with each practice naming every scheme of the article that its text names: a
    /// quote read as a scheme in one paragraph ("推行“阳光账本”") is that scheme where another
    /// paragraph names it without the clause that showed it ("每月晒出“阳光账本”").
    static func sharing(_ schemes: [String], with sections: [Section]) -> [Section] {
        guard !schemes.isEmpty else { return sections }
        return sections.map { section in
            var section = section
            for index in section.practices.indices {
                var found = UniqueStrings(section.practices[index].mechanisms)
                for scheme in schemes where section.practices[index].text.containsText(scheme) { found.insert(scheme) }
                section.practices[index].mechanisms = found.strings
            }
            return section
        }
    }

    /// A body paragraph with its lead sentence (nil for a heading, or a text that opens with none).
    struct LeadParagraph {
        var paragraph: Paragraph
        var lead: String?
        /// The paragraph's metrics when they were read already (a lede read as a practice).
        var metrics: [Metric]? = nil
    }

    /// What a person should check of the byline and the place.
    func doubts(author: String?, place: Place) -> [String] {
        var doubts: [String] = []
        if author == nil { doubts.append("没有署名：请核对作者") }
        if places.places.divisions.named(place.county).isEmpty {
            doubts.append("地名不在地名表中：\(place.county)，请核对地点")
        } else if let township = place.township, places.places.divisions.named(township, level: .township).isEmpty {
            doubts.append("乡镇不在地名表中：\(township)，请核对地点")
        }
        return doubts
    }

    /// Two halves of one length around a comma ("以行动换积分，以积分促文明"): a slogan that heads
    /// a practice even when it is the article's only one.
    /// Each text paragraph with its lead sentence: a short one, or a longer one of two halves
    /// ("强化组织引领，把民宿业主拧成一股绳。") that opens like another paragraph's lead — the
    /// same two characters before the same comma-split shape — as parallel leads are written.
    static func leads(of paragraphs: [Paragraph]) -> [LeadParagraph] {
        let long = paragraphs.map { paragraph in
            paragraph.kind == .text ? BodyLayout.leadSentence(of: paragraph.text, maxLength: maxParallelLead) : nil
        }
        // The comma looked for among the scalars: a String argument to `contains` is searched by Foundation.
        func opening(_ lead: String) -> String? {
            lead.unicodeScalars.contains("，")
                ? String(lead.prefix(2)) + "|" + String(lead.split(separator: "，")[0].count) : nil
        }
        let openings = long.map { $0.flatMap(opening) }
        let counts = Dictionary(openings.compactMap { $0 }.map { ($0, 1) }, uniquingKeysWith: +)
        return paragraphs.indices.map { index in
            var lead = long[index]
            let opensLikeAnother = (openings[index].flatMap { counts[$0] } ?? 0) >= 2
            if let found = lead, found.count > BodyLayout.maxLeadLength, !opensLikeAnother { lead = nil }
            return LeadParagraph(paragraph: paragraphs[index], lead: lead)
        }
    }

    /// The longest lead read beside a parallel sibling.
    static let maxParallelLead = 24

    static func isParallel(_ lead: String) -> Bool {
        let halves = lead.split(separator: "，")
        return halves.count == 2 && halves[0].count == halves[1].count && halves[0].count >= minParallelHalf
    }

    static let minParallelHalf = 4

    /// A lead paragraph opens a practice and takes the paragraphs after it; without leads the
    /// section is one practice.
    static func practiceGroups(_ paragraphs: [LeadParagraph], usesLeads: Bool) -> [[LeadParagraph]] {
        guard usesLeads else { return paragraphs.isEmpty ? [] : [paragraphs] }
        var groups: [[LeadParagraph]] = []
        for paragraph in paragraphs {
            if groups.isEmpty || paragraph.lead != nil {
                groups.append([paragraph])
            } else {
                groups[groups.count - 1].append(paragraph)
            }
        }
        return groups
    }

    /// Without a title block, the lede's first clause stands in (the page is reported as such):
    /// after a news brief's opening ("本报讯（记者 张三）") and a clause that only says when ("近日，").
    static func fallbackTitle(lede: String, lexicon: Lexicon) -> String {
        var text = Substring(lede)
        if lexicon.opensNewsBrief(lede) {
            if let close = text.prefix(Self.newsBriefOpening).firstIndex(where: { $0 == "）" || $0 == ")" }) {
                text = text[text.index(after: close)...]
            } else if let cue = lexicon.openingCues.first(where: { text.hasPrefix($0) }) {
                text = text.dropFirst(cue.count)
            }
        }
        text = text.drop { $0.isWhitespace }
        let clause = { (text: Substring) in text.prefix { !Typography.sentenceEnders.contains($0) && $0 != "，" } }
        let first = clause(text)
        if first.count <= Self.whenClause, lexicon.opensWithCue(String(first)), first.endIndex < text.endIndex {
            let rest = clause(text[text.index(after: first.endIndex)...])
            if !rest.isEmpty { return String(rest.prefix(Self.fallbackTitleLength)) }
        }
        return String((first.isEmpty ? text : first).prefix(Self.fallbackTitleLength))
    }

    /// A news brief's opening bracket closes within this many characters.
    static let newsBriefOpening = 40
    /// A clause this short that opens with a cue only says when ("今年以来").
    static let whenClause = 5
    static let fallbackTitleLength = 24

    /// The paragraph's first lines with a space at each break: a brief's opening credit wrapped
    /// between two names ("……通讯员 李四" / "王五）……") keeps them apart.
    static func lineBroken(_ paragraph: Paragraph, in body: [TextLine]) -> String {
        body.lazy.filter { paragraph.lines.contains($0.number) }.prefix(Self.briefCreditLines).map(\.text)
            .joined(separator: " ")
    }

    /// "本报某县12月29日讯　记者 张三 通讯员 李四": a dateline printed as a line of its own over the
    /// text, which the paragraph after it ran on to; the credit is the rest of that line.
    static func datelineCredit(_ paragraph: Paragraph, in body: [TextLine], lexicon: Lexicon) -> String? {
        guard let first = body.first(where: { paragraph.lines.contains($0.number) }),
            lexicon.newsCueLength(openingWith: first.text) != nil
        else { return nil }
        return newsBriefAuthor(in: first.text, lexicon: lexicon)?.joined(separator: "、")
    }

    /// A brief's opening credit runs over at most this many lines.
    static let briefCreditLines = 3

    /// A brief's credit, read with its line breaks as spaces (`broken`) and without (`joined`).
    /// A break between two names ("……通讯员 李四" / "王五）") dropped the space, so the broken
    /// reading counts first; but a break inside a role ("见习" / "记者 王五）") makes a name of the
    /// role's first part, which the joined reading does not have: then it counts.
    static func newsBriefAuthor(broken: String, joined: String, lexicon: Lexicon) -> String? {
        let spaced = newsBriefAuthor(in: broken, lexicon: lexicon)
        let plain = newsBriefAuthor(in: joined, lexicon: lexicon)
        // But a break between a name and the next role ("记者 某某" / "通讯员 某某）") lost the space
        // the joined reading needs: there the broken reading counts.
        if let spaced, let plain, plain.count < spaced.count, Set(plain).isSubset(of: spaced),
            !Set(spaced).subtracting(plain).allSatisfy({ runsOnToRole($0, in: joined, lexicon: lexicon) })
        {
            return plain.joined(separator: "、")
        }
        // "通讯员 阿依" / "古丽·买买提）": a break inside a dotted name made two of it.
        if let spaced, let plain, Self.joinsBrokenDottedName(spaced, into: plain) {
            return plain.joined(separator: "、")
        }
        // "记者张三　" / "通讯员李四报道：": a space at the line's end cut the credit short.
        if let spaced, let plain, spaced.count < plain.count, Set(spaced).isSubset(of: plain) {
            return plain.joined(separator: "、")
        }
        return (spaced ?? plain)?.joined(separator: "、")
    }

    /// The name runs on to a role in the text, spaces aside ("某某通讯员"), and is no role's first words.
    static func runsOnToRole(_ name: String, in text: String, lexicon: Lexicon) -> Bool {
        let compact = String(text.filter { $0 != " " && $0 != "　" })
        guard !lexicon.beginsRole(name), let found = compact.range(of: name) else { return false }
        return lexicon.roleOpening(compact[found.upperBound...]) != nil
    }

    /// The names of `plain` are those of `spaced` with two neighbours joined into one dotted name
    /// ("阿依" + "古丽·买买提"): a transliterated name, which a line's end may break anywhere.
    static func joinsBrokenDottedName(_ spaced: [String], into plain: [String]) -> Bool {
        guard plain.count + 1 == spaced.count,
            let split = plain.indices.first(where: { plain[$0] != spaced[$0] })
        else { return false }
        return plain[split] == spaced[split] + spaced[split + 1]
            && plain[split].unicodeScalars.contains(where: PersonalNames.nameDots.contains)
            && plain[(split + 1)...].elementsEqual(spaced[(split + 2)...])
    }

    /// "本报讯（记者 张三 通讯员 李四）……" names the authors in the opening; so does a credit
    /// without brackets that opens with a role and closes with a colon ("本报讯 记者张三 报道：",
    /// "本报讯　记者 张三　通讯员 李四　报道："), an ideographic space ("本报讯 记者 张三 通讯员 李四　近日，……")
    /// or the last space before the first clause ("本报讯 记者 张三 从某县获悉，……").
    static func newsBriefAuthor(in lede: String, lexicon: Lexicon) -> [String]? {
        let reach = max(Self.creditBracketReach, (lexicon.newsCueLength(openingWith: lede) ?? 0) + 2)
        if let open = lede.prefix(reach).firstIndex(where: { $0 == "（" || $0 == "(" }) {
            guard let close = lede[open...].firstIndex(where: { $0 == "）" || $0 == ")" }) else { return nil }
            let credit = String(lede[lede.index(after: open)..<close])
            // "（记者张三通讯员李四）": the persons run together.
            return lexicon.bylineNames(credit) ?? lexicon.spacingRunTogetherRoles(credit).flatMap(lexicon.bylineNames)
        }
        guard let cue = lexicon.newsCueLength(openingWith: lede) else { return nil }
        let opening = lede.unicodeScalars.dropFirst(cue).prefix(Self.newsBriefOpening).drop { $0 == " " || $0 == "　" }
        // A colon closes a credit whose persons an ideographic space parts ("记者 张三　通讯员 李四　报道：").
        var ends = [opening.firstIndex { $0 == "：" || $0 == ":" }, opening.firstIndex { $0 == "　" }]
        // A dateline paragraph that is the credit alone ("本报某县12月29日讯　记者 张三 通讯员 李四").
        if opening.endIndex == lede.unicodeScalars.endIndex { ends.append(opening.endIndex) }
        // Spaces alone part the credit from the sentence ("记者 张三 通讯员 李四 从某县获悉，"): the words
        // after the last space before the first clause open the sentence.
        if let clause = opening.firstIndex(where: { $0 == "，" || $0 == "," }),
            let space = opening[..<clause].lastIndex(where: { $0 == " " || $0 == "　" }),
            let last = Substring(opening[..<space]).split(whereSeparator: { $0 == " " || $0 == "　" }).last,
            // A role there awaits the name the sentence's words ran into ("通讯员 某某入冬以后，").
            !lexicon.isRolesOnly(String(last))
        {
            ends.append(space)
        }
        for end in ends.compactMap({ $0 }) {
            let credit = Substring(opening[..<end]).trimmingTrailingSpaces
            let first = credit.prefix { $0 != " " && $0 != "　" }
            guard lexicon.opensWithRole(first) else { continue }
            if let names = lexicon.bylineNames(String(credit)) { return names }
            // "本报某县12月26日电　记者张三通讯员李四报道": the persons run together.
            if let spaced = lexicon.spacingRunTogetherRoles(String(credit)), let names = lexicon.bylineNames(spaced) {
                return names
            }
        }
        return nil
    }

    /// "……兑换大米和棉被。　记者 张三 报道": a credit after a sentence of the lede and a space, opening
    /// with a role, printed where a dispatch's credit would open the text: it ends the lede, or
    /// with its verb ("报道") the paragraph that a blank line then ended.
    static func closingCredit(of lede: String, lexicon: Lexicon) -> String? {
        let scalars = lede.unicodeScalars
        var index = scalars.startIndex
        while let end = scalars[index...].firstIndex(where: Typography.sentenceEnderScalars.contains) {
            index = scalars.index(after: end)
            let after = Substring(scalars[index...])
            var credit = after.drop { $0 == " " || $0 == "　" }.prefix(Self.creditBracketReach * 2)
            guard credit.count < after.count, lexicon.opensWithRole(credit.prefix { $0 != " " && $0 != "　" })
            else { continue }
            if let verb = lexicon.bylineVerbs.compactMap({ credit.range(of: $0) }).min(by: {
                $0.lowerBound < $1.lowerBound
            }) {
                credit = credit[..<verb.upperBound]
            } else if credit.endIndex != lede.endIndex {
                continue
            }
            if credit.count >= Self.minClosingCredit,
                let names = lexicon.bylineNames(String(credit.trimmingTrailingSpaces))
            {
                return names.joined(separator: "、")
            }
        }
        return nil
    }

    static let minClosingCredit = 4

    /// A brief's credit opens its bracket within this many characters, or right after the news
    /// cue ("新华社呼和浩特12月1日电（记者 某某）").
    static let creditBracketReach = 12

    /// The title's first words in pinyin, after any place prefix: short, readable, stable.
    func titleSlug(_ title: String, place: Place) -> String {
        var core = Substring(title)
        for prefix in [place.county, place.short] + (place.township.map { [$0] } ?? []) where core.hasPrefix(prefix) {
            core = core.dropFirst(prefix.count)
        }
        if let township = place.township?.dropLast(), core.hasPrefix(township) { core = core.dropFirst(township.count) }
        var han: [Unicode.Scalar] = []  // the first four: filtering a scalar view built a whole new one
        for scalar in core.unicodeScalars where Typography.isHan(scalar) {
            han.append(scalar)
            if han.count == 4 { break }
        }
        return slug.pinyin(Typography.string(han))
    }
}

/// The schemes of one article: quoted ones as each text has them, and the names the article
/// writes without quotes wherever they occur.
struct SchemeReading {
    let finder: MechanismFinder
    let unquoted: [String]

    func mechanisms(in text: String) -> [String] {
        var found = finder.uniqueMechanisms(in: text)
        for name in unquoted where text.containsText(name) { found.insert(name) }
        return found.strings
    }

    /// A practice's schemes: those of its text after its lead, and a quote of the lead that a
    /// scheme noun follows ("建强“红色楼长”队伍。"). A lead's other quotes are its slogan's
    /// words ("严把关口“精准选”。", "议事有“席位”。").
    func mechanisms(in body: String, lead: String?) -> [String] {
        guard let lead, lead.unicodeScalars.contains("“") else { return mechanisms(in: body) }
        let named = QuotedPhrase.all(in: lead).filter { finder.schemeNounFollows($0.after) && finder.isScheme($0) }
        guard !named.isEmpty else { return mechanisms(in: body) }
        var found = UniqueStrings(named.map(\.content))
        for name in mechanisms(in: body) { found.insert(name) }
        return found.strings
    }
}
