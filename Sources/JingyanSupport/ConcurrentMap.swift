import Dispatch
import Synchronization

extension RandomAccessCollection where Self: Sendable, Index == Int {
    /// `transform` of every element, spread over all cores. The result is in the collection's
    /// order whatever finishes first; the first error by position is thrown.
    public func concurrentMap<T: Sendable, E: Error>(_ transform: @Sendable (Element) throws(E) -> T) throws(E) -> [T] {
        let results = Mutex<[Int: Result<T, E>]>([:])
        DispatchQueue.concurrentPerform(iterations: count) { offset in
            let result = Result { () throws(E) -> T in try transform(self[startIndex + offset]) }
            results.withLock { $0[offset] = result }
        }
        return try results.withLock { results throws(E) in
            try (0..<count).map { offset throws(E) in try results[offset]!.get() }
        }
    }
}
