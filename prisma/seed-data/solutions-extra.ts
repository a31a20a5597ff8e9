// Solutions written for the demo, in the format of the shared development set, each with its firm.
import type { DevSolution } from "./types";

export type ExtraSolution = Omit<DevSolution, "enterpriseTier" | "district"> & { org: string };

export const EXTRA_SOLUTIONS: ExtraSolution[] = [
  // 海之翼无人机 — firm@demo.scenebridge.cn
  {
    id: "N01", org: "drone", title: "海之翼HY-M4 港口设备巡检无人机自动机场",
    summary: "抗强电磁干扰的一体化无人机机场，面向门机、岸桥等港口大型设备的全自主巡检。",
    description: "机场采用双RTK与视觉辅助定位，在金属结构密集、强电磁环境下悬停精度优于10厘米；配套缺陷识别模型覆盖锈蚀、裂纹、螺栓缺失等12类缺陷，巡检报告自动推送设备管理系统。已在两个北方港口连续运行超过1年。",
    category: "LOW_ALTITUDE", industryChain: ["智慧港口", "低空经济"], tags: ["无人机巡检", "自动机场", "港口设备", "缺陷识别", "门机"],
    trl: 9, priceMin: 70, priceMax: 140, firstUnit: { type: "FIRST_SET", status: "RECOGNISED" },
  },
  {
    id: "N02", org: "drone", title: "海之翼双光森林防火巡查无人机",
    summary: "搭载可见光与红外热成像双光吊舱的长航时无人机，用于林区火情早期发现与火场测绘。",
    description: "续航90分钟，作业半径20公里；热成像可识别0.5平方米火点，自动标注火点坐标并回传指挥中心；支持夜间巡查和火场边界实时测绘。适配山区复杂地形的仿地飞行。",
    category: "LOW_ALTITUDE", industryChain: ["林业", "低空经济", "应急救援"], tags: ["森林防火", "热成像", "长航时", "火点定位", "无人机"],
    trl: 8, priceMin: 60, priceMax: 150, firstUnit: null,
  },
  {
    id: "N03", org: "drone", title: "海之翼海上救生投放无人机",
    summary: "可携带救生圈和救生衣精准投放的多旋翼无人机，配套岸基机库与溺水识别。",
    description: "最大载重6公斤，6级风下可稳定悬停投放；岸基机库支持一键起飞，90秒内抵达500米外落水点；可选配喊话器和探照灯，适用于海水浴场和近岸救援。",
    category: "LOW_ALTITUDE", industryChain: ["文化旅游", "应急救援", "低空经济"], tags: ["海上救援", "救生投放", "无人机", "海水浴场", "机库"],
    trl: 8, priceMin: 40, priceMax: 90, firstUnit: null,
  },
  {
    id: "N04", org: "drone", title: "海之翼茶园植保无人机统防统治服务",
    summary: "面向丘陵茶园的仿地飞行植保无人机与按亩计价的统防统治服务。",
    description: "采用毫米波雷达仿地飞行，适应梯田茶园坡度；离心雾化喷头降低药液飘移，配合飞防调度平台记录施药时间、药剂和面积，满足茶叶农残追溯要求。",
    category: "LOW_ALTITUDE", industryChain: ["现代农业", "低空经济"], tags: ["植保无人机", "茶园", "统防统治", "仿地飞行"],
    trl: 9, priceMin: 15, priceMax: 45, firstUnit: null,
  },
  // 智港数字
  {
    id: "N05", org: "digital", title: "集装箱码头数字孪生平台 智港Twin",
    summary: "融合TOS、设备PLC和AIS数据的码头三维数字孪生与作业仿真平台。",
    description: "基于自研轻量化三维引擎，支持百万级模型实时渲染；秒级映射岸桥、场桥和集卡状态，提供泊位计划和堆场翻箱仿真。已完成国产操作系统和数据库适配，正在申报首版次软件。",
    category: "PORT_LOGISTICS", industryChain: ["智慧港口", "数字孪生"], tags: ["数字孪生", "集装箱码头", "仿真", "三维可视化", "信创"],
    trl: 7, priceMin: 250, priceMax: 550, firstUnit: { type: "FIRST_VERSION", status: "APPLYING" },
  },
  {
    id: "N06", org: "digital", title: "集装箱箱号与残损智能识别系统",
    summary: "在岸桥和闸口自动识别箱号、箱型和箱体残损，替代人工理货。",
    description: "多相机阵列覆盖箱体六面，箱号识别准确率99.5%，残损（凹陷、破洞、锈蚀）识别准确率90%以上；与TOS和理货系统对接，残损照片自动归档备查。",
    category: "PORT_LOGISTICS", industryChain: ["智慧港口"], tags: ["箱号识别", "OCR", "残损检测", "智能理货", "闸口"],
    trl: 9, priceMin: 80, priceMax: 200, firstUnit: null,
  },
  // 蓝海新材料 — first-batch materials
  {
    id: "N07", org: "material", title: "海洋浪溅区长效重防腐涂层体系",
    summary: "环氧玻璃鳞片与聚硅氧烷面漆复合体系，设计防腐寿命25年。",
    description: "通过ISO 12944-9 CX级与浸水区Im2级认证，盐雾试验超过6000小时；可在潮湿表面施工，适用于码头钢管桩、跨海桥梁和海上风电基础。已列入首批次新材料应用示范指导目录。",
    category: "MARINE", industryChain: ["新材料", "智慧港口"], tags: ["防腐涂层", "浪溅区", "钢管桩", "首批次", "海工"],
    trl: 9, priceMin: 80, priceMax: 300, firstUnit: { type: "FIRST_BATCH", status: "RECOGNISED" },
  },
  {
    id: "N08", org: "material", title: "超高分子量聚乙烯复合护舷",
    summary: "替代传统橡胶护舷的高分子复合护舷，耐磨、抗老化、免维护。",
    description: "吸能效率比同规格橡胶护舷提高20%，耐磨性提高5倍，设计寿命15年；模块化安装，更换周期短。已在多个散货和集装箱泊位应用。",
    category: "MARINE", industryChain: ["新材料", "智慧港口"], tags: ["护舷", "复合材料", "超高分子量聚乙烯", "首批次", "码头"],
    trl: 9, priceMin: 50, priceMax: 200, firstUnit: { type: "FIRST_BATCH", status: "RECOGNISED" },
  },
  {
    id: "N09", org: "material", title: "高炉炉衬用纳米复合耐火浇注料",
    summary: "纳米改性低水泥浇注料，提升出铁沟和炉衬寿命。",
    description: "抗渣侵蚀性能较常规浇注料提升30%，出铁沟通铁量提高25%；适用于大型高炉主沟、撇渣器和铁水罐。正在申报首批次新材料。",
    category: "SMART_MANUFACTURING", industryChain: ["新材料", "精品钢铁"], tags: ["耐火材料", "浇注料", "高炉", "纳米改性"],
    trl: 8, priceMin: 100, priceMax: 400, firstUnit: { type: "FIRST_BATCH", status: "APPLYING" },
  },
  {
    id: "N10", org: "material", title: "深远海养殖网箱用铜合金网衣",
    summary: "防污损、抗风浪的铜合金编织网衣，减少换网和洗网作业。",
    description: "铜合金网衣具有天然防附着性能，网箱内水体交换好，养殖周期内无需换网；抗台风能力强，可回收再利用。",
    category: "MARINE", industryChain: ["新材料", "海洋牧场"], tags: ["铜合金网衣", "深远海养殖", "防污损", "网箱"],
    trl: 8, priceMin: 120, priceMax: 350, firstUnit: { type: "FIRST_BATCH", status: "RECOGNISED" },
  },
  // 港智自动化
  {
    id: "N11", org: "portauto", title: "散货码头皮带机智能巡检与故障诊断系统",
    summary: "挂轨机器人与固定传感器结合，对托辊、滚筒和输送带进行全天候诊断。",
    description: "机器人搭载红外、声学和视觉传感器，识别托辊异响、过热和输送带撕裂跑偏；固定振动传感器监测驱动滚筒；诊断模型可提前7天预警托辊故障。",
    category: "PORT_LOGISTICS", industryChain: ["智慧港口", "智能装备"], tags: ["皮带机", "巡检机器人", "托辊", "故障诊断", "散货码头"],
    trl: 8, priceMin: 100, priceMax: 240, firstUnit: { type: "FIRST_SET", status: "APPLYING" },
  },
  {
    id: "N12", org: "portauto", title: "港口电动集卡换电站成套装备",
    summary: "兼容多品牌电动集卡的全自动换电站，3分钟完成换电。",
    description: "采用底盘换电方式，支持20个电池仓和多车型兼容；站内配置电池健康检测与温控系统，可与港区储能和光伏协同实现峰谷调度。",
    category: "GREEN_LOW_CARBON", industryChain: ["智慧港口", "新能源汽车"], tags: ["换电站", "电动集卡", "港口机械", "储能协同"],
    trl: 8, priceMin: 600, priceMax: 1200, firstUnit: { type: "FIRST_SET", status: "RECOGNISED" },
  },
  // 鲁钢智检
  {
    id: "N13", org: "steelvision", title: "高炉炉况智能诊断与操作指导系统",
    summary: "机理模型与机器学习融合的高炉炉温预测、异常炉况预警和操作建议软件。",
    description: "融合十字测温、炉顶成像和风口视频，铁水硅含量预测命中率达88%；异常炉况平均提前40分钟预警；已在三座4000立方米级高炉应用，获首版次软件认定。",
    category: "SMART_MANUFACTURING", industryChain: ["精品钢铁", "工业互联网"], tags: ["高炉", "炉况诊断", "工业AI", "机理模型", "首版次"],
    trl: 8, priceMin: 350, priceMax: 700, firstUnit: { type: "FIRST_VERSION", status: "RECOGNISED" },
  },
  {
    id: "N14", org: "steelvision", title: "废钢智能判级系统",
    summary: "卸料过程多角度抓拍，按国标自动判定废钢等级与扣杂比例。",
    description: "基于深度学习的废钢料型识别，判级与专家一致率93%；与计量、结算系统打通，全流程影像留存；无需人员登车，消除高处作业风险。",
    category: "SMART_MANUFACTURING", industryChain: ["精品钢铁", "循环经济"], tags: ["废钢判级", "机器视觉", "工业AI", "计量结算"],
    trl: 9, priceMin: 100, priceMax: 220, firstUnit: null,
  },
  // 海睿海洋
  {
    id: "N15", org: "marine", title: "海珍品采捕作业型水下机器人",
    summary: "视觉识别加吸捕机构的作业级ROV，替代潜水员采捕海参、鲍鱼。",
    description: "最大作业水深50米，抗流1.5节；双目视觉识别海参个体并自动计数，吸捕效率每小时300头以上；可挂载声呐对人工鱼礁开展巡检。",
    category: "MARINE", industryChain: ["海洋牧场", "海洋装备"], tags: ["水下机器人", "海参采捕", "ROV", "机器视觉", "海洋牧场"],
    trl: 7, priceMin: 120, priceMax: 280, firstUnit: { type: "FIRST_SET", status: "APPLYING" },
  },
  {
    id: "N16", org: "marine", title: "海洋牧场赤潮与低氧灾害预警服务",
    summary: "融合浮标、卫星遥感和数值模型的海洋牧场灾害预警订阅服务。",
    description: "每日发布未来72小时水温、溶解氧和赤潮风险预报，异常时短信与平台推送；支持养殖户按海区订阅，提供灾后损失评估报告。",
    category: "MARINE", industryChain: ["海洋牧场", "海洋数据"], tags: ["赤潮预警", "低氧", "海洋牧场", "数值预报", "遥感"],
    trl: 8, priceMin: 10, priceMax: 40, firstUnit: null,
  },
  // 绿源氢能
  {
    id: "N17", org: "hydrogen", title: "港区短倒氢能重卡租赁与运营服务",
    summary: "以“车+氢+运维”打包方式提供氢燃料电池重卡，按运量计费。",
    description: "提供49吨氢燃料电池牵引车及加氢保障，车队管理平台实时监控氢耗和车辆状态；客户无需一次性购车，按吨公里结算，适合港口至钢厂的固定线路短倒运输。",
    category: "GREEN_LOW_CARBON", industryChain: ["氢能", "智慧港口", "精品钢铁"], tags: ["氢能重卡", "车队运营", "短倒运输", "按量计费"],
    trl: 9, priceMin: 150, priceMax: 400, firstUnit: null,
  },
  // 光储智慧能源
  {
    id: "N18", org: "powerstore", title: "港口流动机械储能式充电系统",
    summary: "储能电池与直流快充一体化系统，缓解港区电动机械充电对电网的冲击。",
    description: "单柜储能容量1MWh，支持4车同时快充；谷电储能、峰时放电，降低需量电费；能量管理系统可与光伏、岸电统一调度。",
    category: "GREEN_LOW_CARBON", industryChain: ["储能", "智慧港口"], tags: ["储能", "快充", "港口机械", "峰谷调度"],
    trl: 8, priceMin: 200, priceMax: 600, firstUnit: null,
  },
  // 碳衡环境
  {
    id: "N19", org: "carbon", title: "散货港区扬尘网格化监测与智能抑尘系统",
    summary: "颗粒物微站网格监测结合扬尘预测模型，按需联动喷淋和干雾抑尘。",
    description: "微站体积小、功耗低，支持太阳能供电；扬尘预测模型融合风速风向与作业计划，提前30分钟联动抑尘设备；已在两个散货港区应用，抑尘用水量平均下降18%。",
    category: "GREEN_LOW_CARBON", industryChain: ["生态环保", "智慧港口"], tags: ["粉尘监测", "智能抑尘", "物联网", "散货堆场"],
    trl: 9, priceMin: 120, priceMax: 260, firstUnit: null,
  },
  // 慧医健康
  {
    id: "N20", org: "medtech", title: "居家养老毫米波跌倒监测与紧急呼叫服务",
    summary: "无摄像头的毫米波雷达跌倒检测、睡眠体征监测与一键呼叫平台。",
    description: "雷达覆盖卫生间和卧室，跌倒识别准确率96%；智能床垫监测心率呼吸与离床；平台对接社区服务中心与家属手机，异常分级推送。",
    category: "HEALTH", industryChain: ["康养服务", "智慧社区"], tags: ["居家养老", "跌倒检测", "毫米波雷达", "紧急呼叫"],
    trl: 8, priceMin: 80, priceMax: 180, firstUnit: null,
  },
  // 云巡机器人
  {
    id: "N21", org: "robot", title: "粮油浸出车间防爆轮式巡检机器人",
    summary: "Ex d IIB T4防爆认证的轮式机器人，对浸出车间开展溶剂泄漏和设备状态巡检。",
    description: "搭载正己烷气体传感器、红外测温和声学拾音，按路线自主巡检并识别仪表读数；防爆等级满足浸出车间要求，自主充电，每日巡检8轮以上。",
    category: "SMART_MANUFACTURING", industryChain: ["粮油加工", "安全生产"], tags: ["防爆机器人", "浸出车间", "巡检", "气体检测"],
    trl: 8, priceMin: 70, priceMax: 140, firstUnit: { type: "FIRST_SET", status: "RECOGNISED" },
  },
  // 城智数字
  {
    id: "N22", org: "citybrain", title: "公交智能调度与客流OD分析系统",
    summary: "车载客流计数与多源数据融合的公交动态调度系统。",
    description: "3D双目客流计数准确率97%；融合刷卡、手机信令和路况数据生成线路OD，支持动态发车和线网优化建议；已在两个地级市公交集团应用。",
    category: "DIGITAL", industryChain: ["智慧交通", "城市公共服务"], tags: ["公交调度", "客流计数", "OD分析", "智慧交通"],
    trl: 9, priceMin: 180, priceMax: 360, firstUnit: null,
  },
  {
    id: "N23", org: "citybrain", title: "化工园区封闭化管理平台",
    summary: "出入口车辆人员核验、危化品运单核验与园区车辆轨迹管控一体化平台。",
    description: "识别危化品车辆标识与车牌，自动核验电子运单；园区内车辆轨迹实时跟踪和违停告警；与应急指挥平台联动，符合化工园区封闭化管理建设指南。",
    category: "PUBLIC_SAFETY", industryChain: ["石化化工", "安全生产"], tags: ["化工园区", "封闭化管理", "危化品车辆", "车辆识别"],
    trl: 9, priceMin: 220, priceMax: 480, firstUnit: null,
  },
  // 安澜安全
  {
    id: "N24", org: "safety", title: "城市燃气管网泄漏监测终端与风险评估平台",
    summary: "阀井甲烷监测终端加管网风险分级模型，支撑燃气城市生命线工程。",
    description: "终端采用激光甲烷传感，电池续航3年，NB-IoT回传；平台综合管龄、材质、第三方施工和监测数据进行风险分级，自动生成巡检计划。",
    category: "PUBLIC_SAFETY", industryChain: ["城市生命线", "燃气"], tags: ["燃气泄漏", "甲烷监测", "城市生命线", "风险评估"],
    trl: 9, priceMin: 250, priceMax: 550, firstUnit: null,
  },
  {
    id: "N25", org: "safety", title: "林区高点双光谱烟火识别与无人机联动系统",
    summary: "高点摄像机AI识别烟火并自动调度无人机机场起飞核查。",
    description: "双光谱摄像机10公里烟雾识别，误报率每日低于2次；识别到火情后自动派单并联动无人机机场起飞抵近核查，画面推送林场和应急部门。",
    category: "PUBLIC_SAFETY", industryChain: ["林业", "应急救援"], tags: ["森林防火", "烟火识别", "双光谱", "无人机联动"],
    trl: 8, priceMin: 140, priceMax: 280, firstUnit: null,
  },
  // 天衢低空
  {
    id: "N26", org: "lowalt", title: "海滨低空观光航线运营整体解决方案",
    summary: "包含航线设计、起降点建设、航空器托管运营和票务的低空文旅一体化方案。",
    description: "提供适航审定的电动垂直起降航空器和直升机混合机队，完成空域申请与航线审批；配套起降点、安检和票务系统，按分成模式与景区共同运营。",
    category: "LOW_ALTITUDE", industryChain: ["低空经济", "文化旅游"], tags: ["低空观光", "eVTOL", "航线运营", "景区", "起降点"],
    trl: 7, priceMin: 500, priceMax: 1200, firstUnit: null,
  },
  // 数智文旅
  {
    id: "N27", org: "culturetech", title: "海水浴场游客安全智能广播与越界识别",
    summary: "岸基摄像机识别越界游泳和聚集风险，分区广播自动提醒。",
    description: "基于视频分析识别越过警戒浮标的游泳者和异常聚集，定向广播提醒；与救援无人机和救生员对讲联动，事件全程留痕。",
    category: "DIGITAL", industryChain: ["文化旅游", "应急救援"], tags: ["景区安全", "越界识别", "智能广播", "海水浴场"],
    trl: 8, priceMin: 40, priceMax: 90, firstUnit: null,
  },
  // 智算大模型
  {
    id: "N28", org: "llm", title: "国企财务共享智能审单机器人",
    summary: "大模型加OCR的报销单据智能审核，自动比对制度与发票信息。",
    description: "支持增值税发票、行程单、合同等30余类单据，审核规则可由财务人员用自然语言配置；单据初审自动化率80%以上，与主流财务共享平台对接。",
    category: "DIGITAL", industryChain: ["数字经济", "企业服务"], tags: ["财务共享", "智能审单", "大模型", "OCR", "RPA"],
    trl: 8, priceMin: 40, priceMax: 110, firstUnit: null,
  },
  // 巨峰数字农业
  {
    id: "N29", org: "agritech", title: "茶园霜冻预警与一物一码溯源平台",
    summary: "小气候监测加霜冻预警，联动防霜风机；茶叶从鲜叶到成品一物一码可追溯。",
    description: "茶园小气候站与墒情站数据接入，提前12–24小时发布霜冻预警并联动防霜风机；溯源平台记录采摘、加工、检测和销售环节，消费者扫码查验。",
    category: "DIGITAL", industryChain: ["现代农业", "绿茶产业"], tags: ["智慧茶园", "霜冻预警", "溯源", "物联网"],
    trl: 8, priceMin: 50, priceMax: 110, firstUnit: null,
  },
  // 港航物流信息
  {
    id: "N30", org: "logistics", title: "港口至钢厂铁矿石短倒运输智能调度平台",
    summary: "统一调度港口、车队和钢厂料场的短倒运输，减少压港和空驶。",
    description: "根据船舶卸货计划和钢厂料场库存自动生成运输计划，司机手机端接单、电子磅单和轨迹监控；空驶率平均下降12%。",
    category: "PORT_LOGISTICS", industryChain: ["智慧港口", "精品钢铁"], tags: ["短倒运输", "智能调度", "大宗物料", "网络货运"],
    trl: 9, priceMin: 60, priceMax: 150, firstUnit: null,
  },
  // 海联通信
  {
    id: "N31", org: "comm", title: "港区5G专网与无人集卡车路协同通信",
    summary: "面向港口自动驾驶集卡和远程操控的5G专网与边缘计算方案。",
    description: "上行大带宽专网切片保障远控视频时延低于20毫秒；路侧单元与边缘计算平台支持集卡车路协同；已承建多个港区5G专网。",
    category: "PORT_LOGISTICS", industryChain: ["智慧港口", "5G"], tags: ["5G专网", "车路协同", "远程操控", "边缘计算"],
    trl: 9, priceMin: 300, priceMax: 800, firstUnit: null,
  },
  // 日照星测遥感 (pending verification — a draft only)
  {
    id: "N32", org: "remote", title: "海岸带卫星遥感变化监测服务",
    summary: "基于多源卫星影像的岸线、养殖用海和违法建设变化监测。",
    description: "按月提供亚米级影像变化图斑，自动识别养殖用海越界和岸线违法占用；支持按需加密监测。",
    category: "MARINE", industryChain: ["海洋数据", "自然资源"], tags: ["卫星遥感", "变化监测", "岸线", "养殖用海"],
    trl: 7, priceMin: 20, priceMax: 60, firstUnit: null,
  },
  // A solution that will be hidden by moderation (unsupported claims reported by a user).
  {
    id: "N33", org: "llm", title: "万能AI视频分析盒子（100%识别率）",
    summary: "一台边缘盒子识别所有场景的所有目标，识别率100%。",
    description: "宣称可识别人员、车辆、烟火、船舶和设备缺陷等所有目标，识别率100%，无需训练。",
    category: "DIGITAL", industryChain: ["人工智能"], tags: ["视频分析", "边缘计算"],
    trl: 5, priceMin: 5, priceMax: 20, firstUnit: null,
  },
];
