import Foundation
import ModelArts
import Testing
@testable import ModelArtsEmulator

@Suite("faults on log and write answers")
struct LogFaultTests {
    let clock = ManualClock()

    func answers(_ plan: FaultPlan) throws -> (v2: EmulatorResponse, v1: EmulatorResponse, stop: EmulatorResponse) {
        let service = Kit.logService(clock: clock, faults: plan)
        let job = try #require(service.v2Store.records.first { $0.state == .completed && $0.startMS > 0 }).id
        let v1 = try #require(service.logLandmarks.v1LongLine)
        let running = try #require(service.store.jobs.first { $0.status == .code(8) })
        guard case .number(let runningID) = running.id else { throw CocoaError(.coderInvalidValue) }
        return (
            service.handle(Kit.at(clock, Kit.linesPath(job))),
            service.handle(
                Kit.at(
                    clock, Kit.v1VersionPath(v1.jobID, v1.versionID) + "/aom-log",
                    query: [("log_file", v1.logFile), ("lines", "3")])),
            service.handle(Kit.at(clock, "POST", Kit.v1VersionPath(runningID, running.versionID) + "/stop"))
        )
    }

    @Test("wrong types make the content a number; is_success false and truncation spoil log and write answers")
    func spoiled() throws {
        let wrong = try answers(FaultPlan(wrongTypesProbability: 1))
        #expect(try Kit.repairedJSON(wrong.v2)["content"] is NSNumber)
        #expect(try Kit.repairedJSON(wrong.v1)["content"] is NSNumber)
        #expect(try Kit.repairedJSON(wrong.stop)["is_success"] as? String == "yes")
        let failing = try answers(FaultPlan(isSuccessFalseProbability: 1))
        #expect(failing.v2.status == 200)
        #expect(try Kit.v2Error(failing.v2).errorCode == "ModelArts.0105")
        #expect(try Kit.repairedJSON(failing.v1)["is_success"] as? Bool == false)
        #expect(try Kit.repairedJSON(failing.stop)["is_success"] as? Bool == false)
        let cut = try answers(FaultPlan(truncatedProbability: 1))
        let whole = try answers(.none)
        #expect(cut.v2.body == Array(whole.v2.body.prefix(whole.v2.body.count / 2)))
        #expect((try? Kit.repairedJSON(cut.v1)) == nil)
    }
}
