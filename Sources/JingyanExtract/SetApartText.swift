/// What a page sets apart from its reports under a line of its own.
public struct SetApartText: Sendable {
    /// The first line of an editor's note ("编者按：……").
    let editorNote: LexiconPattern
    /// The label line of a notice the paper prints among the reports ("更正", "启事").
    public let noticeLabels: Set<String>
    /// The formulas such a notice closes with ("特此更正").
    public let noticeClosings: [String]
    /// The label line of a box set apart from the reports ("相关链接", "短评").
    public let boxLabels: Set<String>
    /// Box labels of a reporter's own note on the report ("记者手记"): over text that runs on
    /// straight under them, no title of their own, they head the report's last section.
    public let ownNoteLabels: Set<String>
    /// A column's head printed alone above its reports ("简讯", "一线观察").
    public let columnHeads: Set<String>
    /// How a column's name over a title ends ("某某时评").
    let columnNameEndings: [String]
    /// The label of a web page's readers' comments ("精选留言"): everything under it is theirs.
    public let commentLabels: Set<String>

    init(_ file: Lexicon.File, source: String, namedBits: inout [ScalarClass.Named: [UInt64]]) throws {
        editorNote = try Lexicon.pattern(file.editor_note_pattern, "editor_note_pattern", source, &namedBits)
        noticeLabels = Set(file.notice_labels)
        noticeClosings = file.notice_closings
        boxLabels = Set(file.box_labels)
        ownNoteLabels = Set(file.own_note_labels ?? [])
        columnHeads = Set(file.column_heads)
        columnNameEndings = file.column_name_endings ?? []
        commentLabels = Set(file.comment_labels ?? [])
    }
}
