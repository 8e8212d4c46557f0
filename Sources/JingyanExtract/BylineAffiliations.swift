import JingyanLayout

/// Bylines that credit contributors by the outlet, station or office they write for, or by the
/// post in brackets after a name ("本报记者 张三 共享联盟某某站 李四", "口述 张三（某县某村调解员）").
extension Lexicon {
    /// The byline without the outlets its contributors are credited by ("本报记者 张三 共享联盟
    /// 某某站 李四" → "本报记者 张三 李四"), or nil when it names none: a line that opens with a
    /// role, plain or qualified ("某某日报记者"), and holds, between its names, a word of
    /// `minAffiliationLength` Han characters or more ending as an outlet's or station's name does;
    /// or a line that opens with such a word, which credits the names after it as a role would.
    func droppingAffiliations(_ text: String) -> String? {
        // Most lines are refused unsplit: too long, or with no space or no outlet's last scalar.
        guard !authorAffiliationEndings.isEmpty, text.utf8.count <= Self.maxBylineLength * 4,
            Self.hasSpace(text),
            text.unicodeScalars.contains(where: { authorAffiliationEnds.contains($0) || $0 == "（" || $0 == "(" })
        else { return nil }
        let text = Self.joiningPaddedNames(text, oneScalarRoles: oneScalarRoles)  // "钟　鸣" is one name, not two tokens
        let tokens = Typography.droppingBullets(text).split(whereSeparator: { $0 == " " || $0 == "　" })
        guard tokens.count >= 2 else { return nil }
        // "（某县融媒体中心 张三 李四）": an outlet credits the names as a role would.
        // Each person may be credited by their own unit ("某县融媒体中心 张三 某镇党委 李四").
        if isAffiliation(tokens[0].drop { $0 == "（" || $0 == "(" }) {
            var names = tokens.dropFirst().filter { !isAffiliation($0) }.joined(separator: " ")
            while let last = names.unicodeScalars.last, last == "）" || last == ")" { names.unicodeScalars.removeLast() }
            return names
        }
        guard opensWithRole(tokens[0]) else { return nil }
        var changed = false
        var kept: [Substring] = []
        for (position, token) in tokens.enumerated() {
            if position > 0, let name = droppingBracketedAffiliation(token) {
                kept.append(name)
                changed = true
            } else if position == 0 || position == tokens.count - 1 {
                kept.append(token)
            } else if isAffiliation(token) {
                changed = true
            } else if let role = roleAfterAffiliation(token) {
                kept.append(role)
                changed = true
            } else {
                kept.append(token)
            }
        }
        return changed ? kept.joined(separator: " ") : nil
    }

    /// The word is or opens with an author's role, plain ("记者") or qualified ("特约通讯员",
    /// "某某日报记者").
    func opensWithRole(_ word: Substring) -> Bool {
        roleOpening(word) != nil || word.unicodeScalars.count <= Self.maxQualifiedRole && endsWithRole(word)
    }

    /// "王五（某县融媒体中心）", "张三（某县某镇某村调解员）": a name with its outlet or its post in
    /// brackets after it, read as the name.
    func droppingBracketedAffiliation(_ token: Substring) -> Substring? {
        guard token.hasSuffix("）") || token.hasSuffix(")"),
            let open = token.firstIndex(where: { $0 == "（" || $0 == "(" }), open > token.startIndex,
            PersonalNames.isNameShaped(token[..<open].unicodeScalars)
        else { return nil }
        let note = token[token.index(after: open)..<token.index(before: token.endIndex)]
        return note.unicodeScalars.count >= Self.minAffiliationLength
            && note.unicodeScalars.allSatisfy(Typography.isHan)
            ? token[..<open] : nil
    }

    /// The role of a token that runs an outlet's name and a role together ("某某市融媒体中心特约
    /// 通讯员" → "特约通讯员"), or nil.
    func roleAfterAffiliation(_ token: Substring) -> Substring? {
        guard let role = authorRoles.filter({ token.hasSuffix($0) }).max(by: { $0.count < $1.count }) else {
            return nil
        }
        var affiliation = token.dropLast(role.count)
        // A qualified role's qualifier ("特约") is the role's, not the outlet's.
        for qualifier in Self.roleQualifiers where affiliation.hasSuffix(qualifier) {
            affiliation = affiliation.dropLast(qualifier.count)
            return isAffiliation(affiliation) ? token.suffix(role.count + qualifier.count) : nil
        }
        return isAffiliation(affiliation) ? token.suffix(role.count) : nil
    }

    static let roleQualifiers = ["特约", "见习", "全媒体", "融媒体", "首席", "本报"]

    /// A space or an ideographic space (E3 80 80) among the text's bytes.
    static func hasSpace(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x80 && previous == (0xE3, 0x80) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// "新某某-某某日报记者 张三": the byline from the outlet its role is qualified with, without the
    /// outlet joined to it by a hyphen in the first word. Most lines hold no hyphen, and are
    /// returned as they are.
    func droppingJoinedOutlet(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard text.utf8.count <= Self.maxBylineLength * 4, Self.mayHoldJoiner(text),
            let joiner = scalars.firstIndex(where: { Self.outletJoiners.contains($0) }),
            joiner > scalars.startIndex, Typography.isHan(scalars[scalars.index(before: joiner)])
        else { return text }
        let rest = scalars[scalars.index(after: joiner)...]
        let word = rest.prefix { $0 != " " && $0 != "　" }
        guard !scalars[..<joiner].contains(where: { $0 == " " || $0 == "　" }), let first = word.first,
            Typography.isHan(first), word.count <= Self.maxQualifiedRole, endsWithRole(Substring(word))
        else { return text }
        return String(rest)
    }

    /// Whether the text holds one of `outletJoiners`, read on bytes: "-", U+2010 and U+2013
    /// (E2 80 90, E2 80 93) or U+FF0D (EF BC 8D).
    static func mayHoldJoiner(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == 0x2D || previous == (0xE2, 0x80) && (byte == 0x90 || byte == 0x93)
                || previous == (0xEF, 0xBC) && byte == 0x8D
            {
                return true
            }
            previous = (previous.1, byte)
        }
        return false
    }

    /// "共享联盟某某站", "某县融媒体中心": Han only, long for a name, ending as an outlet does.
    func isAffiliation(_ token: Substring) -> Bool {
        token.unicodeScalars.count >= Self.minAffiliationLength && token.unicodeScalars.allSatisfy(Typography.isHan)
            && roleOpening(token) == nil && authorAffiliationEndings.contains { token.hasSuffix($0) }
    }

    static let minAffiliationLength = 5
    /// Hyphens that join an outlet's names ("新某某-某某日报"); a title does not end with one.
    static let outletJoiners = ScalarSet(["-", "－", "‐", "–"])

    /// "见习", "通讯": a role's first words, which a line's end may part from the rest of it.
    func beginsRole(_ words: String) -> Bool {
        Self.roleQualifiers.contains(words) || authorRoles.contains { $0.count > words.count && $0.hasPrefix(words) }
    }

    /// "某某某通讯员" → "某某某": a personal name run on to the role after it; nil when the words
    /// before the role qualify it ("全媒体记者").
    func nameBeforeRole(_ token: Substring) -> String? {
        for role in authorRoles where role.count > 1 && token.hasSuffix(role) {
            let name = String(token.dropLast(role.count))
            if looksLikePersonalName(name), !Self.roleQualifiers.contains(where: name.hasSuffix),
                !authorAffiliationEndings.contains(where: name.hasSuffix)
            {
                return name
            }
        }
        return nil
    }
}
