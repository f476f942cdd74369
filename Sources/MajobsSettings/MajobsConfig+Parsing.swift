import ModelArts

extension MajobsConfig {
    static let profileKeys = [
        "endpoint", "region", "project_id", "auth", "access_key", "secret_key", "security_token", "user", "domain",
        "iam_endpoint", "credentials_file", "api", "read_only",
    ]

    /// Parses and validates a config file. Unknown keys and tables become warnings; a syntax error
    /// or an invalid value is a one-line error naming `path:line`, the key, the value and what is allowed.
    public static func parse(_ text: String, path: String) throws(ConfigurationError) -> MajobsConfig {
        let document: TOMLDocument
        do {
            document = try TOMLSubset.parse(text)
        } catch {
            throw ConfigurationError("\(path):\(error.line): \(error.message)")
        }
        var reader = Reader(path: path)
        var config = MajobsConfig(path: path)
        for table in document.tables {
            switch table.path.count == 2 && ["profiles", "keys"].contains(table.path[0])
                ? [table.path[0], "*"] : table.path
            {
            case []:
                for entry in table.entries {
                    if entry.key == "default_profile" {
                        config.defaultProfile = try reader.name(entry)
                    } else {
                        reader.unknown(entry, in: "the top level", allowed: ["default_profile"])
                    }
                }
            case ["profiles"]:
                for entry in table.entries {
                    reader.warn(entry.line, "'\(entry.key)' directly under [profiles] is ignored: use [profiles.NAME]")
                }
            case ["profiles", "*"]:
                let profile = try reader.profile(table)
                config.profiles[profile.name] = profile
            case ["ui"]:
                config.ui = try reader.ui(table)
            case ["keys"], ["keys", "*"]:
                config.keys += try reader.keys(table)
            default:
                reader.warn(table.line, "unknown table [\(table.path.joined(separator: "."))] is ignored")
            }
        }
        if let name = config.defaultProfile, config.profiles[name] == nil,
            let entry = document.table([])?.entry("default_profile")
        {
            throw ConfigurationError(
                "\(path):\(entry.line): default_profile = \(OneLine.quoted(name)) names no [profiles.\(name)] table")
        }
        config.warnings = reader.warnings
        return config
    }

    /// Validates values and collects warnings, always naming the file and line.
    struct Reader {
        let path: String
        var warnings: [String] = []

        mutating func warn(_ line: Int, _ text: String) {
            warnings.append("\(path):\(line): \(text)")
        }

        mutating func unknown(_ entry: TOMLEntry, in place: String, allowed: [String]) {
            let known = allowed.joined(separator: ", ")
            warn(entry.line, "unknown key '\(entry.key)' in \(place) is ignored (known: \(known))")
        }

        func invalid(_ entry: TOMLEntry, _ allowed: String) -> ConfigurationError {
            let shown: String
            switch entry.value {
            case .string(let s): shown = Self.isSecretKey(entry.key) ? "'***'" : OneLine.quoted(s)
            case .integer(let n): shown = String(n)
            case .boolean(let b): shown = String(b)
            case .strings: shown = "an array"
            }
            return ConfigurationError("\(path):\(entry.line): \(entry.key) = \(shown) is invalid: \(allowed)")
        }

        static func isSecretKey(_ key: String) -> Bool { key == "secret_key" || key == "security_token" }

        func string(_ entry: TOMLEntry) throws(ConfigurationError) -> String {
            guard case .string(let s) = entry.value else {
                throw invalid(entry, "expected a quoted string, found \(entry.value.typeName)")
            }
            return s
        }

        func nonEmpty(_ entry: TOMLEntry) throws(ConfigurationError) -> String {
            let s = try string(entry)
            guard !s.isEmpty, s.isHeaderSafe else {
                throw invalid(entry, "expected a non-empty string without control characters")
            }
            return s
        }

        func name(_ entry: TOMLEntry) throws(ConfigurationError) -> String {
            let s = try string(entry)
            guard !s.isEmpty, s.unicodeScalars.allSatisfy(TOMLParser.isBareKey) else {
                throw invalid(entry, "expected a profile name of letters, digits, '_' or '-'")
            }
            return s
        }

        func endpoint(_ entry: TOMLEntry) throws(ConfigurationError) -> ServiceEndpoint {
            let s = try string(entry)
            do {
                return try ServiceEndpoint(parsing: s, what: entry.key)
            } catch {
                throw invalid(entry, "expected http(s)://host[:port] with no path")
            }
        }

        func integer(_ entry: TOMLEntry, _ range: ClosedRange<Int>) throws(ConfigurationError) -> Int {
            guard case .integer(let n) = entry.value, let v = Int(exactly: n), range.contains(v) else {
                throw invalid(entry, "expected a whole number in \(range.lowerBound)...\(range.upperBound)")
            }
            return v
        }

        func choice<T: RawRepresentable & CaseIterable>(
            _ entry: TOMLEntry, _ type: T.Type
        ) throws(ConfigurationError) -> T where T.RawValue == String {
            let names = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " or ")
            guard case .string(let s) = entry.value, let v = T(rawValue: s) else {
                throw invalid(entry, "allowed \(names)")
            }
            return v
        }

        mutating func profile(_ table: TOMLTable) throws(ConfigurationError) -> Profile {
            let name = table.path[1]
            guard !name.isEmpty, name.unicodeScalars.allSatisfy(TOMLParser.isBareKey) else {
                throw ConfigurationError(
                    "\(path):\(table.line): profile name \(OneLine.quoted(name)) "
                        + "must be letters, digits, '_' or '-'")
            }
            var p = Profile(name: name)
            for entry in table.entries {
                switch entry.key {
                case "endpoint": p.endpoint = try endpoint(entry)
                case "region": p.region = try region(entry)
                case "project_id":
                    let id = try string(entry)
                    do { try ProjectID.validate(id) } catch {
                        throw invalid(entry, "expected 1 to 64 letters, digits, '_' or '-'")
                    }
                    p.projectID = id
                case "auth": p.auth = try choice(entry, AuthMode.self)
                case "access_key": p.accessKey = try nonEmpty(entry)
                case "secret_key": p.secretKey = try nonEmpty(entry)
                case "security_token": p.securityToken = try nonEmpty(entry)
                case "user": p.user = try nonEmpty(entry)
                case "domain": p.domain = try nonEmpty(entry)
                case "iam_endpoint": p.iamEndpoint = try endpoint(entry)
                case "credentials_file": p.credentialsFile = try nonEmpty(entry)
                case "api": p.api = try choice(entry, APIChoice.self)
                case "read_only":
                    guard case .boolean(let on) = entry.value else { throw invalid(entry, "expected true or false") }
                    p.readOnly = on
                default: unknown(entry, in: "[profiles.\(name)]", allowed: MajobsConfig.profileKeys)
                }
            }
            return p
        }

        func region(_ entry: TOMLEntry) throws(ConfigurationError) -> String {
            let s = try string(entry)
            guard RegionEndpoints.isValidRegion(s) else {
                throw invalid(entry, "expected a region id such as cn-north-4 (lower-case letters, digits, '-')")
            }
            return s
        }

        mutating func ui(_ table: TOMLTable) throws(ConfigurationError) -> UISettings {
            var ui = UISettings()
            for entry in table.entries {
                switch entry.key {
                case "per_page": ui.perPage = try integer(entry, JobListQuery.perPageRange)
                case "refresh_seconds":
                    let seconds = try integer(entry, 0...86_400)
                    guard seconds == 0 || seconds >= UISettings.minimumRefreshSeconds else {
                        // Too small a value is asked for, not mistyped: a usage error (exit 64), like the flag.
                        let minimum = UISettings.minimumRefreshSeconds
                        var error = invalid(entry, "the minimum is \(minimum) seconds (0 turns it off)")
                        error.isUsage = true
                        throw error
                    }
                    ui.refreshSeconds = seconds
                case "mouse":
                    guard case .boolean(let on) = entry.value else { throw invalid(entry, "expected true or false") }
                    ui.mouse = on
                case "color": ui.color = try choice(entry, ColorMode.self)
                default: unknown(entry, in: "[ui]", allowed: ["per_page", "refresh_seconds", "mouse", "color"])
                }
            }
            return ui
        }
    }
}
