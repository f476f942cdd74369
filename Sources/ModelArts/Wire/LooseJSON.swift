import Foundation

/// A JSON value read the way the v2 contract asks (§1.2): every field optional, unknown fields
/// ignored, nulls and wrong types treated as absent, numbers accepted as strings and numeric strings
/// as numbers. Reading a member never throws; only a body that is not JSON at all is refused.
enum LooseJSON: Sendable, Decodable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([LooseJSON])
    case object([String: LooseJSON])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? c.decode(Int64.self) {
            self = .integer(i)
        } else if let d = try? c.decode(Double.self) {
            self = .number(d)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([LooseJSON].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: LooseJSON].self))
        }
    }

    /// Parses a body; nil when it is not JSON.
    static func parse(_ data: Data) -> LooseJSON? {
        try? JSONDecoder().decode(LooseJSON.self, from: data)
    }

    /// The member `key` of an object (`.null` for anything else).
    subscript(_ key: String) -> LooseJSON {
        if case .object(let members) = self { return members[key] ?? .null }
        return .null
    }

    /// The member at a path of keys.
    func at(_ keys: String...) -> LooseJSON {
        keys.reduce(self) { $0[$1] }
    }

    /// A string, or a number or boolean written as one.
    var string: String? {
        switch self {
        case .string(let s): return s
        case .integer(let i): return String(i)
        case .number(let d): return String(d)
        case .bool(let b): return String(b)
        default: return nil
        }
    }

    /// A non-empty string.
    var text: String? { string.flatMap { $0.isEmpty ? nil : $0 } }

    /// A whole number, or a numeric string; nil for fractions, booleans and anything out of range.
    var int64: Int64? {
        switch self {
        case .integer(let i): return i
        case .number(let d): return d == d.rounded() && abs(d) < 9.2e18 ? Int64(d) : nil
        case .string(let s): return Int64(s.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    var int: Int? { int64.flatMap { Int(exactly: $0) } }

    /// The elements of an array (empty for anything else, `null` included).
    var array: [LooseJSON] {
        if case .array(let elements) = self { return elements }
        return []
    }

    /// The members of an object, sorted by key (empty for anything else).
    var members: [(key: String, value: LooseJSON)] {
        if case .object(let members) = self { return members.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
        return []
    }

    /// Strings of an array, skipping elements that are not strings.
    var strings: [String] { array.compactMap(\.string) }

    /// True for an object.
    var isObject: Bool {
        if case .object = self { return true }
        return false
    }
}
