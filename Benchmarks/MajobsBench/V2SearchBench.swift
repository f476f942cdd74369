import Foundation
import ModelArts
import ModelArtsEmulator

/// `majobs-bench --v2`: the v2 search at a large store, timed in-process through `EmulatorService.handle`
/// (signature check over the body, JSON decoding, filters, paging, JSON encoding of the page).
enum V2SearchBench {
    static func run(service: EmulatorService, options: BenchOptions, buildMS: Double, nowMS: Int64) {
        let clock = ContinuousClock()
        var rng = SeededRandom(seed: options.seed)
        let requests = V2SearchScenario.bodies(count: options.requests, ids: service.v2Store.ids, rng: &rng).map {
            V2SearchScenario.signed($0, nowMS: nowMS)
        }
        var samples: [Double] = []
        samples.reserveCapacity(requests.count)
        var bytes = 0
        for request in requests {
            let start = clock.now
            let response = service.handle(request)
            samples.append((clock.now - start).milliseconds)
            guard response.status == 200 else {
                fatalError("request failed: HTTP \(response.status) \(response.bodyText)")
            }
            bytes += response.body.count
        }
        let summary = Summary(samples)
        let meanBytes = bytes / max(1, samples.count)
        if options.json {
            let object: [String: Any] = [
                "jobs": service.v2Store.count, "requests": samples.count, "store_build_ms": buildMS,
                "p50_ms": summary.p50, "p90_ms": summary.p90, "p99_ms": summary.p99, "max_ms": summary.max,
                "mean_ms": summary.mean, "mean_body_bytes": meanBytes,
            ]
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
            print(String(decoding: data, as: UTF8.self))
        } else {
            print("majobs-bench: v2 search, \(service.v2Store.count) jobs, \(samples.count) signed requests")
            print(String(format: "  stores (v1 + v2) built in %.1f ms", buildMS))
            print(
                String(
                    format: "  per request: p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.3f ms  mean %.3f ms",
                    summary.p50, summary.p90, summary.p99, summary.max, summary.mean))
            print("  mean body \(meanBytes) bytes")
        }
    }
}
