extension V2JobResponse {
    /// `spec`: the resources the job runs on.
    struct Spec: Encodable, Sendable {
        var resource: Resource
        var logExportPath: LogExportPath?

        enum CodingKeys: String, CodingKey {
            case resource
            case logExportPath = "log_export_path"
        }
    }

    struct LogExportPath: Encodable, Sendable {
        var obsURL: String

        enum CodingKeys: String, CodingKey { case obsURL = "obs_url" }
    }

    /// `spec.resource`: flavor, node count, and the flavor's hardware (`flavor_detail`).
    struct Resource: Encodable, Sendable {
        var policy: String
        var flavorID: String
        var flavorName: String
        var nodeCount: Int
        var poolID: String?
        var flavorDetail: FlavorDetail

        enum CodingKeys: String, CodingKey {
            case policy
            case flavorID = "flavor_id", flavorName = "flavor_name", nodeCount = "node_count", poolID = "pool_id"
            case flavorDetail = "flavor_detail"
        }
    }

    /// What one node of the flavor has. As documented, `npu.unit_num` and `disk.size` are strings and
    /// `gpu.unit_num` is an integer.
    struct FlavorDetail: Encodable, Sendable {
        var flavorType: String
        var billing: Billing?
        var flavorInfo: FlavorInfo

        enum CodingKeys: String, CodingKey {
            case billing
            case flavorType = "flavor_type", flavorInfo = "flavor_info"
        }
    }

    struct Billing: Encodable, Sendable {
        var code: String
        var unitNum: Int

        enum CodingKeys: String, CodingKey {
            case code
            case unitNum = "unit_num"
        }
    }

    struct FlavorInfo: Encodable, Sendable {
        var maxNum: Int?
        var cpu: CPU?
        var gpu: GPU?
        var npu: NPU?
        var memory: Memory?
        var disk: Disk?

        enum CodingKeys: String, CodingKey {
            case cpu, gpu, npu, memory, disk
            case maxNum = "max_num"
        }
    }

    struct CPU: Encodable, Sendable {
        var arch: String
        var coreNum: Int

        enum CodingKeys: String, CodingKey {
            case arch
            case coreNum = "core_num"
        }
    }

    struct GPU: Encodable, Sendable {
        var unitNum: Int
        var productName: String
        var memory: String

        enum CodingKeys: String, CodingKey {
            case memory
            case unitNum = "unit_num", productName = "product_name"
        }
    }

    struct NPU: Encodable, Sendable {
        var unitNum: String
        var productName: String
        var memory: String

        enum CodingKeys: String, CodingKey {
            case memory
            case unitNum = "unit_num", productName = "product_name"
        }
    }

    struct Memory: Encodable, Sendable {
        var size: Int
        var unit = "GB"
    }

    struct Disk: Encodable, Sendable {
        var size: String
        var unit = "GB"
    }
}
