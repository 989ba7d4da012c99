extension SynonymTable {
    /// General shopping equivalences, zh and en (and a few words viewers mix across the two):
    /// how viewers ask about keeping, preparing, sizes, materials, children, delivery. Nothing
    /// here names a product; a brand adds its own words in the catalog's `synonyms:`.
    /// A group's word that also means a broader one: machine and hand washing are washing.
    /// Hot water is a question of temperature ("can I use boiling water?").
    public static let builtInBroader: [String: String] = ["机洗": "清洗", "手洗": "清洗", "热水": "温度",
                                                            // Itching is a question of softness.
                                                            "扎": "柔软"]

    public static let builtIn: [[String]] = [
        // Asking words.
        ["怎么", "如何", "咋", "怎样", "怎么着", "怎么样才能"],
        ["多久", "多长时间", "多少天", "多长期限", "多少时间", "多久时间"],
        ["哪里", "哪儿", "哪", "何处", "什么地方", "啥地方"],
        ["什么", "啥", "甚么"],
        ["可以", "能不能", "可不可以", "行不行", "可否", "行吗", "能否", "好不好", "能吗"],
        // Keeping food and goods.
        ["保存", "存放", "储存", "贮存", "存储", "保管", "放置", "储藏", "收藏", "store", "storage", "stored", "storing", "keep",
         "keeps", "kept", "keeping", "last", "lasts", "stay fresh", "stays fresh"],
        // How long it keeps and whether it goes off are one question to a viewer.
        ["保存", "保质期", "保存期", "有效期", "赏味期", "shelf life", "expiry", "expiration", "expire", "expires", "best before",
         "变质", "过期", "坏掉", "放坏", "坏了", "会坏", "go bad", "goes bad", "gone bad", "spoil", "spoils", "spoiled"],
        ["冰箱", "冷藏", "冰柜", "冷藏室", "fridge", "refrigerator", "refrigerate", "refrigerated", "chill", "chilled"],
        ["开封", "打开", "拆开", "开罐", "开了", "拆封", "opened", "open", "opening"],
        ["密封", "封口", "密闭", "sealed", "airtight"],
        // Water and heat.
        ["热水", "开水", "沸水", "滚水", "烧开的水", "滚烫的水", "hot water", "boiling water", "boiled water", "kettle", "just boiled"],
        ["凉水", "冷水", "凉白开", "冰水", "cold water", "iced water"],
        ["温度", "水温", "多少度", "几度", "temperature", "temp", "degrees", "how hot"],
        ["冲泡", "冲", "泡", "冲调", "沏", "brew", "brewing", "brewed", "steep", "steeping", "infuse", "make"],
        ["冷泡", "冷萃", "冰泡", "cold brew", "cold-brew", "iced tea", "cold steep"],
        ["烫手", "烫", "隔热", "烫不烫", "too hot to hold", "burn my hand", "hot to hold"],
        ["结晶", "结块", "凝固", "变硬", "发白", "变白", "沉淀", "变稠", "crystallize", "crystallise", "crystallized",
         "crystallised", "crystals", "solid", "solidify", "hardened", "grainy", "cloudy"],
        // Eating and using.
        ["食用", "吃", "喝", "饮用", "吃法", "喝法", "服用", "eat", "drink", "consume", "enjoy", "way to use", "how to use", "how do i use", "how should i use", "ways to use", "serve it", "have it"],
        ["口感", "味道", "口味", "好喝吗", "好吃吗", "taste", "flavor", "flavour"],
        ["孩子", "小孩", "儿童", "宝宝", "小朋友", "婴儿", "幼儿", "小孩子", "娃", "child", "children", "kid", "kids", "baby",
         "babies", "toddler", "toddlers", "infant", "infants", "little one"],
        ["老人", "老年人", "长辈", "elderly", "seniors"],
        ["孕妇", "怀孕", "pregnant", "pregnancy"],
        // Materials, sizes, colours.
        ["材质", "面料", "材料", "料子", "成分", "质地", "布料", "什么做的", "啥做的", "material", "materials", "fabric",
         "made of", "made from", "what is it made"],
        ["颜色", "配色", "色系", "色号", "颜色分类", "色", "color", "colors", "colour", "colours", "shade", "shades"],
        // Size, length and width: one question to a viewer ("how big", "how long is it").
        ["尺寸", "大小", "尺码", "规格", "长宽", "多长多宽", "长和宽", "how long and wide", "how big", "长度", "多长", "length",
         "how long is", "宽度", "多宽", "width", "how wide", "wide", "size", "sizes", "dimension", "dimensions", "measurements"],
        ["容量", "能装多少", "装多少", "多少毫升", "多大容量", "capacity", "hold", "holds", "volume", "oz", "ounces", "fl oz"],
        ["重量", "克重", "净含量", "多重", "多少克", "几克", "weight", "weigh", "weighs", "how heavy", "net weight"],
        ["扎", "刺挠", "扎人", "扎脖子", "itchy", "itch", "scratchy", "prickly"],
        ["柔软", "软", "soft", "softness"],
        // Where from.
        ["产地", "原产地", "出产", "产自", "来自", "哪里产", "哪产", "哪儿产", "origin", "from where", "come from",
         "comes from", "grown", "produced", "sourced"],
        // Cleaning.
        ["清洗", "洗", "洗涤", "清理", "wash", "washing", "clean", "cleaning", "launder"],
        ["机洗", "洗衣机", "机器洗", "滚筒", "machine wash", "machine washable", "washing machine", "washer"],
        ["手洗", "hand wash", "hand-wash", "handwash"],
        ["洗碗机", "dishwasher", "dish washer", "dw"],
        ["微波炉", "微波", "microwave", "microwavable", "microwaveable", "叮一下", "叮", "nuke", "zap"],
        // Parts and extras.
        ["盖子", "杯盖", "lid", "lids", "cover", "cap", "配盖", "带盖", "有盖", "盖"],
        ["附带", "赠送", "送", "自带", "come with", "comes with", "included", "include", "includes"],
        // Buying.
        ["发货", "快递", "物流", "邮寄", "送货", "配送", "shipping", "ship", "ships", "delivery", "deliver", "courier"],
        ["退换", "退货", "退款", "换货", "return", "returns", "refund", "exchange"],
        ["价格", "价钱", "多少钱", "售价", "price", "cost", "costs"],
        ["正品", "真货", "正宗", "genuine", "authentic"],
        ["罐", "tin", "tins", "a can", "per can", "in a can", "one can", "the can", "jar", "canister"],
    ]
}
