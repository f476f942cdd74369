import ArgumentParser
import Foundation
import JobPresentation
import ModelArts

/// What `majobs logs|stop|delete` share: connecting, finding the API choice and the read-only setting,
/// and turning a `JobCommandError` into its line on stderr and its exit code.
enum JobCommandMain {
    /// Prints `error` and exits with its code.
    static func exit(_ error: JobCommandError, stderr: StandardError) -> ExitCode {
        stderr.write(error.line + "\n")
        return ExitCode(error.exitCode)
    }

    /// `majobs stop` or `majobs delete`.
    static func write(
        _ kind: JobWriteRunner.Kind, connection: ConnectionOptions, job: String, version: Int64?, yes: Bool
    ) async throws {
        let stderr = StandardError()
        var runner: JobWriteRunner
        do throws(JobCommandError) {
            let reference = try JobReference(parsing: job, api: connection.api ?? .auto)
            runner = JobWriteRunner(
                kind: kind, reference: reference, version: version, yes: yes, io: TerminalConfirmIO())
            try runner.check(readOnlyFlag: connection.readOnly)
        } catch {
            throw exit(error, stderr: stderr)
        }
        let logger = try FileLogHandler.logger(path: connection.log)
        let conn = try await Connector.connectOrExit(connection, logger: logger, stderr: stderr)
        let choice = connection.api ?? conn.resolved?.apiChoice ?? .auto
        let readOnly = connection.readOnly || conn.resolved?.readOnly == true
        do throws(JobCommandError) {
            runner.reference = try JobReference(parsing: job, api: choice)
            let line = try await runner.run(api: conn.api, choice: choice, readOnly: readOnly)
            await conn.close()
            StandardOutput().write(line + "\n")
        } catch {
            await conn.close()
            throw exit(error, stderr: stderr)
        }
    }

    /// `majobs logs`.
    static func logs(connection: ConnectionOptions, job: String, options: LogsRunner.Options) async throws {
        let stderr = StandardError()
        do throws(JobCommandError) {
            try LogsRunner.check(options, reference: try JobReference(parsing: job, api: connection.api ?? .auto))
        } catch {
            throw exit(error, stderr: stderr)
        }
        let logger = try FileLogHandler.logger(path: connection.log)
        let conn = try await Connector.connectOrExit(connection, logger: logger, stderr: stderr)
        let choice = connection.api ?? conn.resolved?.apiChoice ?? .auto
        do throws(JobCommandError) {
            let reference = try JobReference(parsing: job, api: choice)
            try LogsRunner.check(options, reference: reference)
            let found = try await JobResolver(api: conn.api, choice: choice).resolve(reference)
            let runner = LogsRunner(api: conn.api, job: found, options: options, out: StandardOutput(), err: stderr)
            try await runner.run()
            await conn.close()
        } catch {
            await conn.close()
            throw exit(error, stderr: stderr)
        }
    }

    /// Colours are kept on a terminal (unless `NO_COLOR` is set) or with `--color`.
    static func keepsColors(flag: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        flag || (isatty(STDOUT_FILENO) == 1 && (environment["NO_COLOR"] ?? "").isEmpty)
    }
}
