import StandInCore

/// Health, efficacy and special-use claims by product category (Advertising Law art. 17, 18
/// and 28(2); the food safety and cosmetics rules): no product sold here is a medicine, so
/// none may claim to prevent or treat disease; only registered health food may state health
/// functions; cosmetics may not claim medical effects, and a special-use claim (whitening,
/// sunscreen, hair dye, perm, anti-hair-loss) airs only for a product registered for it.
extension ClaimPatterns {
    static let zhDisease = "(?:心梗|脑梗|心肌梗塞|血栓|动脉硬化|疹子|红疹|皮疹|荨麻疹|鼻炎|咽炎|胃炎|肠炎|甲亢|病|癌|炎|症|感冒|流感|发烧|咳嗽|高血压|低血压|糖尿|血糖|血脂|血压|三高|失眠|便秘|痛风|风湿|湿疹|痤疮|脱发|近视|哮喘|贫血|抑郁|焦虑|骨质疏松|心脑血管|肿瘤|结节|囊肿|过敏|感染|中风|肥胖|胆固醇|尿酸|心脏病|关节痛|头痛|偏头痛|痛经|月经不调|妇科|前列腺|痔疮|脚气|口臭|白发)"
    static let enDisease = "(?:sore throats?|osteoporosis|heart disease|high cholesterol|menstrual (?:pain|cramps)|acne|eczema|psoriasis|rosacea|colds?|flu|cancer|tumou?rs?|diabetes|arthritis|insomnia|hair loss|baldness|alopecia|hypertension|high blood pressure|cholesterol|infections?|inflammation|diseases?|illness(?:es)?|covid(?:-19)?|viruses|virus|depression|anxiety|migraines?|asthma|allergies|obesity|constipation|ulcers?|gout|dementia|alzheimer's|scars?|pimples|breakouts)"

    /// Categories for which a health function is not an allowed claim (all but registered health food).
    private static func healthFunctionBarred(_ context: ProductClaimContext) -> Bool {
        context.category != .healthFood && context.category != .apparel && context.category != .appliance
    }

    /// A special-use claim is allowed only for cosmetics registered for that use (and `alsoFor`, where the claim is ordinary).
    private static func specialUseBarred(_ use: SpecialUse, alsoFor allowed: Set<ProductCategory> = []) -> @Sendable (ProductClaimContext) -> Bool {
        { context in
            if let category = context.category, allowed.contains(category) { return false }
            return !(context.category == .cosmetics && context.specialUse.contains(use))
        }
    }

    static let health: [ClaimPattern] = [
        ClaimPattern("disease.zh", .healthClaim,
                     "治疗|治愈|根治|医治|止咳|化痰|平喘|润肺|清肺|止痛|止泻|止血|降压药|降糖药|防治|主治|疗效|药效|治好|治病|百病|药到病除|对症下药|抗癌|防癌|抗肿瘤|抗病毒|降血压|降血糖|降血脂|降三高|降尿酸|溶血栓|软化血管|"
                        + "预防(?!针)\\p{Han}{0,6}?\(zhDisease)|(?:缓解|改善|治|防|远离|告别|赶走|消除|调理|辅助治疗|抑制|降低|稳定|调节|控制)\\p{Han}{0,3}?\(zhDisease)",
                     reason: "claims to prevent or treat disease; only medicines may (art. 17, art. 28(2))"),
        ClaimPattern("outcome.zh", .healthClaim,
                     "(?:吃|喝|服|用|敷|涂|泡|戴|穿)了?[^，。！？,.!?]{0,8}?(?:不生病|少生病|不感冒|气色|腿脚|利索|有精神|睡得香|睡得好|安胎|月经|经期|浓密|乌黑|长头发|血糖|血压|血脂|免疫)|安胎|[不少]生病|[不少]感冒|血糖\\p{Han}{0,2}?(?:稳|降|平)|比(?:医美|药|吃药|打针|手术|医院)[^，。！？,.!?]{0,4}?(?:管用|有效|好使|强)",
                     reason: "a health outcome of using the product; only registered health food may state a health function, and none may claim a medical effect (art. 17, 28(2))",
                     applies: { $0.category != .healthFood && $0.category != .apparel && $0.category != .appliance }),
        ClaimPattern("disease.en", .healthClaim,
                     "\\bkeeps?\\s+(?:the\\s+)?(?:doctors?|flu|colds?|sickness|illness|disease|germs|viruses|bugs)\\s+away\\b|\\b(?:cures?|cured|curing|treats?|treating|heals?|healing|soothes?|soothing|reduces?|reducing|eases?|easing|calms?|alleviates?|lessens?|prevents?|preventing|fights?|fighting|reverses?|reversing|relieves?|eliminates?|combats?|protects? against|wards? off|clears?(?: up)?|gets? rid of|stops?|banish(?:es)?|erases?|helps? (?:with|against|ease|relieve|reduce|fight|prevent)|say(?:s)? goodbye to|no more)\\s+(?:your\\s+|the\\s+|all\\s+|any\\s+|stubborn\\s+)?(?:[a-z-]+\\s+)?\(enDisease)\\b"
                        + "|\\b(?:lowers?|reduces?|regulates?|stabili[sz]es?|controls?)\\s+(?:your\\s+)?(?:blood pressure|blood sugar|cholesterol|glucose)\\b|\\b(?:lowers?|reduces?|cuts?)\\s+(?:the\\s+|your\\s+)?risks?\\s+of\\b|\\banti-?(?:cancer|tumou?r|viral|inflammatory)\\b",
                     reason: "claims to prevent or treat disease; only medicines may (art. 17, art. 28(2))"),
        ClaimPattern("health-function.zh", .healthClaim,
                     "减肥|瘦身|减脂|燃脂|刮油|排油|消脂|降脂|排毒|清肠|排宿便|通便|润肠|免疫力|抗衰老?|延缓衰老|抗氧化|养颜|补气|补血|养血|滋阴|壮阳|补肾|护肝|保肝|养肝|养胃|护胃|健胃|助消化|促进消化|改善睡眠|助眠|安神|抗疲劳|缓解疲劳|增强体质|记忆力|健脑|益智|长高|增高|清热解毒|去火|降火|祛湿|排湿|调理身体|保健功效|保健作用|延年益寿|强身健体|提高抵抗力|增强抵抗力|(?:调节|改善|平衡|调理)(?:内分泌|肠道|肠胃|菌群|代谢|激素)|补钙|补铁|补锌|补脑|长个|长得快|长得高",
                     reason: "a health-function claim; only registered health food (category health_food) may state one",
                     applies: healthFunctionBarred),
        ClaimPattern("health-function.en", .healthClaim,
                     "\\b(?:weight loss|lose weight|losing weight|slimming|(?:melts?|burns?|blasts?|flushes?|torches?|dissolves?|shrinks?|targets?)\\s+(?:away\\s+)?(?:[a-z]+\\s+){0,2}?fat|fat[- ]burning|burns? calories|strengthens? (?:your\\s+)?(?:bones|immune system|heart|liver|kidneys)|detox(?:es|ify|ifies|ifying)?|cleanses? your (?:body|colon|liver|gut)|boosts? (?:your\\s+)?(?:immune system|immunity|metabolism)|immune[- ]boosting|immune system|immunity|immune (?:health|support|defen[cs]es?)|strengthens? (?:your\\s+)?immun[a-z]+|anti-?ag(?:e)?ing|improves? (?:your\\s+)?(?:sleep|memory|digestion)|aids? (?:sleep|digestion)|(?:liver|kidney|gut) health|increases? (?:your\\s+)?height)\\b",
                     reason: "a health-function claim; only registered health food (category health_food) may state one",
                     applies: healthFunctionBarred),
        ClaimPattern("medical-effect.zh", .healthClaim,
                     "(?:杀灭|杀死|消灭|灭活)[^，。！？,.!?]{0,8}?(?:病毒|细菌|病菌|真菌|幽门螺旋杆菌)|(?:腰|腿|头|颈椎|关节|膝盖|胃|肩|肚子)\\p{Han}{0,2}?(?:不疼|不痛|不酸)了?|(?:痘|疤|湿疹|癣|疹子|红血丝)\\p{Han}{0,3}?(?:消了|消失|没了|好了|不见了?|痊愈|下去了)|祛痘|治痘|消痘|去痘|战痘|抗痘|祛疤|去疤|除疤|淡疤|疤痕修复|消炎|抗炎|杀菌|药妆|医学护肤|医用级|医美级|医学级|处方|激素|细胞再生|修复受损细胞|干细胞|基因修复|换肤|溶脂|脱敏|皮肤病",
                     reason: "a medical effect; cosmetics and food may not claim one (cosmetics labelling rules, art. 17)",
                     applies: { $0.category != .apparel && $0.category != .appliance }),
        ClaimPattern("medical-effect.en", .healthClaim,
                     "\\b(?:kills?|destroys?|inactivates?|eliminates?)\\s+(?:[0-9.]+\\s?%\\s+of\\s+)?(?:[a-z]+\\s+)?(?:viruses|virus|bacteria|germs|pathogens)\\b|\\b(?:medical[- ]grade|pharmaceutical[- ]grade|cosmeceutical|repairs? (?:damaged\\s+)?(?:cells|dna)|cell(?:ular)? regeneration|stem cells?|hormones?)\\b",
                     reason: "a medical effect; cosmetics and food may not claim one (cosmetics labelling rules, art. 17)",
                     applies: { $0.category != .apparel && $0.category != .appliance }),
        ClaimPattern("whitening", .specialUse(.whitening),
                     "美白|黑色素|色素沉着|淡化\\p{Han}{0,4}?(?:痘印|色斑|斑|色素)|(?:痘印|色斑|黑色素|色素)\\p{Han}{0,6}?淡化|祛斑|淡斑|去斑|消斑|褪斑|祛黄|增白|嫩白|白皙|变白|\\bwhiten(?:s|ing|er)?\\b|\\bskin[- ]lightening\\b|\\b(?:lightens?|fades?|removes?)\\s+(?:dark\\s+|age\\s+|sun\\s+)?spots\\b|\\bfairer skin\\b",
                     reason: "a whitening (special-use) claim; allowed only for cosmetics with `special_use: [whitening]`",
                     applies: specialUseBarred(.whitening)),
        ClaimPattern("sunscreen", .specialUse(.sunscreen),
                     "防晒|(?:隔离|防|抗|抵御|阻挡|阻隔)紫外线|晒不黑|(?:晒|暴晒|太阳)\\p{Han}{0,6}?(?:不会?|没)(?:变|晒)?黑|spf\\s?\\d+|\\bpa\\+{1,4}|\\b(?:sunscreen|sunblock|sun protection|uv protection|blocks? uv|uva/uvb|broad[- ]spectrum)\\b",
                     reason: "a sunscreen (special-use) claim; allowed only for cosmetics with `special_use: [sunscreen]` (or UPF apparel)",
                     applies: specialUseBarred(.sunscreen, alsoFor: [.apparel, .appliance])),
        ClaimPattern("hair-dye", .specialUse(.hairDye),
                     "染发|染黑|白发变黑|白(?:头)?发\\p{Han}{0,6}?(?:变黑|黑了|转黑|黑回来)|遮白发?|盖白发?|乌发|\\bhair dye\\b|\\b(?:dyes?|colou?rs?)\\s+(?:your\\s+)?hair\\b|\\bcovers?\\s+gr[ae]ys?\\b|\\bgr[ae]y coverage\\b",
                     reason: "a hair-dye (special-use) claim; allowed only for cosmetics with `special_use: [hair_dye]`",
                     applies: specialUseBarred(.hairDye)),
        ClaimPattern("perm", .specialUse(.perm),
                     "烫发|烫头|烫(?:出|卷|直)|卷发剂|直发剂|\\bperm(?:s|ing)?\\b|\\bpermanent wave\\b|\\bhair relaxer\\b",
                     reason: "a perm (special-use) claim; allowed only for cosmetics with `special_use: [perm]`",
                     applies: specialUseBarred(.perm, alsoFor: [.appliance])),
        ClaimPattern("anti-hair-loss", .specialUse(.antiHairLoss),
                     "防脱|生发|育发|固发|毛囊|发际线|掉发|\\bhair (?:loss|fall|growth)\\b|\\banti[- ]hair[- ]loss\\b|\\bre-?grows?\\b|\\bregrowth\\b|\\bthinning hair\\b|\\bhair thinning\\b|\\breceding hairline\\b",
                     reason: "an anti-hair-loss (special-use) claim; allowed only for cosmetics with `special_use: [anti_hair_loss]`",
                     applies: specialUseBarred(.antiHairLoss)),
        ClaimPattern("endorsement.zh", .endorsement,
                     "(?:医生|医师|专家|教授|院士|营养师|药剂师|皮肤科医生|牙医|护士)(?:都|们|一致|强烈|亲自)?(?:推荐|认证|认可|背书|力荐|建议|在用|指定|说好|夸|点赞|好评)|(?:国家|政府|卫健委|药监局|卫生部|国务院|央视|cctv|人民日报|新华社|中科院|军队|部队)(?:推荐|指定|监制|特供|专供|专用|合作)"
                        + "|(?:三甲医院|医院|主任|医生|医师|大夫|老?中医|名医|专家|教授|院士|博士|科学家|研究所|研究院|权威机构|协会|学会|研究会|委员会|基金会)\\p{Han}{0,6}?(?:推荐|力荐|认证|认可|背书|都在用|都用|指定|说好|点赞|代言|作证)|(?:央视|cctv|电视台|卫视|新闻联播|人民日报|新华社|官媒|主流媒体|媒体)\\p{Han}{0,4}?(?:报道|报导|播出|采访|专访|推荐|点名|认可|宣传)|(?:上过|登上|登过)(?:央视|电视|卫视|新闻)|临床(?:验证|证明|试验|实验|测试|检验|研究)|(?:医院|医生|主任|专家|教授|院士|研究所|研究院|大学|实验室)\\p{Han}{0,6}?(?:联合研发|研发|监制|验证)|(?:航天员|宇航员|国家队|奥运冠军|奥运|航天|明星|总统|领导人)\\p{Han}{0,4}?(?:同款|指定|专用|特供|都在用|推荐)",
                     reason: "an endorsement by doctors, experts or state bodies (art. 9(2), art. 16–18)"),
        ClaimPattern("endorsement.en", .endorsement,
                     "\\b(?:doctors?|dermatologists?|physicians?|experts?|dentists?|nutritionists?|scientists?)[- ](?:recommended|approved|endorsed|trusted)\\b|\\b(?:trusted|recommended|used|loved|approved|endorsed|chosen|prescribed)\\s+by\\s+(?:[a-z]+\\s+)?(?:doctors?|dermatologists?|physicians?|experts?|dentists?|nutritionists?|scientists?|nurses?|pharmacists?)\\b|\\b(?:doctors?|dermatologists?|experts?|dentists?|scientists?)\\s+(?:all\\s+)?(?:recommend|agree|approve|endorse)\\b|\\b(?:clinically|medically|scientifically)[- ](?:proven|tested and proven|backed)\\b|\\bproven to\\b|\\b(?:fda|government|state)[- ](?:approved|endorsed|certified|recommended)\\b|\\bstudies (?:show|prove|confirm)\\b|\\bendorsed by\\b|\\b(?:doctors?|physicians?|[a-z]+ologists?|[a-z]+iatrists?|surgeons?|nurses?|pharmacists?|dentists?|nutritionists?|dietitians?),?\\s+(?:[a-z.,'-]+\\s+){0,10}?(?:recommends?|recommended|swears? by|prescribes?|endorses?|vouches? for)\\b|\\bas (?:seen|featured) (?:on|in)\\b|\\bfeatured (?:on|in) (?:the\\s+)?(?:news|tv|television|[a-z]+ (?:news|magazine|tv))\\b|\\b(?:doctors?|dermatologists?|physicians?|experts?|dentists?|nurses?|pharmacists?|nutritionists?)\\s+(?:all\\s+|actually\\s+)?(?:swear by|rave about|prescribe|vouch for)\\b|\\b(?:approved|recommended|certified|backed)\\s+by\\s+(?:the\\s+)?(?:[a-z'-]+\\s+){0,4}?(?:association|society|academy|institute|council|foundation|college|federation|ministry|government|administration)\\b",
                     reason: "an endorsement by doctors, experts or authorities, or an unverifiable 'proven' (art. 9(2), art. 16–18, art. 28)"),
    ]
}
