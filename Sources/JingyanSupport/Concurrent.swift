import Foundation
import Synchronization

/// Work spread over every core a batch at a time, for long runs that report progress.
public enum Concurrent {
    /// `transform(i)` for every i in 0..<count, in index order whatever finishes first. Batches
    /// are a few times the core count: all cores stay busy, and `progress` hears after each batch
    /// how many are done. The first error (in index order) is thrown once its batch is done.
    public static func map<T: Sendable>(
        _ count: Int, progress: (_ done: Int) -> Void = { _ in }, _ transform: @Sendable (Int) throws -> T
    ) throws -> [T] {
        var results: [T] = []
        results.reserveCapacity(count)
        let batchSize = max(1, ProcessInfo.processInfo.activeProcessorCount * 16)
        for batchStart in stride(from: 0, to: count, by: batchSize) {
            let batch = batchStart..<min(batchStart + batchSize, count)
            results += try batch.concurrentMap(transform)
            progress(batch.upperBound)
        }
        return results
    }

    /// `first` and `second` side by side, each free to spread over the cores itself; the first
    /// error, in that order, is thrown once both are done.
    public static func both<A: Sendable, B: Sendable>(
        _ first: @Sendable () throws -> A, and second: @Sendable () throws -> B
    ) throws -> (A, B) {
        let results = Mutex<(Result<A, any Error>?, Result<B, any Error>?)>((nil, nil))
        DispatchQueue.concurrentPerform(iterations: 2) { which in
            if which == 0 {
                let result = Result { try first() }
                results.withLock { $0.0 = result }
            } else {
                let result = Result { try second() }
                results.withLock { $0.1 = result }
            }
        }
        return try results.withLock { (try $0.0!.get(), try $0.1!.get()) }
    }
}
