// onrecord-corpus: writes a synthetic news corpus for benchmarks and load tests.
//
//   onrecord-corpus FOLDER COUNT [--seed N] [--formats md,html,txt]
//
// The same seed and count always write the same files (see SyntheticCorpus).
import Foundation
import OnRecordCorpus

private func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("onrecord-corpus: \(message)\n".utf8))
    exit(64)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var seed: UInt64 = 1
var formats: [SyntheticCorpus.Format] = SyntheticCorpus().formats
var positional: [String] = []
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--seed":
        guard let value = arguments.first.flatMap(UInt64.init) else { fail("--seed needs a whole number") }
        seed = value
        arguments.removeFirst()
    case "--formats":
        guard let value = arguments.first else { fail("--formats needs a list such as md,html,txt") }
        formats = value.split(separator: ",").map { name in
            guard let format = SyntheticCorpus.Format(rawValue: String(name)) else { fail("unknown format '\(name)'") }
            return format
        }
        arguments.removeFirst()
    case "-h", "--help":
        print("usage: onrecord-corpus FOLDER COUNT [--seed N] [--formats md,html,txt]")
        exit(0)
    default:
        positional.append(argument)
    }
}
guard positional.count == 2, let count = Int(positional[1]), count >= 0 else {
    fail("usage: onrecord-corpus FOLDER COUNT [--seed N] [--formats md,html,txt]")
}
let folder = URL(fileURLWithPath: positional[0])
do {
    let bytes = try SyntheticCorpus(seed: seed, formats: formats).write(count: count, to: folder)
    FileHandle.standardError.write(Data("wrote \(count) articles, \(bytes) bytes, to \(folder.path)\n".utf8))
} catch {
    fail("cannot write to '\(folder.path)': \(error.localizedDescription)")
}
