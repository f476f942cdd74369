import Foundation
import ModelArtsEmulator
import Testing

@testable import ModelArtsClient
@testable import ModelArts

@Suite("HTTP client against the emulator over loopback")
struct ClientListTests {
    @Test("pages through every job exactly once, with the matching total")
    func paging() async throws {
        try await ClientTestKit.withClient(jobs: 57) { client, server in
            var seen: [JobID] = []
            var sizes: [Int] = []
            for page in 1...6 {
                let result = try await client.listJobs(try JobListQuery(perPage: 10, page: page))
                #expect(result.totalCount == 57)
                sizes.append(result.jobs.count)
                seen += result.jobs.map(\.id)
            }
            #expect(sizes == [10, 10, 10, 10, 10, 7])
            #expect(Set(seen).count == 57)
            #expect(Set(seen) == Set(server.service.store.jobs.map(\.id)))
        }
    }

    @Test("sorts by creation time descending and by duration ascending")
    func sorting() async throws {
        try await ClientTestKit.withClient(jobs: 80) { client, _ in
            let created = try await client.listJobs(try JobListQuery(perPage: 80, sortBy: .created, order: .desc))
            let times = created.jobs.map(\.createTimeMS)
            #expect(times.count == 80)
            #expect(times == times.sorted(by: >))
            let durations = try await client.listJobs(try JobListQuery(perPage: 80, sortBy: .duration, order: .asc))
                .jobs.map(\.durationMS)
            #expect(durations == durations.sorted())
        }
    }

    @Test("search sends the text (CJK, spaces, symbols) and gets only matching names")
    func search() async throws {
        try await ClientTestKit.withClient(jobs: 120) { client, server in
            let names = server.service.store.jobs.map(\.name)
            // A word taken from a real name, so the search has hits; plus one with awkward characters.
            let sample = try #require(names.first(where: { $0.count >= 6 }))
            let needle = String(sample.prefix(4))
            let page = try await client.listJobs(try JobListQuery(perPage: 200, searchContent: needle))
            let expected = names.filter { $0.lowercased().contains(needle.lowercased()) }.count
            #expect(page.totalCount == expected)
            #expect(page.totalCount > 0)
            #expect(page.jobs.allSatisfy { $0.name.lowercased().contains(needle.lowercased()) })
            let awkward = try await client.listJobs(try JobListQuery(searchContent: "训练 a+b&c=d*~/%"))
            #expect(awkward.jobs.allSatisfy { $0.name.contains("训练 a+b&c=d*~/%") })
        }
    }

    @Test("the status filter returns only jobs with that status")
    func statusFilter() async throws {
        try await ClientTestKit.withClient(jobs: 150) { client, server in
            let running = server.service.store.jobs.filter { $0.status.code == 8 }.count
            let page = try await client.listJobs(try JobListQuery(status: 8, perPage: 1000))
            #expect(page.totalCount == running)
            #expect(page.jobs.count == running)
            #expect(page.jobs.allSatisfy { $0.status.code == 8 })
        }
    }

    @Test("lists the versions of a job")
    func versions() async throws {
        try await ClientTestKit.withClient(jobs: 20) { client, _ in
            let most = try await client.listJobs(try JobListQuery(sortBy: .versions, order: .desc))
            let job = try #require(most.jobs.first)
            let list = try await client.listVersions(jobID: job.id)
            #expect(list.jobID == job.id)
            #expect(list.jobName == job.name)
            #expect(list.versions.count == Int(job.versionCount))
            let missing = await ClientTestKit.failure { try await client.listVersions(jobID: .number(987_654_321)) }
            #expect(missing?.httpStatus == 400 || missing?.httpStatus == 404)
        }
    }

    @Test("logs one debug line per request without any header value")
    func logging() async throws {
        try await ClientTestKit.withEmulator(jobs: 5) { server in
            let recorder = LogRecorder()
            let client = try ClientTestKit.client(for: server, logger: recorder.logger)
            _ = try await client.listJobs(try JobListQuery())
            let lines = recorder.lines
            #expect(lines.count == 1)
            let line = try #require(lines.first)
            #expect(line.hasPrefix("GET /v1/\(ClientTestKit.identity.projectID)/training-jobs 200 "))
            #expect(line.hasSuffix("attempt=1"))
            #expect(!line.contains(ClientTestKit.identity.secretKey))
            #expect(!line.contains("Signature"))
        }
    }
}
