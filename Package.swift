// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "majobs",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "majobs", targets: ["majobs"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
    ],
    targets: [
        // The version and the git commit the build was made from (written by the GitCommit plugin).
        .target(name: "BuildInfo", plugins: ["GitCommit"]),
        .plugin(name: "GitCommit", capability: .buildTool()),
        // Pure domain: values, wire DTOs, signing. No networking.
        .target(
            name: "ModelArts",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        // Files in, values out: the config file (profiles, [ui], [keys]), the SDK credentials file, the
        // saved view per profile, the password prompt. No networking.
        .target(name: "MajobsSettings", dependencies: ["ModelArts"]),
        // How jobs read to people and to other programs: durations and dates, CSV and JSON rows.
        .target(name: "JobPresentation", dependencies: ["ModelArts"]),
        // HTTP client, token provider, credential resolution.
        .target(
            name: "ModelArtsClient",
            dependencies: [
                "ModelArts", "MajobsSettings",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Pure request -> response service over a seeded store, plus a thin Hummingbird shell.
        .target(
            name: "ModelArtsEmulator",
            dependencies: [
                "ModelArts",
                // HummingbirdCore alone: the full framework's Application runs a 1 s date timer (idle wake-ups).
                .product(name: "HummingbirdCore", package: "hummingbird"),
            ]
        ),
        // Terminal toolkit: cells, screen buffer, display width, keys. stdlib only.
        .target(name: "TerminalUI"),
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        // Signal-safe terminal restoration (handlers that call endwin() and re-raise) and the resize wake-up, in C.
        .target(name: "CTerminalRestore", linkerSettings: [.linkedLibrary("ncursesw")]),
        // The only module that calls ncurses.
        .target(name: "NcursesTerminal", dependencies: ["CNcurses", "CTerminalRestore", "TerminalUI"]),
        // Every target lists each of our modules it imports, not only what it gets through another: SwiftPM
        // rebuilds a target when a declared dependency changes, and a stale object compiled against an old
        // layout crashed.
        // Pure controller: state, events, effects, reducer, keymap.
        .target(name: "JobBrowser", dependencies: ["ModelArts", "MajobsSettings", "JobPresentation", "TerminalUI"]),
        // Pure views: render(state) into a ScreenBuffer.
        .target(
            name: "JobBrowserViews", dependencies: ["JobBrowser", "JobPresentation", "ModelArts", "TerminalUI"]),
        // The one loop that owns the terminal and runs effects. Protocols only: no ncurses, no NIO.
        .target(
            name: "JobBrowserRuntime",
            dependencies: [
                "JobBrowser", "JobBrowserViews", "TerminalUI", "ModelArts", "MajobsSettings", "JobPresentation",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Commands: browse, list, emulator. A library so tests can drive them.
        .target(
            name: "MajobsCLI",
            dependencies: [
                "ModelArts", "ModelArtsClient", "ModelArtsEmulator", "JobBrowser", "JobBrowserRuntime",
                "NcursesTerminal", "TerminalUI", "MajobsSettings", "JobPresentation", "BuildInfo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "majobs", dependencies: ["MajobsCLI"]),
        // Measures the emulator's list speed in-process; run by scripts/bench (issue 6), not by swift test.
        .executableTarget(
            name: "majobs-bench",
            dependencies: ["ModelArts", "ModelArtsEmulator", "JobBrowser", "JobBrowserViews", "TerminalUI"],
            path: "Benchmarks/MajobsBench"
        ),

        // Shared fakes and fixtures for tests.
        .target(
            name: "TestSupport", dependencies: ["ModelArts", "ModelArtsEmulator", "TerminalUI"],
            path: "Tests/TestSupport"),
        .testTarget(
            name: "ModelArtsTests",
            dependencies: ["ModelArts", "ModelArtsEmulator", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ModelArtsEmulatorTests",
            dependencies: ["ModelArts", "ModelArtsEmulator", "TestSupport"]
        ),
        .testTarget(
            name: "ModelArtsClientTests",
            dependencies: ["ModelArts", "ModelArtsClient", "ModelArtsEmulator", "MajobsSettings", "TestSupport"]
        ),
        .testTarget(name: "MajobsSettingsTests", dependencies: ["MajobsSettings", "ModelArts", "TestSupport"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(
            name: "JobBrowserTests",
            dependencies: ["JobBrowser", "MajobsSettings", "ModelArts", "TerminalUI", "TestSupport"]
        ),
        .testTarget(
            name: "JobBrowserViewsTests",
            dependencies: [
                "JobBrowserViews", "JobBrowser", "MajobsSettings", "ModelArts", "TerminalUI", "TestSupport",
            ],
            resources: [.copy("Snapshots")]
        ),
        // Whole browser sessions in-process: a fake terminal, the emulator as the API, a clock moved by hand.
        .testTarget(
            name: "JobBrowserRuntimeTests",
            dependencies: [
                "JobBrowserRuntime", "JobBrowser", "JobPresentation", "MajobsSettings", "ModelArts",
                "ModelArtsEmulator",
                "TerminalUI", "TestSupport",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "MajobsCLITests",
            dependencies: [
                "MajobsCLI", "JobBrowser", "JobPresentation", "ModelArts", "ModelArtsClient", "ModelArtsEmulator",
                "TerminalUI",
                "TestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Drives the real majobs binary in tmux and over a pty.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["majobs", "JobPresentation", "ModelArts", "ModelArtsEmulator", "TestSupport"]
        ),
        // Faults, hostile data, bad input, secrets, fuzzing (issue 5); writes docs/RELIABILITY.md figures.
        .testTarget(
            name: "ReliabilityTests",
            dependencies: [
                "majobs", "TestSupport", "ModelArts", "ModelArtsClient", "ModelArtsEmulator",
                "JobBrowser", "JobBrowserViews", "TerminalUI",
            ],
            resources: [.copy("Corpus")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
