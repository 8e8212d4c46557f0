/// What a template sees: the view values of a page, converted once before rendering.
///
/// Not `indirect`: lists and objects keep their contents on the heap already, and an indirect
/// enum puts every string and number of a page in a box of its own.
public enum TemplateValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// False, an empty list: a section skips it and an inverted section shows.
    var isFalsy: Bool {
        switch self {
        case .bool(let flag): !flag
        case .list(let items): items.isEmpty
        default: false
        }
    }

    /// The text `{{name}}` prints. Lists and objects print nothing.
    var text: String {
        switch self {
        case .string(let string): string
        case .int(let number): String(number)
        case .double(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .list, .object: ""
        }
    }

    public init<Value: Encodable>(encoding value: Value) throws {
        self = try TemplateValueEncoder.encode(value)
    }
}

/// `Encodable` → `TemplateValue`: the compiler writes each view's walk over its fields, where a
/// `Mirror` would walk them at run time. Absent optionals are left out, so `{{#field}}` skips them.
enum TemplateValueEncoder {
    static func encode<Value: Encodable>(_ value: Value) throws -> TemplateValue {
        switch value {
        case let string as String: return .string(string)
        case let number as Int: return .int(number)
        case let flag as Bool: return .bool(flag)
        case let number as Double: return .double(number)
        case let value as TemplateValue: return value
        default:
            let slot = Slot()
            try value.encode(to: SlotEncoder(slot: slot))
            return slot.finished
        }
    }

    /// Where one value's encoding lands: a plain value, or a container being filled.
    final class Slot {
        var value = TemplateValue.object([:])
        var object: [String: Slot]?
        var fields: [String: TemplateValue]?
        var items: [Slot]?

        var finished: TemplateValue {
            if var fields {
                for (key, slot) in object ?? [:] { fields[key] = slot.finished }
                return .object(fields)
            }
            if let items { return .list(items.map(\.finished)) }
            return value
        }
    }

    struct SlotEncoder: Encoder {
        let slot: Slot
        var codingPath: [any CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] = [:]

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if slot.fields == nil { slot.fields = [:] }
            return KeyedEncodingContainer(ObjectEncoder(slot: slot))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if slot.items == nil { slot.items = [] }
            return ListEncoder(slot: slot)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { ValueEncoder(slot: slot) }
    }

    struct ObjectEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let slot: Slot
        var codingPath: [any CodingKey] = []

        mutating func encodeNil(forKey key: Key) throws {}

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            slot.fields![key.stringValue] = try TemplateValueEncoder.encode(value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            SlotEncoder(slot: nested(key.stringValue)).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            SlotEncoder(slot: nested(key.stringValue)).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { SlotEncoder(slot: nested("super")) }

        mutating func superEncoder(forKey key: Key) -> any Encoder { SlotEncoder(slot: nested(key.stringValue)) }

        private func nested(_ key: String) -> Slot {
            let nested = Slot()
            slot.object = slot.object ?? [:]
            slot.object![key] = nested
            return nested
        }
    }

    struct ListEncoder: UnkeyedEncodingContainer {
        let slot: Slot
        var codingPath: [any CodingKey] = []
        var count: Int { slot.items!.count }

        mutating func encodeNil() throws {}

        mutating func encode<T: Encodable>(_ value: T) throws {
            let item = Slot()
            item.value = try TemplateValueEncoder.encode(value)
            slot.items!.append(item)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            SlotEncoder(slot: nested()).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { SlotEncoder(slot: nested()).unkeyedContainer() }

        mutating func superEncoder() -> any Encoder { SlotEncoder(slot: nested()) }

        private func nested() -> Slot {
            let item = Slot()
            slot.items!.append(item)
            return item
        }
    }

    struct ValueEncoder: SingleValueEncodingContainer {
        let slot: Slot
        var codingPath: [any CodingKey] = []

        mutating func encodeNil() throws {}

        mutating func encode<T: Encodable>(_ value: T) throws { slot.value = try TemplateValueEncoder.encode(value) }
    }
}
