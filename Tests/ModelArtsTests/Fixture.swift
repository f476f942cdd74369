import Foundation
import Testing

/// Reads files from the test bundle's `Fixtures` directory (a `.copy` resource), so CI never
/// depends on anything outside the repository.
enum Fixture {
    struct Missing: Error, CustomStringConvertible {
        var name: String
        var description: String { "fixture \(name) is not in the test bundle" }
    }

    /// The URL of `Fixtures/<path>` inside the test bundle.
    static func url(_ path: String) throws -> URL {
        guard let base = Bundle.module.resourceURL?.appendingPathComponent("Fixtures") else {
            throw Missing(name: path)
        }
        let url = base.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { throw Missing(name: path) }
        return url
    }

    /// The bytes of `Fixtures/<path>`.
    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: url(path))
    }

    /// File names in `Fixtures/<directory>`, sorted, so parameterised tests run in a stable order.
    static func names(in directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url(directory).path)
            .filter { !$0.hasPrefix(".") }
            .sorted()
    }
}
