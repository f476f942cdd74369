import Foundation
import ModelArts
import Testing
@testable import ModelArtsEmulator

@Suite("v2 jobs in the live emulator")
struct V2LiveTests {
    @Test("active v2 jobs move through their phases with the clock; finished ones stay as they are")
    func phasesMove() throws {
        let clock = ManualClock()
        var configuration = EmulatorConfiguration(jobCount: 300)
        configuration.live = true
        let service = EmulatorService(configuration: configuration, now: { clock.nowMS })
        let store = service.v2Store
        let pending = try #require(store.records.firstIndex { $0.state == .pending })
        let completed = try #require(store.records.firstIndex { $0.state == .completed })
        let timeline = try #require(store.timelines[pending])
        let begin = try #require(timeline.runStartMS)
        let end = try #require(timeline.runEndMS)
        #expect(store.timelines[completed] == nil)

        clock.nowMS = begin + 1_000
        let running = try Kit.job(service.handle(Kit.signed(path: Kit.jobPath(store.ids[pending]), atMS: clock.nowMS)))
        #expect(running.status.phase == "Running")
        #expect(running.status.startTime == begin)
        #expect(running.status.duration == 1_000)
        let body = #"{"filters":[{"key":"phase","operator":"in","value":["Running"]}]}"#
        let page = try Kit.searchPage(service.handle(Kit.signedBody(body: Array(body.utf8), atMS: clock.nowMS)))
        #expect(page.count == (0..<store.count).filter { store.record($0, at: clock.nowMS).state == .running }.count)

        clock.nowMS = end + 1_000
        let final = try Kit.job(service.handle(Kit.signed(path: Kit.jobPath(store.ids[pending]), atMS: clock.nowMS)))
        #expect(["Completed", "Failed", "Abnormal", "Terminated"].contains(final.status.phase))
        #expect(final.status.duration == end - begin)
        let events = try Kit.events(
            service.handle(Kit.signed(path: Kit.jobPath(store.ids[pending]) + "/events", atMS: clock.nowMS)))
        #expect(events.events.contains { $0.message == "Training job is running." })
        let unchanged = try Kit.job(
            service.handle(Kit.signed(path: Kit.jobPath(store.ids[completed]), atMS: clock.nowMS)))
        #expect(unchanged.status.phase == "Completed")
    }
}
