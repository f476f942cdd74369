import Foundation
import ModelArts
import Testing

@Suite("v2 decoding: the contract's list and detail samples, lenient fields, events and errors")
struct V2DecodingTests {
    static func body(_ name: String) throws -> Data { try Fixture.data("v2/\(name)") }

    @Test("the §2.8 list sample decodes into two v2 rows with their facts and raw items")
    func listSample() throws {
        let answer = try V2Wire.decodeSearch(try Self.body("list-documented.json"))
        #expect(answer.count == 2 && answer.total == 137)
        let jobs = answer.jobs
        try #require(jobs.count == 2)
        let first = jobs[0]
        #expect(first.id == .uuid("cf63aba9-63b1-4219-b717-708a2665100b"))
        #expect(first.name == "resnet50-bs256-run3" && first.description == "lr sweep")
        #expect(first.status == .phase("Running") && first.status.group == .running)
        #expect(first.createTimeMS == 1_700_000_000_123 && first.durationMS == 5_320_030)
        let facts = try #require(first.v2)
        #expect(facts.nodeCount == 2 && facts.flavorName == "Computing GPU(Pnt1) instance")
        #expect(facts.flavorID == "modelarts.vm.pnt1.large.eco")
        #expect(facts.tasks == ["worker-0", "worker-1"] && facts.kind == "job" && facts.userName == "alice")
        #expect(facts.startTimeMS == 1_700_000_061_000)
        #expect(facts.engine == .init(name: "PyTorch", version: "PyTorch-1.4.0-python3.6-v2"))
        #expect(facts.algorithmOrImage == "train.py")
        let second = try #require(jobs[1].v2)
        #expect(jobs[1].status.group == .queued && second.secondaryPhase == "Queuing")
        #expect(second.startTimeMS == nil, "start_time 0 means never started")
        #expect(second.nodesAndFlavor == nil)
        let raw = try #require(answer.rawJobs.prettyJSON(for: jobs[1].id))
        #expect(raw.contains("\"secondary_phase\" : \"Queuing\""), "the item as received, v2 field names")
        #expect(answer.rawJobs.compactObjects().count == 2)
        #expect(answer.rawJobs.compactObjects()[0].contains("\"node_count\":2"))
    }

    @Test("the §5 detail sample gives the failure reason, inputs, outputs, engine and flavor")
    func detailSample() throws {
        let detail = try V2Wire.decodeDetail(try Self.body("detail-documented.json"))
        #expect(detail.job.id == .uuid("3faf5c03-aaa1-4cbe-879d-24b05d997347"))
        #expect(detail.job.status == .phase("Abnormal") && detail.job.status.group == .failed)
        #expect(detail.facts.secondaryPhase == "CreateFailed")
        #expect(detail.facts.nodeCount == 1 && detail.facts.flavorID == "modelarts.vm.pnt1.large.eco")
        #expect(detail.flavorType == "GPU" && detail.engineID == "pytorch-cp36-1.4.0-v2")
        #expect(detail.codeDir == "obs://test/economic_test/py_minist/")
        #expect(
            detail.inputs == [
                .init(
                    name: "data_url", localDir: "/home/ma-user/modelarts/inputs/data_url_0",
                    remote: "/test/data/py_minist/")
            ])
        #expect(detail.outputs.map(\.remote) == ["/test/train_output/"])
        #expect(detail.failureReason == nil, "the last run ended with \"job completed\"")
        #expect(detail.rawJSON.contains("\"end_reason\" : \"exit with 127\""))
    }

    @Test("a detail with nulls, numbers as strings, unknown fields and an environments object still decodes")
    func lenientDetail() throws {
        let detail = try V2Wire.decodeDetail(try Self.body("detail-lenient.json"))
        #expect(detail.job.createTimeMS == 1_700_000_000_000 && detail.job.durationMS == 60_000)
        #expect(detail.job.description == "" && detail.facts.userName == nil && detail.facts.tasks == [])
        #expect(detail.facts.nodeCount == 4 && detail.poolName == "pool-a")
        #expect(detail.facts.imageURL == "swr.example.com/org/img:1" && detail.command == "python train.py")
        #expect(detail.facts.algorithmOrImage == "my-algo")
        #expect(detail.parameters.map(\.name) == ["lr", "epochs"], "a parameter without a name is skipped")
        #expect(detail.parameters.first?.value == "0.01" && detail.parameters.first?.description == "learning rate")
        #expect(detail.environments == [.init(name: "RUN_TYPE", value: "train"), .init(name: "SEED", value: "7")])
        #expect(detail.failureReason == "worker-1: OOMKilled (exit code 137)")
        #expect(detail.logExportPath == "obs://logs/x/")
    }

    @Test("environments as the SDK's array of maps read the same as one map")
    func environmentsArray() throws {
        let body = #"{"metadata": {"id": "x"}, "algorithm": {"environments": [{"A": "1"}, {"B": "2"}]}}"#
        let detail = try V2Wire.decodeDetail(Data(body.utf8))
        #expect(detail.environments.map(\.name) == ["A", "B"])
    }

    @Test("a failed run's end reason is the failure reason when no task says more")
    func endReason() throws {
        let body = #"""
            {"metadata": {"id": "x"}, "status": {"running_records": [
              {"end_reason": "job completed"}, {"end_reason": "exit with 127", "end_related_task": "worker-2"}]}}
            """#
        #expect(try V2Wire.decodeDetail(Data(body.utf8)).failureReason == "worker-2: exit with 127")
    }

    @Test("events come newest first whatever their order and offsets; numbers-or-strings are accepted")
    func events() throws {
        let events = try V2Wire.decodeEvents(try Self.body("events-documented.json"))
        #expect(events.map(\.level) == ["Error", "Warning", "Info"])
        #expect(events[0].message == "Training job failed." && events[0].source == "Job")
        #expect(events[0].timeMS == 1_669_453_421_000)
        #expect(events[1].timeMS == 1_669_449_810_500)
    }

    @Test("an item without metadata.id makes the page malformed; one without anything else is a bare row")
    func missingID() throws {
        let bad = #"{"count": 1, "items": [{"metadata": {"name": "x"}}]}"#
        #expect(throws: APIError.malformedBody(status: 200, detail: "items[0].metadata.id is missing")) {
            try V2Wire.decodeSearch(Data(bad.utf8))
        }
        let bare = try V2Wire.decodeSearch(Data(#"{"items": [{"metadata": {"id": "u"}}]}"#.utf8))
        #expect(bare.jobs.first?.status == .phase("") && bare.count == nil && bare.total == nil)
        #expect(try V2Wire.decodeSearch(Data(#"{"items": null}"#.utf8)).jobs.isEmpty)
    }

    @Test("a v2 error body in a 2xx answer is a server error with its code, message and solution")
    func errorInBody() throws {
        let body =
            #"{"error_code": "ModelArts.2775", "error_msg": "Training job (ID: x) not found.", "error_solution": "Check the id."}"#
        #expect(
            throws: APIError.server(
                status: 200, code: "ModelArts.2775", message: "Training job (ID: x) not found.; Check the id.")
        ) {
            try V2Wire.decodeDetail(Data(body.utf8))
        }
        #expect(throws: APIError.self) { try V2Wire.decodeSearch(Data("<html>".utf8)) }
        #expect(throws: APIError.malformedBody(status: 200, detail: "expected a JSON object")) {
            try V2Wire.decodeEvents(Data("[]".utf8))
        }
    }

    @Test("400 ModelArts.2775 is a gone job; 404 APIGW.0101 is an absent API, not a gone job")
    func goneAndAbsent() {
        let gone = APIError.server(status: 400, code: "ModelArts.2775", message: "not found")
        #expect(gone.isJobGone && !gone.isRouteAbsent)
        let absent = APIError.routeAbsent(.v2)
        #expect(absent.isRouteAbsent && !absent.isJobGone)
        #expect(absent.message.hasPrefix("HTTP 404 APIGW.0101"))
        #expect(!APIError.server(status: 400, code: "ModelArts.2790", message: nil).isJobGone)
        #expect(!APIError.timeout(seconds: 1).isRouteAbsent)
    }

    @Test("ErrorBody reads error_solution and keeps it optional")
    func solution() throws {
        let with = try JSONDecoder().decode(
            ErrorBody.self,
            from: Data(
                #"{"error_code":"ModelArts.2755","error_msg":"algorithm not found.","error_solution":"Check it."}"#.utf8
            ))
        #expect(with.solution == "Check it." && with.messageWithSolution == "algorithm not found.; Check it.")
        let without = try JSONDecoder().decode(
            ErrorBody.self, from: Data(#"{"error_code":"ModelArts.50004000","error_msg":"Bad request."}"#.utf8))
        #expect(without.solution == nil && without.messageWithSolution == "Bad request.")
    }
}
