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
    case object(Fields)

    /// An object's fields in the order they were given. A page's objects have a few fields
    /// each, found sooner by comparing names than by hashing them, and made without hashing.
    public struct Fields: Sendable, Equatable, ExpressibleByDictionaryLiteral {
        /// A field: its name and value.
        public struct Entry: Sendable, Equatable {
            public var name: String
            public var value: TemplateValue

            public init(name: String, value: TemplateValue) {
                self.name = name
                self.value = value
            }
        }

        public private(set) var entries: [Entry]

        /// A name given twice: the last value counts.
        public init(_ entries: [Entry]) { self.entries = entries }

        public init(dictionaryLiteral elements: (String, TemplateValue)...) {
            entries = elements.map { Entry(name: $0.0, value: $0.1) }
        }

        public subscript(name: String) -> TemplateValue? {
            var index = entries.count
            while index > 0 {
                index -= 1
                if entries[index].name == name { return entries[index].value }
            }
            return nil
        }

        /// The same names with the same values, in any order.
        public static func == (lhs: Fields, rhs: Fields) -> Bool {
            lhs.entries.allSatisfy { rhs[$0.name] == lhs[$0.name] } && rhs.entries.allSatisfy { lhs[$0.name] != nil }
        }
    }

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

    /// The value of an `Encodable` (a page's view), as the templates see it.
    public init<Value: Encodable>(encoding value: Value) throws {
        self = try TemplateValueEncoder.encode(value)
    }
}

/// `Encodable` → `TemplateValue`: the compiler writes each view's walk over its fields, where a
/// `Mirror` would walk them at run time. Absent optionals are left out, so `{{#field}}` skips them.
enum TemplateValueEncoder {
    static func encode<Value: Encodable>(_ value: Value) throws -> TemplateValue {
        try Builder().value(of: value)
    }

    /// The fields and items of the containers being filled, innermost last. A value is finished
    /// before the next one starts, so one stack serves every container of a page, and each
    /// object or list is copied out of it once, at its final size, when its value is done.
    ///
    /// Its stacks go unchecked for exclusive access (the check is costly on this hot path). They
    /// are private, so that only the methods here touch them: none of those holds an access to
    /// a stack while it calls out, since every value is made before it is appended.
    final class Builder {
        @exclusivity(unchecked) private var entries: [TemplateValue.Fields.Entry] = []
        /// The values being encoded, innermost last: where their entries start, what they made.
        @exclusivity(unchecked) private var frames: [Frame] = []
        /// Containers asked for while their parent was still open (`nestedContainer`,
        /// `superEncoder`), with the index of their parent's entry that waits for them.
        private var detached: [(entry: Int, builder: Builder)] = []

        struct Frame {
            enum Kind { case none, object, list, single }
            var start: Int
            var kind = Kind.none
        }

        func value<Value: Encodable>(of value: Value) throws -> TemplateValue {
            // Strings in lists; keyed containers take plain fields by their own overloads.
            if Value.self == String.self { return .string(value as! String) }
            let depth = frames.count
            frames.append(Frame(start: entries.count))
            defer { frames.removeLast() }
            do {
                try value.encode(to: FieldEncoder(builder: self, depth: depth))
            } catch {
                _ = finish(frames[depth])  // what it wrote before it failed goes
                throw error
            }
            return finish(frames[depth])
        }

        /// Adds a field (`name`) or item (`name` empty) to the innermost open container.
        func append(_ value: TemplateValue, name: String = "") {
            entries.append(.init(name: name, value: value))
        }

        /// Says what the value at `depth` is, when its `Encoder` is asked for a container.
        func open(_ kind: Frame.Kind, at depth: Int) { frames[depth].kind = kind }

        /// Fields or items the value at `depth` has so far.
        func count(at depth: Int) -> Int { entries.count - frames[depth].start }

        /// The value of `frame`, its entries taken off the stack.
        private func finish(_ frame: Frame) -> TemplateValue {
            while let last = detached.last, last.entry >= frame.start {
                entries[last.entry].value = last.builder.finish(last.builder.frames[0])
                detached.removeLast()
            }
            defer { entries.removeLast(entries.count - frame.start) }
            switch frame.kind {
            case .none: return .object([:])
            case .single: return entries.count > frame.start ? entries[entries.count - 1].value : .object([:])
            case .list: return .list(entries[frame.start...].map(\.value))
            case .object: return .object(TemplateValue.Fields(Array(entries[frame.start...])))
            }
        }

        /// A builder of its own for a container whose parent is still open; its value goes into
        /// the entry just added when the parent is finished.
        func detach(key: String, kind: Frame.Kind) -> Builder {
            let builder = Builder()
            builder.frames = [Frame(start: 0, kind: kind)]
            entries.append(.init(name: key, value: .object([:])))
            detached.append((entries.count - 1, builder))
            return builder
        }
    }

    /// The `Encoder` of the value at `depth` in the builder's frames.
    struct FieldEncoder: Encoder {
        let builder: Builder
        let depth: Int
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            builder.open(.object, at: depth)
            return KeyedEncodingContainer(ObjectEncoder(builder: builder))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            builder.open(.list, at: depth)
            return ListEncoder(builder: builder, depth: depth)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            builder.open(.single, at: depth)
            return ValueEncoder(builder: builder)
        }
    }

    struct ObjectEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let builder: Builder
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws {}

        // The compiler's encodings call these for plain fields, which then skip the generic path.
        mutating func encode(_ value: String, forKey key: Key) throws { add(.string(value), key) }
        mutating func encode(_ value: Int, forKey key: Key) throws { add(.int(value), key) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { add(.bool(value), key) }
        mutating func encode(_ value: Double, forKey key: Key) throws { add(.double(value), key) }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
            if let value { add(.string(value), key) }
        }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { if let value { add(.int(value), key) } }
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
            if let value { add(.bool(value), key) }
        }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
            if let value { add(.double(value), key) }
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            add(try builder.value(of: value), key)
        }

        private func add(_ value: TemplateValue, _ key: Key) {
            builder.append(value, name: key.stringValue)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(
                ObjectEncoder<NestedKey>(builder: builder.detach(key: key.stringValue, kind: .object)))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            ListEncoder(builder: builder.detach(key: key.stringValue, kind: .list), depth: 0)
        }

        mutating func superEncoder() -> any Encoder {
            FieldEncoder(builder: builder.detach(key: "super", kind: .none), depth: 0)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            FieldEncoder(builder: builder.detach(key: key.stringValue, kind: .none), depth: 0)
        }
    }

    struct ListEncoder: UnkeyedEncodingContainer {
        let builder: Builder
        /// The list's frame, for `count`.
        let depth: Int
        var codingPath: [any CodingKey] { [] }
        var count: Int { builder.count(at: depth) }

        mutating func encodeNil() throws {}

        mutating func encode<T: Encodable>(_ value: T) throws {
            builder.append(try builder.value(of: value))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type
        ) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(ObjectEncoder<NestedKey>(builder: builder.detach(key: "", kind: .object)))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            ListEncoder(builder: builder.detach(key: "", kind: .list), depth: 0)
        }

        mutating func superEncoder() -> any Encoder {
            FieldEncoder(builder: builder.detach(key: "", kind: .none), depth: 0)
        }
    }

    struct ValueEncoder: SingleValueEncodingContainer {
        let builder: Builder
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws {}

        mutating func encode(_ value: String) throws { builder.append(.string(value)) }
        mutating func encode(_ value: Int) throws { builder.append(.int(value)) }
        mutating func encode(_ value: Bool) throws { builder.append(.bool(value)) }
        mutating func encode(_ value: Double) throws { builder.append(.double(value)) }
        // The other numbers' own `encode(to:)` comes here; forwarded to the generic `encode`,
        // they would come back for ever.
        mutating func encode(_ value: Float) throws { try encode(Double(value)) }
        mutating func encode(_ value: Int8) throws { try encode(Int(value)) }
        mutating func encode(_ value: Int16) throws { try encode(Int(value)) }
        mutating func encode(_ value: Int32) throws { try encode(Int(value)) }
        mutating func encode(_ value: Int64) throws { try encode(Int(value)) }
        mutating func encode(_ value: UInt8) throws { try encode(Int(value)) }
        mutating func encode(_ value: UInt16) throws { try encode(Int(value)) }
        mutating func encode(_ value: UInt32) throws { try encode(Int(value)) }
        mutating func encode(_ value: UInt64) throws {
            builder.append(Int(exactly: value).map(TemplateValue.int) ?? .string(String(value)))
        }
        mutating func encode(_ value: UInt) throws { try encode(UInt64(value)) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            builder.append(try builder.value(of: value))
        }
    }
}
