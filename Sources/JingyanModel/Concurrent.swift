import Foundation

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
}
