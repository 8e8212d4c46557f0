/// Turns a page's view values into dictionaries and arrays before rendering.
///
/// swift-mustache looks every `{{name}}` up with a new `Mirror` of the current value, walking
/// all its properties, and retries down the context stack on a miss: measured with perf, that was
/// most of the build time. One Mirror walk per value up front, then dictionary lookups, gives
/// the same output several times faster.
enum MustacheBox {
    static func box(_ value: Any) -> Any? {
        switch value {
        case is String, is Int, is Double, is Bool, is Substring: return value
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.flatMap { box($0.value) }
        case .collection, .set:
            return mirror.children.compactMap { box($0.value) }
        case .struct, .class:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                if let label = child.label, let boxed = box(child.value) { fields[label] = boxed }
            }
            return fields
        default:
            return value
        }
    }
}
