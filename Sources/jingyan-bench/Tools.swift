import Foundation

/// The programs a run measures or drives, found before anything is measured so that a missing
/// one fails at once with what to install.
struct Tools {
    var jingyan: String
    var hugo: String?
    var pagefind: String?
    /// Only for the floors (absent when they are skipped).
    var cmark: String?
    var python: String?
    var browserScript: String?

    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    static let browserScriptPath = "scripts/bench-browser.py"

    static func locate(
        jingyan: String?, pagefind: String?, needHugo: Bool, needPagefind: Bool, needBrowser: Bool,
        needCmark: Bool = true
    ) throws -> Tools {
        let jingyanPath = try jingyan ?? releaseBinary()
        guard FileManager.default.isExecutableFile(atPath: jingyanPath) else {
            throw Missing(
                description:
                    """
                    no jingyan binary at \(jingyanPath): build it with `swift \
                    build -c release --product jingyan` or pass --jingyan PATH
                    """
            )
        }
        let cmark = onPath("cmark")
        guard cmark != nil || !needCmark else {
            throw Missing(description: "cmark not found (the floor): apt-get install cmark, or --skip floors")
        }
        var tools = Tools(jingyan: jingyanPath, hugo: nil, pagefind: nil, cmark: cmark, python: nil, browserScript: nil)
        if needHugo {
            guard let hugo = onPath("hugo") else {
                throw Missing(description: "hugo not found: apt-get install hugo, or run without --hugo")
            }
            tools.hugo = hugo
        }
        if needPagefind || needBrowser {
            guard let python = onPath("python3") else {
                throw Missing(description: "python3 not found: it runs Pagefind's wheel and the browser script")
            }
            tools.python = python
        }
        if needBrowser {
            guard FileManager.default.fileExists(atPath: browserScriptPath) else {
                throw Missing(description: "\(browserScriptPath) not found: run jingyan-bench from the repository root")
            }
            tools.browserScript = browserScriptPath
        }
        if needPagefind {
            let path = try pagefind ?? pagefindFromWheel(python: tools.python!)
            guard FileManager.default.isExecutableFile(atPath: path) else {
                throw Missing(
                    description:
                        """
                        no pagefind binary at \(path): pip install \
                        pagefind-bin-extended, or pass --pagefind-binary PATH
                        """
                )
            }
            tools.pagefind = path
        }
        return tools
    }

    /// `.build/release/jingyan` as SwiftPM reports it, so the figures are for an optimised build.
    static func releaseBinary() throws -> String {
        try output(of: "swift", ["build", "-c", "release", "--show-bin-path"]) + "/jingyan"
    }

    /// The binary inside PyPI's `pagefind-bin-extended`, run directly so Python's start-up and
    /// memory do not count against Pagefind.
    static func pagefindFromWheel(python: String) throws -> String {
        let script =
            """
            import os, pagefind_bin_extended as p; \
            print(os.path.join(os.path.dirname(p.__file__), 'pagefind_extended'))
            """
        do {
            return try output(of: python, ["-c", script])
        } catch {
            throw Missing(
                description:
                    "Pagefind is not installed: pip install pagefind-bin-extended, or pass --pagefind-binary PATH")
        }
    }

    static func onPath(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A program's standard output, trimmed.
    static func output(of executable: String, _ arguments: [String]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jingyan-bench-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: file) }
        try ChildProcess(executable: executable, arguments: arguments, standardOutput: file).run()
        return try String(contentsOf: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Versions and machine, for the record that goes with the figures.
    func environment() -> [String: String] {
        var record: [String: String] = [:]
        record["commit"] =
            (try? Self.output(of: "git", ["describe", "--always", "--dirty", "--abbrev=12"])) ?? "unknown"
        record["cores"] = String(ProcessInfo.processInfo.activeProcessorCount)
        record["memory GiB"] = String(format: "%.1f", Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824)
        let cpuInfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        record["cpu"] =
            cpuInfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last!.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        if let hugo { record["hugo"] = try? Self.output(of: hugo, ["version"]) }
        if let pagefind { record["pagefind"] = try? Self.output(of: pagefind, ["--version"]) }
        if python != nil { record["chromium"] = try? Self.output(of: "chromium", ["--version"]) }
        return record
    }
}
