/// The weights of the segmentation's scored choices (Resources/segmentation.yml): how much each
/// piece of evidence counts for a title block over a heading, and for a cut between two reports'
/// bodies. Fitted on the pages with a reading by `jingyan-bench fit`, which writes the file.
public struct SegmentationWeights: Codable, Sendable, Equatable {
    public var titleNamesPlace: Int
    public var titleAtPageEnd: Int
    public var titleBeforeOpening: Int
    public var titleAfterBrief: Int
    public var titleFewSentencesAfter: Int
    public var titleFewSentencesBefore: Int
    public var titleChangesPlace: Int
    public var titleNewTownship: Int
    public var titleThreshold: Int
    public var splitOpening: Int
    public var splitNaming: Int
    public var splitNewsCue: Int

    /// Each weight by its name in segmentation.yml.
    public enum Name: String, CodingKey, CaseIterable, Sendable {
        case titleNamesPlace = "title_names_place"
        case titleAtPageEnd = "title_at_page_end"
        case titleBeforeOpening = "title_before_opening"
        case titleAfterBrief = "title_after_brief"
        case titleFewSentencesAfter = "title_few_sentences_after"
        case titleFewSentencesBefore = "title_few_sentences_before"
        case titleChangesPlace = "title_changes_place"
        case titleNewTownship = "title_new_township"
        case titleThreshold = "title_threshold"
        case splitOpening = "split_opening"
        case splitNaming = "split_naming"
        case splitNewsCue = "split_news_cue"
    }

    typealias CodingKeys = Name

    /// One weight by name, for a search that tries them one at a time.
    public subscript(name: Name) -> Int {
        get {
            switch name {
            case .titleNamesPlace: titleNamesPlace
            case .titleAtPageEnd: titleAtPageEnd
            case .titleBeforeOpening: titleBeforeOpening
            case .titleAfterBrief: titleAfterBrief
            case .titleFewSentencesAfter: titleFewSentencesAfter
            case .titleFewSentencesBefore: titleFewSentencesBefore
            case .titleChangesPlace: titleChangesPlace
            case .titleNewTownship: titleNewTownship
            case .titleThreshold: titleThreshold
            case .splitOpening: splitOpening
            case .splitNaming: splitNaming
            case .splitNewsCue: splitNewsCue
            }
        }
        set {
            switch name {
            case .titleNamesPlace: titleNamesPlace = newValue
            case .titleAtPageEnd: titleAtPageEnd = newValue
            case .titleBeforeOpening: titleBeforeOpening = newValue
            case .titleAfterBrief: titleAfterBrief = newValue
            case .titleFewSentencesAfter: titleFewSentencesAfter = newValue
            case .titleFewSentencesBefore: titleFewSentencesBefore = newValue
            case .titleChangesPlace: titleChangesPlace = newValue
            case .titleNewTownship: titleNewTownship = newValue
            case .titleThreshold: titleThreshold = newValue
            case .splitOpening: splitOpening = newValue
            case .splitNaming: splitNaming = newValue
            case .splitNewsCue: splitNewsCue = newValue
            }
        }
    }

    /// Reads a segmentation.yml; `source` names the file in errors.
    public init(yaml: String, source: String) throws {
        self = try BundledData.decode(Self.self, yaml: yaml, source: source)
    }

    /// The weights shipped with Jingyan.
    public static func bundled() throws -> SegmentationWeights {
        try SegmentationWeights(yaml: BundledData.text(named: "segmentation"), source: "segmentation.yml")
    }
}
