/// Default endpoints derived from a region id, as Huawei Cloud names them.
public enum RegionEndpoints {
    /// `https://modelarts.{region}.myhuaweicloud.com` (`ap-southeast-1` is on `.myhuaweicloud.cn`).
    public static func modelArts(region: String) -> String {
        "https://modelarts.\(region).\(domain(region))"
    }

    /// `https://iam.{region}.myhuaweicloud.com` (`.cn` for `ap-southeast-1`).
    public static func iam(region: String) -> String {
        "https://iam.\(region).\(domain(region))"
    }

    static func domain(_ region: String) -> String {
        region == "ap-southeast-1" ? "myhuaweicloud.cn" : "myhuaweicloud.com"
    }

    /// A region id: 1 to 40 of lower-case letters, digits and `-`, starting with a letter.
    public static func isValidRegion(_ region: String) -> Bool {
        guard let first = region.utf8.first, first >= 0x61, first <= 0x7A, region.utf8.count <= 40 else { return false }
        return region.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    /// The SDK's endpoint-override variable: `HUAWEICLOUD_SDK_REGION_MODELARTS_CN_NORTH_4`.
    public static func overrideVariable(region: String) -> String {
        "HUAWEICLOUD_SDK_REGION_MODELARTS_" + region.uppercased().replacingDashes()
    }
}

extension String {
    fileprivate func replacingDashes() -> String {
        String(map { $0 == "-" ? "_" : $0 })
    }
}
