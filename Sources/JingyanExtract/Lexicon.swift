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
        var credit_markers: [String]
        var credit_first_markers: [String]
        var author_roles: [String]
        var byline_verbs: [String]
        var surnames: String
        var compound_surnames: [String]
        var county_suffixes: [String]
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
        var person_units: [String]
        var staffing_verbs: [String]
        var numerals: String
        var scheme_nouns: [String]
        var scheme_endings: [String]
        var scheme_verbs: [String]
        var unquoted_scheme_endings: [String: Int]
        var name_boundary_characters: String
        var name_boundary_verbs: [String]
        var generic_modifiers: [String]
        var scheme_suffixes: String
        var scheme_frames: [String]
        var rhetoric: [String]
    }

    let newsCuePattern: LexiconPattern
    public let openingCues: [String]
    /// The opening cues' first scalars, when each is plain (`Typography.isPlain`): a text that
    /// starts with another plain scalar opens with none of them.
    let openingCueStarts: ScalarSet?
    let pageFurniture: LexiconPattern
    public let creditMarkers: [String]
    /// Credit words printed before the photographer's name ("摄影 某某").
    public let creditFirstMarkers: [String]
    public let authorRoles: [String]
    /// Words a byline closes with after its names ("本报记者 张三 报道"): no names themselves.
    let bylineVerbs: Set<Substring>
    /// The scalars author roles start with: a token starting otherwise holds no role.
    let authorRoleStarts: ScalarSet
    /// The author roles' UTF-8, in the order of `authorRoles`.
    let authorRoleUTF8: [[UInt8]]
    /// Every scalar of every role is plain (`Typography.isPlain`): see `endsWithRole`.
    let rolesArePlain: Bool
    /// Every scalar of every role is Han or a byline separator (see `mayBeByline`).
    let rolesAreHan: Bool
    public let surnames: Set<Character>
    public let compoundSurnames: [String]
    public let countySuffixes: [String]
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
    /// Units that count people ("名", "位").
    public let personUnits: Set<String>
    /// Verbs naming someone to a role: "1名干部担任指导员" is a staffing rule, not a figure.
    public let staffingVerbs: [String]
    public let numerals: Set<Character>
    public let schemeNouns: [String]
    public let schemeEndings: [String]
    public let schemeVerbs: [String]
    /// Endings of names written without quotes, each with the characters it needs before it.
    public let unquotedSchemeEndings: [String: Int]
    /// Grammatical characters and measure words that end an unquoted name's reading backwards.
    public let nameBoundaryCharacters: [Character]
    /// Verbs besides `schemeVerbs` that end an unquoted name's reading backwards.
    public let nameBoundaryVerbs: [String]
    /// Words that make an unquoted reading a common noun ("普通超市").
    public let genericModifiers: [String]
    /// One character right after a quote that makes it a scheme ("“加减乘除”法").
    public let schemeSuffixes: Set<Unicode.Scalar>
    /// Nouns in "以“…”为载体": the quote is what the work is built on.
    public let schemeFrames: [String]
    public let rhetoric: Set<String>

    /// The lexicon shipped with Jingyan.
    public static func bundled() throws -> Lexicon {
        try Lexicon(yaml: BundledData.text(named: "lexicon"), source: "lexicon.yml")
    }

    /// Reads a lexicon.yml and compiles its patterns; `source` names the file in errors.
    public init(yaml: String, source: String) throws {
        let file = try BundledData.decode(File.self, yaml: yaml, source: source)
        var namedBits: [ScalarClass.Named: [UInt64]] = [:]  // shared by the patterns below
        do { newsCuePattern = try LexiconPattern(file.news_cue_pattern, namedBits: &namedBits) } catch {
            throw ExtractionError.badDataFile(source, "news_cue_pattern: \(error)")
        }
        openingCues = file.opening_cues + file.news_cues
        let cueStarts = openingCues.map(\.unicodeScalars.first)
        let cuesArePlain = cueStarts.allSatisfy { $0.map(Typography.isPlain) ?? false }
        openingCueStarts = cuesArePlain ? ScalarSet(Set(cueStarts.compactMap { $0 }.map(Character.init))) : nil
        pageFurniture = try Self.alternation(
            of: file.page_furniture_patterns, named: "page_furniture_patterns", in: source, namedBits: &namedBits)
        creditMarkers = file.credit_markers.sorted { $0.count > $1.count }
        creditFirstMarkers = file.credit_first_markers.sorted { $0.count > $1.count }
        authorRoles = file.author_roles.sorted { $0.count > $1.count }
        bylineVerbs = Set(file.byline_verbs.map { Substring($0) })
        authorRoleStarts = ScalarSet(Set(authorRoles.compactMap(\.unicodeScalars.first).map(Character.init)))
        authorRoleUTF8 = authorRoles.map { Array($0.utf8) }
        rolesArePlain = authorRoles.allSatisfy { $0.unicodeScalars.allSatisfy(Typography.isPlain) }
        rolesAreHan = authorRoles.allSatisfy {
            $0.unicodeScalars.allSatisfy { Typography.isHan($0) || Self.bylineSeparatorScalars.contains($0) }
        }
        surnames = Set(file.surnames)
        compoundSurnames = file.compound_surnames
        countySuffixes = file.county_suffixes.sorted { $0.count > $1.count }
        townshipSuffixes = file.township_suffixes.sorted { $0.count > $1.count }
        divisionSuffixes = file.division_suffixes
        notTownships = Set(file.not_townships)
        functionCharacters = Set(file.function_characters)
        ethnicGroups = file.ethnic_groups.sorted { $0.count > $1.count }
        units = Array(Set(file.units)).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        unitsByFirstScalar = Dictionary(grouping: units, by: { $0.unicodeScalars.first! })
        multipliers = Dictionary(
            uniqueKeysWithValues: file.multipliers.compactMap { key, value in
                key.unicodeScalars.first.map { ($0, value) }
            })
        approxBefore = file.approx_before.sorted { $0.count > $1.count }
        approxAfter = file.approx_after.sorted { $0.count > $1.count }
        approxBeforeReach = file.approx_before_reach
        periods = try Self.alternation(
            of: file.period_patterns, named: "period_patterns", in: source, namedBits: &namedBits)
        dateUnits = Set(file.date_units.compactMap(\.unicodeScalars.first))
        personUnits = Set(file.person_units)
        staffingVerbs = file.staffing_verbs
        numerals = Set(file.numerals)
        schemeNouns = file.scheme_nouns
        schemeEndings = file.scheme_endings
        schemeVerbs = file.scheme_verbs
        unquotedSchemeEndings = file.unquoted_scheme_endings
        nameBoundaryCharacters = Array(file.name_boundary_characters + file.function_characters)
        nameBoundaryVerbs = file.name_boundary_verbs
        genericModifiers = file.generic_modifiers
        schemeSuffixes = Set(file.scheme_suffixes.unicodeScalars)
        schemeFrames = file.scheme_frames
        rhetoric = Set(file.rhetoric)
    }

    /// True for a masthead, date line, page number or editor's credit printed around the articles.
    public func isPageFurniture(_ line: String) -> Bool { pageFurniture.isFound(in: line) }

    /// One expression trying the patterns in order: one scan of the text instead of one per pattern.
    static func alternation(
        of patterns: [String], named name: String, in source: String, namedBits: inout [ScalarClass.Named: [UInt64]]
    ) throws -> LexiconPattern {
        for pattern in patterns {
            do { try LexiconPattern.validate(pattern) } catch {
                throw ExtractionError.badDataFile(source, "\(name): \(pattern): \(error)")
            }
        }
        return try LexiconPattern(patterns.map { "(?:\($0))" }.joined(separator: "|"), namedBits: &namedBits)
    }

    /// True when the text starts with an opening cue ("今年以来", "本报讯"), Characters compared
    /// as `String.hasPrefix` does. Most lines are told by their first scalar alone.
    public func opensWithCue(_ text: String) -> Bool {
        if let starts = openingCueStarts, let first = text.unicodeScalars.first, Typography.isPlain(first),
            !starts.contains(first)
        {
            return false
        }
        return openingCues.contains { Typography.hasPrefix(text, $0) }
    }

    /// True when the line opens a news brief ("本报讯……", "本报某县3月5日电……"): the cue is
    /// looked for in the line's first 24 UTF-16 units.
    public func opensNewsBrief(_ line: String) -> Bool {
        guard newsCuePattern.mayMatch(textStartingWith: line.unicodeScalars.first) else { return false }
        var units = 0
        return newsCuePattern.isFound(
            in: line.unicodeScalars.prefix { scalar in
                units += UTF16.width(scalar)
                return units <= Self.newsCueReach
            })
    }

    static let newsCueReach = 24

    /// The names of a byline ("本报记者 张三 通讯员 李四" → 张三, 李四), or nil when the text is not
    /// one. Without a role word every name must start with a known surname.
    public func bylineNames(_ text: String) -> [String]? {
        // On scalars, not Characters, and in one pass: this runs on every line of a page.
        guard mayBeByline(text) else { return nil }
        // Bullets before a byline ("■本报记者 张三") are typography, not part of it.
        let startsWithHan = text.unicodeScalars.first.map(Typography.isHan) ?? false
        var byline = startsWithHan ? Substring(text) : text.drop { !$0.isLetter && !$0.isNumber }
        // A byline closing a web copy stands in brackets: "（作者：张三）".
        while let last = byline.unicodeScalars.last, Typography.closerScalars.contains(last) {
            byline.unicodeScalars.removeLast()
        }
        var names: [String] = []
        var hadRole = false
        let scalars = byline.unicodeScalars
        var tokenStart = scalars.startIndex
        while tokenStart < scalars.endIndex {
            let tokenEnd =
                scalars[tokenStart...].firstIndex(where: Self.bylineSeparatorScalars.contains) ?? scalars.endIndex
            var name = Substring(scalars[tokenStart..<tokenEnd])
            // A field of another label after the names ("作者：张三 来源：某某日报") ends the byline.
            if !names.isEmpty, tokenEnd < scalars.endIndex, Self.labelColons.contains(scalars[tokenEnd]),
                roleOpening(name) == nil
            {
                break
            }
            tokenStart = tokenEnd < scalars.endIndex ? scalars.index(after: tokenEnd) : tokenEnd
            while let role = roleOpening(name) {
                name = name.dropFirst(role.count)
                hadRole = true
            }
            guard !name.isEmpty, names.isEmpty || !closesByline(name) else { continue }
            // "全媒体记者", "融媒体中心记者": a role with a qualifier before it.
            if name.unicodeScalars.count <= Self.maxQualifiedRole, endsWithRole(name) {
                hadRole = true
                continue
            }
            // With a role or without, a name is two to four Han characters: body text fails here, early.
            guard (2...Self.maxNameLength).contains(name.unicodeScalars.count),
                name.unicodeScalars.allSatisfy(Typography.isHan)
            else { return nil }
            names.append(String(name))
        }
        guard !names.isEmpty, names.count <= 4 else { return nil }
        return hadRole || names.allSatisfy { looksLikePersonalName($0) } ? names : nil
    }

    /// The byline among a furniture line's fields ("来源：某某日报  作者：张三  编辑：李四" →
    /// "作者：张三"): the first field that opens with an author role and the roles and names
    /// that follow it; nil when that does not read as a byline.
    func bylineField(in line: String) -> String? {
        let fields = line.split(whereSeparator: Self.fieldSeparators.contains).flatMap(Self.splittingAfterTime)
        guard let first = fields.firstIndex(where: { roleOpening($0) != nil }) else { return nil }
        var taken = [fields[first]]
        for field in fields[(first + 1)...] {
            guard roleOpening(field) != nil || field.unicodeScalars.allSatisfy(Typography.isHan) else { break }
            taken.append(field)
        }
        let byline = taken.joined(separator: " ")
        return bylineNames(byline) == nil ? nil : byline
    }

    /// A field that runs from a date or time into a label with no space between ("2025-03-12作者：")
    /// as two fields.
    static func splittingAfterTime(_ field: Substring) -> [Substring] {
        guard let first = field.unicodeScalars.first, Typography.isASCIIDigit(first),
            let label = field.unicodeScalars.firstIndex(where: { Typography.isHan($0) && !dateCharacters.contains($0) })
        else { return [field] }
        return [Substring(field.unicodeScalars[..<label]), Substring(field.unicodeScalars[label...])]
    }

    static let dateCharacters: Set<Unicode.Scalar> = ["年", "月", "日"]

    /// What parts a web page's line of fields: spaces, tabs and bars.
    static let fieldSeparators: Set<Character> = [" ", "　", "\t", "|", "｜"]

    /// The colons that end a field's label ("来源：").
    static let labelColons: Set<Unicode.Scalar> = ["：", ":"]

    /// A word a byline closes with after its names, alone or after a place ("丰润报道").
    func closesByline(_ token: Substring) -> Bool {
        bylineVerbs.contains(token)
            || bylineVerbs.contains { verb in
                token.hasSuffix(verb) && token.unicodeScalars.count - verb.unicodeScalars.count <= Self.maxNameLength
            }
    }

    /// The role a byline token starts with, its UTF-8 compared in place. A one-character role
    /// ("文/张三") is a token of its own, never a name's start.
    func roleOpening(_ name: Substring) -> String? {
        guard let first = name.unicodeScalars.first, authorRoleStarts.contains(first) else { return nil }
        var utf8 = name  // withUTF8 needs it mutable; a native text is read in place
        let role = utf8.withUTF8 { bytes in
            authorRoleUTF8.indices.first { role in
                bytes.starts(with: authorRoleUTF8[role]) && (authorRoles[role].count > 1 || name.count == 1)
            }
        }
        return role.map { authorRoles[$0] }
    }

    /// `name.hasSuffix(role)` for some author role, as Characters. When the token and the roles
    /// are plain scalars only, the Characters are the scalars and equal only as such: their UTF-8
    /// answers, with no grapheme breaking or normalisation.
    func endsWithRole(_ name: Substring) -> Bool {
        guard rolesArePlain, name.unicodeScalars.allSatisfy(Typography.isPlain) else {
            return authorRoles.contains(where: { name.hasSuffix($0) })
        }
        var name = name
        return name.withUTF8 { bytes in authorRoleUTF8.contains { bytes.reversed().starts(with: $0.reversed()) } }
    }

    /// False for a line too long for a byline, with a run between separators longer than a
    /// role and a name together, or with a run of Han longer than a name and no role in it:
    /// body text. False too, when the roles are Han, for a line that
    /// starts with Han (no bullets to drop) and holds a scalar that is neither Han nor a
    /// separator: it would stay in a name, which fails it. Most body lines end here, at their
    /// first punctuation mark.
    func mayBeByline(_ text: String) -> Bool {
        guard text.utf8.count <= Self.maxBylineLength * 4 else { return false }  // a scalar is at most four bytes
        var text = text  // withUTF8 needs it mutable; a native text is read in place
        return text.withUTF8 { bytes in  // scalars decoded from the bytes, not the scalar view
            var onlyHan = false
            var count = 0
            var run = 0
            var han = HanRun()
            var index = 0
            while index < bytes.count {
                count += 1
                // U+5000–U+9FFF (lead bytes E5–E9): Han, no separator, and the most common.
                if index > 0, (0xE5...0xE9).contains(bytes[index]), index + 2 < bytes.count {
                    let value =
                        UInt32(bytes[index] & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                        | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                    run += 1
                    guard han.extend(startsRole: authorRoleStarts.contains(Unicode.Scalar(value)!)) else {
                        return false
                    }
                    if run > Self.maxBylineToken || count > Self.maxBylineLength { return false }
                    continue
                }
                let (scalar, length) = Typography.scalar(in: bytes, at: index)
                if index == 0 { onlyHan = rolesAreHan && Typography.isHan(scalar) }
                index += length
                if Self.bylineSeparatorScalars.contains(scalar) {
                    run = 0
                } else {
                    if onlyHan && !Typography.isHan(scalar) { return false }
                    run += 1
                }
                if Typography.isHan(scalar) {
                    guard han.extend(startsRole: authorRoleStarts.contains(scalar)) else { return false }
                } else {
                    han = HanRun()
                }
                if run > Self.maxBylineToken || count > Self.maxBylineLength { return false }
            }
            return true
        }
    }

    /// A run of Han scalars in a byline: a name, or a role and the name after it. A run longer
    /// than a name holds a role, and so the first scalar of one (a qualified role, "全媒体记者",
    /// ends with a role).
    struct HanRun {
        var length = 0
        var holdsRoleStart = false

        /// Adds a scalar; false when the run is too long for a name and holds no role.
        mutating func extend(startsRole: Bool) -> Bool {
            length += 1
            holdsRoleStart = holdsRoleStart || startsRole
            return length <= Lexicon.maxNameLength || holdsRoleStart
        }
    }

    /// The longest personal name a byline holds, in characters.
    static let maxNameLength = 4

    static let maxBylineToken = 10
    /// A qualified role ("全媒体记者") is at most this many characters.
    static let maxQualifiedRole = 8
    static let bylineSeparators: Set<Character> = [" ", "　", "、", "，", ",", "：", ":", "/"]
    static let bylineSeparatorScalars = ScalarSet(bylineSeparators)
    /// Four names with their roles fit in this many characters; a longer line is body text.
    static let maxBylineLength = 32

    /// True when the text is a personal name: a known surname and one to three more characters.
    public func looksLikePersonalName(_ text: String) -> Bool {
        guard text.count >= 2, text.count <= 4, text.unicodeScalars.allSatisfy(Typography.isHan) else { return false }
        if compoundSurnames.contains(where: { Typography.hasPrefix(text, $0) }) { return text.count >= 3 }
        guard let first = text.first, surnames.contains(first) else { return false }
        return text.count <= 3
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
