import Foundation
import ModelArts
import ModelArtsEmulator

// majobs-bench: the emulator's v1 list at a large store, timed in-process through
// `EmulatorService.handle` (signature check, query, sort, search, page slice, JSON encoding).
// In-process, so the figure is the emulator's own cost: no socket, no client, no scheduler noise,
// and the same binary runs under callgrind. scripts/bench/run prints its summary next to the rest.
//
// With --v2 it times the v2 search (`POST /v2/{project_id}/training-job-searches`) instead.
//
// With --log it times the log view with a 5 MB log instead (LogBench).
//
//   majobs-bench [--jobs 100000] [--requests 2000] [--seed 42] [--json] [--v2] [--log]

let options = BenchOptions(CommandLine.arguments.dropFirst())
if options.log {
    LogBench.run()
    exit(0)
}
let clock = ContinuousClock()
let nowMS: Int64 = 1_717_243_200_000  // a fixed clock: the same store and durations every run

let buildStart = clock.now
let service = EmulatorService(
    configuration: EmulatorConfiguration(jobCount: options.jobs, seed: options.seed), now: { nowMS })
let buildMS = (clock.now - buildStart).milliseconds

if options.v2 {
    V2SearchBench.run(service: service, options: options, buildMS: buildMS, nowMS: nowMS)
    exit(0)
}

var rng = SeededRandom(seed: options.seed)
let requests = ListScenario.requests(count: options.requests, jobs: options.jobs, rng: &rng).map {
    ListScenario.signed($0, nowMS: nowMS)
}

// The first request of each cached sort order pays for the sort once; report it apart.
var coldMS: [String: Double] = [:]
for field in SortField.allCases {
    for order in ["asc", "desc"] {
        let query = [("sortBy", field.wireName), ("order", order), ("per_page", "10")]
        let request = ListScenario.signed(query, nowMS: nowMS)
        let start = clock.now
        let response = service.handle(request)
        coldMS["\(field.wireName) \(order)"] = (clock.now - start).milliseconds
        guard response.status == 200 else { fatalError("warm-up request failed: HTTP \(response.status)") }
    }
}

var samples: [Double] = []
samples.reserveCapacity(requests.count)
var bytes = 0
var matched = 0
for request in requests {
    let start = clock.now
    let response = service.handle(request)
    samples.append((clock.now - start).milliseconds)
    guard response.status == 200 else { fatalError("request failed: HTTP \(response.status) \(response.bodyText)") }
    bytes += response.body.count
    matched += 1
}

let summary = Summary(samples)
let coldWorst = coldMS.max { $0.value < $1.value }
if options.json {
    let object: [String: Any] = [
        "jobs": options.jobs, "requests": samples.count, "store_build_ms": buildMS,
        "p50_ms": summary.p50, "p90_ms": summary.p90, "p99_ms": summary.p99, "max_ms": summary.max,
        "mean_ms": summary.mean, "cold_sort_max_ms": coldWorst?.value ?? 0,
        "cold_sort_max_order": coldWorst?.key ?? "", "mean_body_bytes": bytes / max(1, matched),
    ]
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    print(String(decoding: data, as: UTF8.self))
} else {
    print("majobs-bench: v1 list, \(options.jobs) jobs, \(samples.count) signed requests (sorted, searched, paged)")
    print(String(format: "  store built in %.1f ms", buildMS))
    print(
        String(
            format: "  per request: p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.3f ms  mean %.3f ms",
            summary.p50, summary.p90, summary.p99, summary.max, summary.mean))
    print("  mean body \(bytes / max(1, matched)) bytes")
    for (key, ms) in coldMS.sorted(by: { $0.key < $1.key }) {
        print(String(format: "  first request sorted by %@: %.1f ms", key, ms))
    }
}
