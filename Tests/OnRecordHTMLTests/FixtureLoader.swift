import Foundation
import Testing

/// Loads files from `Tests/OnRecordHTMLTests/Fixtures` (see its README for why each exists).
enum Fixture {
    static func url(_ name: String) throws -> URL {
        try #require(
            Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"),
            "missing fixture \(name)")
    }

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: url(name))
    }
}
