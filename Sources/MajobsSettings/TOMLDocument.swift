/// A value of the TOML subset majobs reads.
public enum TOMLValue: Hashable, Sendable {
    case string(String)
    case integer(Int64)
    case boolean(Bool)
    case strings([String])

    /// "a string", "an integer", ... for messages.
    public var typeName: String {
        switch self {
        case .string: return "a string"
        case .integer: return "an integer"
        case .boolean: return "a boolean"
        case .strings: return "an array of strings"
        }
    }
}

/// `key = value` with the line it is on.
public struct TOMLEntry: Hashable, Sendable {
    public var key: String
    public var value: TOMLValue
    public var line: Int
}

/// A `[table]` (the root table has an empty path) with its entries in file order.
public struct TOMLTable: Hashable, Sendable {
    public var path: [String]
    /// The line of the header (0 for the root table).
    public var line: Int
    public var entries: [TOMLEntry]

    /// The entry for `key`, if present.
    public func entry(_ key: String) -> TOMLEntry? { entries.first(where: { $0.key == key }) }
}

/// A parsed file: the root table first, then every `[table]` in file order.
public struct TOMLDocument: Hashable, Sendable {
    public var tables: [TOMLTable]

    /// The table at `path` (`[]` is the root).
    public func table(_ path: [String]) -> TOMLTable? { tables.first(where: { $0.path == path }) }

    /// The direct sub-tables of `path`, e.g. every `[profiles.NAME]` for `["profiles"]`.
    public func children(of path: [String]) -> [TOMLTable] {
        tables.filter { $0.path.count == path.count + 1 && Array($0.path.prefix(path.count)) == path }
    }
}

/// A syntax error, with its 1-based line.
public struct TOMLError: Error, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}
