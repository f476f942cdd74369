import Foundation

/// Locates the `majobs` binary that `swift test` built next to the test bundle.
public enum ProductBinary {
    /// `.build/<config>/majobs`, found beside the running test bundle.
    public static var majobs: String {
        get throws {
            var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = dir.appendingPathComponent("majobs").path
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
                dir = dir.deletingLastPathComponent()
            }
            let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
            let beside = URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("majobs").path
            if FileManager.default.isExecutableFile(atPath: beside) { return beside }
            throw ProductBinaryError.notBuilt
        }
    }

    /// The package's root folder (where Package.swift is).
    public static var packageRoot: URL {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return dir }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }
}

public enum ProductBinaryError: Error, CustomStringConvertible {
    case notBuilt
    public var description: String {
        "the majobs binary was not found next to the test bundle: run `swift build` first"
    }
}
