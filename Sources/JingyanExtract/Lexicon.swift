import Foundation
import JingyanLayout
import Yams

/// The extractor's language data (Resources/lexicon.yml): cue words, units, surnames and the like.
/// A class: every stage of the extractor holds it, and copying its many tables into each would
/// make the extractor a value of kilobytes.
public final class Lexicon: Sendable {
    struct File: Decodable {
        var news_cue_pattern: String
        var news_cues: [String]
        var opening_cues: [String]
        var page_furniture_patterns: [String]
        var editor_note_pattern: String
        var notice_labels: [String]
        var box_labels: [String]
        var own_note_labels: [String]?
        var comment_labels: [String]?
        var column_heads: [String]
        var column_name_endings: [String]?
        var notice_closings: [String]
        var page_jump_pattern: String?
        var photo_source_pattern: String
        var post_marks: [String]
        var caption_openers: [String]
        var credit_markers: [String]
        var credit_first_markers: [String]
        var author_roles: [String]
        var byline_verbs: [String]
        var author_affiliation_endings: [String]?
        var photo_unit_endings: [String]?
        var surnames: String
        var compound_surnames: [String]
        var county_suffixes: [String]
        var county_suffixes_after_area: [String]?
        var county_suffix_words: [String]?
        var generic_place_characters: String?
        var common_word_endings: [String]?
        var village_suffixes: [String]?
        var not_villages: [String]?
        var township_suffixes: [String]
        var division_suffixes: [String: [String]]
        var not_townships: [String]
        var function_characters: String
        var ethnic_groups: [String]
        var units: [String]
        var multipliers: [String: Double]
        var approx_before: [String]
        var approx_after: [String]
        var approx_before_reach: Int
        var period_patterns: [String]
        var date_units: [String]
        var age_units: [String]
        var average_words: [String]?
        var rank_words: [String]?
        var threshold_before: [String]
        var exchange_verbs: [String]?
        var person_units: [String]
        var staffing_verbs: [String]
        var quota_verbs: [String]
        var pairing_verbs: [String]
        var numerals: String
        var scheme_nouns: [String]
        var scheme_endings: [String]
        var scheme_openings: [String]?
        var scheme_body_endings: [String]
        var scheme_verbs: [String]
        var unquoted_scheme_endings: [String: Int]
        var introduced_scheme_endings: [String]
        var name_boundary_characters: String
        var name_boundary_verbs: [String]
        var name_words_past_boundary: [String]
        var generic_modifiers: [String]
        var scheme_suffixes: String
        var scheme_frames: [String]
        var scheme_definitions: [String]
        var document_scheme_endings: [String]
        var rhetoric: [String]
    }

    let newsCuePattern: LexiconPattern
    public let openingCues: [String]
    /// The opening cues' first scalars, when each is plain (`Typography.isPlain`): a text that
    /// starts with another plain scalar opens with none of them.
    let openingCueStarts: ScalarSet?
    let pageFurniture: LexiconAlternation
    /// The opening of an editor's note ("编者按：", "【编者按】").
    /// Editors' notes, notices, boxes and column heads: what a page sets apart from its reports.
    public let setApart: SetApartText
    /// Where a report runs on from or to another page ("（下转第3版）"); nil when the lexicon has none.
    let pageJump: LexiconPattern?
    /// A photo's source where its credit would be ("（图片由某县委宣传部提供）").
    let photoSource: LexiconPattern
    /// Words a post line names its author after ("原创 张三 某某公众号 …").
    let postMarks: Set<Substring>
    /// A caption's first words ("图为").
    public let captionOpeners: [String]
    public let creditMarkers: [String]
    /// Credit words printed before the photographer's name ("摄影 某某").
    public let creditFirstMarkers: [String]
    public let authorRoles: [String]
    /// Words a byline closes with after its names ("本报记者 张三 报道"): no names themselves.
    let bylineVerbs: Set<Substring>
    /// Endings of an outlet's or station's name printed before a contributor's name in a
    /// byline ("共享联盟某某站 张三"): such a name stands as a role.
    let authorAffiliationEndings: [String]
    /// The affiliation endings' last scalars: a line with none of them credits no outlet.
    let authorAffiliationEnds: ScalarSet
    /// Endings of a unit's name credited for a photo ("某某街道供图"): a source, not a photographer.
    let photoUnitEndings: [String]
    /// The scalars author roles start with: a token starting otherwise holds no role.
    let authorRoleStarts: ScalarSet
    /// The roles of one character ("文", "图"), which a print credit pads as a name's parts.
    let oneScalarRoles: ScalarSet
    /// The last scalars of the author roles: a line of roles alone ends with one.
    let authorRoleEnds: ScalarSet
    /// The author roles' UTF-8, in the order of `authorRoles`.
    let authorRoleUTF8: [[UInt8]]
    /// The UTF-8 of the roles of two Characters or more, in the order of `authorRoles`: the
    /// roles a byline token may end with (`endsWithRole`), counted once, not at every token.
    let longRoleUTF8: [[UInt8]]
    /// Every scalar of every role is plain (`Typography.isPlain`): see `endsWithRole`.
    let rolesArePlain: Bool
    /// Every scalar of every role is Han or a byline separator (see `mayBeByline`).
    let rolesAreHan: Bool
    public let surnames: Set<Character>
    public let compoundSurnames: [String]
    /// The compound surnames' first scalars, when each is plain (see `openingCueStarts`).
    let compoundSurnameStarts: ScalarSet?
    public let countySuffixes: [String]
    /// County suffixes that also end common nouns: see `PlaceResolver.unknownCounty(in:)`.
    public let countySuffixesAfterArea: Set<String>
    /// Words a county suffix starts ("县域", "县级"): see `PlaceResolver.unknownCounty(in:)`.
    public let countySuffixWords: [String]
    /// Position words a division's name may be made of and a common word too ("老城区", "城关区").
    public let genericPlaceCharacters: Set<Unicode.Scalar>
    /// Endings that make a county's name of three characters a common phrase as often ("闽东山区").
    public let commonWordEndings: [String]
    /// A village's suffixes ("下党村"), and the words that end so and are none ("乡村").
    public let villageSuffixes: [String]
    public let notVillages: [String]
    public let townshipSuffixes: [String]
    /// Per level of divisions.tsv ("province", "prefecture", "county", "township"): see `Divisions`.
    public let divisionSuffixes: [String: [String]]
    public let notTownships: Set<String>
    /// Grammatical characters that never stand inside a place name.
    public let functionCharacters: Set<Character>
    public let ethnicGroups: [String]
    /// Longest first, so that 人次 wins over 人.
    public let units: [String]
    /// The units by their first scalar, longest first: the metric scanner's lookup.
    let unitsByFirstScalar: [Unicode.Scalar: [String]]
    public let multipliers: [Unicode.Scalar: Double]
    public let approxBefore: [String]
    public let approxAfter: [String]
    public let approxBeforeReach: Int
    /// All period patterns as one expression: at each position the first listed that matches wins.
    let periods: LexiconPattern
    public let dateUnits: Set<Unicode.Scalar>
    /// Words after a number that make it an age, a threshold rather than a figure ("年满60周岁").
    public let ageUnits: [[Unicode.Scalar]]
    /// Words after which an age is a figure of a group ("平均年龄33.5岁"), not a threshold.
    public let averageWords: [[Unicode.Scalar]]
    /// Words before "前" or "后" that make the figure after them a rank ("排名后3位").
    public let rankWords: [[Unicode.Scalar]]
    /// Words that make the figure after them a bar a noun must pass ("低于60分的经营户").
    public let thresholdBefore: [[Unicode.Scalar]]
    /// Verbs by which a rule trades one figure for another ("1分可抵1元", "每服务1小时记1分").
    public let exchangeVerbs: [[Unicode.Scalar]]
    /// Units that count people ("名", "位").
    public let personUnits: Set<String>
    /// Verbs naming someone to a role: "1名干部担任指导员" is a staffing rule, not a figure.
    public let staffingVerbs: [String]
    /// Verbs by which a rule names a few persons for each unit ("每个网格配备2名网格员").
    public let quotaVerbs: [String]
    /// Verbs by which a rule pairs one person with a few units ("1名党员联系10户").
    public let pairingVerbs: [[Unicode.Scalar]]
    public let numerals: Set<Character>
    public let schemeNouns: [String]
    public let schemeEndings: [String]
    /// Words a quote opens with that name a scheme by themselves: "“议事铃”", "“议事蒙古包”".
    let schemeOpenings: [String]
    /// Endings of a named body, venue, ledger or rule ("…团", "…室", "…台账", "…制"): they name
    /// a scheme with two Han characters or more before them.
    public let schemeBodyEndings: [String]
    public let schemeVerbs: [String]
    /// Endings of names written without quotes, each with the characters it needs before it.
    public let unquotedSchemeEndings: [String: Int]
    /// Endings of short names written without quotes right after a scheme verb ("推行护林积分，").
    public let introducedSchemeEndings: [String]
    /// Grammatical characters and measure words that end an unquoted name's reading backwards.
    public let nameBoundaryCharacters: [Character]
    /// Verbs besides `schemeVerbs` that end an unquoted name's reading backwards.
    public let nameBoundaryVerbs: [String]
    /// Words opening with a boundary character that a name may hold ("家庭" of "家庭旅馆协会").
    public let nameWordsPastBoundary: [String]
    /// Words that make an unquoted reading a common noun ("普通超市").
    public let genericModifiers: [String]
    /// One character right after a quote that makes it a scheme ("“加减乘除”法").
    public let schemeSuffixes: Set<Unicode.Scalar>
    /// Nouns in "以“…”为载体": the quote is what the work is built on.
    public let schemeFrames: [String]
    /// What "“…”是……的X" defines a quote as, besides the scheme nouns: a platform's parts.
    public let schemeDefinitions: [String]
    /// How the name of a local rule's document ends ("《某某村村规民约》", "《某某积分管理办法》").
    public let documentSchemeEndings: [String]
    public let rhetoric: Set<String>

    /// The lexicon shipped with Jingyan.
    public static func bundled() throws -> Lexicon {
        try Lexicon(yaml: BundledData.text(named: "lexicon"), source: "lexicon.yml")
    }

    /// Reads a lexicon.yml and compiles its patterns; `source` names the file in errors.
    public init(yaml: String, source: String) throws {
        let file = try BundledData.decode(File.self, yaml: yaml, source: source)
        var namedBits: [ScalarClass.Named: [UInt64]] = [:]  // shared by the patterns below
        newsCuePattern = try Self.pattern(file.news_cue_pattern, "news_cue_pattern", source, &namedBits)
        openingCues = file.opening_cues + file.news_cues
        openingCueStarts = Self.plainStarts(of: openingCues)
        pageFurniture = try Self.anyOf(file.page_furniture_patterns, "page_furniture_patterns", source, &namedBits)
        setApart = try SetApartText(file, source: source, namedBits: &namedBits)
        pageJump = try file.page_jump_pattern.map { try Self.pattern($0, "page_jump_pattern", source, &namedBits) }
        photoSource = try Self.pattern(file.photo_source_pattern, "photo_source_pattern", source, &namedBits)
        postMarks = Set(file.post_marks.map { Substring($0) })
        (captionOpeners, photoUnitEndings) = (file.caption_openers, file.photo_unit_endings ?? [])
        creditMarkers = file.credit_markers.sorted { $0.count > $1.count }
        creditFirstMarkers = file.credit_first_markers.sorted { $0.count > $1.count }
        authorRoles = file.author_roles.sorted { $0.count > $1.count }
        bylineVerbs = Set(file.byline_verbs.map { Substring($0) })
        (authorAffiliationEndings, authorAffiliationEnds) = Self.endings(file.author_affiliation_endings ?? [])
        (authorRoleStarts, oneScalarRoles) = (Self.firstScalars(of: authorRoles), Self.oneScalarRoles(of: authorRoles))
        authorRoleEnds = Self.lastScalars(of: authorRoles)
        (authorRoleUTF8, longRoleUTF8) = Self.utf8(ofRoles: authorRoles)
        rolesArePlain = authorRoles.allSatisfy { $0.unicodeScalars.allSatisfy(Typography.isPlain) }
        rolesAreHan = Self.areHan(authorRoles)
        surnames = Set(file.surnames)
        compoundSurnames = file.compound_surnames
        compoundSurnameStarts = Self.plainStarts(of: compoundSurnames)
        countySuffixes = file.county_suffixes.sorted { $0.count > $1.count }
        (countySuffixWords, commonWordEndings) = (file.county_suffix_words ?? [], file.common_word_endings ?? [])
        countySuffixesAfterArea = Set(file.county_suffixes_after_area ?? [])
        genericPlaceCharacters = Set((file.generic_place_characters ?? "").unicodeScalars)
        (villageSuffixes, notVillages) = (file.village_suffixes ?? [], file.not_villages ?? [])
        townshipSuffixes = file.township_suffixes.sorted { $0.count > $1.count }
        divisionSuffixes = file.division_suffixes
        notTownships = Set(file.not_townships)
        functionCharacters = Set(file.function_characters)
        ethnicGroups = file.ethnic_groups.sorted { $0.count > $1.count }
        units = Array(Set(file.units)).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        unitsByFirstScalar = Dictionary(grouping: units, by: { $0.unicodeScalars.first! })
        multipliers = Self.byFirstScalar(file.multipliers)
        approxBefore = file.approx_before.sorted { $0.count > $1.count }
        approxAfter = file.approx_after.sorted { $0.count > $1.count }
        approxBeforeReach = file.approx_before_reach
        periods = try Self.alternation(file.period_patterns, "period_patterns", source, &namedBits)
        dateUnits = Set(file.date_units.compactMap(\.unicodeScalars.first))
        ageUnits = file.age_units.map { Array($0.unicodeScalars) }
        (averageWords, rankWords) = (Self.scalarWords(file.average_words), Self.scalarWords(file.rank_words))
        thresholdBefore = file.threshold_before.map { Array($0.unicodeScalars) }
        (exchangeVerbs, pairingVerbs) = (Self.longestFirst(file.exchange_verbs), Self.longestFirst(file.pairing_verbs))
        (personUnits, numerals) = (Set(file.person_units), Set(file.numerals))
        (staffingVerbs, quotaVerbs) = (file.staffing_verbs, file.quota_verbs)
        (schemeNouns, schemeEndings) = (file.scheme_nouns, file.scheme_endings)
        (schemeOpenings, schemeBodyEndings) = (file.scheme_openings ?? [], file.scheme_body_endings)
        (schemeVerbs, unquotedSchemeEndings) = (file.scheme_verbs, file.unquoted_scheme_endings)
        (introducedSchemeEndings, genericModifiers) = (file.introduced_scheme_endings, file.generic_modifiers)
        nameBoundaryCharacters = Array(file.name_boundary_characters + file.function_characters)
        (nameBoundaryVerbs, nameWordsPastBoundary) = (file.name_boundary_verbs, file.name_words_past_boundary)
        schemeSuffixes = Set(file.scheme_suffixes.unicodeScalars)
        (schemeFrames, schemeDefinitions, documentSchemeEndings) =
            (file.scheme_frames, file.scheme_definitions, file.document_scheme_endings)
        rhetoric = Set(file.rhetoric)
    }

    /// The scalars the roles start with.
    static func firstScalars(of roles: [String]) -> ScalarSet {
        ScalarSet(Set(roles.compactMap(\.unicodeScalars.first).map(Character.init)))
    }

    /// The roles of one scalar ("文", "图").
    static func oneScalarRoles(of roles: [String]) -> ScalarSet {
        ScalarSet(Set(roles.filter { $0.unicodeScalars.count == 1 }.compactMap(\.first)))
    }

    /// Each of the words as its scalars; none when the file leaves the list out.
    static func scalarWords(_ words: [String]?) -> [[Unicode.Scalar]] { (words ?? []).map { Array($0.unicodeScalars) } }

    /// The words as scalars, longest first: the first that matches at a position is the longest.
    static func longestFirst(_ words: [String]?) -> [[Unicode.Scalar]] {
        scalarWords(words).sorted { $0.count > $1.count }
    }

    /// The roles' UTF-8 in order: all of them, and those of two Characters or more.
    static func utf8(ofRoles roles: [String]) -> (all: [[UInt8]], long: [[UInt8]]) {
        (roles.map { Array($0.utf8) }, roles.filter { $0.count > 1 }.map { Array($0.utf8) })
    }

    /// The scalars the words start with, when each starts with a plain one (else nil).
    /// The words' last scalars.
    static func lastScalars(of words: [String]) -> ScalarSet {
        ScalarSet(Set(words.compactMap(\.unicodeScalars.last).map(Character.init)))
    }

    /// The words, and their last scalars.
    static func endings(_ words: [String]) -> ([String], ScalarSet) { (words, lastScalars(of: words)) }

    static func plainStarts(of words: [String]) -> ScalarSet? {
        let starts = words.map(\.unicodeScalars.first)
        guard starts.allSatisfy({ $0.map(Typography.isPlain) ?? false }) else { return nil }
        return ScalarSet(Set(starts.compactMap { $0 }.map(Character.init)))
    }

    /// Every role written in Han and byline separators only.
    static func areHan(_ roles: [String]) -> Bool {
        roles.allSatisfy {
            $0.unicodeScalars.allSatisfy { Typography.isHan($0) || bylineSeparatorScalars.contains($0) }
        }
    }

    /// The values keyed by their key's first scalar ("万" → 10,000).
    static func byFirstScalar(_ values: [String: Double]) -> [Unicode.Scalar: Double] {
        Dictionary(
            uniqueKeysWithValues: values.compactMap { key, value in key.unicodeScalars.first.map { ($0, value) } })
    }

    /// True for a masthead, date line, page number or editor's credit printed around the articles.
    /// A line of page furniture, also behind the bullet or arrow a site prints before it ("▶ 听全文").
    public func isPageFurniture(_ line: String) -> Bool {
        if pageFurniture.isFound(in: line) { return true }
        guard let first = line.unicodeScalars.first, Typography.isBullet(first) else { return false }
        return pageFurniture.isFound(in: Typography.droppingBullets(line))
    }

    /// A page-jump marker and the line without it.
    public struct PageJump: Equatable {
        /// The line without the marker, spaces around it trimmed.
        public var rest: String
        /// The report goes on on another page ("（下转第3版）", "（转A2版）"), rather than coming
        /// from one ("（上接第1版）", "（转自第1版）"): it ends here on this page.
        public var leavesPage: Bool
    }

    /// The page-jump marker at the line's start or end ("……。（下转第3版）"), or nil when it has
    /// none. The marker is bracketed, so only a line that opens or closes with a bracket is matched.
    public func pageJump(in line: String) -> PageJump? {
        guard let pageJump, let first = Typography.firstScalar(of: line), let last = Typography.lastScalar(of: line),
            Self.jumpBrackets.contains(first) || Self.jumpBrackets.contains(last)
        else { return nil }
        var scalars = Array(line.unicodeScalars)
        guard let match = pageJump.firstMatch(in: scalars) else { return nil }
        let marker = String(String.UnicodeScalarView(scalars[match.range]))
        scalars.removeSubrange(match.range)
        return PageJump(
            rest: Typography.cleaned(Typography.string(scalars[...])),
            leavesPage: !marker.contains("接") && !marker.contains("自"))
    }

    static let jumpBrackets = ScalarSet(["（", "(", "）", ")"])

    /// True for the first line of an editor's note ("编者按：……", "【编者按】……", "编后：……").
    public func opensEditorNote(_ line: String) -> Bool { setApart.editorNote.isFound(in: line) }

    /// True for a photo's source printed as its credit
    /// ("（图片由某县委宣传部提供）", "（资料图片）").
    public func isPhotoSource(_ line: String) -> Bool { photoSource.isFound(in: line) }

    /// One pattern of the file, its errors named after its key.
    static func pattern(
        _ pattern: String, _ name: String, _ source: String, _ namedBits: inout [ScalarClass.Named: [UInt64]]
    ) throws -> LexiconPattern {
        do { return try LexiconPattern(pattern, namedBits: &namedBits) } catch {
            throw ExtractionError.badDataFile(source, "\(name): \(error)")
        }
    }

    /// One expression trying the patterns in order: one scan of the text instead of one per pattern.
    static func alternation(
        _ patterns: [String], _ name: String, _ source: String, _ namedBits: inout [ScalarClass.Named: [UInt64]]
    ) throws -> LexiconPattern {
        try validate(patterns, name, source)
        return try LexiconPattern(patterns.map { "(?:\($0))" }.joined(separator: "|"), namedBits: &namedBits)
    }

    /// Patterns of which any may match a line, compiled in as few parts as keep their tables.
    static func anyOf(
        _ patterns: [String], _ name: String, _ source: String, _ namedBits: inout [ScalarClass.Named: [UInt64]]
    ) throws -> LexiconAlternation {
        try validate(patterns, name, source)
        return try LexiconAlternation(patterns, namedBits: &namedBits)
    }

    /// Throws the first syntax error of the patterns, naming the file and the list.
    static func validate(_ patterns: [String], _ name: String, _ source: String) throws {
        for pattern in patterns {
            do { try LexiconPattern.validate(pattern) } catch {
                throw ExtractionError.badDataFile(source, "\(name): \(pattern): \(error)")
            }
        }
    }

    /// True when the text starts with an opening cue ("今年以来", "本报讯"), Characters compared
    /// as `String.hasPrefix` does. Most lines are told by their first scalar alone.
    public func opensWithCue(_ text: String) -> Bool {
        if let starts = openingCueStarts, let first = Typography.firstScalar(of: text), Typography.isPlain(first),
            !starts.contains(first)
        {
            return false
        }
        return openingCues.contains { Typography.hasPrefix(text, $0) }
    }

    /// True when the line opens a news brief ("本报讯……", "本报某县3月5日电……"): the cue is
    /// looked for in the line's first 24 UTF-16 units.
    public func opensNewsBrief(_ line: String) -> Bool {
        guard newsCuePattern.mayMatch(textStartingWith: Typography.firstScalar(of: line)) else { return false }
        var units = 0
        return newsCuePattern.isFound(
            in: line.unicodeScalars.prefix { scalar in
                units += UTF16.width(scalar)
                return units <= Self.newsCueReach
            })
    }

    static let newsCueReach = 24

    /// How many scalars the news cue a text opens with takes ("本报讯" → 3); nil without one.
    public func newsCueLength(openingWith text: String) -> Int? {
        guard newsCuePattern.mayMatch(textStartingWith: Typography.firstScalar(of: text)) else { return nil }
        let scalars = Array(text.unicodeScalars.prefix(Self.newsCueReach))
        return newsCuePattern.match(in: scalars, at: 0)?.range.count
    }

    /// Where the news cue a text opens with says the report was filed from ("某县" of "本报某县讯",
    /// "某地3月5日" of "新华社某地3月5日电"): the pattern's first group; nil without a cue or group.
    public func newsCuePlace(openingWith text: String) -> String? {
        guard newsCuePattern.mayMatch(textStartingWith: Typography.firstScalar(of: text)) else { return nil }
        let scalars = Array(text.unicodeScalars.prefix(Self.newsCueReach))
        guard let match = newsCuePattern.match(in: scalars, at: 0), let place = match.groups.first ?? nil else {
            return nil
        }
        return Typography.string(scalars[place])
    }
}

/// Errors of the extraction stage, each saying what to do.
public enum ExtractionError: Error, CustomStringConvertible, Equatable {
    case badDataFile(String, String)
    case unreadableSeed(String, String)
    case noArticles(String)
    case emptyPage(String)
    case missingResource(String)

    /// The seed page the error is about, if it is about one.
    public var seedFile: String? {
        switch self {
        case .unreadableSeed(let file, _), .noArticles(let file), .emptyPage(let file): file
        case .badDataFile, .missingResource: nil
        }
    }

    public var description: String {
        switch self {
        case .badDataFile(let file, let detail):
            "\(file): cannot be read: \(detail). Fix the file or delete it to use the default."
        case .unreadableSeed(let file, let detail): "\(file): \(detail)"
        case .noArticles(let file):
            """
            \(file): no article found (no byline or title block after a body). \
            Check that this is a newspaper page, or remove it from seeds/.
            """
        case .emptyPage(let file): "\(file): the page is empty. Remove it from seeds/ or copy the page's text into it."
        case .missingResource(let name): "the bundled data file \(name) is missing: reinstall jingyan"
        }
    }
}

/// Problems with several pages, reported together.
public struct ExtractionErrors: Error, CustomStringConvertible {
    public var errors: [ExtractionError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// Data files shipped as package resources.
enum BundledData {
    static func text(named name: String, extension pathExtension: String = "yml") throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: pathExtension) else {
            throw ExtractionError.missingResource("\(name).\(pathExtension)")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// A data file's YAML decoded as `type`; one that does not decode is a bad data file, named
    /// by `source`, with the decoder's reason.
    static func decode<T: Decodable>(_ type: T.Type, yaml: String, source: String) throws -> T {
        do {
            return try YAMLDecoder().decode(T.self, from: yaml)
        } catch {
            throw ExtractionError.badDataFile(source, "\(error)")
        }
    }
}
