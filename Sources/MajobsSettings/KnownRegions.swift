/// The Huawei Cloud regions where ModelArts runs, offered by `majobs configure` (any other valid
/// region id is accepted too).
public enum KnownRegions {
    /// Region id and a short place name, in the console's order.
    public static let all: [(id: String, place: String)] = [
        ("cn-north-4", "Beijing-4"),
        ("cn-north-9", "Ulanqab-1"),
        ("cn-east-3", "Shanghai-1"),
        ("cn-east-4", "Shanghai-2"),
        ("cn-south-1", "Guangzhou"),
        ("cn-southwest-2", "Guiyang-1"),
        ("ap-southeast-1", "Hong Kong"),
        ("ap-southeast-2", "Bangkok"),
        ("ap-southeast-3", "Singapore"),
        ("af-south-1", "Johannesburg"),
        ("la-north-2", "Mexico City-2"),
        ("sa-brazil-1", "Sao Paulo-1"),
        ("me-east-1", "Riyadh"),
        ("tr-west-1", "Istanbul"),
    ]
}
