import Foundation

/// Decodes response bodies into domain values, turning every failure into an `APIError`,
/// and encodes deterministic JSON (sorted keys) for the emulator and for `list --output json`.
public enum WireCoding {
    /// A JSON encoder with sorted keys, so identical values always give identical bytes.
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting =
            pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    /// Decodes a successful response body of type `T`, or the error it carries instead.
    /// A body saying `is_success: false` or holding only an `error_code` becomes `.server`.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, status: Int = 200) throws(APIError) -> T {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw .malformedBody(
                status: status, detail: data.isEmpty ? "empty body" : "not valid JSON (\(data.count) bytes)")
        }
        guard let dict = object as? [String: Any] else {
            throw .malformedBody(status: status, detail: "expected a JSON object")
        }
        // A null error_code is no error (some success bodies carry one).
        let hasErrorCode = dict["error_code"].map { !($0 is NSNull) } ?? false
        if (dict["is_success"] as? Bool) == false || (hasErrorCode && dict["jobs"] == nil && dict["versions"] == nil) {
            let body = try? JSONDecoder().decode(ErrorBody.self, from: data)
            throw .server(status: status, code: body?.code, message: body?.message)
        }
        do {
            let decoder = JSONDecoder()
            // Lets a list page keep a reference to its body for the raw-JSON view (no copy).
            if let key = RawJobs.bodyKey { decoder.userInfo[key] = data }
            return try decoder.decode(T.self, from: data)
        } catch let error as DecodingError {
            throw .malformedBody(status: status, detail: OneLine.clean(describe(error), limit: 200))
        } catch {
            throw .malformedBody(status: status, detail: "undecodable body")
        }
    }

    /// Decodes an error body if the data holds one.
    public static func decodeError(from data: Data) -> ErrorBody? {
        guard let body = try? JSONDecoder().decode(ErrorBody.self, from: data),
            body.code != nil || body.message != nil
        else { return nil }
        return body
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let p = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return p.isEmpty ? "body" : String(p.drop(while: { $0 == "." }))
        }
        switch error {
        case .typeMismatch(let type, let ctx):
            return "\(path(ctx.codingPath)) is not \(typeName(type))"
        case .valueNotFound(let type, let ctx):
            return "\(path(ctx.codingPath)) is null, expected \(typeName(type))"
        case .keyNotFound(let key, let ctx):
            return "missing \(path(ctx.codingPath + [key]))"
        case .dataCorrupted(let ctx):
            return "\(path(ctx.codingPath)): \(ctx.debugDescription)"
        @unknown default:
            return "undecodable body"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type, is Int64.Type: return "an integer"
        case is String.Type: return "a string"
        case is Bool.Type: return "a boolean"
        default:
            let name = String(describing: type)
            return name.hasPrefix("Array") ? "an array" : (name.hasPrefix("Dictionary") ? "an object" : "a \(name)")
        }
    }
}
