/// A training job's identity: a 64-bit number in the v1 API, a UUID string in v2.
public enum JobID: Hashable, Sendable, Comparable, CustomStringConvertible {
    case number(Int64)
    case uuid(String)

    public var description: String {
        switch self {
        case .number(let n): return String(n)
        case .uuid(let s): return s
        }
    }

    public static func < (lhs: JobID, rhs: JobID) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): return a < b
        case (.uuid(let a), .uuid(let b)): return a < b
        case (.number, .uuid): return true
        case (.uuid, .number): return false
        }
    }
}

extension JobID: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let n = try? container.decode(Int64.self) {
            self = .number(n)
        } else {
            self = .uuid(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let n): try container.encode(n)
        case .uuid(let s): try container.encode(s)
        }
    }
}
