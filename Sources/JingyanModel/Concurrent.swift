import Dispatch
import Foundation
import Synchronization

/// Work spread over every core, a batch at a time, with results in index order whatever finishes
/// first — so output built from them does not depend on scheduling.
public enum Concurrent {
    /// `transform(i)` for every i in 0..<count. Batches are a few times the core count: all cores
    /// stay busy, and `progress` hears after each batch how many are done. The first error (in
    /// index order) is thrown once its batch is done.
    public static func map<T>(
        _ count: Int, progress: (_ done: Int) -> Void = { _ in }, _ transform: @Sendable (Int) throws -> T
    ) throws -> [T] {
        var results: [T] = []
        results.reserveCapacity(count)
        let batchSize = max(1, ProcessInfo.processInfo.activeProcessorCount * 16)
        for batchStart in stride(from: 0, to: count, by: batchSize) {
            let batch = batchStart..<min(batchStart + batchSize, count)
            let outcomes = Mutex<[Int: Result<Box<T>, any Error>]>([:])
            DispatchQueue.concurrentPerform(iterations: batch.count) { offset in
                let index = batch.lowerBound + offset
                let outcome = Result { Box(try transform(index)) }
                outcomes.withLock { $0[index] = outcome }
            }
            for index in batch {
                results.append(try outcomes.withLock { $0[index]! }.get().value)
            }
            progress(batch.upperBound)
        }
        return results
    }

    /// Carries a result of any type out of the worker that made it; each is read only after
    /// `concurrentPerform` has returned.
    private final class Box<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
