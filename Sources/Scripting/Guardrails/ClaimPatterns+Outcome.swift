/// Health outcomes told as what happens to the body after use ("a month later my stomach is
/// flat", "my knees stopped aching"): the claim is the change, not a listed function word, so
/// the rule pairs a body part, symptom or condition with a change of state in the same sentence.
/// Like `outcome.zh`, only registered health food may state one, and apparel and appliances
/// (warmth, posture) are left to the other rules.
extension ClaimPatterns {
    /// Body parts, measures and conditions a viewer's health is read from.
    static let zhBody = "(?:眼睛|眼|嗓子|喉咙|鼻子|心脏|肺|骨头|骨骼|牙齿|牙龈|牙|指甲|嘴唇|伤口|小?肚子|肚腩|腰围|腰|大?腿|腿脚|手脚|膝盖|关节|腰椎|颈椎|肩颈|双下巴|脸色|气色|脸|皮肤|肤色|肤质|毛孔|痘印|痘痘|痘|斑点|斑|黑头|皱纹|细纹|法令纹|眼袋|黑眼圈|白头发|白发|头发|发量|头皮|睡眠|精神头|精神|精力|体力|体重|体质|身体|身子|肠胃|胃|肝|肾|血糖|血压|血脂|尿酸|胆固醇|三高|浮肿|水肿|湿气|毒素|宿便|脂肪|赘肉|口气|大便|月经|姨妈|例假|虚火|火气|免疫)"
    /// Changes of state that make a health or beauty outcome out of a body word.
    static let zhChange = "(?:平了|瘦了|小了|细了|瘪了|下去了|降下来|降了|稳住|稳了|正常了|达标|淡了|没了|消了|白了|亮了|嫩了|紧致|变黑|黑回来|不肿|消肿|利索|灵活|不疼|不痛|不酸|不冰|暖起来|红润|有光泽|排出|排掉|排干净|排空|轻了|掉了\\p{Han}{0,2}斤|少了|浓密|长出来|有劲|有力气|变好|改善|恢复|不长|不掉|不反复|顺畅|通畅|不干|不累|不困|不涩|不痒|不咳|止住|消下去|好转|缓解|规律了|准时了|年轻了?\\p{Han}{0,2}岁)"
    static let enBody = "(?:knees?|joints?|back|neck|shoulders?|stomach|tummy|belly|gut|skin|face|hair|grey hairs?|gray hairs?|wrinkles|fine lines|pores|dark spots|blood sugar|blood pressure|cholesterol|waist|legs|feet|hands|sleep|energy|digestion|bowels?|period|cramps)"

    static let outcome: [ClaimPattern] = [
        ClaimPattern("body-outcome.zh", .healthClaim,
                     zhBody + "[^。！？.!?]{0,8}?" + zhChange
                        + "|(?:血糖|血压|血脂|尿酸|胆固醇|三高)[^。！？.!?]{0,18}?(?:降|稳住|稳定|正常|达标|控制住)"
                        + "|对\\p{Han}{0,2}?\(zhDisease)\\p{Han}{0,4}?(?:管用|有效|有用|好使|有帮助|有效果|效果好)|\(zhDisease)[^。！？.!?]{0,14}?(?:止住|消下去|消了|消失|没了|痊愈|康复|不犯|断根|退了|消退|好了|风险\\p{Han}{0,4}?(?:小|低|降))"
                        + "|(?:血管|血液|肠道|肠子|身体|体内)(?:里|中|内)?的?(?:垃圾|毒素|杂质|脂肪|污垢|废物)"
                        + "|(?<!不能|不可|无法|不可以|不会)(?:替代|代替|取代)(?![^药，。]{0,2}不)(?!不)\\p{Han}{0,2}?(?:药|药物|吃药|打针|医院|手术)|不用再?(?:吃|打|喝)\\p{Han}{0,3}?药|修复\\p{Han}{0,4}?(?:肝|肾|胃|肠|细胞|器官|血管|神经|心脏|肺)|疗程|年轻\\p{Han}{0,2}?岁"
                        + "|睡得\\p{Han}{0,2}?(?:香|好|沉|踏实|安稳|熟)|(?:不再|再也不|不会再?|没再)\\p{Han}{0,3}?(?:失眠|半夜醒|起夜|醒来|便秘|上火|长痘|过敏|腰疼|头疼|胃疼|生病|感冒)",
                     reason: "a health outcome told as what happens to the body after use; only registered health food may state a health function, and none may claim a medical effect (art. 17, 28(2))",
                     applies: { $0.category != .healthFood && $0.category != .apparel && $0.category != .appliance }),
        ClaimPattern("body-outcome.en", .healthClaim,
                     "\\b(?:won't|will not|never|don't|didn't|no longer|stops? you from|stopped|hasn't|haven't|has not|have not)\\s+(?:[a-z']+\\s+){0,2}?(?:catch|catching|caught|get|getting|got|falls?|fell|been)\\s+(?:a\\s+|the\\s+)?(?:single\\s+)?(?:cold|flu|sick|ill|colds)\\b"
                        + "|\\b(?:my|your|her|his|their|mom's|dad's|mum's)\\s+(?:[a-z']+\\s+){0,2}?\(enBody)\\s+(?:[a-z']+\\s+){0,2}?(?:stopped|stops|no longer|don't|doesn't|didn't|never)\\s+(?:[a-z]+\\s+)?(?:ach|hurt|swell|itch|bloat|crack|flare|ache|pain|bother)[a-z]*\\b"
                        + "|\\b(?:zero|no more|no|less|without(?: any)?|goodbye to|bye-bye)\\s+(?:[a-z]+\\s+)?(?:bloating|puffiness|swelling|water retention|joint pain|back pain|cramps|heartburn|indigestion|acid reflux|brain fog|hangovers?|belly fat|cellulite)\\b"
                        + "|\\b(?:flat(?:ter)?|slimmer|smaller)\\s+(?:stomach|tummy|belly|waist)\\b|\\b(?:lose|lost|drop|dropped|shed|shedding|melt)\\s+(?:up to\\s+)?(?:\\d+|a few|ten|five|two|three)\\s+(?:pounds|lbs?|kilos?|kg|inches|sizes)\\b"
                        + "|\\b(?:fat|belly fat|tummy fat|pounds|weight|inches|brain fog|bloating|pain|aches|inflammation|acne|wrinkles|cellulite|cravings)\\s+(?:[a-z]+\\s+){0,2}?(?:melts?|drops? off|disappears?|vanish(?:es)?|is gone|are gone|gone|falls? off|fades? away)\\b"
                        + "|\\b(?:blood pressure|blood sugar|cholesterol|glucose|weight|acne|eczema|skin|digestion|sleep|energy)\\s+(?:levels?\\s+)?(?:went|goes|go|came|comes|got|gets|is|was|are|were)\\s+(?:all\\s+the\\s+way\\s+|right\\s+)?(?:back\\s+)?(?:to normal|down|under control|normal|clear|cleared up)\\b"
                        + "|\\b(?:better|stronger|faster|works better) than\\s+(?:any\\s+|your\\s+)?(?:antibiotics|medicine|medication|meds|drugs|pills|prescriptions?|painkillers|ibuprofen|tylenol|aspirin|a doctor)\\b"
                        + "|\\b(?:sleep|sleeping|slept)\\s+(?:like a baby|through the night|better|so much better|deeper)\\b",
                     reason: "a health outcome told as what happens to the body after use; only registered health food may state a health function, and none may claim a medical effect (art. 17, 28(2) counterpart)",
                     applies: { $0.category != .healthFood && $0.category != .apparel && $0.category != .appliance }),
        ClaimPattern("disparage.zh", .disparagement,
                     "(?:某(?:[宝东猫音书多团手]|大牌|品牌|些品牌|家|平台|些店)|大牌|别家|别人家|其他家|其它家|隔壁|别的(?:直播间|店|家|品牌|主播|牌子)|其[他它](?:直播间|店铺?|品牌|主播|商家|牌子)|外面|同行|竞品|友商|实体店|超市|淘宝|天猫|京东|拼多多|(?<!这个)专柜)[^。！？.!?]{0,12}?(?:追不上|赶不上|比不了|没法比|望尘莫及|假货|假的|山寨|仿品|高仿|垃圾|劣质|科技与狠活|智商税|勾兑|兑水|兑的|糖浆|色素|香精|黑心|骗人|坑人|坑钱|割韭菜|以次充好|三无|不靠谱|差劲|有毒|掺假|注水|翻新|次品|残次|贴牌|杂牌)",
                     reason: "disparages competitors or other sellers (art. 13: an advertisement may not belittle others' goods)"),
        ClaimPattern("disparage.en", .disparagement,
                     "\\b(?:junk|trash|garbage|crap|fakes?|knock-?offs?|rip-?offs?|scams?|counterfeits?|poison|toxic|low[- ]quality|cheap imitations?)\\s+(?:[a-z']+\\s+){0,4}?(?:on|at|from|in)\\s+(?:amazon|walmart|target|ebay|temu|shein|aliexpress|costco|other (?:stores|shops|sites|channels|streams|brands|sellers)|the (?:other|big) (?:brands?|stores?|guys))\\b"
                        + "|\\b(?:amazon|walmart|target|ebay|temu|shein|aliexpress|other brands|other sellers|other stores|competitors?|the other guys)(?:'s)?\\s+(?:[a-z']+\\s+){0,4}?(?:is|are|sells?|selling)\\s+(?:[a-z']+\\s+){0,2}?(?:junk|trash|garbage|crap|fakes?|knock-?offs?|rip-?offs?|scams?|counterfeits?|poison|toxic)\\b"
                        + "|\\b(?:amazon|walmart|target|ebay|temu|shein|aliexpress|supermarket|drugstore|store[- ]brand|cheap|generic)\\s+(?:[a-z]+\\s+)?(?:knock-?offs?|fakes?|junk|trash|garbage|rip-?offs?|counterfeits?)\\b"
                        + "|\\b(?:unlike|compared (?:to|with)|versus|vs\\.?)\\s+(?:[a-z'-]+\\s+){0,4}?(?:brands?|stores?|shops?|sellers?|competitors?|supermarket|drugstore|amazon|walmart)\\b[^.!?]{0,60}?\\b(?:junk|trash|garbage|crap|fakes?|knock-?offs?|rip-?offs?|scams?|watered[- ]down|fillers?)\\b",
                     reason: "disparages competitors or other sellers (art. 13 counterpart)"),
    ]
}
