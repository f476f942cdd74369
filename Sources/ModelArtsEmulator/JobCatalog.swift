/// The vocabulary the seeded store draws job names, descriptions and version settings from:
/// what real ModelArts projects look like, in English and Chinese.
enum JobCatalog {
    static let models = [
        "resnet50", "resnet101", "bert-base", "bert-large", "roberta-wwm", "yolov5s", "yolov8", "yolov8n",
        "vit-b16", "swin-t", "efficientnet-b4", "mobilenetv3", "unet", "deeplabv3plus", "gpt2-small",
        "llama2-7b", "qwen-7b", "chatglm3-6b", "pangu-alpha", "t5-base", "wav2vec2", "whisper-small",
        "conformer", "faster-rcnn", "mask-rcnn", "ppocr-v3", "stable-diffusion-v1-5", "clip-vit-b32",
        "lstm", "xgboost", "deepfm", "wide-deep",
    ]

    static let tasks = [
        "imagenet-finetune", "cifar10", "coco-detection", "voc-segmentation", "squad-qa", "glue-mnli", "ner",
        "lora-sft", "pretrain", "distill", "librispeech-asr", "ctr-prediction", "ocr-invoice", "text2img",
        "中文-分类", "安全帽检测", "情感分析", "医学影像分割", "语音识别", "工业质检", "车牌识别", "商品推荐",
        "文本摘要", "人脸检测", "缺陷检测", "问答微调", "遥感图像分类", "客服对话", "新闻分类", "行人重识别",
    ]

    static let suffixes = [
        "", "", "", "-v2", "-v3", "-exp", "-baseline", "-fp16", "-bs256", "-lr1e-4", "-8卡", "-重跑", "-ascend",
        "-debug", "-final", "-ablation",
    ]

    /// Names far past what the console allows, so tables must cut them.
    static let longNames = [
        "resnet50-imagenet-finetune-mixed-precision-label-smoothing-cosine-lr-warmup5-batch1024-8xv100-"
            + "exp-2024-final-final-v3",
        "超长作业名称-bert-base-中文-新闻分类-全量数据-学习率0.00002-批大小64-最大序列长度512-对抗训练-知识蒸馏-"
            + "第三轮实验-对照组B-保留全部检查点-用于论文复现-请勿删除-联系人张三-预计运行三天",
        "yolov8-安全帽检测-工地监控视频-多尺度训练-mosaic增强-anchor-free-导出om模型-昇腾910推理验证-夜间场景补充数据集-"
            + "v12-with-extra-negative-samples",
        "llama2-7b-lora-sft-customer-service-dialogue-zh-en-mixed-corpus-rank64-alpha128-dropout0.05-"
            + "max-len-4096-gradient-checkpointing",
    ]

    static let englishDescriptions = [
        "Fine-tune on the ImageNet subset with pretrained weights",
        "Baseline run with default hyper-parameters",
        "Retry after OOM with a smaller batch size",
        "Ablation: no data augmentation",
        "Nightly retraining on fresh data",
        "Compare Ascend 910 against V100 throughput",
        "Distill the large model into a mobile-sized one",
        "Hyper-parameter sweep, learning rate 1e-4",
        "Smoke test, do not use the output",
        "Production candidate, reviewed by the platform team",
    ]

    static let chineseDescriptions = [
        "使用ImageNet预训练权重进行微调",
        "安全帽检测模型，工地摄像头数据",
        "对照实验，学习率减半",
        "夜间场景数据增强",
        "中文新闻十分类，全量数据",
        "客服对话意图识别，第二轮标注数据",
        "医学影像分割，需要脱敏数据",
        "用于周报的复现实验",
        "昇腾910性能对比测试",
        "模型蒸馏：大模型到端侧小模型",
    ]

    /// Descriptions that stress a terminal: control characters, emoji, mixed scripts, great length.
    static let awkwardDescriptions = [
        "multi-line description\nsecond line\tafter a tab",
        "🚀 quick test, 快速验证 ✅",
        "Mixed 中英文 description with a very long tail: " + String(repeating: "数据增强 augmentation ", count: 8),
    ]

    /// (engine_type, engine_name, engine_version) as the v1 versions API reports them.
    static let engines: [(Int64, String, String)] = [
        (1, "TensorFlow", "TF-2.1.0-python3.6"),
        (1, "TensorFlow", "TF-1.15.0-python3.6"),
        (2, "MXNet", "MXNet-1.2.1-python3.6"),
        (4, "PyTorch", "PyTorch-1.8.0-python3.7"),
        (4, "PyTorch", "PyTorch-1.4.0-python3.6"),
        (13, "MindSpore", "MindSpore-1.3.0-python3.7-aarch64"),
        (10, "Ascend-Powered-Engine", "TF-1.15-python3.7-aarch64"),
        (5, "Spark_MLlib", "Spark-2.3.2-python3.6"),
        (7, "XGBoost-Sklearn", "XGBoost-0.80-Sklearn-0.18.1-python3.6"),
    ]

    /// (spec_id, core, cpu, gpu, gpu_num, gpu_type)
    static let specs: [(Int64, String, String, Bool, Int64, String)] = [
        (1, "2", "8", false, 0, ""),
        (2, "8", "32", false, 0, ""),
        (11, "8", "64", true, 1, "nvidia-v100"),
        (12, "32", "256", true, 4, "nvidia-v100"),
        (13, "64", "512", true, 8, "nvidia-v100"),
        (21, "24", "96", true, 1, "Ascend-910"),
        (22, "192", "768", true, 8, "Ascend-910"),
        (31, "8", "64", true, 1, "nvidia-p100"),
    ]

    static let datasets = [
        "imagenet-1k", "coco2017", "cifar10", "helmet-v3", "news-zh", "librispeech", "invoices-2023",
        "medical-ct", "retail-clicks", "dialogue-zh",
    ]
}
