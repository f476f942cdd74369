import ModelArts

extension EmulatorService {
    /// Spoils a successful ModelArts body as the plan draws it, first match wins:
    /// `is_success: false` at HTTP 200 (on v2, which has no `is_success`: a v2 error body at HTTP 200),
    /// then wrong types, then invalid JSON, then a truncated body.
    func corrupt(
        _ response: EmulatorResponse, payload: Payload, plan: FaultPlan, dice: FaultDice, note: inout Note
    ) -> EmulatorResponse {
        if case .none = payload { return response }
        guard response.status == 200 else { return response }
        let number = dice.requestNumber
        // Every slot is rolled, so one fault firing never shifts another's draw.
        let isSuccessFalse = dice.hits(.isSuccessFalse, plan.isSuccessFalseProbability)
        let wrongTypes = dice.hits(.wrongTypes, plan.wrongTypesProbability)
        let malformed = dice.hits(.malformed, plan.malformedProbability)
        let truncated = dice.hits(.truncated, plan.truncatedProbability)
        if isSuccessFalse {
            note.fault = "is_success_false"
            if case .v2 = payload {
                return EmulatorReply.json(200, V2ErrorBody(errorCode: "ModelArts.0105", errorMsg: "Error string"))
            }
            if case .logs(v1: false) = payload {
                return EmulatorReply.json(200, V2ErrorBody(errorCode: "ModelArts.0105", errorMsg: "Error string"))
            }
            return EmulatorReply.json(200, SuccessFalseBody(useErrorMessageKey: number % 2 == 0))
        }
        if wrongTypes {
            note.fault = "wrong_types"
            if case .v2(let kind) = payload { return Self.wrongTypedV2(response, kind: kind, variant: number % 2) }
            return Self.wrongTyped(payload, variant: number % 2)
        }
        var spoiled = response
        if malformed {
            note.fault = "malformed"
            if let colon = spoiled.body.firstIndex(of: UInt8(ascii: ":")) {
                spoiled.body.replaceSubrange(colon...colon, with: Array(" = ".utf8))
            } else {
                spoiled.body.insert(UInt8(ascii: "<"), at: 0)
            }
        } else if truncated {
            note.fault = "truncated"
            spoiled.body = Array(spoiled.body.prefix(spoiled.body.count / 2))
        }
        return spoiled
    }

    /// HTTP 200 that is a failure: the message under `error_message` or `error_msg`, as documents disagree.
    struct SuccessFalseBody: Encodable {
        var useErrorMessageKey: Bool
        enum CodingKeys: String, CodingKey {
            case isSuccess = "is_success", code = "error_code", msg = "error_msg", message = "error_message"
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(false, forKey: .isSuccess)
            try c.encode("ModelArts.0105", forKey: .code)
            try c.encode("Error string", forKey: useErrorMessageKey ? .message : .msg)
        }
    }

    /// Well-formed JSON a strict decoder must refuse: variant 0 makes the count a word,
    /// variant 1 makes the list an object keyed by position.
    static func wrongTyped(_ payload: Payload, variant: Int) -> EmulatorResponse {
        switch payload {
        case .page(let page):
            return EmulatorReply.json(200, WrongPage(page: page, countAsWord: variant == 0))
        case .versions(let list):
            return EmulatorReply.json(200, WrongVersions(list: list, countAsWord: variant == 0))
        case .logs(let v1):
            let text =
                v1
                ? #"{"content":42,"is_success":true,"lines":["many"]}"#
                : #"{"content":42,"current_size":"many","full_size":"many","lines":"many"}"#
            return EmulatorReply.raw(200, text)
        case .ack:
            return EmulatorReply.raw(200, #"{"is_success":"yes","log_file_list":"many"}"#)
        case .none, .v2:
            return EmulatorReply.json(200, [String: String]())
        }
    }

    struct WrongPage: Encodable {
        var page: JobListPage
        var countAsWord: Bool
        enum CodingKeys: String, CodingKey {
            case isSuccess = "is_success", total = "job_total_count", limit = "job_count_limit", quotas, jobs
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(true, forKey: .isSuccess)
            try c.encode(page.countLimit, forKey: .limit)
            try c.encode(page.quotas, forKey: .quotas)
            if countAsWord {
                try c.encode("many", forKey: .total)
                try c.encode(page.jobs, forKey: .jobs)
            } else {
                try c.encode(page.totalCount, forKey: .total)
                try c.encode(Self.keyed(page.jobs), forKey: .jobs)
            }
        }
        static func keyed<T>(_ items: [T]) -> [String: T] {
            Dictionary(uniqueKeysWithValues: items.enumerated().map { (String($0.offset), $0.element) })
        }
    }

    struct WrongVersions: Encodable {
        var list: JobVersionList
        var countAsWord: Bool
        enum CodingKeys: String, CodingKey {
            case isSuccess = "is_success", jobID = "job_id", name = "job_name", desc = "job_desc"
            case count = "version_count", versions
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(true, forKey: .isSuccess)
            try c.encode(list.jobName, forKey: .name)
            try c.encode(list.jobDescription, forKey: .desc)
            try c.encode(list.versionCount, forKey: .count)
            if countAsWord {
                // The id itself is the one field a lenient decoder cannot do without.
                try c.encode(["many"], forKey: .jobID)
                try c.encode(list.versions, forKey: .versions)
            } else {
                try c.encode(list.jobID, forKey: .jobID)
                try c.encode(WrongPage.keyed(list.versions), forKey: .versions)
            }
        }
    }
}
