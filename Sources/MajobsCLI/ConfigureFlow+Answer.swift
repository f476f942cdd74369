import MajobsSettings
import ModelArts

extension ConfigureFlow {
    /// One question. Interactively: the prompt with the default in brackets (or `shown` for it), Enter
    /// keeps the default, a bad answer is said in one line and asked again (three times at most).
    /// With `--non-interactive`: the default is the answer; none, for a required one, stops the run.
    func answer(
        _ question: String, what: String, default value: String?, shown: String? = nil, secret: Bool = false,
        required: Bool = true, validate: (String) -> String?
    ) throws(Stop) -> String? {
        guard interactive else {
            guard let value else {
                if !required { return nil }
                throw Stop(description: "--non-interactive needs \(what) (\(question.lowercased()))")
            }
            if let problem = validate(value) { throw Stop(description: "\(what): \(problem)") }
            return value
        }
        let display = shown ?? (secret ? value.map { _ in "****" } : value)
        let prompt = display.map { "\(question) [\($0)]: " } ?? "\(question): "
        for _ in 0..<3 {
            guard let line = secret ? io.askSecret(prompt) : io.ask(prompt) else {
                throw Stop(description: "the input ended before every question was answered; nothing written")
            }
            let typed = line.trimmingWhitespace()
            guard !typed.isEmpty else {
                if value != nil || !required { return value }
                io.say("  an answer is needed")
                continue
            }
            if let problem = validate(typed) {
                io.say("  \(OneLine.clean(problem, limit: 120))")
                continue
            }
            return typed
        }
        throw Stop(description: "no valid answer to '\(question)' after three tries; nothing written")
    }

    /// `answer` for a question that must have one.
    func need(
        _ question: String, what: String, default value: String?, shown: String? = nil, secret: Bool = false,
        validate: (String) -> String?
    ) throws(Stop) -> String {
        let given = try answer(
            question, what: what, default: value, shown: shown, secret: secret, required: true, validate: validate)
        guard let given else { throw Stop(description: "no answer to '\(question)'; nothing written") }
        return given
    }

    /// A non-empty environment variable, read only where configure takes values from the environment.
    func env(_ name: String) -> String? {
        guard let v = environment.variables[name]?.trimmingWhitespace(), !v.isEmpty else { return nil }
        return v
    }

    static func nameProblem(_ name: String) -> String? {
        let ok =
            !name.isEmpty && name.utf8.count <= 64
            && name.unicodeScalars.allSatisfy { c in
                ("A"..."Z").contains(c) || ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-"
            }
        return ok ? nil : "a profile name is letters, digits, '_' or '-'"
    }

    static func endpointProblem(_ text: String) -> String? {
        do {
            _ = try ServiceEndpoint(parsing: text)
            return nil
        } catch {
            return error.message
        }
    }

    static func keyProblem(_ text: String) -> String? {
        text.isEmpty || !text.isHeaderSafe ? "expected a value without control characters" : nil
    }

    static func projectProblem(_ text: String) -> String? {
        (try? ProjectID.validate(text)) == nil ? "expected 1 to 64 letters, digits, '_' or '-'" : nil
    }
}

extension String {
    /// The text followed by spaces up to `width` characters.
    func paddedRight(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// The text preceded by spaces up to `width` characters.
    func paddedLeft(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
