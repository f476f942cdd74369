import ArgumentParser
import Foundation
import MajobsSettings
import ModelArts
import ModelArtsClient

/// `majobs logs|stop|delete <TAB>`: the names of the account's jobs starting with what was typed, from one
/// list request. The shell waits for it, so it gives up after `budget` (nothing is completed then), never
/// asks for a password, never looks the project id up, and completes nothing for the demo or on any error.
enum JobCompletion {
    /// The longest a completion waits for the server.
    static let budget: Duration = .seconds(1)

    static func candidates(words: [String], prefix: String, environment: ResolverEnvironment) async -> [String] {
        guard !words.contains("--demo") else { return [] }
        var quiet = environment
        quiet.promptPassword = { _ in throw PasswordPrompt.Failure(description: "no prompt while completing") }
        let flags = ConnectionFlags(
            profile: value(of: "--profile", in: words),
            api: value(of: "--api", in: words).flatMap { APIChoice(rawValue: $0) })
        guard let resolved = try? ConnectionResolver(environment: quiet).resolve(flags),
            var configuration = resolved.configuration
        else { return [] }
        configuration.requestTimeout = budget
        configuration.retry = RetryPolicy.none
        let client = ModelArtsHTTPClient(configuration: configuration)
        let choice = flags.api ?? resolved.apiChoice
        return await withTaskGroup(of: [String]?.self) { group in
            group.addTask { try? await names(client: client, choice: choice, prefix: prefix) }
            group.addTask {
                try? await Task.sleep(for: budget)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first ?? []
        }
    }

    /// One page of names starting with `prefix` (v2, or v1 where `choice` says or the server has no v2),
    /// without names a shell word could not hold as typed (spaces, controls).
    static func names(client: any JobsAPI, choice: APIChoice, prefix: String) async throws(APIError) -> [String] {
        let search = JobResolver.searchText(prefix)
        let jobs: [TrainingJob]
        do throws(APIError) {
            guard choice != .v1 else { throw APIError.routeAbsent(.v2) }
            let query: V2ListQuery
            do { query = try V2ListQuery(limit: 50, name: search) } catch { throw .invalidRequest("\(error)") }
            jobs = try await client.listV2Jobs(query).jobs
        } catch  where error.isRouteAbsent && choice != .v2 {
            let query: JobListQuery
            do { query = try JobListQuery(perPage: 50, searchContent: search) } catch {
                throw .invalidRequest("\(error)")
            }
            jobs = try await client.listJobs(query).jobs
        }
        let names = jobs.map(\.name).filter { name in
            name.hasPrefix(prefix) && OneLine.clean(name, limit: 200) == name && !name.contains(" ")
        }
        return Array(Set(names)).sorted()
    }

    /// The word after `flag`, or the value of `flag=value`.
    static func value(of flag: String, in words: [String]) -> String? {
        for (index, word) in words.enumerated() {
            if word == flag, index + 1 < words.count { return words[index + 1] }
            if word.hasPrefix(flag + "=") { return String(word.dropFirst(flag.count + 1)) }
        }
        return nil
    }
}

extension CompletionKind {
    /// The account's job names (one list request, at most a second). Synchronous, as ArgumentParser's
    /// synchronous parse (used by tests and some entry points) refuses async completions.
    static var jobs: CompletionKind {
        .custom { words, _, prefix in JobCompletion.waitingFor(words: words, prefix: prefix) }
    }
}

extension JobCompletion {
    /// Holds the answer of the completion task.
    final class Answer: @unchecked Sendable {
        private let lock = NSLock()
        private var names: [String] = []
        var value: [String] {
            lock.lock()
            defer { lock.unlock() }
            return names
        }
        func set(_ value: [String]) {
            lock.lock()
            names = value
            lock.unlock()
        }
    }

    /// `candidates` for a synchronous caller: waits for it a little longer than its own budget, then gives up.
    static func waitingFor(words: [String], prefix: String) -> [String] {
        let answer = Answer()
        let done = DispatchSemaphore(value: 0)
        Task {
            answer.set(await candidates(words: words, prefix: prefix, environment: .process()))
            done.signal()
        }
        return done.wait(timeout: .now() + .milliseconds(1200)) == .success ? answer.value : []
    }
}
