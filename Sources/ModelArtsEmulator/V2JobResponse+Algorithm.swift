extension V2JobResponse {
    /// `algorithm`: a saved algorithm (`id`, `name`), a preset engine, or a custom image (`engine.image_url`
    /// plus `command`), with its parameters, inputs and outputs (the last three in the detail only).
    struct Algorithm: Encodable, Sendable {
        var id: String?
        var name: String?
        var codeDir: String?
        var bootFile: String?
        var command: String?
        var engine: Engine
        var parameters: [Parameter]?
        var inputs: [DataChannel]?
        var outputs: [DataChannel]?
        var localCodeDir: String?
        var workingDir: String?

        enum CodingKeys: String, CodingKey {
            case id, name, command, engine, parameters, inputs, outputs
            case codeDir = "code_dir", bootFile = "boot_file", localCodeDir = "local_code_dir"
            case workingDir = "working_dir"
        }
    }

    /// A preset engine (`engine_id`, `engine_name`, `engine_version`) or a custom image (`image_url`).
    struct Engine: Encodable, Sendable {
        var engineID: String?
        var engineName: String?
        var engineVersion: String?
        var imageURL: String?

        enum CodingKeys: String, CodingKey {
            case engineID = "engine_id", engineName = "engine_name", engineVersion = "engine_version"
            case imageURL = "image_url"
        }
    }

    /// A hyper-parameter; its value is always a string on the wire.
    struct Parameter: Encodable, Sendable {
        var name: String
        var value: String
        var description: String
        var constraint: Constraint
    }

    struct Constraint: Encodable, Sendable {
        var type: String
        var editable = true
        var required = false
        var sensitive = false
        var validType = "None"
        var validRange: [String] = []

        enum CodingKeys: String, CodingKey {
            case type, editable, required, sensitive
            case validType = "valid_type", validRange = "valid_range"
        }
    }

    /// An input or output: where it lives in the container and on OBS.
    struct DataChannel: Encodable, Sendable {
        var name: String
        var description: String?
        var localDir: String
        var remote: Remote

        enum CodingKeys: String, CodingKey {
            case name, description, remote
            case localDir = "local_dir"
        }
    }

    struct Remote: Encodable, Sendable {
        var obs: OBS
    }

    struct OBS: Encodable, Sendable {
        var obsURL: String

        enum CodingKeys: String, CodingKey { case obsURL = "obs_url" }
    }
}
