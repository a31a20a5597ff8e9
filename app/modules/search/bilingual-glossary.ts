/**
 * The reviewed English ↔ Chinese search glossary of the marketplace.
 *
 * Records are written in Simplified Chinese; English-speaking users search with English words. Each entry
 * lists the English words for one thing and the Chinese words records use for the SAME thing. The search
 * settings turn it into one-way synonyms (bilingualSynonyms in synonyms.ts):
 * - an English query word (or its regular plural, added automatically: robot → robots, battery → batteries)
 *   also finds the entry's other English terms and all its Chinese terms ("inspection" finds 巡检, 巡查 …);
 * - a Chinese query word also finds the entry's English terms, and nothing else: the Chinese terms of an
 *   entry are NOT synonyms of each other (巡检 is a routine inspection round, 巡查 a patrol or enforcement
 *   round), so a Chinese query finds the same Chinese records as without the glossary, plus English records
 *   that use the entry's English words;
 * - a multi-word English term written in the query is one word ("cold chain" → 冷链), the longest first, so
 *   "smart port" finds 智慧港口 and not every record with 智能 and 港口.
 * In the embedded engine a Chinese term matches inside longer words (two-character pieces: 冷链 finds
 * 冷链物流); a longer word is still listed when records commonly write it, because Meilisearch segments
 * Chinese into words and does not always find a word inside a longer one.
 *
 * Rules for an entry (keep them when you add one):
 * 1. `en`: lower case, singular, what an English speaker types into a search box; British and American
 *    spellings both when they differ (harbour, harbor); no hyphens or apostrophes, since the query is split
 *    at them ("anti drone", not "anti-drone"); a multi-word term only when the words together mean the thing
 *    ("cold chain", "power grid"). The English terms of one entry find each other, so they must be true
 *    synonyms. Latin abbreviations that Chinese records already write as such (SCADA, OCR, MES, 5G, RTK, BIM,
 *    CT …) need no entry unless there is a common Chinese term for them (ocr → 文字识别).
 * 2. `zh`: what Chinese records write for the same thing, 2–6 characters (never one), the most common first;
 *    no broader words, and no word that begins or sits inside an unrelated longer one (无人驾驶 begins
 *    无人驾驶航空器, a drone; 养殖 is livestock as much as fish). Keep meanings apart: "inspection" → 巡检,
 *    检查, but 检测 (testing, detection) has its own entry. A Chinese word is in two entries only when it truly
 *    translates both (巡查: inspection, patrol; 安全: safety, security; 海上: sea, offshore; 检测: detection,
 *    testing). `narrower`: Chinese words the English word covers as the general term an English speaker
 *    types ("crane" → 岸桥, 门机; "carbon" → 碳足迹, 碳资产; "water" → 供水, 污水). The English word finds
 *    them; they do not find the English word back (污水 must not find an English "drinking water" record).
 * 3. Each English term is in exactly one entry, counting the automatic plurals. Terms already grouped in
 *    DOMAIN_SYNONYMS (indexes.ts: drone/UAV/无人机, AI, LLM, IoT, digital twin, computer vision, LiDAR,
 *    BDS/北斗, energy storage) are not repeated here; extend those groups instead.
 * 4. No English stop word (ENGLISH_STOP_WORDS in indexes.ts) inside a term; write a phrase without them
 *    ("iron steel" for "iron and steel"): both engines drop a query's stop words before they look phrases
 *    up, and Meilisearch drops them from synonym keys. No vague words that match everything. Decided:
 *    - NO entry for "system", "solution", "technology", "service", "project", "management", "enterprise":
 *      they translate to words found in most records (系统, 方案, 技术, 服务, 项目, 管理, 企业) or to several
 *      unrelated ones. Where a phrase with them means something precise it has its own entry ("government
 *      service", "urban management", "emergency management").
 *    - "recognition" → 识别 and "smart" → 智能 match a third to a half of all records: they narrow a query
 *      with other words ("recognition of ship plates"), they are not meant to be searched alone.
 *    - entries for "smart"/"intelligent" → 智能, 智慧, "platform" → 平台, "equipment"/"device" → 设备, 装备,
 *      "software" → 软件 and "data" → 数据: a query finds only records containing every one of its words, so
 *      without them "smart water", "monitoring platform" or "port equipment" would find no Chinese record at
 *      all; and they name what a record offers (a platform, a device, software), which records also say.
 *      The common pairs are phrase entries of their own ("smart port", "smart manufacturing").
 *    - district and place names (岚山, 莒县 …) are facets, not glossary entries.
 * Groups below follow the marketplace's categories and Rizhao's industries; keep an entry in its group.
 */
export type GlossaryEntry = {
  en: readonly string[];
  zh: readonly string[];
  /** Narrower Chinese words the English term covers (crane → 岸桥); they find nothing back (rule 2). */
  narrower?: readonly string[];
};

export const BILINGUAL_GLOSSARY: readonly GlossaryEntry[] = [
  // Marketplace, policy and innovation
  // The city's own name, which every English page writes (a QA review: "Rizhao port" found nothing); its districts
  // are facets.
  { en: ["rizhao"], zh: ["日照"] },
  { en: ["optimization", "optimisation"], zh: ["优化"] },
  { en: ["scenario"], zh: ["场景"] },
  { en: ["application scenario"], zh: ["应用场景", "场景需求"] },
  { en: ["pilot project", "pilot programme", "pilot program"], zh: ["试点", "先行先试", "中试"] },
  { en: ["demonstration", "demonstration project"], zh: ["示范", "示范应用", "示范工程"] },
  { en: ["first unit", "first set"], zh: ["首台套"] },
  { en: ["first batch"], zh: ["首批次"] },
  { en: ["first version"], zh: ["首版次"] },
  { en: ["procurement", "purchasing"], zh: ["采购", "政府采购"] },
  { en: ["tender"], zh: ["招标"] },
  { en: ["bid", "bidding"], zh: ["投标", "揭榜"] },
  { en: ["roadshow", "road show"], zh: ["路演"] },
  { en: ["investment", "financing", "funding"], zh: ["投资", "融资"] },
  { en: ["startup", "start up"], zh: ["初创企业", "初创", "创业企业"] },
  { en: ["state owned enterprise", "soe"], zh: ["国企", "国有企业"] },

  // Digital economy, digital government and software
  { en: ["digital economy"], zh: ["数字经济"] },
  // 新一代信息技术, the national strategic emerging industry that many records name as their industry chain, is read
  // as these two (an entry's words have at most six characters): "new generation information technology".
  { en: ["information technology"], zh: ["信息技术"] },
  { en: ["new generation", "next generation"], zh: ["新一代"] },
  { en: ["business service"], zh: ["企业服务"] },
  { en: ["public service", "urban public service"], zh: ["公共服务", "城市公共服务"] },
  { en: ["digital"], zh: ["数字", "数智"] },
  { en: ["digitalisation", "digitalization", "digitisation", "digitization", "digital transformation"], zh: ["数字化", "数智化", "数字化转型"] },
  { en: ["digital government", "e government"], zh: ["数字政府", "电子政务"] },
  { en: ["government service", "government affair"], zh: ["政务服务", "政务"] },
  { en: ["approval"], zh: ["审批"] },
  { en: ["smart", "intelligent"], zh: ["智能", "智慧"] },
  { en: ["platform"], zh: ["平台"] },
  { en: ["software"], zh: ["软件"] },
  // China's programme for domestic IT; 信创 is the short form of 信息技术应用创新 (SHORT_FORMS). English writing uses the pinyin.
  { en: ["xinchuang", "it application innovation"], zh: ["信创"] },
  { en: ["data"], zh: ["数据"] },
  { en: ["data service"], zh: ["数据服务"] },
  { en: ["informatization", "informatisation"], zh: ["信息化"] },
  { en: ["enterprise informatization", "enterprise informatisation"], zh: ["企业信息化"] },
  { en: ["big data"], zh: ["大数据"] },
  { en: ["cloud", "cloud computing"], zh: ["云计算", "云平台", "云端", "上云"] },
  { en: ["edge computing"], zh: ["边缘计算", "边缘部署", "边缘侧"] },
  { en: ["blockchain", "block chain"], zh: ["区块链"] },
  { en: ["network", "networking"], zh: ["网络", "组网"] },
  { en: ["private network", "dedicated network", "private 5g network"], zh: ["专网"] },
  { en: ["machine learning"], zh: ["机器学习"] },
  { en: ["natural language processing", "nlp"], zh: ["自然语言处理"] },
  { en: ["question answering"], zh: ["智能问答", "问答"] },
  { en: ["customer service"], zh: ["客服", "智能客服"] },
  { en: ["chatbot", "chat bot"], zh: ["聊天机器人", "智能客服", "智能问答"] },
  { en: ["knowledge base"], zh: ["知识库"] },
  { en: ["speech recognition", "voice recognition"], zh: ["语音识别"] },
  { en: ["algorithm"], zh: ["算法"] },
  { en: ["ocr", "text recognition", "optical character recognition"], zh: ["文字识别", "光学字符识别"] },
  { en: ["simulation"], zh: ["仿真", "模拟"] },
  { en: ["analysis", "analytics"], zh: ["分析"] },
  { en: ["forecast", "forecasting", "prediction"], zh: ["预测", "预报"] },
  { en: ["dispatch", "scheduling"], zh: ["调度", "派单"] },

  // Sensing, monitoring, inspection and recognition
  { en: ["inspection"], zh: ["巡检", "巡查", "巡视", "检查"] },
  { en: ["patrol"], zh: ["巡查", "巡逻"] },
  { en: ["monitoring", "monitor"], zh: ["监测", "监控"] },
  // "real-time" in a query is the phrase "real time" (split at the hyphen, then read as one term; rule 1).
  { en: ["real time", "realtime"], zh: ["实时"] },
  { en: ["surveillance", "cctv", "video surveillance"], zh: ["视频监控", "监视"] },
  { en: ["early warning", "warning", "forewarning"], zh: ["预警"] },
  { en: ["alarm", "alert"], zh: ["告警", "报警"] },
  { en: ["detection"], zh: ["检测", "探测"] },
  { en: ["testing", "test"], zh: ["检测", "检验", "测试"] },
  { en: ["recognition", "identification"], zh: ["识别", "辨识"] },
  { en: ["license plate", "licence plate", "number plate", "anpr", "lpr"], zh: ["车牌", "车牌识别"] },
  { en: ["sensor", "sensing"], zh: ["传感器", "传感"] },
  { en: ["camera"], zh: ["摄像机", "摄像头", "相机"] },
  { en: ["video"], zh: ["视频"] },
  { en: ["image", "imagery", "imaging"], zh: ["图像", "影像", "成像"] },
  { en: ["x ray", "xray", "radiography", "radiographic"], zh: ["射线", "X光"] },
  { en: ["thermal imaging", "thermal camera", "infrared imaging"], zh: ["热成像", "红外成像", "红外热像"] },
  { en: ["infrared"], zh: ["红外"] },
  { en: ["radar"], zh: ["雷达"] },
  { en: ["fiber optic sensing", "fibre optic sensing", "optical fiber sensing", "optical fibre sensing"], zh: ["光纤传感"] },
  { en: ["millimeter wave radar", "millimetre wave radar", "mmwave radar"], zh: ["毫米波雷达"] },
  { en: ["integrated surveillance", "fused surveillance"], zh: ["融合监视"] },
  { en: ["positioning"], zh: ["定位"] },
  { en: ["gnss", "gps", "satellite positioning", "satellite navigation"], zh: ["卫星定位", "卫星导航"] },
  { en: ["remote sensing"], zh: ["遥感"] },
  { en: ["surveying", "geomatics"], zh: ["测绘", "测绘地理信息"] },
  { en: ["point cloud"], zh: ["点云"] },
  { en: ["oblique photography"], zh: ["倾斜摄影"] },
  { en: ["3d modelling", "3d modeling", "3d model"], zh: ["三维建模", "三维模型"] },
  { en: ["3d", "three dimensional"], zh: ["三维"] },
  { en: ["automatic interpretation", "automated reading"], zh: ["自动判读", "智能判读"] },
  { en: ["traceability", "tracing"], zh: ["溯源", "追溯", "可追溯"] },
  { en: ["remote control", "remote operation", "teleoperation"], zh: ["远程操控", "远程控制", "远程操作"] },

  // Low-altitude economy and aviation
  { en: ["low altitude economy"], zh: ["低空经济"] },
  { en: ["low altitude"], zh: ["低空"] },
  { en: ["low altitude application"], zh: ["低空应用"] },
  { en: ["airspace"], zh: ["空域"] },
  { en: ["flight service"], zh: ["飞行服务", "飞行服务站"] },
  { en: ["geofence", "geofencing", "electronic fence"], zh: ["电子围栏"] },
  { en: ["evtol", "flying car"], zh: ["电动垂直起降", "飞行汽车"] },
  { en: ["vertiport"], zh: ["起降场", "起降点", "垂直起降场"] },
  { en: ["drone dock", "drone nest", "drone hangar", "drone box"], zh: ["自动机场", "机巢", "机库"] },
  { en: ["counter drone", "anti drone"], zh: ["反无人机", "无人机反制"] },
  { en: ["delivery"], zh: ["配送"] },
  { en: ["appointment", "booking"], zh: ["预约"] },
  { en: ["crop spraying", "plant protection", "aerial spraying"], zh: ["植保", "飞防"] },
  // "unmanned aircraft" is the drone group's (DOMAIN_SYNONYMS); 航空器 alone also finds 无人驾驶航空器, a drone, which
  // is an aircraft. "multi-rotor" in a query is the phrase "multi rotor" (split at the hyphen).
  { en: ["aircraft"], zh: ["航空器", "飞行器"] },
  { en: ["multirotor", "multi rotor", "multicopter"], zh: ["多旋翼"] },
  { en: ["fixed wing"], zh: ["固定翼"] },

  // Smart manufacturing and materials
  { en: ["smart manufacturing", "intelligent manufacturing"], zh: ["智能制造"] },
  { en: ["manufacturing"], zh: ["制造", "制造业"] },
  { en: ["industrial internet", "industrial iot", "iiot"], zh: ["工业互联网", "工业物联网"] },
  { en: ["automation"], zh: ["自动化"] },
  { en: ["robot", "robotics"], zh: ["机器人"] },
  { en: ["quadruped robot", "quadruped", "robot dog", "legged robot"], zh: ["四足机器人", "四足", "机器狗"] },
  { en: ["equipment", "device"], zh: ["设备", "装备", "装置"] },
  { en: ["high end equipment", "advanced equipment"], zh: ["高端装备"] },
  { en: ["special equipment"], zh: ["特种设备"] },
  { en: ["aviation equipment", "aerospace equipment"], zh: ["航空装备"] },
  { en: ["production line", "assembly line"], zh: ["生产线", "产线"] },
  { en: ["quality inspection"], zh: ["质检", "质量检测", "质量检验"] },
  { en: ["defect", "flaw"], zh: ["缺陷", "瑕疵"] },
  { en: ["surface"], zh: ["表面"] },
  { en: ["detector"], zh: ["探测器", "检测仪"] },
  { en: ["corrosion", "rust"], zh: ["腐蚀", "锈蚀"] },
  { en: ["anticorrosion", "anti corrosion", "corrosion protection"], zh: ["防腐", "防腐蚀"] },
  { en: ["coating"], zh: ["涂层", "涂料"] },
  { en: ["casting"], zh: ["铸件", "铸造"] },
  { en: ["non destructive testing", "nondestructive testing", "ndt"], zh: ["无损检测", "无损探伤"] },
  { en: ["auto parts", "automotive parts", "car parts"], zh: ["汽车零部件"] },
  // 汽车 also sits in 飞行汽车, the flying car of the evtol entry: a car too, so "automotive" may find it.
  { en: ["automotive", "automobile"], zh: ["汽车"] },
  { en: ["automotive electronics"], zh: ["汽车电子"] },
  { en: ["new material", "advanced material"], zh: ["新材料"] },
  { en: ["maintenance"], zh: ["运维", "维护", "检修", "维保"] },
  { en: ["predictive maintenance"], zh: ["预测性维护", "预测性维修"] },
  { en: ["fault", "failure", "breakdown"], zh: ["故障"] },
  { en: ["diagnosis", "diagnostic"], zh: ["诊断"] },
  { en: ["explosion proof", "explosion protection"], zh: ["防爆"] },

  // Steel, petrochemical, paper and the other industries of Rizhao
  { en: ["aluminium", "aluminum", "aluminium alloy", "aluminum alloy"], zh: ["铝合金", "电解铝", "铝材"] },
  { en: ["steel", "iron steel"], zh: ["钢铁", "钢材"], narrower: ["带钢", "钢板", "钢坯"] },
  { en: ["premium steel", "high end steel"], zh: ["精品钢铁", "精品钢"] },
  { en: ["strip steel", "steel strip"], zh: ["带钢"] },
  { en: ["hot rolling", "hot rolled", "hot strip mill"], zh: ["热轧"] },
  { en: ["steel pile", "steel pipe pile"], zh: ["钢管桩", "钢桩"] },
  { en: ["steel structure"], zh: ["钢结构"] },
  { en: ["blast furnace"], zh: ["高炉"] },
  { en: ["smelting"], zh: ["冶炼"] },
  { en: ["scrap steel", "steel scrap", "scrap"], zh: ["废钢"] },
  { en: ["petrochemical"], zh: ["石化", "石油化工", "石化化工"] },
  { en: ["chemical", "chemical industry"], zh: ["化工"] },
  { en: ["chemical park", "chemical industry park"], zh: ["化工园区"] },
  // A chemical park closed to all but registered people and vehicles (the ministry's 封闭化管理 rules).
  { en: ["closed management", "closed park management"], zh: ["封闭化管理", "封闭管理"] },
  { en: ["paper", "papermaking"], zh: ["造纸", "纸业", "制浆"] },

  // Green and low-carbon: energy
  { en: ["energy"], zh: ["能源"] },
  { en: ["new energy", "renewable energy", "clean energy"], zh: ["新能源", "可再生能源", "清洁能源"] },
  { en: ["photovoltaic", "pv", "solar", "solar power", "solar energy"], zh: ["光伏", "太阳能"] },
  { en: ["solar panel", "solar module", "pv module", "photovoltaic module"], zh: ["光伏组件", "光伏板"] },
  { en: ["microgrid", "micro grid"], zh: ["微电网"] },
  { en: ["wind power", "wind energy", "wind farm", "wind turbine"], zh: ["风电", "风力发电", "风电场"] },
  { en: ["hydrogen", "hydrogen energy"], zh: ["氢能", "氢气", "氢燃料"] },
  { en: ["hydrogen refuelling station", "hydrogen refueling station", "hydrogen station", "hydrogen refuelling", "hydrogen refueling"], zh: ["加氢站", "加氢"] },
  { en: ["fuel cell"], zh: ["燃料电池"] },
  { en: ["battery"], zh: ["电池"] },
  { en: ["charging", "charger", "charging pile", "charging station"], zh: ["充电", "充电桩", "充电站"] },
  { en: ["battery swapping", "battery swap", "battery swap station"], zh: ["换电", "换电站"] },
  { en: ["electric vehicle", "ev", "new energy vehicle", "nev"], zh: ["新能源汽车", "电动汽车"] },
  { en: ["electricity", "electric power"], zh: ["电力", "用电"] },
  { en: ["power"], zh: ["电力"] },
  { en: ["power grid", "grid", "electricity grid"], zh: ["电网"] },
  { en: ["substation"], zh: ["变电站", "变电所"] },
  { en: ["power line", "transmission line", "overhead line", "power transmission"], zh: ["输电线路", "架空线路", "输电", "输配电"] },
  { en: ["energy saving", "energy conservation", "energy efficiency"], zh: ["节能", "能效"] },

  // Green and low-carbon: carbon, environment and resources
  { en: ["carbon"], zh: ["碳排放"], narrower: ["碳足迹", "碳核算", "碳资产", "碳交易", "碳中和", "低碳", "减碳"] },
  { en: ["carbon emission"], zh: ["碳排放"] },
  { en: ["emission"], zh: ["排放"] },
  { en: ["carbon footprint"], zh: ["碳足迹"] },
  { en: ["carbon accounting", "carbon verification", "carbon audit"], zh: ["碳核算", "碳核查", "碳盘查"] },
  { en: ["carbon asset"], zh: ["碳资产"] },
  { en: ["carbon neutrality", "carbon neutral", "carbon peak", "dual carbon", "net zero"], zh: ["双碳", "碳中和", "碳达峰"] },
  { en: ["carbon service", "dual carbon service"], zh: ["双碳服务"] },
  { en: ["low carbon", "decarbonisation", "decarbonization"], zh: ["低碳", "降碳", "减碳"] },
  { en: ["green"], zh: ["绿色"] },
  { en: ["emission reduction", "emissions reduction"], zh: ["减排", "节能减排"] },
  { en: ["environmental protection", "environment", "environmental"], zh: ["环保", "环境保护", "生态环境"] },
  { en: ["ecological protection", "ecological conservation"], zh: ["生态环保", "生态保护"] },
  { en: ["circular economy", "recycling economy"], zh: ["循环经济"] },
  { en: ["natural resource"], zh: ["自然资源"] },
  { en: ["dust"], zh: ["粉尘", "扬尘"] },

  // Water
  { en: ["water"], zh: ["水务"], narrower: ["供水", "排水", "污水", "水质", "水厂"] },
  { en: ["water utility"], zh: ["水务", "水司"] },
  { en: ["water supply"], zh: ["供水"] },
  { en: ["drainage", "stormwater", "storm water"], zh: ["排水"] },
  { en: ["wastewater", "waste water", "sewage"], zh: ["污水", "废水"] },
  { en: ["water quality"], zh: ["水质"] },
  { en: ["leak", "leakage"], zh: ["泄漏", "漏损", "漏失", "渗漏"] },
  { en: ["district metering", "district metered area", "dma"], zh: ["分区计量", "独立计量区"] },
  { en: ["water meter"], zh: ["水表"] },
  { en: ["pipeline", "pipe", "pipe network"], zh: ["管网", "管道", "管线"] },

  // Port logistics and transport
  { en: ["port", "harbour", "harbor"], zh: ["港口", "港区", "码头"] },
  { en: ["smart port", "intelligent port"], zh: ["智慧港口", "智能港口"] },
  { en: ["container"], zh: ["集装箱"] },
  { en: ["container terminal", "container port"], zh: ["集装箱码头"] },
  { en: ["container number"], zh: ["箱号"] },
  // A port's berths, not the port: "wharf" must not find 港区 records as "port" does. "terminal" is also a
  // device (智能终端), so it has two entries; "dock" is also a dry dock (船坞), and "drone dock" has its own.
  { en: ["wharf", "quay"], zh: ["码头"] },
  { en: ["dock"], zh: ["码头", "船坞"] },
  { en: ["terminal"], zh: ["码头", "终端"] },
  { en: ["bulk cargo", "dry bulk", "bulk"], zh: ["散货", "散杂货"] },
  { en: ["crane"], zh: ["起重机", "吊车"], narrower: ["岸桥", "桥吊", "门机", "龙门吊"] },
  // "ship to shore crane" without its stop word, as queries are read.
  { en: ["quay crane", "sts crane", "ship shore crane"], zh: ["岸桥", "桥吊"] },
  { en: ["portal crane", "portal jib crane"], zh: ["门座起重机", "门机"] },
  { en: ["ship loader", "shiploader"], zh: ["装船机"] },
  { en: ["ship unloader", "shipunloader"], zh: ["卸船机"] },
  { en: ["fender", "marine fender"], zh: ["护舷"] },
  { en: ["dust suppression", "dust control"], zh: ["抑尘", "降尘"] },
  { en: ["anti sway", "antisway", "sway control"], zh: ["防摇", "防摇摆"] },
  { en: ["terminal gate", "gate"], zh: ["闸口", "道闸"] },
  { en: ["conveyor", "belt conveyor", "conveyor belt"], zh: ["皮带机", "输送机", "输送带", "胶带机"] },
  { en: ["logistics"], zh: ["物流"] },
  { en: ["warehouse", "warehousing"], zh: ["仓储", "仓库"] },
  { en: ["cold chain"], zh: ["冷链"] },
  { en: ["customs", "customs clearance", "customs declaration"], zh: ["报关", "通关", "海关"] },
  { en: ["ship", "vessel", "boat"], zh: ["船舶", "船只"] },
  { en: ["shore power", "cold ironing", "onshore power"], zh: ["岸电"] },
  { en: ["berth"], zh: ["泊位"] },
  { en: ["dredging"], zh: ["疏浚", "清淤"] },
  { en: ["transport", "transportation", "haulage"], zh: ["运输", "交通运输"] },
  { en: ["traffic"], zh: ["交通", "车流"] },
  { en: ["truck", "lorry", "heavy truck", "heavy duty truck", "hgv"], zh: ["重卡", "卡车", "货车", "重型卡车"] },
  { en: ["fleet"], zh: ["车队", "船队"] },
  { en: ["vehicle"], zh: ["车辆"] },
  { en: ["container truck", "yard truck", "terminal tractor"], zh: ["集卡", "集装箱卡车"] },
  { en: ["electric truck", "electric heavy truck"], zh: ["电动重卡", "电动卡车"], narrower: ["电动集卡"] },
  { en: ["electric container truck"], zh: ["电动集卡"] },
  // Not 无人驾驶 alone: it begins 无人驾驶航空器, the legal word for a drone.
  { en: ["autonomous driving", "self driving", "driverless"], zh: ["自动驾驶", "无人驾驶汽车", "无人驾驶车辆", "无人驾驶集卡"] },
  { en: ["public transport", "public transit", "bus"], zh: ["公交", "公共交通"] },
  { en: ["passenger flow", "visitor flow", "tourist flow", "footfall", "ridership"], zh: ["客流"] },
  { en: ["parking", "car park", "parking lot"], zh: ["停车", "停车场", "泊车"] },
  { en: ["parking space", "parking spot", "parking bay"], zh: ["车位", "停车位"] },
  { en: ["road", "highway"], zh: ["道路", "公路"] },
  { en: ["bridge"], zh: ["桥梁"] },
  { en: ["tunnel"], zh: ["隧道"] },

  // Marine economy
  { en: ["marine economy", "ocean economy", "blue economy"], zh: ["海洋经济", "蓝色经济"] },
  { en: ["marine", "ocean"], zh: ["海洋"] },
  { en: ["sea", "sea area"], zh: ["海域", "海上"] },
  { en: ["offshore"], zh: ["海上", "离岸", "远海"] },
  { en: ["offshore engineering equipment", "marine engineering equipment"], zh: ["海工装备", "海洋工程装备"] },
  { en: ["coastal", "coast", "inshore", "nearshore"], zh: ["沿海", "近海", "近岸", "海岸带"] },
  { en: ["seawater", "sea water"], zh: ["海水"] },
  { en: ["underwater"], zh: ["水下"] },
  { en: ["underwater robot", "underwater vehicle", "rov", "auv"], zh: ["水下机器人", "水下航行器"] },
  { en: ["marine ranching", "marine ranch", "sea ranch", "ocean ranch"], zh: ["海洋牧场"] },
  // Not 养殖 alone: it is livestock farming as much as fish farming.
  { en: ["sea cucumber"], zh: ["海参"] },
  { en: ["marine harvesting", "seafood harvesting"], zh: ["采捕"] },
  { en: ["aquaculture", "fish farming", "mariculture"], zh: ["水产养殖", "海水养殖", "深远海养殖", "工厂化养殖", "网箱养殖", "循环水养殖"] },
  { en: ["fishery", "fishing"], zh: ["渔业", "捕捞"] },
  { en: ["illegal fishing", "poaching"], zh: ["非法捕捞", "偷捕"] },
  { en: ["net cage", "sea cage", "fish cage"], zh: ["网箱"] },
  { en: ["red tide", "algal bloom"], zh: ["赤潮", "藻华"] },
  { en: ["buoy"], zh: ["浮标"] },
  { en: ["law enforcement", "enforcement"], zh: ["执法"] },

  // Agriculture, forestry, tea, food and tourism
  { en: ["agriculture", "agricultural"], zh: ["农业"] },
  { en: ["modern agriculture"], zh: ["现代农业"] },
  { en: ["pest", "pest control"], zh: ["病虫害", "虫害", "虫情"] },
  { en: ["weather", "meteorology", "meteorological"], zh: ["气象", "天气"] },
  { en: ["weather service", "meteorological service"], zh: ["气象服务"] },
  { en: ["tea", "tea garden", "tea plantation"], zh: ["茶叶", "茶园", "茶产业", "茶场"] },
  { en: ["green tea"], zh: ["绿茶", "绿茶产业"] },
  { en: ["forest", "woodland"], zh: ["森林", "林区", "林地"] },
  { en: ["forestry"], zh: ["林业", "林场"] },
  { en: ["edible oil", "cooking oil"], zh: ["粮油", "食用油"] },
  { en: ["grain oil processing", "grain processing"], zh: ["粮油加工", "粮食加工"] },
  { en: ["food"], zh: ["食品"] },
  { en: ["tourism", "travel", "cultural tourism"], zh: ["旅游", "文旅", "文化旅游"] },
  { en: ["scenic area", "scenic spot", "tourist attraction"], zh: ["景区", "景点"] },
  { en: ["sightseeing", "sightseeing flight", "scenic flight"], zh: ["观光", "低空观光"] },
  { en: ["ticketing", "ticket sales", "admission ticket"], zh: ["票务", "售票", "门票"] },

  // Health
  { en: ["health"], zh: ["健康"] },
  { en: ["wellness", "health wellness"], zh: ["康养", "康养服务"] },
  { en: ["medical", "healthcare", "health care"], zh: ["医疗", "医用", "医学", "医疗卫生"] },
  { en: ["hospital"], zh: ["医院"] },
  { en: ["blood"], zh: ["血液"] },
  { en: ["chest"], zh: ["胸部"] },
  { en: ["lung", "pulmonary"], zh: ["肺部"], narrower: ["肺结节"] },
  { en: ["lung nodule", "pulmonary nodule"], zh: ["肺结节"] },
  { en: ["medical alliance", "medical consortium", "medical community"], zh: ["医共体", "医联体"] },
  { en: ["medical imaging", "radiology"], zh: ["医学影像", "影像科", "放射科"] },
  { en: ["telemedicine", "telehealth", "remote diagnosis", "remote consultation"], zh: ["远程医疗", "远程诊断", "远程会诊"] },
  { en: ["chronic disease", "chronic illness"], zh: ["慢病", "慢性病"] },
  { en: ["medical device"], zh: ["医疗器械", "医疗设备"] },
  { en: ["biomedicine", "biopharmaceutical", "biopharma"], zh: ["生物医药"] },
  { en: ["elderly care", "aged care", "senior care", "elder care", "eldercare"], zh: ["养老", "居家养老", "社区养老"] },
  { en: ["rehabilitation", "rehab"], zh: ["康复"] },
  { en: ["fall detection"], zh: ["跌倒检测", "跌倒监测"] },
  { en: ["emergency call", "sos", "panic button"], zh: ["紧急呼叫", "一键呼救"] },

  // Public safety, emergencies and people's livelihood
  { en: ["safety"], zh: ["安全"] },
  { en: ["security"], zh: ["安全", "安防"] },
  { en: ["public safety", "public security"], zh: ["公共安全"] },
  { en: ["production safety", "work safety", "safe production", "industrial safety"], zh: ["安全生产"] },
  { en: ["emergency", "emergency response"], zh: ["应急", "应急救援", "紧急"] },
  { en: ["emergency management"], zh: ["应急管理"] },
  { en: ["command center", "command centre"], zh: ["指挥中心", "指挥调度", "指挥"] },
  { en: ["rescue", "search rescue"], zh: ["救援", "搜救"] },
  { en: ["risk"], zh: ["风险"] },
  { en: ["disaster"], zh: ["灾害"] },
  { en: ["fire"], zh: ["火灾", "火情", "火点"] },
  { en: ["smoke"], zh: ["烟雾", "烟火", "烟感"] },
  // What English calls detecting smoke or fire, Chinese records call recognising it (烟火识别, 火点识别): the two
  // words apart found nothing (a QA review: "smoke detection").
  { en: ["smoke detection", "smoke fire detection"], zh: ["烟火识别", "烟雾识别", "烟雾探测", "烟雾检测"] },
  { en: ["fire detection"], zh: ["火点识别", "火情识别", "火灾探测", "火情监测"] },
  { en: ["fire protection", "firefighting", "fire fighting"], zh: ["消防"] },
  { en: ["forest fire", "wildfire"], zh: ["森林防火", "林火", "森林火灾"] },
  { en: ["hazardous chemical", "dangerous chemical", "hazmat", "dangerous goods"], zh: ["危化品", "危险化学品", "危险品"] },
  { en: ["gas"], zh: ["气体", "燃气"] },
  { en: ["methane"], zh: ["甲烷"] },
  { en: ["flood", "flooding", "waterlogging", "inundation"], zh: ["内涝", "洪涝", "积水", "防汛"] },
  { en: ["livelihood"], zh: ["民生"] },
  { en: ["drowning", "drowning prevention"], zh: ["溺水", "防溺水"] },
  { en: ["community"], zh: ["社区"] },

  // Cities, construction and infrastructure
  { en: ["city", "urban"], zh: ["城市", "城区"] },
  { en: ["urban governance", "city governance", "urban management", "city management"], zh: ["城市治理", "城市管理", "城管"] },
  { en: ["urban lifeline", "city lifeline", "lifeline"], zh: ["城市生命线", "生命线"] },
  { en: ["infrastructure"], zh: ["基础设施", "基建"] },
  { en: ["building"], zh: ["建筑", "楼宇", "房屋"] },
  { en: ["construction"], zh: ["施工", "建筑业"] },
  { en: ["construction site", "building site", "jobsite"], zh: ["工地", "施工现场"] },
  { en: ["illegal construction", "illegal building", "unauthorised construction", "unauthorized construction"], zh: ["违法建设", "违章建筑", "违建"] },

  // Finance, administration and education
  { en: ["finance", "financial"], zh: ["财务", "金融"] },
  { en: ["financial management"], zh: ["财务管理"] },
  { en: ["tax service", "finance tax service"], zh: ["财税服务"] },
  { en: ["international trade", "foreign trade"], zh: ["国际贸易", "外贸"] },
  { en: ["cross border trade"], zh: ["跨境贸易"] },
  { en: ["engineering consulting", "engineering consultancy"], zh: ["工程咨询"] },
  { en: ["shared service", "shared service centre", "shared service center", "finance sharing", "financial sharing"], zh: ["财务共享", "共享中心"] },
  { en: ["invoice", "fapiao"], zh: ["发票"] },
  { en: ["payment"], zh: ["支付", "缴费"] },
  { en: ["education"], zh: ["教育"] },
];
