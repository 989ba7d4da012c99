/// Promises of results (Advertising Law art. 28(2)(3), and art. 17/18 for health goods): an
/// effect within a stated time, a guaranteed effect, "no side effects". A refund or delivery
/// promise is a service term and is not matched here.
extension ClaimPatterns {
    static let zhEffect = "(?:脱胎换骨|焕然一新|大变样|判若两人|逆袭|见效|有效|治愈|痊愈|根治|康复|瘦|变白|白回来|长高|长出|去除|消除|祛除|好转|掉秤|不反弹|改善|淡化|(?:看到|见到|感受到|感觉到)\\p{Han}{0,3}?(?:效果|变化|改善))"

    static let guarantee: [ClaimPattern] = [
        ClaimPattern("guarantee.zh", .resultGuarantee,
                     "(?:包你\\p{Han}{0,8}?\(zhEffect)|不(?:灵|管用|好使|见效|有效)不要钱|(?:不起效|无效|没效果|不见效|没用|不管用)[^。！？.!?]{0,10}?(?:退|赔)|打包票|包票|敢保证|保准|准保|包准)|(?:保证|确保|担保|承诺|包(?![装邮括含裹包子退换袋月年场间车厢容住扎你您]))(?:能|会|可以|让你|让您|帮你|帮您)?\\p{Han}{0,6}?\(zhEffect)"
                        + "|(?:[0-9一二两三四五六七八九十几半]+|当)(?:天|日|周|个星期|星期|个月|月|小时|分钟|次|疗程)(?:内|之内|左右|后|以后|之后)?(?:就|即|便|马上)?(?:能|可以?|会)?(?:见效|瘦|变白|白|有效|祛|消|去除|长出|治愈|痊愈|改善|淡化|(?:看到|见到|感受到|感觉到)\\p{Han}{0,3}?(?:效果|变化|改善))"
                        + "|一[\\p{Han}](?:就)?(?:见效|有效|瘦|白|好|不疼|不痛)|(?:贴|次|片|粒|瓶|盒|疗程)见效|见效|立竿见影|一[片次贴瓶罐盒粒袋支](?:就|下去|立马|马上|立刻)|药到病除|(?:立即|马上|立刻|即刻|快速|当天|一次)见效|一(?:用|喝|吃|抹|涂|擦)就(?:瘦|白|好|见效|有效|掉)|(?:无效|不瘦|不白|没效果)(?:全额)?退款|(?:零|无|没有|无任何|毫无)副作用|(?:永不|不)反弹",
                     reason: "promises a result or its timing, which no advertiser may guarantee (art. 28(2), art. 17–18)"),
        ClaimPattern("guarantee.en", .resultGuarantee,
                     "\\bguarantee[sd]?\\b|\\b(?:repairs?|heals?|fixes|removes?|clears?|erases?|reduces?|fades?|whitens?|brightens?|lifts?|firms?|tightens?|smooths?|restores?|regrows?|transforms?|relieves?|improves?|shrinks?)\\s+(?:[a-z'-]+\\s+){0,4}?(?:(?:in|within)\\s+(?:just\\s+|only\\s+)?(?:\\d+|one|two|three|four|five|seven|ten|a few)\\s+(?:minutes?|hours?|days?|weeks?|nights?)|overnight|instantly|immediately|in no time)\\b|\\b(?:goodbye to|no more)\\s+(?:[a-z'-]+\\s+){0,3}?forever\\b|\\bwarranted to\\b|\\b(?:(?:erases?|removes?|eliminates?|gets? rid of|banish(?:es)?|ends?|stops?|fixes?|cures?)\\s+(?:[a-z]+\\s+){0,3}?(?:for good|forever|permanently|once and for all))\\b|\\b(?:works|results|effects?|see (?:a )?difference|visible results)\\s+(?:in|within)\\s+(?:(?:just|only|as little as|under|less than)\\s+)?(?:\\d+|one|two|three|four|five|seven|ten|a few)\\s+(?:minutes?|hours?|days?|weeks?)\\b"
                        + "|\\b(?:see|visible|noticeable)\\s+results\\s+(?:in|within|after|from)\\b|\\b(?:see|notice|feel)\\s+(?:a\\s+|the\\s+)?(?:real\\s+|big\\s+|huge\\s+)?(?:difference|results?|change)\\s+(?:after|from|with|on)\\s+(?:the\\s+|your\\s+)?(?:very\\s+)?(?:first|one|1|single)\\b|\\binstant(?:ly)?\\s+(?:results|relief|whitening|weight loss|effect)\\b|\\bworks (?:every time|for everyone|100%|instantly|immediately)\\b|\\bworks\\s+(?:from|on|after)\\s+(?:day (?:one|1)|the first day|(?:the\\s+)?first (?:use|try|sip|wash))\\b|\\bevery single time\\b|\\bnever fails\\b|\\b(?:cannot|can't|can not|won't|will not|doesn't) (?:ever\\s+)?fail\\b|\\bworks for (?:every|each|all|any)(?:\\s+single)?\\s+(?:person|one|body|skin type|customer)\\b|\\b(?:will|'ll|gonna)\\s+(?:[a-z]+\\s+)?(?:see|notice|feel)\\s+(?:a\\s+|the\\s+)?(?:real\\s+|big\\s+|huge\\s+)?(?:difference|results?|change)\\b"
                        + "|\\bpermanent(?:ly)?\\s+(?:results|removal|cure|fix|weight loss|whitening)\\b|\\b(?:no|zero|without any)\\s+side[- ]effects\\b",
                     reason: "promises a result or its timing, which no advertiser may guarantee (art. 28(2), art. 17–18 counterpart)"),
    ]
}
