// onrecord-bench: evaluation and throughput tool for the extraction engine.
//
//   onrecord-bench extract-jsonl FILE            JSONL records in, contract JSON lines out (stdout)
//   onrecord-bench extraction [FILE] [--runs N]  single-thread throughput over every text of FILE
//
// Build in release: `swift run -c release onrecord-bench …`.
import Foundation
import OnRecordCore

private func fail(_ message: String, code: Int32 = 64) -> Never {
    FileHandle.standardError.write(Data(("onrecord-bench: " + message + "\n").utf8))
    exit(code)
}

private func readRecords(_ path: String) -> [ExtractionOutput.InputRecord] {
    guard let data = FileManager.default.contents(atPath: path) else {
        fail("cannot read \(path); check the path", code: 66)
    }
    let decoded = ExtractionOutput.decodeRecords(data)
    for e in decoded.errors { FileHandle.standardError.write(Data("\(path): \(e)\n".utf8)) }
    return decoded.records
}

private func extractJSONL(_ path: String) {
    let extractor = AttributionExtractor()
    var buffer = ""
    for record in readRecords(path) {
        buffer += ExtractionOutput.line(id: record.id, statements: extractor.extract(from: record.text))
        buffer += "\n"
        if buffer.utf8.count > 1 << 20 {
            FileHandle.standardOutput.write(Data(buffer.utf8))
            buffer = ""
        }
    }
    FileHandle.standardOutput.write(Data(buffer.utf8))
}

private func cpuModel() -> String {
    guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "unknown CPU" }
    let model =
        info.split(separator: "\n").first { $0.hasPrefix("model name") }
        .flatMap { $0.split(separator: ":", maxSplits: 1).last }
        .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
    let cores = info.split(separator: "\n").filter { $0.hasPrefix("processor") }.count
    return "\(model) (\(cores) logical CPUs visible)"
}

/// CPU time consumed by the calling thread, in seconds.
private func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

private func loadAverage() -> String {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}

private func benchmark(_ path: String, runs: Int) {
    let records = readRecords(path)
    let texts = records.map { Array($0.text.unicodeScalars) }
    let bytes = records.reduce(0) { $0 + $1.text.utf8.count }
    let words = records.reduce(0) { total, r in
        total + r.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
    }
    let extractor = AttributionExtractor()
    var times: [Double] = []
    var cpuTimes: [Double] = []
    var statements = 0
    for _ in 0..<max(1, runs) {
        statements = 0
        let t0 = DispatchTime.now().uptimeNanoseconds
        let c0 = threadCPUSeconds()
        for t in texts { statements += extractor.extract(scalars: t).count }
        let c1 = threadCPUSeconds()
        let t1 = DispatchTime.now().uptimeNanoseconds
        times.append(Double(t1 - t0) / 1e9)
        cpuTimes.append(c1 - c0)
    }
    times.sort()
    cpuTimes.sort()
    let median = times[times.count / 2]
    let cpuMedian = cpuTimes[cpuTimes.count / 2]
    let mb = Double(bytes) / 1_000_000
    print("corpus: \(path)")
    print("documents: \(records.count)  size: \(String(format: "%.2f", mb)) MB UTF-8  words: \(words)")
    print("statements per run: \(statements)")
    print(
        "runs: \(times.count)  median: \(String(format: "%.3f", median)) s  "
            + "min: \(String(format: "%.3f", times[0])) s")
    print(
        "throughput (median): \(String(format: "%.1f", mb / median)) MB/s, "
            + "\(String(format: "%.0f", Double(words) / median)) words/s (single thread)")
    print(
        "throughput (median thread CPU time, unaffected by other processes): "
            + "\(String(format: "%.1f", mb / cpuMedian)) MB/s")
    print("hardware: \(cpuModel()); load average: \(loadAverage())")
}

var args = Array(CommandLine.arguments.dropFirst())
guard let command = args.first else {
    fail("usage: onrecord-bench extract-jsonl FILE | extraction [FILE] [--runs N]")
}
args.removeFirst()
switch command {
case "extract-jsonl":
    guard args.count == 1 else { fail("usage: onrecord-bench extract-jsonl FILE") }
    extractJSONL(args[0])
case "extraction":
    var runs = 5
    var file = "../shared/eval/polnear/train.jsonl"
    var i = 0
    while i < args.count {
        if args[i] == "--runs" {
            guard i + 1 < args.count, let n = Int(args[i + 1]), n > 0 else { fail("--runs needs a positive number") }
            runs = n
            i += 2
        } else {
            file = args[i]
            i += 1
        }
    }
    benchmark(file, runs: runs)
default:
    fail("unknown command '\(command)'; use extract-jsonl or extraction")
}
