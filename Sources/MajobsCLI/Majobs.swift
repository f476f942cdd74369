import ArgumentParser

/// The `majobs` command: browse (default), list, emulator.
public struct Majobs: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "majobs",
        abstract: "Browse Huawei Cloud ModelArts training jobs from the terminal."
    )
    public init() {}
}
