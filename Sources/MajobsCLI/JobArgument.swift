import ArgumentParser

/// The JOB argument of `majobs logs`, `stop` and `delete`: one help text and one completion for the three.
struct JobArgument: ParsableArguments {
    @Argument(
        help: ArgumentHelp("A v1 job id, a v2 job id (UUID), or the start of a job's name.", valueName: "job"),
        completion: .jobs)
    var job: String
}
