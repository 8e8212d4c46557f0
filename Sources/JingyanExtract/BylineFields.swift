import JingyanLayout

/// A web page's lines of fields ("来源：某某日报　作者：张三　编辑：李四"): the byline among them.
extension Lexicon {
    /// The text without the date and time a web copy's byline may end with ("作者：张三 2025-06-18
    /// 09:12", its space before the digits gone in cleaning): a run of at least four digits and
    /// date marks at the end. Most lines end in neither, and are returned as they are.
    static func droppingTrailingDate(_ text: String) -> String {
        guard let last = Typography.lastScalar(of: text), Typography.isASCIIDigit(last) || last == "日" else {
            return text
        }
        let scalars = text.unicodeScalars
        var start = scalars.endIndex
        var digits = 0
        while start > scalars.startIndex {
            let previous = scalars[scalars.index(before: start)]
            if Typography.isASCIIDigit(previous) {
                digits += 1
            } else if !dateMarks.contains(previous) {
                break
            }
            start = scalars.index(before: start)
        }
        // The date opens with its year's first digit: a mark before it ("张年2025") stays.
        while start < scalars.endIndex, !Typography.isASCIIDigit(scalars[start]) { start = scalars.index(after: start) }
        guard digits >= 4, start > scalars.startIndex else { return text }
        var kept = String(scalars[..<start])
        while let end = kept.unicodeScalars.last, end == " " || end == "　" { kept.unicodeScalars.removeLast() }
        return kept
    }

    /// What a date and time are written with besides digits.
    static let dateMarks = ScalarSet(["年", "月", "日", "-", "/", ".", ":", " ", "　"])

    /// The byline among a furniture line's fields ("来源：某某日报  作者：张三  编辑：李四" →
    /// "作者：张三"): the first field that opens with an author role and the roles and names
    /// that follow it; nil when that does not read as a byline.
    func bylineField(in line: String) -> String? {
        let line = Self.joiningPaddedNames(line, oneScalarRoles: oneScalarRoles)
        let fields = line.split(whereSeparator: Self.fieldSeparators.contains).flatMap(Self.splittingAfterTime)
            .flatMap(splittingLabelledRole)
        // A role may be an outlet's, a word of Han ("来源：某某日报　某某日报记者 张三").
        guard
            let first = fields.firstIndex(where: {
                roleOpening($0) != nil || labelledRole($0) != nil
                    || $0.unicodeScalars.allSatisfy(Typography.isHan) && opensWithRole($0)
            })
        else {
            return postAuthor(fields)
        }
        var taken = [labelledRole(fields[first]) ?? fields[first]]
        for field in fields[(first + 1)...] {
            // "乔卫东2025-12-19": the last name, run on to the post's date (its space gone in cleaning);
            // "李四）": the last, closing a note in brackets.
            var name = Self.droppingTrailingDate(String(field))
            while let last = name.unicodeScalars.last, Typography.closerScalars.contains(last) {
                name.unicodeScalars.removeLast()
            }
            // A database's field of names ("储文静;程刚;余晓燕;") holds their semicolons.
            guard
                roleOpening(field) != nil
                    || name.unicodeScalars.allSatisfy({ Typography.isHan($0) || Self.nameSemicolons.contains($0) })
            else { break }
            taken.append(Substring(name))
            if name.utf8.count != field.utf8.count { break }
        }
        let byline = taken.joined(separator: " ")
        return bylineNames(byline) == nil ? nil : byline
    }

    /// "文：张三" → "文", "张三": a field whose label is a role of one character, which opens no
    /// longer token (a longer role does: "作者：张三"), the role apart from its name.
    func splittingLabelledRole(_ field: Substring) -> [Substring] {
        guard let colon = field.firstIndex(where: { $0 == "：" || $0 == ":" }),
            field.distance(from: field.startIndex, to: colon) == 1,
            case let label = field[..<colon], authorRoles.contains(where: { $0 == label }),
            case let rest = field[field.index(after: colon)...], !rest.isEmpty
        else { return [field] }
        return [label, rest]
    }

    /// "作者：某某日报全媒体记者", "（刊发于……，作者：本报驻某地记者": the role a field's label
    /// names, after its last colon; nil when no role follows it.
    func labelledRole(_ field: Substring) -> Substring? {
        guard let colon = field.lastIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let rest = field[field.index(after: colon)...]
        return !rest.isEmpty && opensWithRole(rest) ? rest : nil
    }

    /// A post line's author: the personal names after its mark, before the account's name or
    /// closing the line, the account on a line of its own ("原创 张三 某某发布 2025-03-12 08:30" →
    /// "作者 张三", "原创 张三 李四" → "作者 张三 李四"; "原创 某某发布 …" names none).
    func postAuthor(_ fields: [Substring]) -> String? {
        guard let mark = fields.first, postMarks.contains(mark) else { return nil }
        var names = Array(fields.dropFirst().prefix { looksLikePersonalName(String($0)) })
        guard !names.isEmpty else { return nil }
        // Before the account's name, the last field that opens with Han, a name needs only a
        // name's shape ("原创 某某某 其某某 某某旗发布": a name with an uncommon surname).
        if let account = fields.lastIndex(where: { $0.unicodeScalars.first.map(Typography.isHan) ?? false }),
            account > names.count + 1
        {
            names += fields[(names.count + 1)..<account].prefix { PersonalNames.isNameShaped($0.unicodeScalars) }
        }
        // The account's name follows the names (the date may be joined to it: a page's spaces
        // between Han and digits are dropped).
        if let account = fields.dropFirst(names.count + 1).first?.unicodeScalars.first {
            guard Typography.isHan(account) else { return nil }
        }
        // The post's mark credits the names as a role does: a name with an uncommon surname is one.
        return (["作者"] + names).joined(separator: " ")
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

    static let nameSemicolons: Set<Unicode.Scalar> = [";", "；"]

    /// What parts a web page's line of fields: spaces, tabs, bars and brackets.
    static let fieldSeparators: Set<Character> = [" ", "　", "\t", "|", "｜", "【", "】", "，", "（", "("]
}
