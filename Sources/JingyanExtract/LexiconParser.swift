extension LexiconPattern {
    struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0
        var groupCount = 0

        var next: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

        mutating func parseAlternatives() throws -> [[Node]] {
            var alternatives: [[Node]] = [[]]
            while let scalar = next, scalar != ")" {
                position += 1
                switch scalar {
                case "|":
                    alternatives.append([])
                    continue
                case "(":
                    var capture: Int?
                    if next == "?" {
                        guard position + 1 < scalars.count, scalars[position + 1] == ":" else {
                            throw unsupported("(?")
                        }
                        position += 2
                    } else {
                        capture = groupCount
                        groupCount += 1
                    }
                    let inner = try parseAlternatives()
                    guard next == ")" else { throw SyntaxError(description: "missing ')'") }
                    position += 1
                    alternatives[alternatives.count - 1].append(.group(inner, capture: capture))
                case "^": alternatives[alternatives.count - 1].append(.startOfText)
                case "$": alternatives[alternatives.count - 1].append(.endOfText)
                case ".":
                    alternatives[alternatives.count - 1].append(
                        .scalars(ScalarClass(items: [.named(.lineTerminator, negated: false)], negated: true)))
                case "[": alternatives[alternatives.count - 1].append(.scalars(try parseClass()))
                case "\\": alternatives[alternatives.count - 1].append(.scalars(try parseEscape(inClass: false)))
                case "?", "*", "+", "{":
                    guard let last = alternatives[alternatives.count - 1].popLast(), Self.isRepeatable(last) else {
                        throw SyntaxError(description: "nothing to repeat before '\(scalar)'")
                    }
                    alternatives[alternatives.count - 1].append(try parseQuantifier(scalar, of: last))
                default:
                    alternatives[alternatives.count - 1].append(
                        .scalars(ScalarClass(items: [.scalar(scalar)], negated: false)))
                }
            }
            return alternatives
        }

        static func isRepeatable(_ node: Node) -> Bool {
            switch node {
            case .scalars, .group: true
            default: false
            }
        }

        mutating func parseQuantifier(_ scalar: Unicode.Scalar, of node: Node) throws -> Node {
            var min = 0
            var max: Int?
            switch scalar {
            case "?": max = 1
            case "+": min = 1
            case "{":
                min = try parseNumber()
                max = min
                if next == "," {
                    position += 1
                    max = next == "}" ? nil : try parseNumber()
                }
                guard next == "}" else { throw SyntaxError(description: "missing '}'") }
                position += 1
                if let max, max < min { throw SyntaxError(description: "{\(min),\(max)}: bounds out of order") }
            default: break
            }
            var lazy = false
            if next == "?" {
                lazy = true
                position += 1
            } else if next == "+" {
                throw unsupported("possessive quantifiers")
            }
            return .repetition(node, min: min, max: max, lazy: lazy)
        }

        mutating func parseNumber() throws -> Int {
            var digits = ""
            while let scalar = next, ("0"..."9").contains(scalar) {
                digits.unicodeScalars.append(scalar)
                position += 1
            }
            guard let number = Int(digits) else { throw SyntaxError(description: "a number expected in {…}") }
            return number
        }

        mutating func parseClass() throws -> ScalarClass {
            var set = ScalarClass(items: [], negated: false)
            if next == "^" {
                set.negated = true
                position += 1
            }
            while let scalar = next, scalar != "]" {
                position += 1
                var item: ScalarClass.Item
                if scalar == "\\" {
                    let escaped = try parseEscape(inClass: true)
                    guard escaped.items.count == 1, !escaped.negated else { throw unsupported("\\ in a class") }
                    item = escaped.items[0]
                } else if scalar == "[" {
                    throw unsupported("nested classes")
                } else {
                    item = .scalar(scalar)
                }
                if case .range(let single) = item, single.count == 1, let lower = Unicode.Scalar(single.lowerBound),
                    next == "-", position + 1 < scalars.count, scalars[position + 1] != "]"
                {
                    position += 1
                    let upperScalar = scalars[position]
                    position += 1
                    guard upperScalar != "\\", upperScalar != "[", lower.value <= upperScalar.value else {
                        throw unsupported("range \(lower)-\(upperScalar)")
                    }
                    item = .range(lower.value...upperScalar.value)
                }
                set.items.append(item)
            }
            guard next == "]" else { throw SyntaxError(description: "missing ']'") }
            position += 1
            return set
        }

        /// After a backslash: a class escape or an escaped literal.
        mutating func parseEscape(inClass: Bool) throws -> ScalarClass {
            guard let scalar = next else { throw SyntaxError(description: "'\\' at the end") }
            position += 1
            func one(_ item: ScalarClass.Item) -> ScalarClass { ScalarClass(items: [item], negated: false) }
            switch scalar {
            case "d", "D": return one(.named(.decimalDigit, negated: scalar == "D"))
            case "s", "S": return one(.named(.whiteSpace, negated: scalar == "S"))
            case "n": return one(.scalar("\n"))
            case "t": return one(.scalar("\t"))
            case "r": return one(.scalar("\r"))
            case "p", "P":
                let name = "{Han}".unicodeScalars
                guard scalars[position...].starts(with: name) else { throw unsupported("\\\(scalar) other than {Han}") }
                position += name.count
                return one(.named(.han, negated: scalar == "P"))
            default:
                guard !(scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))) else {
                    throw unsupported("\\\(scalar)")
                }
                return one(.scalar(scalar))
            }
        }

        func unsupported(_ what: String) -> SyntaxError {
            SyntaxError(description: "\(what) is not supported (see LexiconPattern)")
        }
    }
}
