import ArgumentParser
import ModelArts

/// `--sort`: the short names in `--help` and completion; a wire name (`create_time`) is accepted too.
extension SortField: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(parsing: argument)
    }

    public var defaultValueDescription: String { shortName }

    public static var allValueStrings: [String] { allCases.map(\.shortName) }

    /// None: a short name describes itself (the default would pair each wire name with its short name).
    public static var allValueDescriptions: [String: String] { [:] }

    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

/// `--order`: `asc` or `desc`, in any case.
extension SortOrder: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}
