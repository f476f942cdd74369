import Foundation
import ModelArts
import Testing
@testable import ModelArtsEmulator

@Suite("Fault injection")
struct FaultTests {
    /// Runs `n` signed list requests under `plan` and returns the responses.
    func run(_ plan: FaultPlan, n: Int = 200, seed: UInt64 = 42) -> [EmulatorResponse] {
        let service = Kit.service(seed: seed, faults: plan)
        return (0..<n).map { _ in service.handle(Kit.list()) }
    }

    @Test("no plan, no faults")
    func none() {
        #expect(run(.none).allSatisfy { $0.status == 200 && $0.delayMS == 0 && !$0.hang })
    }

    @Test("latency is asked of the shell on every API answer")
    func latency() {
        #expect(run(FaultPlan(latencyMS: 250), n: 5).allSatisfy { $0.delayMS == 250 && $0.status == 200 })
    }

    @Test("hang answers nothing, for every API request")
    func hang() {
        #expect(run(FaultPlan(hang: true), n: 5).allSatisfy { $0.hang })
    }

    @Test("rate limiting is 429 with Retry-After and an APIG body, at about the asked rate")
    func rateLimit() throws {
        let responses = run(FaultPlan(rateLimitProbability: 0.3, retryAfterSeconds: 7), n: 400)
        let limited = responses.filter { $0.status == 429 }
        #expect((80...160).contains(limited.count), "\(limited.count) of 400")
        #expect(responses.allSatisfy { $0.status == 429 || $0.status == 200 })
        let first = try #require(limited.first)
        #expect(first.header("Retry-After") == "7")
        #expect(Kit.error(first)?.code == "APIGW.0308")
    }

    @Test(
        "error rates pick documented bodies per status; 503 is an HTML page",
        arguments: [
            (400, "ModelArts.0104"), (401, "APIGW.0301"), (403, "ModelArts.0206"), (404, "APIGW.0101"),
            (500, "ModelArts.0010"), (502, "APIGW.0202"), (504, "APIGW.0203"), (418, "ModelArts.0101"),
        ])
    func errorBodies(status: Int, code: String) throws {
        let r = try #require(run(FaultPlan(errorRates: [status: 1]), n: 1).first)
        #expect(r.status == status)
        #expect(Kit.error(r)?.code == code)
    }

    @Test("503 is the load balancer's HTML page, not JSON")
    func html503() throws {
        let r = try #require(run(FaultPlan(errorRates: [503: 1]), n: 1).first)
        #expect(r.status == 503)
        #expect(r.header("Content-Type") == "text/html")
        #expect(r.bodyText.contains("<title>503 Service Temporarily Unavailable</title>"))
        #expect(Kit.json(r) == nil)
    }

    @Test("error rates add up, one draw picks at most one status")
    func mixedRates() {
        let responses = run(FaultPlan(errorRates: [500: 0.2, 503: 0.2]), n: 500)
        let e500 = responses.filter { $0.status == 500 }.count, e503 = responses.filter { $0.status == 503 }.count
        #expect((60...140).contains(e500), "\(e500)")
        #expect((60...140).contains(e503), "\(e503)")
        #expect(e500 + e503 + responses.filter { $0.status == 200 }.count == 500)
    }

    @Test("malformed bodies are not JSON and decode to a malformed-body error, never a page")
    func malformed() throws {
        let r = try #require(run(FaultPlan(malformedProbability: 1), n: 1).first)
        #expect(r.status == 200)
        #expect(Kit.json(r) == nil)
        #expect(throws: APIError.self) { try Kit.page(r) }
    }

    @Test("truncated bodies are a strict prefix of the real one")
    func truncated() throws {
        let real = Kit.service().handle(Kit.list()).body
        let r = try #require(run(FaultPlan(truncatedProbability: 1), n: 1).first)
        #expect(r.body.count == real.count / 2)
        #expect(Array(real.prefix(r.body.count)) == r.body)
        #expect(throws: APIError.self) { try Kit.page(r) }
    }

    @Test("wrong types alternate: job_total_count \"many\", then jobs as an object")
    func wrongTypes() throws {
        let responses = run(FaultPlan(wrongTypesProbability: 1), n: 2)
        let odd = try #require(Kit.json(responses[0]))
        let even = try #require(Kit.json(responses[1]))
        let withWord = [odd, even].first { $0["job_total_count"] as? String == "many" }
        let withObject = [odd, even].first { $0["jobs"] is [String: Any] }
        #expect(withWord != nil && withObject != nil)
        for r in responses { #expect(throws: APIError.self) { try Kit.page(r) } }
    }

    @Test("is_success false at HTTP 200, alternating error_msg and error_message")
    func isSuccessFalse() throws {
        let responses = run(FaultPlan(isSuccessFalseProbability: 1), n: 2)
        let bodies = try responses.map { try #require(Kit.json($0)) }
        #expect(responses.allSatisfy { $0.status == 200 })
        #expect(
            bodies.allSatisfy {
                $0["is_success"] as? Bool == false && $0["error_code"] as? String == "ModelArts.0105"
            })
        #expect(bodies.contains { $0["error_msg"] != nil && $0["error_message"] == nil })
        #expect(bodies.contains { $0["error_message"] != nil && $0["error_msg"] == nil })
        for r in responses {
            #expect(throws: APIError.server(status: 200, code: "ModelArts.0105", message: "Error string")) {
                try Kit.page(r)
            }
        }
    }

    @Test("faults spoil only successful ModelArts bodies, never errors or tokens")
    func onlySuccesses() {
        let service = Kit.service(faults: FaultPlan(malformedProbability: 1))
        #expect(Kit.error(service.handle(Kit.wire("GET", Kit.listPath)))?.code == "ModelArts.0205")
        #expect(service.handle(Kit.tokenRequest()).status == 201)
        #expect(Kit.json(service.handle(Kit.tokenRequest())) != nil)
    }

    @Test("the same seed and request order give the same faults; another seed others")
    func deterministic() {
        let plan = FaultPlan(errorRates: [500: 0.3], rateLimitProbability: 0.2, malformedProbability: 0.2)
        let a = run(plan, n: 100).map { [$0.status] + $0.body.map(Int.init) }
        let b = run(plan, n: 100).map { [$0.status] + $0.body.map(Int.init) }
        let c = run(plan, n: 100, seed: 9).map { [$0.status] + $0.body.map(Int.init) }
        #expect(a == b)
        #expect(a != c)
    }

    @Test("control endpoints: health counts API requests, faults can be read and replaced, none are faulted")
    func control() throws {
        let service = Kit.service(faults: FaultPlan(hang: true))
        #expect(service.handle(Kit.list()).hang)
        let health = service.handle(EmulatorRequest(method: "GET", path: "/emulator/health"))
        #expect(health.status == 200)
        #expect(health.bodyText == #"{"ok":true,"requests":1}"#)
        let current = service.handle(EmulatorRequest(method: "GET", path: "/emulator/faults"))
        #expect(try JSONDecoder().decode(FaultPlan.self, from: Data(current.body)) == FaultPlan(hang: true))
        let put = service.handle(
            EmulatorRequest(
                method: "PUT", path: "/emulator/faults",
                body: Array(#"{"latency_ms":5,"error_rates":{"503":0.5}}"#.utf8)))
        #expect(put.status == 200)
        #expect(service.faults == FaultPlan(latencyMS: 5, errorRates: [503: 0.5]))
        #expect(!service.handle(Kit.list()).hang)
        #expect(service.requestCount == 2)
    }

    @Test(
        "an invalid fault plan is refused with 400 and leaves the plan alone",
        arguments: [
            #"not json"#, #"{"rate_limit_probability":1.5}"#, #"{"error_rates":{"200":0.1}}"#,
            #"{"error_rates":{"500":0.7,"503":0.7}}"#, #"{"latency_ms":-1}"#, #"{"hang":"yes"}"#,
        ])
    func invalidPlan(body: String) {
        let service = Kit.service()
        let r = service.handle(EmulatorRequest(method: "PUT", path: "/emulator/faults", body: Array(body.utf8)))
        #expect(r.status == 400)
        #expect(service.faults == .none)
    }

    @Test("a fault plan round-trips through JSON with snake_case keys")
    func planCoding() throws {
        let plan = FaultPlan(
            latencyMS: 3, errorRates: [500: 0.1, 503: 0.2], rateLimitProbability: 0.3, retryAfterSeconds: 4,
            malformedProbability: 0.05, truncatedProbability: 0.06, wrongTypesProbability: 0.07, hang: true,
            isSuccessFalseProbability: 0.08)
        let data = try WireCoding.encoder().encode(plan)
        #expect(String(decoding: data, as: UTF8.self).contains(#""error_rates":{"500":0.1,"503":0.2}"#))
        #expect(try JSONDecoder().decode(FaultPlan.self, from: data) == plan)
        #expect(try JSONDecoder().decode(FaultPlan.self, from: Data("{}".utf8)) == .none)
    }
}
