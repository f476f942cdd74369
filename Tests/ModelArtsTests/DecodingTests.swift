import Foundation
import TestSupport
import Testing
@testable import ModelArts

/// `WireCoding.decode` on the documented samples, the error shapes and malformed bodies.
@Suite("Decoding")
struct DecodingTests {
    static func body(_ name: String) throws -> Data { try Fixture.data("bodies/" + name) }

    static func expectOneLine(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bad = text.unicodeScalars.filter {
            $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
                || $0.properties.generalCategory == .lineSeparator
                || $0.properties.generalCategory == .paragraphSeparator
        }
        #expect(!text.isEmpty, sourceLocation: sourceLocation)
        #expect(
            bad.isEmpty, "\(text.debugDescription) holds \(bad.map { String($0.value, radix: 16) })",
            sourceLocation: sourceLocation)
    }

    /// Decodes a page, expecting a failure, and returns the error.
    static func failure(_ data: Data, status: Int = 200) -> APIError? {
        do {
            _ = try WireCoding.decode(JobListPage.self, from: data, status: status)
            return nil
        } catch {
            return error
        }
    }

    static func failure(file: String) throws -> APIError? { failure(try body(file)) }

    // MARK: success

    @Test("the documented success sample decodes field by field")
    func documentedSample() throws {
        let page = try WireCoding.decode(JobListPage.self, from: Self.body("ok-list-documented.json"))
        #expect(page.totalCount == 1 && page.countLimit == 3 && page.quotas == 5)
        #expect(
            page.jobs == [
                TrainingJob(
                    id: .number(10), name: "testModelArtsJob", versionID: 10, status: .code(10),
                    createTimeMS: 1_524_189_990_635,
                    durationMS: 532_003, description: "This is ModelArts job", versionCount: 5)
            ])
    }

    @Test("extra fields anywhere are ignored, and a null error_code is no error")
    func extraFields() throws {
        let page = try WireCoding.decode(JobListPage.self, from: Self.body("ok-list-extra-fields.json"))
        #expect(page.totalCount == 2)
        #expect(page.jobs.map(\.id) == [.number(10), .number(11)])
        #expect(page.jobs[1].status == .code(8))
    }

    @Test("optional job fields may be missing or null; 64-bit and UUID ids; unknown codes and phases")
    func sparseJobs() throws {
        let page = try WireCoding.decode(JobListPage.self, from: Self.body("ok-list-sparse-jobs.json"))
        #expect(page.countLimit == 0 && page.quotas == 0, "absent counts default to 0")
        #expect(page.jobs.count == 3)
        #expect(page.jobs[0].id == .number(.max))
        #expect(page.jobs[0].status.name == "UNKNOWN(37)")
        #expect(page.jobs[0].versionCount == 0 && page.jobs[0].description == "")
        #expect(page.jobs[1].id == .uuid("3f2b8c7e-0a1d-4c55-9b1e-2a6f5d4c3b21"))
        #expect(page.jobs[1].status == .phase("Running"))
        #expect(page.jobs[2].name.contains("训练任务"), "text is kept as sent; cleaning is the views' job")
    }

    @Test("an empty page is a page")
    func emptyPage() throws {
        let page = try WireCoding.decode(JobListPage.self, from: Self.body("ok-list-empty.json"))
        #expect(page.jobs.isEmpty && page.totalCount == 0)
    }

    @Test("the versions sample decodes with numbers where strings are documented (core, cpu, parameter.value)")
    func versionsSample() throws {
        let list = try WireCoding.decode(JobVersionList.self, from: Self.body("ok-versions-documented.json"))
        #expect(list.jobID == .number(10) && list.jobName == "testModelArtsJob" && list.versionCount == 1)
        let version = try #require(list.versions.first)
        #expect(version.versionID == 10 && version.versionName == "V0001" && version.preVersionID == 9)
        #expect(version.core?.value == "2" && version.cpu?.value == "8")
        #expect(version.parameters.map(\.label.value) == ["learning_rate", "batch_size", "optimizer", "use_fp16"])
        #expect(version.parameters.map(\.value.value) == ["0.01", "32", "adam", "true"])
        #expect(version.gpu == true && version.gpuNum == 1 && version.gpuType == "nvidia-p100")
        #expect(version.status == .code(10) && version.engineName == "TensorFlow")
        #expect(version.createTimeMS == 1_524_189_990_635 && version.durationMS == 532_003)
        #expect(version.poolName == "p100" && version.userImageURL?.hasSuffix("custom-cpu-base:1.0") == true)
    }

    @Test("versions: numeric strings become numbers, and odd optional fields are dropped, not fatal")
    func versionsLenient() throws {
        let list = try WireCoding.decode(JobVersionList.self, from: Self.body("ok-versions-strings.json"))
        #expect(list.versionCount == 2, "absent version_count is the number of versions")
        #expect(list.jobName == "" && list.jobDescription == "")
        #expect(list.versions[0].versionID == 11 && list.versions[0].gpuNum == 4 && list.versions[0].durationMS == 1000)
        #expect(list.versions[0].cpu?.value == "8.5")
        #expect(list.versions[0].parameters.map(\.value.value) == ["0.1", ""])
        #expect(list.versions[1].gpu == nil && list.versions[1].core == nil && list.versions[1].createTimeMS == nil)
        #expect(list.versions[1].parameters.isEmpty)
    }

    @Test("encoding a page and decoding it gives the page back")
    func encodeRoundTrip() throws {
        let page = try WireCoding.decode(JobListPage.self, from: Self.body("ok-list-sparse-jobs.json"))
        let encoded = try WireCoding.encoder().encode(page)
        #expect(try WireCoding.decode(JobListPage.self, from: encoded) == page)
        #expect(String(decoding: encoded, as: UTF8.self).hasPrefix(#"{"is_success":true,"#))
    }

    // MARK: error bodies

    @Test(
        "is_success:false with error_msg or error_message is a server error",
        arguments: [
            "server-v1-error-msg.json", "server-v1-error-message.json",
        ])
    func v1Errors(file: String) throws {
        #expect(try Self.failure(file: file) == .server(status: 200, code: "ModelArts.0105", message: "Error string"))
    }

    @Test("the general and gateway error shapes are server errors, with the HTTP status passed in")
    func otherShapes() throws {
        #expect(
            Self.failure(try Self.body("server-general.json"), status: 400)
                == .server(status: 400, code: "ModelArts.2775", message: "Training job not found"))
        let gateway = Self.failure(try Self.body("server-gateway-0301.json"), status: 401)
        #expect(
            gateway
                == .server(
                    status: 401, code: "APIGW.0301",
                    message: "Incorrect IAM authentication information: verify aksk signature fail"))
        #expect(gateway?.isAuthentication == true)
        #expect(try Self.failure(file: "server-v1-no-code.json") == .server(status: 200, code: nil, message: nil))
        #expect(
            try Self.failure(file: "server-numeric-code.json") == .server(status: 200, code: "500", message: "internal")
        )
    }

    @Test("decodeError reads any error shape and refuses a success body")
    func decodeError() throws {
        #expect(
            WireCoding.decodeError(from: try Self.body("server-gateway-0301.json"))?.requestID
                == "3f1c9e0b2a8d4b7f9e6a5c4d3b2a1f0e")
        #expect(WireCoding.decodeError(from: try Self.body("server-v1-error-message.json"))?.message == "Error string")
        #expect(WireCoding.decodeError(from: try Self.body("ok-list-documented.json")) == nil)
        #expect(WireCoding.decodeError(from: Data()) == nil)
    }

    // MARK: malformed bodies

    @Test(
        "wrong types name the field in one line",
        arguments: [
            ("malformed-total-string.json", "job_total_count is not an integer"),
            ("malformed-jobs-object.json", "jobs is not an array"),
            ("malformed-missing-jobs.json", "missing jobs"),
            ("malformed-null-jobs.json", "jobs is null"),
            ("malformed-job-missing-name.json", "missing jobs[0].job_name"),
            ("malformed-negative-total.json", "negative job_total_count"),
        ])
    func wrongTypes(file: String, detail: String) throws {
        let error = try #require(try Self.failure(file: file))
        let (status, text) = try #require(error.malformed, "\(file): \(error) is not malformedBody")
        #expect(status == 200)
        #expect(text.contains(detail), "\(text)")
        Self.expectOneLine(text)
    }

    @Test(
        "truncated, empty, whitespace and non-object bodies are malformed",
        arguments: [
            ("malformed-truncated.json", "not valid JSON"), ("malformed-empty.json", "empty body"),
            ("malformed-whitespace.json", "not valid JSON"), ("malformed-array.json", "expected a JSON object"),
            ("malformed-number.json", "expected a JSON object"), ("malformed-string.json", "expected a JSON object"),
            ("malformed-null.json", "expected a JSON object"), ("malformed-html.json", "not valid JSON"),
            ("malformed-invalid-utf8.json", "not valid JSON"),
        ])
    func notJSONObjects(file: String, detail: String) throws {
        let error = try #require(try Self.failure(file: file))
        let text = try #require(error.malformed, "\(file): \(error) is not malformedBody").detail
        #expect(text.contains(detail), "\(text)")
    }
}
