/// The vocabulary v2 jobs draw from: flavors as the console lists them, engines, custom images, users,
/// and the ways jobs fail (each with the event, task exit and run record that explain it).
enum V2Catalog {
    /// One flavor: id and name as `spec.resource` shows them, and its hardware.
    struct Flavor: Sendable {
        var id: String
        var name: String
        var type: String
        var cpuArch: String
        var cores: Int
        var memoryGB: Int
        var diskGB: Int
        var gpu: (count: Int, product: String, memory: String)?
        var npu: (count: Int, product: String, memory: String)?
        var maxNodes: Int
    }

    static let flavors: [Flavor] = [
        Flavor(
            id: "modelarts.vm.cpu.8u", name: "Computing CPU(8U) instance", type: "CPU", cpuArch: "x86", cores: 8,
            memoryGB: 32, diskGB: 50, maxNodes: 4),
        Flavor(
            id: "modelarts.vm.pnt1.large.eco", name: "Computing GPU(Pnt1) instance", type: "GPU", cpuArch: "x86",
            cores: 8, memoryGB: 64, diskGB: 200, gpu: (1, "GP-Pnt1", "8GB"), maxNodes: 2),
        Flavor(
            id: "modelarts.p3.large.public", name: "GPU: 1*NVIDIA-V100(32GB) | CPU: 8 vCPUs 64GB", type: "GPU",
            cpuArch: "x86", cores: 8, memoryGB: 64, diskGB: 800, gpu: (1, "NVIDIA-V100", "32GB"), maxNodes: 8),
        Flavor(
            id: "modelarts.p3.8xlarge.public", name: "GPU: 8*NVIDIA-V100(32GB) | CPU: 64 vCPUs 512GB", type: "GPU",
            cpuArch: "x86", cores: 64, memoryGB: 512, diskGB: 3200, gpu: (8, "NVIDIA-V100", "32GB"), maxNodes: 16),
        Flavor(
            id: "modelarts.vm.npu.arm.1snt9b", name: "Ascend: 1*ascend-snt9b(64GB) | ARM: 24 vCPUs 192GB",
            type: "Ascend", cpuArch: "aarch64", cores: 24, memoryGB: 192, diskGB: 500,
            npu: (1, "Ascend-snt9b", "64GB"), maxNodes: 4),
        Flavor(
            id: "modelarts.bm.npu.arm.8snt9b3.d", name: "Ascend: 8*ascend-snt9b3(64GB) | ARM: 192 vCPUs 1536GB",
            type: "Ascend", cpuArch: "aarch64", cores: 192, memoryGB: 1536, diskGB: 7000,
            npu: (8, "Ascend-snt9b3", "64GB"), maxNodes: 32),
    ]

    /// How often each flavor is chosen.
    static let flavorWeights = [20, 15, 30, 12, 13, 10]

    /// (engine_id, engine_name, engine_version) of the preset engines.
    static let engines: [(String, String, String)] = [
        (
            "pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64", "PyTorch",
            "pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64"
        ),
        ("pytorch-cp36-1.4.0-v2", "PyTorch", "PyTorch-1.4.0-python3.6-v2"),
        (
            "tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64", "TensorFlow",
            "tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64"
        ),
        (
            "mindspore_2.2.0-cann_7.0.1-py_3.9-euler_2.8.3-aarch64", "Ascend-Powered-Engine",
            "mindspore_2.2.0-cann_7.0.1-py_3.9-euler_2.8.3-aarch64"
        ),
        (
            "pytorch_2.1.0-cann_8.0.rc1-py_3.9-euler_2.10.7-aarch64", "Ascend-Powered-Engine",
            "pytorch_2.1.0-cann_8.0.rc1-py_3.9-euler_2.10.7-aarch64"
        ),
        (
            "horovod_0.22.1-pytorch_1.8.1-cuda_11.1-py_3.7-ubuntu_18.04-x86_64", "Horovod",
            "horovod_0.22.1-pytorch_1.8.1-cuda_11.1-py_3.7-ubuntu_18.04-x86_64"
        ),
    ]

    /// Custom images (SWR), for jobs that bring their own.
    static let images = [
        "swr.cn-north-4.myhuaweicloud.com/ml-team/pytorch-custom:2.1.0-cuda12.1",
        "swr.cn-north-4.myhuaweicloud.com/ml-team/deepspeed:0.12.6-torch2.1",
        "swr.cn-north-4.myhuaweicloud.com/vision/mmdet:3.2.0",
        "swr.cn-north-4.myhuaweicloud.com/llm/megatron-ascend:24.1-cann8.0",
        "swr.cn-north-4.myhuaweicloud.com/nlp/transformers:4.36-py3.10",
    ]

    /// Saved algorithms (console "My algorithms"), by name.
    static let algorithmNames = [
        "resnet50-classification", "yolov8-detector", "bert-finetune", "llama-lora-sft", "unet-segmentation",
        "安全帽检测算法", "ctr-deepfm", "whisper-asr",
    ]

    /// Creators' IAM user names; one in ten jobs has none, as the documented sample.
    static let userNames = ["alice", "bob", "zhang_wei", "li_na", "ml-platform-bot", "wang_fang", ""]

    static let buckets = ["ml-team-data", "vision-lab", "nlp-corpus", "modelarts-demo"]

    /// (name, value choices, type) of the hyper-parameters jobs set.
    static let parameters: [(String, [String], String)] = [
        ("learning_rate", ["0.1", "0.01", "0.001", "1e-4", "2e-5"], "Float"),
        ("batch_size", ["16", "32", "64", "128", "256"], "Integer"),
        ("epochs", ["1", "3", "10", "50", "100"], "Integer"),
        ("optimizer", ["sgd", "adam", "adamw"], "String"),
        ("fp16", ["true", "false"], "Boolean"),
        ("seed", ["42", "1234", "2024"], "Integer"),
    ]

    /// Why a failed (`Failed`) job failed: the task's exit code and message, and the run record's reason.
    static let failures: [(exitCode: Int, message: String, reason: String)] = [
        (137, "OOMKilled: the container exceeded its memory limit", "exit with 137"),
        (1, "Traceback (most recent call last): RuntimeError: CUDA out of memory", "exit with 1"),
        (127, "/bin/sh: 1: python: command not found", "exit with 127"),
        (
            2,
            "FileNotFoundError: [Errno 2] No such file or directory: '/home/ma-user/modelarts/inputs/data_url_0/train.csv'",
            "exit with 2"
        ),
        (1, "ModuleNotFoundError: No module named 'transformers'", "exit with 1"),
        (139, "Segmentation fault (core dumped)", "exit with 139"),
    ]

    /// Why a job could not be created (`Abnormal`/`CreateFailed`).
    static let createFailures = [
        "Failed to pull image: manifest unknown",
        "The OBS path of the code directory does not exist or cannot be accessed",
        "Insufficient quota: the number of GPUs requested exceeds the quota of the account",
        "The resource flavor is sold out in this region",
    ]

    /// Why a running job was lost (`Abnormal`/`Lost`).
    static let lostReasons = [
        "Node heartbeat lost: the node became NotReady",
        "NPU device fault detected (Ascend ECC error), the task was evicted",
        "The node was preempted and no spare node was found",
    ]
}
