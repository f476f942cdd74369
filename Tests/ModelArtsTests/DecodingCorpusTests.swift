import Foundation
import Testing
@testable import ModelArts

/// Every body in `Fixtures/bodies/` decodes as its name says (see Fixtures/README.md): this keeps
/// the corpus honest, so it can seed a fuzzer later.
@Suite("Decoding corpus")
struct DecodingCorpusTests {
    static let files = (try? Fixture.names(in: "bodies")) ?? []

    static func data(_ name: String) throws -> Data { try Fixture.data("bodies/" + name) }

    /// What decoding gave, reduced to what the file name promises.
    enum Outcome: Equatable {
        case page, versions, server, malformed
    }

    static func decode(_ name: String) throws -> Outcome {
        let body = try data(name)
        do {
            if name.hasPrefix("ok-versions-") {
                _ = try WireCoding.decode(JobVersionList.self, from: body)
                return .versions
            }
            _ = try WireCoding.decode(JobListPage.self, from: body)
            return .page
        } catch {
            switch error {
            case .server: return .server
            case .malformedBody: return .malformed
            default: return .malformed
            }
        }
    }

    static func promised(_ name: String) -> Outcome? {
        if name.hasPrefix("ok-list-") { return .page }
        if name.hasPrefix("ok-versions-") { return .versions }
        if name.hasPrefix("server-") { return .server }
        if name.hasPrefix("malformed-") { return .malformed }
        return nil
    }

    @Test("the corpus is there and every file name makes a promise")
    func corpusPresent() {
        #expect(Self.files.count >= 25)
        #expect(Self.listPages.count >= 3)
        for name in Self.files {
            #expect(
                Self.promised(name) != nil, "\(name) does not start with ok-list-, ok-versions-, server- or malformed-")
        }
    }

    @Test("each body decodes as its name promises", arguments: files)
    func decodesAsPromised(name: String) throws {
        let promised = try #require(Self.promised(name))
        #expect(try Self.decode(name) == promised)
    }

    @Test("every failure is one clean line, whatever the body", arguments: files)
    func failuresAreOneLine(name: String) throws {
        let body = try Self.data(name)
        for status in [200, 401, 500] {
            do {
                _ = try WireCoding.decode(JobListPage.self, from: body, status: status)
            } catch {
                #expect(error.httpStatus == status)
                DecodingTests.expectOneLine(error.message)
                if case .malformedBody(_, let detail) = error {
                    DecodingTests.expectOneLine(detail)
                }
            }
        }
    }

    /// The complete list pages: the bodies a cut can make incomplete.
    static let listPages = files.filter { $0.hasPrefix("ok-list-") }

    @Test("cutting any body short never crashes and never yields a page with jobs missing", arguments: listPages)
    func truncations(name: String) throws {
        let body = try Self.data(name)
        try #require(body.count > 1, "\(name) is too short to cut")
        for cut in 1..<body.count {
            let prefix = body.prefix(cut)
            // Only whitespace may be cut from a complete document.
            let rest = body.suffix(from: cut)
            if rest.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { continue }
            #expect(throws: APIError.self, "cut at \(cut) of \(body.count)") {
                try WireCoding.decode(JobListPage.self, from: Data(prefix))
            }
        }
    }
}
