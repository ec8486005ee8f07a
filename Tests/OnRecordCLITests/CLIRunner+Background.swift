import Foundation

extension CLIRunner {
    /// Starts `onrecord` without waiting for it; standard output and error go to files in the scratch folder.
    func start(_ arguments: [String], label: String) throws -> Process {
        let process = Process()
        process.executableURL = try Self.executable()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["ONRECORD_DB"] = databasePath
        process.environment = environment
        process.standardOutput = try outputFile("\(label).out")
        process.standardError = try outputFile("\(label).err")
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func outputFile(_ name: String) throws -> FileHandle {
        let file = directory.appendingPathComponent(name)
        FileManager.default.createFile(atPath: file.path, contents: nil)
        return try FileHandle(forWritingTo: file)
    }

    /// What a process started with `start(_:label:)` wrote to standard error.
    func standardError(of label: String) -> String {
        (try? String(contentsOf: directory.appendingPathComponent("\(label).err"), encoding: .utf8)) ?? ""
    }
}
