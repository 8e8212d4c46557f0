extension LexiconPattern {
    /// The pattern compiled to instructions for a backtracking machine: matching walks an array
    /// of plain values, where walking the pattern's tree retained and released its nodes at every
    /// step (most of the time went there).
    struct Program: Sendable {
        enum Instruction: Sendable {
            case scalar(Unicode.Scalar)
            case scalarIn(Int)  // an index into `classes`
            /// Go on at `preferred`; on failure, come back and go on at `other`.
            case split(preferred: Int, other: Int)
            case jump(Int)
            case save(slot: Int)
            case startOfText, endOfText
            case accept
        }

        private(set) var instructions: [Instruction] = []
        private(set) var classes: [ScalarClass] = []
        /// Each class's index in `classes`: a class written again (every "\s*", every "[^。，；！？]")
        /// is tested on the same bitmap, not on one of its own.
        private var classIndex: [ScalarClass: Int] = [:]
        /// `ScalarBitmap.wordCount` words per class: a BMP scalar is tested with one load, with no
        /// walk over the class's items (and no retain of them) at every step.
        private(set) var classWords: [UInt64] = []
        /// Where each top-level alternative starts: run from there, only it is tried.
        private(set) var entries: [Int] = []

        init(_ alternatives: [[Node]]) throws {
            try emit(alternatives, topLevel: true)
            instructions.append(.accept)
        }

        /// Not done by `validate`: the bitmaps of named classes cost a test of every BMP scalar.
        mutating func testClassesOnBitmaps(namedBits: inout [ScalarClass.Named: [UInt64]]) {
            classWords = classes.flatMap { ScalarBitmap($0, namedBits: &namedBits).words }
        }

        @inline(__always)
        private func classContains(_ set: Int, _ scalar: Unicode.Scalar) -> Bool {
            let value = Int(scalar.value)
            return value < 0x10000
                ? BitWords.contains(value, in: classWords, from: set * ScalarBitmap.wordCount)
                : classes[set].contains(scalar)
        }

        private mutating func emit(_ alternatives: [[Node]], topLevel: Bool = false) throws {
            var jumpsToEnd: [Int] = []
            for (number, alternative) in alternatives.enumerated() {
                let split = instructions.count
                let isLast = number == alternatives.count - 1
                if !isLast { instructions.append(.jump(-1)) }  // becomes the split once the alternative's end is known
                if topLevel { entries.append(instructions.count) }
                for node in alternative { try emit(node) }
                if !isLast {
                    jumpsToEnd.append(instructions.count)
                    instructions.append(.jump(-1))
                    instructions[split] = .split(preferred: split + 1, other: instructions.count)
                }
            }
            for jump in jumpsToEnd { instructions[jump] = .jump(instructions.count) }
        }

        private mutating func emit(_ node: Node) throws {
            switch node {
            case .scalars(let set):
                if !set.negated, set.items.count == 1, case .range(let range) = set.items[0], range.count == 1,
                    let scalar = Unicode.Scalar(range.lowerBound)
                {
                    instructions.append(.scalar(scalar))
                } else if let index = classIndex[set] {
                    instructions.append(.scalarIn(index))
                } else {
                    classIndex[set] = classes.count
                    classes.append(set)
                    instructions.append(.scalarIn(classes.count - 1))
                }
            case .startOfText: instructions.append(.startOfText)
            case .endOfText: instructions.append(.endOfText)
            case .group(let alternatives, let capture):
                if let capture { instructions.append(.save(slot: 2 * capture + 2)) }
                try emit(alternatives)
                if let capture { instructions.append(.save(slot: 2 * capture + 3)) }
            case .repetition(let inner, let min, let max, let lazy):
                // A body that can match nothing would loop without end.
                if max == nil, LexiconPattern.firstScalars(of: [inner][...]) == nil {
                    throw SyntaxError(description: "a repeated part that can match nothing is not supported")
                }
                for _ in 0..<min { try emit(inner) }
                if let max {
                    // Each optional copy is tried (or, lazily, skipped) first; skipping one skips the rest.
                    var splits: [Int] = []
                    for _ in min..<max {
                        splits.append(instructions.count)
                        instructions.append(.jump(-1))
                        try emit(inner)
                    }
                    for split in splits {
                        instructions[split] =
                            lazy
                            ? .split(preferred: instructions.count, other: split + 1)
                            : .split(preferred: split + 1, other: instructions.count)
                    }
                } else {
                    let loop = instructions.count
                    instructions.append(.jump(-1))
                    try emit(inner)
                    instructions.append(.jump(loop))
                    instructions[loop] =
                        lazy
                        ? .split(preferred: instructions.count, other: loop + 1)
                        : .split(preferred: loop + 1, other: instructions.count)
                }
            }
        }

        enum Backtrack {
            case resume(instruction: Int, position: Int)
            case restore(slot: Int, value: Int)
        }

        /// The machine's state, kept from one run to the next so that its arrays are allocated once.
        struct Registers {
            /// 0 and 1 the match's bounds, then each group's.
            var slots: [Int]
            var stack: [Backtrack] = []

            init(slotCount: Int) { slots = Array(repeating: -1, count: slotCount + 2) }
        }

        /// Runs at `start`; true on a match, whose bounds are then in `registers.slots`.
        func run(on scalars: [Unicode.Scalar], at start: Int, entry: Int, registers: inout Registers) -> Bool {
            for slot in registers.slots.indices { registers.slots[slot] = -1 }
            registers.stack.removeAll(keepingCapacity: true)
            var pc = entry
            var position = start
            while true {
                var failed = false
                switch instructions[pc] {
                case .scalar(let scalar):
                    if position < scalars.count, scalars[position] == scalar {
                        position += 1
                        pc += 1
                    } else {
                        failed = true
                    }
                case .scalarIn(let set):
                    if position < scalars.count, classContains(set, scalars[position]) {
                        position += 1
                        pc += 1
                    } else {
                        failed = true
                    }
                case .split(let preferred, let other):
                    // A branch that fails at its first scalar needs no way back: most of an
                    // alternation's branches end there ("今年|去年|…" tried on "全").
                    if startsWithMismatch(preferred, at: position, in: scalars) {
                        pc = other
                    } else {
                        registers.stack.append(.resume(instruction: other, position: position))
                        pc = preferred
                    }
                case .jump(let target):
                    pc = target
                case .save(let slot):
                    registers.stack.append(.restore(slot: slot, value: registers.slots[slot]))
                    registers.slots[slot] = position
                    pc += 1
                case .startOfText:
                    if position == 0 { pc += 1 } else { failed = true }
                case .endOfText:
                    if Self.isEnd(position, of: scalars) { pc += 1 } else { failed = true }
                case .accept:
                    registers.slots[0] = start
                    registers.slots[1] = position
                    return true
                }
                if failed, !Self.backtrack(&registers, pc: &pc, position: &position) { return false }
            }
        }

        /// Back to the last choice, undoing the captures made since; false when none is left.
        @inline(__always)
        private static func backtrack(_ registers: inout Registers, pc: inout Int, position: inout Int) -> Bool {
            while let entry = registers.stack.popLast() {
                switch entry {
                case .resume(let instruction, let at):
                    pc = instruction
                    position = at
                    return true
                case .restore(let slot, let value):
                    registers.slots[slot] = value
                }
            }
            return false
        }

        /// True when the instruction at `pc` consumes a scalar that is not the one at `position`.
        private func startsWithMismatch(_ pc: Int, at position: Int, in scalars: [Unicode.Scalar]) -> Bool {
            switch instructions[pc] {
            case .scalar(let scalar): position == scalars.count || scalars[position] != scalar
            case .scalarIn(let set): position == scalars.count || !classContains(set, scalars[position])
            default: false
            }
        }

        /// ICU's `$`: the end of the text, or before a line terminator that ends it.
        static func isEnd(_ position: Int, of scalars: [Unicode.Scalar]) -> Bool {
            switch scalars.count - position {
            case 0: return true
            case 1: return ScalarClass.Named.lineTerminator.contains(scalars[position])
            case 2: return scalars[position] == "\r" && scalars[position + 1] == "\n"
            default: return false
            }
        }
    }
}
