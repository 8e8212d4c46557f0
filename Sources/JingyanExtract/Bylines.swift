import JingyanLayout

/// Bylines: the names a line credits, read on scalars (every line of a page is asked).
extension Lexicon {
    /// The names of a byline ("本报记者 张三 通讯员 李四" → 张三, 李四), or nil when the text is not
    /// one. Without a role word every name must start with a known surname.
    public func bylineNames(_ text: String) -> [String]? {
        guard let byline = bylineWords(text) else { return nil }
        var names: [String] = []
        var hadRole = false
        var roleAwaitsName = false
        let scalars = byline.unicodeScalars
        var tokenStart = scalars.startIndex
        while tokenStart < scalars.endIndex {
            let tokenEnd =
                scalars[tokenStart...].firstIndex(where: Self.bylineSeparatorScalars.contains) ?? scalars.endIndex
            var name = Substring(scalars[tokenStart..<tokenEnd])
            // A field of another label after the names ("作者：张三 来源：某某日报", "文字：张三　摄影：李四"),
            // or a photographer's credit ("记者　张三　摄影　李四": no author), ends the byline.
            if !names.isEmpty,
                tokenEnd < scalars.endIndex && Self.labelColons.contains(scalars[tokenEnd]) && roleOpening(name) == nil
                    || isPhotoCredit(name)
            {
                break
            }
            tokenStart = tokenEnd < scalars.endIndex ? scalars.index(after: tokenEnd) : tokenEnd
            guard let read = nameAfterRoles(in: name) else { return nil }
            name = read.name
            hadRole = hadRole || read.hadRole
            guard !name.isEmpty, names.isEmpty || !closesByline(name) else {
                roleAwaitsName = roleAwaitsName || read.hadRole
                continue
            }
            // "全媒体记者", "融媒体中心记者": a role with a qualifier before it. After a role still
            // without its name, the name and the next role ("记者　某某某" / "通讯员　某某", the line's end took
            // the space between them).
            if name.unicodeScalars.count <= Self.maxQualifiedRole, endsWithRole(name) {
                if roleAwaitsName, let person = nameBeforeRole(name) { names.append(person) }
                hadRole = true
                roleAwaitsName = true
                continue
            }
            roleAwaitsName = false
            // With a role or without, a name is two to four Han characters, or a dotted name: body
            // text fails here, early.
            guard PersonalNames.isNameShaped(name.unicodeScalars) else {
                guard hadRole, let two = twoNamesRunTogether(name) else { return nil }
                names += two
                continue
            }
            if hadRole, name.unicodeScalars.count == 4, let two = twoNamesRunTogether(name) {
                names += two
                continue
            }
            names.append(String(name))
        }
        guard !names.isEmpty, names.count <= 4 else { return nil }
        guard !names.contains(where: endsAsScheme) else { return nil }
        return hadRole || names.allSatisfy { looksLikePersonalName($0) } ? names : nil
    }

    /// The words a byline's names are read from: its date, its outlet and affiliations, its names'
    /// padding, a photographer's mark, bullets and closing brackets taken off; nil for a text
    /// that is surely no byline.
    func bylineWords(_ text: String) -> Substring? {
        // "“幸福院”": words in quotes are a title's, never a credit's names.
        if Typography.firstScalar(of: text) == Typography.openingQuote { return nil }
        var text = droppingJoinedOutlet(Self.droppingTrailingDate(droppingPhotoCredit(text)))
        if let kept = droppingAffiliations(text) { text = kept }
        // On scalars, not Characters, and in one pass: this runs on every line of a page.
        guard mayBeByline(text) else { return nil }
        text = droppingSpacedMarks(Self.joiningPaddedNames(text, oneScalarRoles: oneScalarRoles))
        // Bullets before a byline ("■本报记者 张三") are typography, not part of it.
        let startsWithHan = Typography.firstScalar(of: text).map(Typography.isHan) ?? false
        var byline = startsWithHan ? Substring(text) : text.drop { !$0.isLetter && !$0.isNumber }
        // A byline closing a web copy stands in brackets: "（作者：张三）".
        while let last = byline.unicodeScalars.last, Typography.closerScalars.contains(last) {
            byline.unicodeScalars.removeLast()
        }
        return byline
    }

    /// "记者　张三（摄影：李四）" → "记者　张三": the photographer's credit in brackets at the line's
    /// end is no author's.
    func droppingPhotoCredit(_ text: String) -> String {
        guard let last = text.unicodeScalars.last, last == "）" || last == ")",
            let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }), open > text.startIndex,
            isPhotoCredit(text[text.index(after: open)...].prefix { !Self.bylineSeparators.contains($0) })
        else { return text }
        return String(text[..<open])
    }

    /// "摄影", "航拍": a credit word for photos alone, whose name is no author's ("文　甲　图　乙"
    /// credits both).
    func isPhotoCredit(_ token: Substring) -> Bool {
        token.count > 1 && creditMarkers.contains { $0 == token }
    }

    /// "通讯员投稿平台": a role over a thing's name, which ends as a scheme's does; no person's.
    func endsAsScheme(_ name: String) -> Bool {
        schemeNouns.contains { name.count > $0.count && name.hasSuffix($0) }
    }

    /// A byline token without the roles it opens with; nil for a role run on to a word ("记者观察",
    /// "记者手记"), not to a name with a surname. After a role, a name and the closing verb may run
    /// together ("通讯员李四报道"): the name alone.
    func nameAfterRoles(in token: Substring) -> TokenName? {
        var name = token
        // Roles, each maybe qualified ("本报特约记者张三", "见习记者李四").
        while true {
            if let role = roleOpening(name) {
                name = name.dropFirst(role.count)
            } else if let qualifier = Self.roleQualifiers.first(where: { name.hasPrefix($0) }),
                roleOpening(name.dropFirst(qualifier.count)) != nil
            {
                name = name.dropFirst(qualifier.count)
            } else {
                break
            }
        }
        guard name.count < token.count else { return TokenName(name: name, hadRole: false) }
        if name.unicodeScalars.count == 2, !looksLikePersonalName(String(name)) { return nil }
        if let verb = bylineVerbs.first(where: { name.hasSuffix($0) && name.count > $0.count }),
            PersonalNames.isNameShaped(name.dropLast(verb.count).unicodeScalars)
        {
            name = name.dropLast(verb.count)
        }
        return TokenName(name: name, hadRole: true)
    }

    struct TokenName {
        var name: Substring
        var hadRole: Bool
    }

    /// "记者张三通讯员李四报道" → "记者张三 通讯员李四 报道": a credit set with no space between its
    /// persons, a space before each role after the first and before its closing verb. Nil when
    /// the text holds no such role.
    func spacingRunTogetherRoles(_ text: String) -> String? {
        var spaced = ""
        var rest = Substring(text)
        var changed = false
        while let character = rest.first {
            if !spaced.isEmpty, spaced.last != " ", let role = roleOpening(rest), role.count > 1 {
                spaced += " " + role
                rest = rest.dropFirst(role.count)
                changed = true
                continue
            }
            if !spaced.isEmpty, spaced.last != " ", bylineVerbs.contains(rest) {
                spaced += " "
                changed = true
            }
            spaced.append(character)
            rest = rest.dropFirst()
        }
        return changed ? spaced : nil
    }

    /// The brackets a closing credit stands in ("（张　三）"): they end a name as a space does.
    static let creditBrackets: Set<Unicode.Scalar> = ["（", "）", "(", ")"]

    /// The byline without what its names did set after them, a space before ("本报记者 张三 文/摄　通讯员
    /// 李四"): a photographer's mark, whose parts would read as a role and a name.
    func droppingSpacedMarks(_ text: String) -> String {
        // Every such verb holds 摄: a line without it, nearly every line, is returned unsearched.
        guard text.unicodeScalars.contains("摄") else { return text }
        var text = text
        for verb in bylineVerbs where verb.hasSuffix("摄") {
            while let range = text.firstRange(of: verb), range.lowerBound > text.startIndex,
                let before = text[..<range.lowerBound].last, before == " " || before == "　"
            {
                text.removeSubrange(text.index(before: range.lowerBound)..<range.upperBound)
            }
        }
        return text
    }

    /// A byline whose two-character names are padded to three with an ideographic space, as
    /// papers set them ("本报记者 张　伟 刘　洋"), with the names closed up ("张伟", "刘洋"): a
    /// lone Han character, that space and another lone Han character. A role of one character
    /// before or after such a name stays apart ("文　方　舟" → "文　方舟", "田　静　图" → "田静　图").
    static func joiningPaddedNames(_ text: String, oneScalarRoles: ScalarSet? = nil) -> String {
        guard text.unicodeScalars.contains("　") else { return text }
        let scalars = Array(text.unicodeScalars)
        let separates = { (index: Int) in
            index < 0 || index == scalars.count || bylineSeparatorScalars.contains(scalars[index])
                || creditBrackets.contains(scalars[index])
                // "……的安排。刘　波　摄": a caption's credit after its sentence.
                || Typography.sentenceEnderScalars.contains(scalars[index])
        }
        let lone = { (index: Int) in Typography.isHan(scalars[index]) && separates(index - 1) && separates(index + 1) }
        var kept = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            // A role of one character, a padded name of two after it (`step` 1) or before it (-1):
            // "文　方　舟", "田　静　图". The role stays apart.
            let roleApart = { (role: Int, step: Int) in
                oneScalarRoles?.contains(scalars[role]) == true && scalars.indices.contains(role + 4 * step)
                    && scalars[role + 3 * step] == "　" && lone(role + 4 * step)
            }
            if scalar == "　", index > 0, index + 1 < scalars.count, lone(index - 1), lone(index + 1),
                !roleApart(index - 1, 1), !roleApart(index + 1, -1), !Self.partsPaddedNames(scalars, at: index, lone)
            {
                continue
            }
            kept.append(scalar)
        }
        return String(kept)
    }

    /// The space between two padded names ("鹿　宣　松　宣" → "鹿宣　松宣"): in an even run of four or
    /// more lone characters, the space after each pair.
    static func partsPaddedNames(_ scalars: [Unicode.Scalar], at space: Int, _ lone: (Int) -> Bool) -> Bool {
        var start = space - 1
        while start >= 2, scalars[start - 1] == "　", lone(start - 2) { start -= 2 }
        var end = space + 1
        while end + 2 < scalars.count, scalars[end + 1] == "　", lone(end + 2) { end += 2 }
        let count = (end - start) / 2 + 1
        return count >= 4 && count % 2 == 0 && (space - 1 - start) / 2 % 2 == 1
    }

    /// A line of roles alone ("本报记者", "□ 记者 通讯员"): a byline whose names are printed on
    /// the next line. Each token is one or more roles, or a qualified one ("全媒体记者").
    public func isRolesOnly(_ text: String) -> Bool {
        guard let last = Typography.lastScalar(of: text), authorRoleEnds.contains(last),
            text.unicodeScalars.count <= Self.maxBylineLength
        else { return false }
        let tokens = Typography.droppingBullets(text).split(whereSeparator: Self.bylineSeparators.contains)
        return !tokens.isEmpty
            && tokens.allSatisfy { token in
                var rest = token
                while let role = roleOpening(rest) { rest = rest.dropFirst(role.count) }
                return rest.isEmpty || (token.unicodeScalars.count <= Self.maxQualifiedRole && endsWithRole(token))
            }
    }

    /// The colons that end a field's label ("来源：").
    static let labelColons: Set<Unicode.Scalar> = ["：", ":"]

    /// A word a byline closes with after its names, alone or after a place ("丰润报道").
    /// Or where they were filed from ("发自某县").
    func closesByline(_ token: Substring) -> Bool {
        bylineVerbs.contains(token)
            || bylineVerbs.contains { verb in
                (token.hasSuffix(verb) || token.hasPrefix(verb))
                    && token.unicodeScalars.count - verb.unicodeScalars.count <= Self.maxNameLength
            }
    }

    /// The role a byline token starts with, its UTF-8 compared in place. A one-character role
    /// ("文/张三") is a token of its own, never a name's start.
    func roleOpening(_ name: Substring) -> String? {
        guard let first = Typography.firstScalar(of: name), authorRoleStarts.contains(first) else { return nil }
        var utf8 = name  // withUTF8 needs it mutable; a native text is read in place
        let role = utf8.withUTF8 { bytes in
            authorRoleUTF8.indices.first { role in
                bytes.starts(with: authorRoleUTF8[role]) && (authorRoles[role].count > 1 || name.count == 1)
            }
        }
        return role.map { authorRoles[$0] }
    }

    /// `name.hasSuffix(role)` for some author role of two characters or more, as Characters: a
    /// qualified role ends so ("全媒体记者"); a name may end with a one-character role ("杨秀文").
    /// When the token and the roles are plain scalars only, the Characters are the scalars and
    /// equal only as such: their UTF-8 answers, with no grapheme breaking or normalisation.
    func endsWithRole(_ name: Substring) -> Bool {
        guard rolesArePlain, name.unicodeScalars.allSatisfy(Typography.isPlain) else {
            return authorRoles.contains(where: { $0.count > 1 && name.hasSuffix($0) })
        }
        var name = name
        return name.withUTF8 { bytes in
            longRoleUTF8.contains { role in
                role.count <= bytes.count && bytes[(bytes.count - role.count)...].elementsEqual(role)
            }
        }
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
            var han = HanRun(limit: Self.maxQualifiedRole)  // the first run may be an outlet's role
            var index = 0
            while index < bytes.count {
                count += 1
                // U+4000–U+9FFF but the hexagrams (`LineScan.isHan`): Han, no separator, and the most common.
                if index > 0, LineScan.isHan(bytes, at: index) {
                    let value =
                        UInt32(bytes[index] & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                        | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                    run += 1
                    guard han.extend(startsRole: authorRoleStarts.contains(Unicode.Scalar(value)!)) else {
                        return false
                    }
                    if run > han.maxToken || count > Self.maxBylineLength { return false }
                    continue
                }
                let (scalar, length) = Typography.scalar(in: bytes, at: index)
                if index == 0 { onlyHan = rolesAreHan && Typography.isHan(scalar) }
                index += length
                if PersonalNames.nameDots.contains(scalar), han.length > 0 {
                    run += 1  // a dotted name's parts are one name: the run of Han goes on
                    han.joinNamePart()
                    continue
                }
                if Self.bylineSeparatorScalars.contains(scalar) {
                    run = 0
                } else {
                    if onlyHan && !Typography.isHan(scalar) { return false }
                    run += 1
                }
                if Typography.isHan(scalar) {
                    guard han.extend(startsRole: authorRoleStarts.contains(scalar)) else { return false }
                } else {
                    // A run longer than a name ends the byline ("黔东南报道"): nothing after it.
                    if han.isLongerThanName { return false }
                    han = HanRun(limit: han.length == 0 || han.isRoleWord ? han.limit : HanRun.laterLimit)
                }
                if run > han.maxToken || count > Self.maxBylineLength { return false }
            }
            return true
        }
    }

    /// A run of Han scalars in a byline: a name, or a role and the name after it. A run longer
    /// than a name holds a role, and so the first scalar of one (a qualified role, "全媒体记者",
    /// ends with a role), or closes the byline: a place and the verb after it ("黔东南报道").
    /// The first run may be an outlet's qualified role ("某某日报天眼新闻记者"), whose role
    /// comes at its end: it is let run to `maxQualifiedRole` before it must hold one.
    struct HanRun {
        /// How long the run may grow holding no role's first scalar.
        var limit: Int
        var length = 0
        var holdsRoleStart = false

        /// A run after the first: a name, or a place and a byline verb.
        static let laterLimit = Lexicon.maxNameLength + Lexicon.maxBylineVerbLength

        /// Adds a scalar; false when the run is too long and holds no role.
        mutating func extend(startsRole: Bool) -> Bool {
            length += 1
            holdsRoleStart = holdsRoleStart || startsRole
            return length <= limit || holdsRoleStart
        }

        /// A name dot joined the run's parts: a dotted name, let run to its length.
        var isDotted = false

        mutating func joinNamePart() {
            isDotted = true
            limit = max(limit, PersonalNames.maxDottedLength)
        }

        /// A word of a role alone before the first run ("整理 某某日报全媒体记者 张三"): the run
        /// after it may be an outlet's qualified role too.
        var isRoleWord: Bool { holdsRoleStart && length <= Lexicon.maxNameLength && limit == Lexicon.maxQualifiedRole }

        /// Too long for a name, with no role: only a place and a verb that end the byline.
        var isLongerThanName: Bool {
            length > (isDotted ? PersonalNames.maxDottedLength : Lexicon.maxNameLength) && !holdsRoleStart
        }

        /// The longest run between separators: a role and a name, the name dotted or not.
        var maxToken: Int {
            isDotted
                ? Lexicon.maxBylineToken - Lexicon.maxNameLength + PersonalNames.maxDottedLength
                : Lexicon.maxBylineToken
        }
    }

    /// The longest personal name a byline holds, in characters.
    static let maxNameLength = 4
    /// The longest word a byline closes with (`byline_verbs`: "报道"), in characters.
    static let maxBylineVerbLength = 2

    /// The longest run between separators: a qualified role, or a role and a name together.
    static let maxBylineToken = 16
    /// A qualified role ("全媒体记者", an outlet's "某某日报记者", a county centre's "某某市融媒体中心特约通讯员")
    /// is at most this many characters.
    static let maxQualifiedRole = 16
    /// "丨" (U+4E28) is an ideograph that posts set as a bar ("文丨某某"): no name holds it. "□", "■": bullets
    /// between a byline's roles ("□ 本报记者 某某 □ 本报通讯员 某某").
    static let bylineSeparators: Set<Character> = [
        " ", "　", "、", "，", ",", "：", ":", "；", ";", "/", "／", "|", "｜", "丨", "□", "■",
    ]
    static let bylineSeparatorScalars = ScalarSet(bylineSeparators)
    /// Four names with their roles fit in this many characters; a longer line is body text.
    static let maxBylineLength = 32

    /// True when the text is a personal name: a known surname and one to three more characters.
    /// "郭晓丹牛亚楠", "王芳刘强": two names with no space between, where a line break stood
    /// between them in a credit that ran over lines; each with a surname, neither compound. Asked
    /// only after a role: a title's words ("家门口解难事") may read as two names too.
    func twoNamesRunTogether(_ token: Substring) -> [String]? {
        let characters = Array(token)
        guard (4...6).contains(characters.count),
            !compoundSurnames.contains(where: { Typography.hasPrefix(String(token), $0) })
        else { return nil }
        for cut in [3, 2] where characters.count - cut >= 2 && characters.count - cut <= 3 {
            let first = String(characters[..<cut])
            let second = String(characters[cut...])
            if looksLikePersonalName(first), looksLikePersonalName(second) { return [first, second] }
        }
        return nil
    }

    public func looksLikePersonalName(_ text: String) -> Bool {
        guard text.unicodeScalars.allSatisfy(Typography.isHan) else { return false }
        let count = Typography.scalarCount(of: text)  // Han scalars: each a Character of its own
        guard count >= 2, count <= 4 else { return false }
        if mayOpenWithCompoundSurname(text), compoundSurnames.contains(where: { Typography.hasPrefix(text, $0) }) {
            return count >= 3
        }
        guard let first = text.first, surnames.contains(first) else { return false }
        return count <= 3
    }

    /// False when the text opens with no compound surname, told by its first scalar when that
    /// and the surnames' first scalars are plain (`Typography.hasPrefix` tells no more then).
    func mayOpenWithCompoundSurname(_ text: String) -> Bool {
        guard let starts = compoundSurnameStarts, let first = Typography.firstScalar(of: text),
            Typography.isPlain(first)
        else { return true }
        return starts.contains(first)
    }
}
