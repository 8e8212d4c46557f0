import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What one run of a program cost, measured from outside as a user would see it.
struct Measurement: Codable, Equatable {
    var seconds: Double
    /// Peak resident set size of the process and the children it waited for, in bytes.
    var peakRSSBytes: Int
    /// User and system CPU time of the same: what other work on a shared machine does not inflate.
    var cpuSeconds: Double?
}

/// Runs a program to completion and measures its wall time and peak memory.
///
/// Foundation's `Process` does not report resource usage, so this spawns with `posix_spawn` and
/// reaps with `wait4`, whose `ru_maxrss` covers the child and the grandchildren it waited for.
struct ChildProcess {
    var executable: String
    var arguments: [String]
    /// Where standard output goes; nil discards it.
    var standardOutput: URL?

    struct Failure: Error, CustomStringConvertible {
        var command: String
        var status: Int32
        var stderrTail: String

        var description: String {
            """
            \(command) failed with exit status \
            \(status)\(stderrTail.isEmpty ? "" : ":\n\(stderrTail)")\nRun the command by hand to see why.
            """
        }
    }

    @discardableResult
    func run() throws -> Measurement {
        let stderrFile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jingyan-bench-\(UUID().uuidString).err")
        defer { try? FileManager.default.removeItem(at: stderrFile) }
        // Darwin's file actions are an opaque pointer that `init` allocates; glibc's, a struct.
        #if canImport(Darwin)
            var actions: posix_spawn_file_actions_t? = nil
        #else
            var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(
            &actions, 1, standardOutput?.path ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        let start = ContinuousClock.now
        var pid: pid_t = 0
        let spawnError = posix_spawnp(&pid, executable, &actions, nil, argv, Self.environment)
        guard spawnError == 0 else {
            throw Failure(
                command: commandLine, status: -1,
                stderrTail: "cannot start \(executable): \(String(cString: strerror(spawnError)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let elapsed = ContinuousClock.now - start
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        guard exitStatus == 0 else {
            let stderr = (try? String(contentsOf: stderrFile, encoding: .utf8)) ?? ""
            throw Failure(command: commandLine, status: exitStatus, stderrTail: String(stderr.suffix(2000)))
        }
        let seconds = elapsed.seconds
        let cpu = [usage.ru_utime, usage.ru_stime].reduce(0.0) { $0 + Double($1.tv_sec) + Double($1.tv_usec) / 1e6 }
        return Measurement(seconds: seconds, peakRSSBytes: Int(usage.ru_maxrss) * Self.maxRSSUnit, cpuSeconds: cpu)
    }

    var commandLine: String { ([executable] + arguments).joined(separator: " ") }

    #if canImport(Darwin)
        /// This process's environment, which the child inherits.
        private static var environment: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
            _NSGetEnviron().pointee!
        }
        /// Bytes per unit of `ru_maxrss`: Darwin counts bytes.
        private static let maxRSSUnit = 1
    #else
        /// This process's environment, which the child inherits.
        private static var environment: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> { environ }
        /// Bytes per unit of `ru_maxrss`: Linux counts KiB.
        private static let maxRSSUnit = 1024
    #endif
}
