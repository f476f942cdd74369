import Foundation
import PackagePlugin

/// Writes `GitCommit.swift` (the commit the build is made from) before every build of the target it
/// is applied to. A prebuild command runs `/bin/sh`, not a tool built here, so a plain `swift build`
/// of a fresh clone needs nothing more; without git, or when the package is not the top of a work tree,
/// the commit reads `unknown`.
/// The file is rewritten only when the text changes, so an unchanged commit recompiles nothing.
@main
struct GitCommitPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "generated")
        let script = """
            mkdir -p "$2" || exit 0
            commit=$(cd "$1" && git rev-parse --short=12 HEAD 2>/dev/null) || commit=unknown
            # An unpacked source tarball inside some other work tree must not report that tree's commit.
            [ "$(cd "$1" && git rev-parse --show-toplevel 2>/dev/null)" = "$(cd "$1" && pwd -P)" ] || commit=unknown
            [ -n "$commit" ] || commit=unknown
            text="/// The git commit this build was made from (\\`unknown\\` without git).
            public let gitCommit = \\"$commit\\""
            [ "$(cat "$2/GitCommit.swift" 2>/dev/null)" = "$text" ] || printf '%s\\n' "$text" > "$2/GitCommit.swift"
            """
        return [
            .prebuildCommand(
                displayName: "Recording the git commit of \(target.name)",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", script, "sh", context.package.directoryURL.path, output.path],
                outputFilesDirectory: output)
        ]
    }
}
