import Foundation
import ModelArts
import Testing

@Suite("v2 domain: phases, groups, queries and job facts")
struct V2DomainTests {
    @Test(
        "every documented phase has exactly the group issue 12 gives it",
        arguments: [
            ("Creating", StatusGroup.queued), ("Pending", .queued), ("Running", .running), ("Completed", .succeeded),
            ("Failed", .failed), ("Abnormal", .failed), ("Terminating", .stopping), ("Terminated", .stopped),
        ])
    func phaseGroups(phase: String, group: StatusGroup) {
        #expect(JobStatus.phase(phase).group == group)
        #expect(group.phases.contains(phase))
    }

    @Test("an undocumented phase shows as it came, cleaned for one line, in the group titled Other on v2")
    func unknownPhase() {
        let status = JobStatus.phase("Waiting\u{1B}[31m\nnow")
        #expect(status.group == .unknown)
        #expect(status.word == "Waiting [31m now")
        #expect(StatusGroup.unknown.title(for: .v2) == "Other")
        #expect(StatusGroup.unknown.title(for: .v1) == "Unknown", "v1 keeps its word for code 0's group")
        #expect(StatusGroup.failed.title(for: .v2) == "Failed")
    }

    @Test("group phases are the `in` filters: queued is Creating and Pending, unknown is none")
    func groupPhases() {
        #expect(StatusGroup.queued.phases == ["Creating", "Pending"])
        #expect(StatusGroup.failed.phases == ["Failed", "Abnormal"])
        #expect(StatusGroup.unknown.phases == [])
        let all = StatusGroup.allCases.flatMap(\.phases)
        #expect(all.sorted() == JobStatus.knownPhases.sorted(), "each phase in exactly one group")
        #expect(JobStatus.knownPhase(" terminated ") == "Terminated")
        #expect(JobStatus.knownPhase("Stopped") == nil)
    }

    @Test("a v2 list query refuses limit 0 and 51 with one line naming the range and the flag")
    func limitRange() throws {
        #expect(try V2ListQuery(limit: 1).limit == 1)
        #expect(try V2ListQuery(limit: 50).limit == 50)
        for bad in [0, 51, -1] {
            #expect(throws: QueryError.outOfRange(parameter: "limit", value: String(bad), range: 1...50)) {
                try V2ListQuery(limit: bad)
            }
        }
        let error = QueryError.outOfRange(parameter: "limit", value: "51", range: V2ListQuery.limitRange)
        #expect(error.flagMessage == "--per-page 51 is out of range: allowed 1...50")
    }

    @Test("a v2 list query refuses page 0, a long name, an empty phase or id, and keeps the rest")
    func otherValidation() throws {
        #expect(throws: QueryError.self) { try V2ListQuery(page: 0) }
        #expect(throws: QueryError.searchTooLong(length: 65, limit: 64)) {
            try V2ListQuery(name: String(repeating: "a", count: 65))
        }
        #expect(throws: QueryError.invalidStatus("")) { try V2ListQuery(phases: ["Running", ""]) }
        #expect(throws: QueryError.self) { try V2ListQuery(ids: ["a\nb"]) }
        let query = try V2ListQuery(page: 3, limit: 20, name: "res", phases: ["Running"], order: .asc)
        #expect(query.recordsBefore == 40)
        #expect(!query.isUnfiltered)
        #expect(try query.onPage(4).page == 4)
        #expect(try query.with(name: "").with(phases: []).isUnfiltered)
    }

    @Test("a v2 job's facts give the NODES × FLAVOR and ALGORITHM or IMAGE columns, with fallbacks")
    func facts() {
        var facts = V2JobFacts(flavorID: "modelarts.vm.pnt1", flavorName: "GPU Pnt1", nodeCount: 2)
        #expect(facts.nodesAndFlavor == "2 × GPU Pnt1")
        facts.flavorName = ""
        #expect(facts.nodesAndFlavor == "2 × modelarts.vm.pnt1")
        #expect(V2JobFacts().nodesAndFlavor == nil)
        #expect(facts.compactNodesAndFlavor == "2 × modelarts.vm.pnt1")
        facts.flavorName = "GPU: 1*NVIDIA-V100(32GB) | CPU: 8 vCPUs 64GB"
        #expect(facts.compactNodesAndFlavor == "2 × GPU: 1*NVIDIA-V100(32GB)")
        #expect(facts.nodesAndFlavor == "2 × GPU: 1*NVIDIA-V100(32GB) | CPU: 8 vCPUs 64GB")
        facts.bootFile = "obs://bucket/code/train.py"
        facts.engine = .init(name: "PyTorch", version: "PyTorch-1.4.0-python3.6-v2")
        #expect(facts.algorithmOrImage == "train.py")
        facts.imageURL = "swr.example/org/image:1"
        #expect(facts.algorithmOrImage == "swr.example/org/image:1")
        facts.algorithmName = "resnet"
        #expect(facts.algorithmOrImage == "resnet")
        #expect(
            V2JobFacts(engine: .init(name: "PyTorch", version: "PyTorch-1.4.0")).algorithmOrImage == "PyTorch-1.4.0")
    }

    @Test("a v2 job is a row with a UUID and a phase, no versions, and v1 JSON never carries its facts")
    func v2Job() throws {
        let job = TrainingJob(
            v2ID: "3faf5c03-aaa1-4cbe-879d-24b05d997347", name: "run", phase: "Pending", createTimeMS: 5,
            durationMS: 0, description: "d", facts: V2JobFacts(secondaryPhase: "Queuing"))
        #expect(job.id == .uuid("3faf5c03-aaa1-4cbe-879d-24b05d997347"))
        #expect(job.status.group == .queued)
        #expect(job.api == .v2 && job.versionCount == 0)
        let json = String(decoding: try WireCoding.encoder().encode(job), as: UTF8.self)
        #expect(!json.contains("Queuing"))
        let back = try JSONDecoder().decode(TrainingJob.self, from: Data(json.utf8))
        #expect(back.v2 == nil && back.api == .v1)
    }

    @Test("API choices parse auto, v1 and v2 in any case, and nothing else")
    func choices() {
        #expect(APIChoice(parsing: " V2 ") == .v2)
        #expect(APIChoice(parsing: "auto") == .auto)
        #expect(APIChoice(parsing: "v3") == nil)
        #expect(APIChoice.auto.fixed == nil && APIChoice.v1.fixed == .v1)
        #expect(APIChoice.words == "auto, v1, v2")
        #expect(APIVersion.v1.other == .v2)
    }
}
