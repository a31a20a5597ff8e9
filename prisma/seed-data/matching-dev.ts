// Copied from the shared matching development set (../shared/data/matching-dev.json, version 1) so the seed
// never reads outside the repository at run time. Districts are the Chinese names as in the source.
// Do not edit by hand: the search issue evaluates matching on the same records.
import type { DevScenario, DevSolution, DevQrel } from "./types";

export const DEV_SCENARIOS: DevScenario[] = [
 {
  "id": "S01",
  "title": "石臼港区门座起重机无人机自主巡检",
  "summary": "利用无人机自动机场替代人工登高，对散货码头大型起重设备的高处钢结构进行定期巡检。",
  "description": "石臼港区散货作业区现有门座起重机、装船机等大型设备40余台，臂架和高处钢结构目前依靠人工登高检查，每台每次需停机4小时以上且存在高处坠落风险。需求在码头部署2–3套无人机自动机场，按预设航线定期自主起降，对臂架、滑轮组、焊缝和螺栓等部位近距离拍摄。系统需在强电磁环境下稳定定位，具备6级阵风下安全返航能力，并对锈蚀、裂纹、螺栓缺失等缺陷自动识别。验收指标为单台设备巡检不超过30分钟、典型缺陷识别准确率不低于90%，巡检报告自动生成并对接设备管理系统。",
  "category": "LOW_ALTITUDE",
  "industryChain": [
   "智慧港口",
   "低空经济"
  ],
  "tags": [
   "无人机巡检",
   "门机",
   "钢结构",
   "自动机场",
   "港口设备"
  ],
  "district": "东港区",
  "budgetMin": 80,
  "budgetMax": 150,
  "deadline": "2027-08-31",
  "firstUnitTypes": []
 },
 {
  "id": "S02",
  "title": "五莲山区森林防火无人机智能巡查",
  "summary": "在五莲山、九仙山林区建设无人机巡查体系，实现火情早发现、早定位。",
  "description": "五莲山、九仙山一带林区面积约30万亩，地形陡峭、林下可燃物多，防火期主要依靠护林员徒步巡山和少量瞭望塔，火情发现平均滞后超过40分钟。需求建设覆盖重点林区的无人机巡查体系，采用长航时机型搭载可见光与热成像载荷，实现火点自动识别、定位并推送至森林防火指挥平台。要求单架次续航不少于90分钟、作业半径不少于30公里，火点定位误差小于50米。验收以防火期连续运行3个月、火情发现时间缩短至15分钟以内为准。",
  "category": "LOW_ALTITUDE",
  "industryChain": [
   "林业",
   "应急管理"
  ],
  "tags": [
   "森林防火",
   "无人机巡查",
   "火点识别",
   "热成像"
  ],
  "district": "五莲县",
  "budgetMin": 120,
  "budgetMax": 260,
  "deadline": "2027-03-31",
  "firstUnitTypes": []
 },
 {
  "id": "S03",
  "title": "巨峰镇茶园病虫害无人机统防统治",
  "summary": "为国有茶场及合作茶园引入植保无人机，解决人工喷药效率低、施药不均的问题。",
  "description": "岚山区巨峰镇国有茶场及合作茶园约1.2万亩，茶小绿叶蝉、茶尺蠖等病虫害防治依赖背负式喷雾器，用工成本高且施药不均。需求引入植保无人机开展统防统治服务，适配梯田式茶园地形，实现仿地飞行和精准变量喷洒。要求单机日作业能力不少于300亩，农药利用率较人工提升20%以上，施药记录可追溯以满足日照绿茶出口农残管控要求。验收以一个完整防治季的作业面积、防效和农残抽检结果为准。",
  "category": "LOW_ALTITUDE",
  "industryChain": [
   "现代农业",
   "茶产业"
  ],
  "tags": [
   "日照绿茶",
   "植保无人机",
   "统防统治",
   "病虫害防治"
  ],
  "district": "岚山区",
  "budgetMin": 30,
  "budgetMax": 60,
  "deadline": "2027-04-30",
  "firstUnitTypes": []
 },
 {
  "id": "S04",
  "title": "近岸海域非法捕捞与养殖越界巡查",
  "summary": "采用可船载或岸基起降的无人机，对近岸海域开展常态化执法巡查。",
  "description": "山海天近岸海域分布有海洋牧场和筏式养殖区，伏季休渔期存在夜间非法捕捞、养殖设施越界扩张等问题，执法船巡航成本高、覆盖有限。需求采用可在船上或岸基起降的无人机开展常态化海上巡查，配合船舶AIS信息和夜视热成像发现可疑船只。要求设备具备防水和抗盐雾腐蚀能力，离岸作业距离不少于15公里，图像实时回传至海洋执法指挥中心。验收以夜间可疑船只识别率和每周巡查覆盖面积为主要指标。",
  "category": "LOW_ALTITUDE",
  "industryChain": [
   "海洋渔业",
   "低空经济"
  ],
  "tags": [
   "海上巡查",
   "非法捕捞",
   "夜视",
   "执法"
  ],
  "district": "山海天旅游度假区",
  "budgetMin": 60,
  "budgetMax": 120,
  "deadline": "2027-06-30",
  "firstUnitTypes": []
 },
 {
  "id": "S05",
  "title": "海滨低空观光航线示范运营",
  "summary": "在度假区海岸线开通电动垂直起降航空器观光航线，打造低空文旅新产品。",
  "description": "度假区计划沿万平口至灯塔广场海岸线开通低空观光航线，现有直升机观光成本高、噪声大，游客体验受限。需求引进载人eVTOL或同类电动垂直起降航空器，配套建设起降场及充电设施，开展示范运营。要求航空器已取得或正在申请适航相关证件，单次航程不少于20公里，具备乘客安全保障与应急迫降方案。验收以完成不少于500架次安全示范飞行并按要求报送运行数据为准。",
  "category": "LOW_ALTITUDE",
  "industryChain": [
   "低空经济",
   "文化旅游"
  ],
  "tags": [
   "eVTOL",
   "低空观光",
   "载人飞行",
   "起降场"
  ],
  "district": "山海天旅游度假区",
  "budgetMin": 500,
  "budgetMax": 1200,
  "deadline": "2027-12-31",
  "firstUnitTypes": [
   "FIRST_SET"
  ]
 },
 {
  "id": "S06",
  "title": "城区医疗样本与血液无人机配送",
  "summary": "在医院、血站和社区卫生服务中心之间建设医疗物资低空配送网络。",
  "description": "市人民医院、中医医院与市中心血站及多个社区卫生服务中心之间每日有大量检验样本和应急血液转运，地面交通高峰期单程需40分钟以上。需求建设医疗物资无人机配送网络，开通4–6条固定航线并在楼顶建设起降点。要求载重不少于5公斤，配送箱具备2–8℃恒温及全程温度记录，单程配送时间控制在15分钟以内。验收以试运行3个月、准点率95%以上且样本合格率不受影响为准。",
  "category": "LOW_ALTITUDE",
  "industryChain": [
   "低空经济",
   "医疗卫生"
  ],
  "tags": [
   "医疗配送",
   "无人机物流",
   "血液转运",
   "检验样本"
  ],
  "district": "东港区",
  "budgetMin": 80,
  "budgetMax": 160,
  "deadline": "2027-09-30",
  "firstUnitTypes": []
 },
 {
  "id": "S07",
  "title": "莒县输电线路无人机自主巡检",
  "summary": "在变电站和运维站部署无人机机巢，实现输电线路精细化自主巡检。",
  "description": "莒县境内35千伏及以上输电线路约1200公里，多穿越丘陵山地，人工巡线效率低、登塔风险大。需求在变电站和运维站部署无人机机巢，实现杆塔精细化巡检和通道巡视的自主作业，并对绝缘子破损、销钉缺失、鸟巢、树障等缺陷自动识别。要求支持激光点云通道建模计算树障安全距离，缺陷识别准确率不低于90%。验收以自主巡检覆盖线路比例和人工复核工作量下降幅度为准。",
  "category": "LOW_ALTITUDE",
  "industryChain": [
   "电力",
   "低空经济"
  ],
  "tags": [
   "输电线路",
   "无人机巡检",
   "机巢",
   "缺陷识别",
   "树障"
  ],
  "district": "莒县",
  "budgetMin": 100,
  "budgetMax": 200,
  "deadline": "2027-07-31",
  "firstUnitTypes": []
 },
 {
  "id": "S08",
  "title": "市级低空飞行综合监管服务平台",
  "summary": "建设统一的低空飞行计划申报、实时监视和协同管理平台，支撑低空经济有序发展。",
  "description": "随着物流配送、巡检和文旅飞行增多，全市低空飞行活动缺乏统一的计划申报、实时监视和协同管理手段。需求建设市级低空飞行服务平台，实现飞行计划在线申报审批、合作目标（ADS-B、网联上报）与非合作目标（雷达、光电）融合监视、电子围栏和冲突告警。要求接入在册航空器不少于500架，对城区重点区域实现120米以下低空全覆盖监视。验收以平台上线运行、与空管和公安部门数据联通为准。",
  "category": "LOW_ALTITUDE",
  "industryChain": [
   "低空经济",
   "新一代信息技术"
  ],
  "tags": [
   "低空监管",
   "飞行服务",
   "融合监视",
   "电子围栏"
  ],
  "district": "日照高新技术产业开发区",
  "budgetMin": 300,
  "budgetMax": 600,
  "deadline": "2027-10-31",
  "firstUnitTypes": [
   "FIRST_VERSION"
  ]
 },
 {
  "id": "S09",
  "title": "城市管理视频AI事件智能发现",
  "summary": "复用存量公共视频资源，自动发现城市管理类问题并闭环处置。",
  "description": "东港区已建成各类公共视频点位约6000路，但占道经营、暴露垃圾、违规撑伞、渣土车未苫盖等问题主要靠网格员巡查上报，发现不及时。需求利用现有视频资源建设智能算法中台，实现不少于20类城市管理事件的自动识别、派单和结案核验。要求单类事件识别准确率不低于85%，支持算法在线迭代和新增，不新增前端摄像机。验收以上线后事件主动发现量提升比例和误报率为准。",
  "category": "DIGITAL",
  "industryChain": [
   "城市治理",
   "人工智能"
  ],
  "tags": [
   "视频分析",
   "城市管理",
   "事件识别",
   "智能派单"
  ],
  "district": "东港区",
  "budgetMin": 150,
  "budgetMax": 300,
  "deadline": "2027-06-30",
  "firstUnitTypes": []
 },
 {
  "id": "S10",
  "title": "港口集团财务共享中心单据智能处理",
  "summary": "实现财务共享中心多版式票据的自动识别、验真、对账和凭证生成。",
  "description": "集团财务共享中心每月处理增值税发票、运费单、装卸作业单等票据约8万张，人工录入与核对占用大量人力且差错率偏高。需求引入票据识别与流程自动化工具，实现多版式票据自动识别、验真、与业务系统对账及凭证生成。要求常见票据字段识别准确率不低于98%，支持手写体和盖章遮挡场景，并与现有财务系统接口对接。验收以单据平均处理时长缩短60%以上为准。",
  "category": "DIGITAL",
  "industryChain": [
   "财务管理",
   "人工智能"
  ],
  "tags": [
   "票据识别",
   "财务共享",
   "自动对账",
   "凭证生成"
  ],
  "district": "东港区",
  "budgetMin": 60,
  "budgetMax": 120,
  "deadline": "2027-05-31",
  "firstUnitTypes": []
 },
 {
  "id": "S11",
  "title": "供水管网漏损智能监测与分区计量",
  "summary": "建设分区计量与漏损监测系统，降低水务集团产销差率。",
  "description": "水务集团服务区供水管网约1800公里，产销差率长期高于国家控制目标，暗漏发现主要依靠人工听漏。需求建设DMA分区计量与漏损监测系统，布设流量、压力和噪声监测终端，结合水力模型实现漏损预警和定位。要求监测终端电池寿命不少于5年，采用窄带物联网通信，漏点定位误差不超过10米。验收以试点片区漏损率下降3个百分点以上为准。",
  "category": "DIGITAL",
  "industryChain": [
   "水务",
   "物联网"
  ],
  "tags": [
   "供水管网",
   "漏损控制",
   "分区计量",
   "听漏"
  ],
  "district": "日照经济技术开发区",
  "budgetMin": 200,
  "budgetMax": 400,
  "deadline": "2027-09-30",
  "firstUnitTypes": []
 },
 {
  "id": "S12",
  "title": "集团制度规程智能问答助手",
  "summary": "建设私有化部署的大模型知识问答系统，让员工快速准确查询制度与规程。",
  "description": "集团下属单位众多，制度文件、安全操作规程、招采规定等文档超过2万份，员工查找难、理解偏差带来合规风险。需求建设私有化部署的大模型知识问答系统，支持文档自动解析、检索增强生成和答案出处溯源。要求全部数据不出内网，问答准确率不低于90%，适配国产算力和信创环境。验收以覆盖文档比例、准确率抽检结果和日活用户数为准。",
  "category": "DIGITAL",
  "industryChain": [
   "人工智能",
   "信创"
  ],
  "tags": [
   "大模型",
   "知识问答",
   "私有化部署",
   "制度查询"
  ],
  "district": "东港区",
  "budgetMin": 80,
  "budgetMax": 150,
  "deadline": "2027-07-31",
  "firstUnitTypes": []
 },
 {
  "id": "S13",
  "title": "城区路内停车智能化收费管理",
  "summary": "以视频识别替代人工收费员，实现路内泊位自动计时计费。",
  "description": "城投集团负责运营城区约8000个路内停车泊位，目前依靠收费员人工计时收费，漏收和纠纷较多。需求采用高位视频对泊位进行全天候识别，自动记录车辆驶入驶出、识别车牌并实现无感支付。要求车牌识别准确率不低于99%，夜间与雨雾天气下仍可稳定工作，泊位状态实时对接城市停车诱导系统。验收以收费率、稽核差错率和系统在线率为准。",
  "category": "DIGITAL",
  "industryChain": [
   "智慧交通",
   "城市治理"
  ],
  "tags": [
   "路内停车",
   "泊位管理",
   "车牌识别",
   "无感支付"
  ],
  "district": "东港区",
  "budgetMin": 200,
  "budgetMax": 350,
  "deadline": "2027-08-31",
  "firstUnitTypes": []
 },
 {
  "id": "S14",
  "title": "城建项目BIM全过程数字化管理",
  "summary": "以BIM为载体统一管控城建项目的设计、进度、造价和质量安全。",
  "description": "城建集团在建学校、安置房、市政道路等项目30余个，设计、施工、造价数据分散，变更和进度难以统一管控。需求建设基于BIM的项目全过程管理平台，支持模型轻量化浏览、进度与造价关联、质量安全问题闭环管理。要求兼容IFC等主流格式并支持国产BIM软件，百万构件模型加载流畅。验收以3个试点项目全过程应用效果为准。",
  "category": "DIGITAL",
  "industryChain": [
   "建筑业",
   "新一代信息技术"
  ],
  "tags": [
   "BIM",
   "项目管理",
   "进度造价",
   "数字化交付"
  ],
  "district": "日照高新技术产业开发区",
  "budgetMin": 100,
  "budgetMax": 200,
  "deadline": "2027-10-31",
  "firstUnitTypes": [
   "FIRST_VERSION"
  ]
 },
 {
  "id": "S15",
  "title": "海滨景区客流监测与智慧调度",
  "summary": "建设景区客流感知与预测系统，缓解旅游旺季拥挤和疏散压力。",
  "description": "万平口海滨、灯塔风景区等旅游旺季日客流超过10万人次，局部区域拥挤、停车难、应急疏散压力大。需求建设景区客流感知与预测系统，融合手机信令、视频客流统计和票务数据，实现热力图展示、未来2小时客流预测和超限预警。要求客流统计误差不超过10%，预测准确率不低于85%。验收以暑期旺季试运行效果为准。",
  "category": "DIGITAL",
  "industryChain": [
   "文化旅游",
   "大数据"
  ],
  "tags": [
   "客流统计",
   "客流预测",
   "热力图",
   "景区管理"
  ],
  "district": "山海天旅游度假区",
  "budgetMin": 80,
  "budgetMax": 160,
  "deadline": "2027-05-31",
  "firstUnitTypes": []
 },
 {
  "id": "S16",
  "title": "热轧带钢表面缺陷在线检测",
  "summary": "在精品钢基地热轧产线部署在线表面缺陷检测，减少下游质量异议。",
  "description": "精品钢基地2050热轧产线带钢速度最高20米/秒，结疤、辊印、裂纹等表面缺陷目前依靠下线抽检和人工目视，漏检导致下游客户质量异议。需求部署在线表面缺陷检测系统，覆盖带钢上下表面，实时识别并分类缺陷、与卷号绑定。要求最小可检缺陷0.5毫米，检出率不低于95%、分类准确率不低于85%，适应高温水汽和氧化铁皮环境。验收以连续3个月运行数据为准。",
  "category": "SMART_MANUFACTURING",
  "industryChain": [
   "钢铁",
   "机器视觉"
  ],
  "tags": [
   "热轧带钢",
   "表面缺陷",
   "在线检测",
   "质量管控"
  ],
  "district": "岚山区",
  "budgetMin": 300,
  "budgetMax": 500,
  "deadline": "2027-09-30",
  "firstUnitTypes": [
   "FIRST_SET"
  ]
 },
 {
  "id": "S17",
  "title": "铝合金铸件射线底片缺陷自动判读",
  "summary": "对汽车铝合金压铸件的数字射线图像实现缺陷自动识别和分级判定。",
  "description": "经开区汽车零部件企业年产铝合金转向节、副车架等压铸件约60万件，X射线检测后仍由质检员逐张判读气孔、缩松等内部缺陷，疲劳导致漏判。需求引入自动判读系统，对接现有数字射线检测设备，实现内部缺陷自动识别、分级和合格判定。要求单件判读时间不超过3秒，漏检率低于0.5%，评级结果符合ASTM E505等标准。验收以与资深质检员判读结果的一致率为准。",
  "category": "SMART_MANUFACTURING",
  "industryChain": [
   "汽车零部件",
   "无损检测"
  ],
  "tags": [
   "压铸件",
   "X射线",
   "内部缺陷",
   "自动判读"
  ],
  "district": "日照经济技术开发区",
  "budgetMin": 100,
  "budgetMax": 200,
  "deadline": "2027-06-30",
  "firstUnitTypes": []
 },
 {
  "id": "S18",
  "title": "粮油浸出车间防爆智能巡检",
  "summary": "以防爆巡检机器人替代人工完成浸出车间高频次巡检。",
  "description": "岚山港区粮油加工企业大豆浸出车间属于爆炸危险区域，溶剂泄漏、设备温度异常和跑冒滴漏需要每2小时人工巡检一次。需求部署防爆型巡检机器人，替代人工完成仪表读数、温度测量、可燃气体检测和异常声音识别。车间为多层钢平台结构，要求机器人取得Ex d IIB T4及以上防爆认证，自主导航定位误差小于5厘米，可连续作业6小时以上。验收以替代人工巡检频次和异常发现率为准。",
  "category": "SMART_MANUFACTURING",
  "industryChain": [
   "粮油加工",
   "智能装备"
  ],
  "tags": [
   "防爆",
   "巡检机器人",
   "浸出车间",
   "可燃气体"
  ],
  "district": "岚山区",
  "budgetMin": 80,
  "budgetMax": 150,
  "deadline": "2027-08-31",
  "firstUnitTypes": []
 },
 {
  "id": "S19",
  "title": "钢铁企业碳排放在线监测与碳资产管理",
  "summary": "建设碳排放在线监测与碳资产管理能力，支撑企业纳入全国碳市场后的履约。",
  "description": "钢铁行业纳入全国碳市场后，企业现有碳排放数据主要依靠物料衡算年度核算，难以支撑日常管控和配额履约。需求建设碳排放连续监测系统和碳资产管理平台，覆盖烧结、高炉、转炉、自备电厂等主要排放源。要求监测数据与核算数据偏差不超过5%，支持月度碳排放报告自动生成和配额盈缺预测。验收以通过第三方核查机构比对为准。",
  "category": "GREEN_LOW_CARBON",
  "industryChain": [
   "钢铁",
   "双碳服务"
  ],
  "tags": [
   "碳排放",
   "在线监测",
   "碳资产",
   "配额履约"
  ],
  "district": "岚山区",
  "budgetMin": 150,
  "budgetMax": 300,
  "deadline": "2027-11-30",
  "firstUnitTypes": []
 },
 {
  "id": "S20",
  "title": "港口至钢厂氢能重卡车队智能运营",
  "summary": "为新投放的氢燃料电池重卡车队建设调度、能耗与安全运营管理能力。",
  "description": "港口至钢厂的矿石短倒运输计划投放氢燃料电池重卡60辆，需要解决车辆调度、加氢计划、能耗与安全监控等运营问题。需求建设氢能重卡车队运营管理平台，实现车辆实时监控、氢耗分析、智能派单和加氢排队预约。要求接入电堆、储氢系统等关键数据，百公里氢耗统计误差小于3%，出现氢泄漏等安全告警时30秒内推送。验收以车队出勤率和单吨公里运输成本为准。",
  "category": "GREEN_LOW_CARBON",
  "industryChain": [
   "氢能",
   "智慧物流"
  ],
  "tags": [
   "氢能重卡",
   "车队运营",
   "氢耗管理",
   "智能调度"
  ],
  "district": "岚山区",
  "budgetMin": 200,
  "budgetMax": 400,
  "deadline": "2027-12-31",
  "firstUnitTypes": []
 },
 {
  "id": "S21",
  "title": "港区光储氢综合能源站规划建设",
  "summary": "利用港区屋顶资源建设光伏、储能与加氢一体化的综合能源站。",
  "description": "港区拟利用仓库和辅助建筑屋顶建设分布式光伏约15兆瓦，并配套储能和一座日加注能力1000公斤的加氢站，为港内电动及氢能装备供能。需求征集综合能源站的整体规划设计、关键设备与能量管理方案。要求光伏就地消纳率不低于90%，储能系统具备削峰填谷和需量管理功能，加氢站满足GB 50516安全规范。验收以可研方案评审及首期工程投运为准。",
  "category": "GREEN_LOW_CARBON",
  "industryChain": [
   "新能源",
   "智慧港口"
  ],
  "tags": [
   "光伏",
   "储能",
   "加氢站",
   "综合能源",
   "微电网"
  ],
  "district": "东港区",
  "budgetMin": 800,
  "budgetMax": 1500,
  "deadline": "2027-10-31",
  "firstUnitTypes": [
   "FIRST_SET"
  ]
 },
 {
  "id": "S22",
  "title": "集装箱码头岸桥防摇与远程操控改造",
  "summary": "对岸桥实施电子防摇、吊具自动定位和远程操控改造，提升效率、降低司机劳动强度。",
  "description": "集装箱码头现有岸桥8台仍为司机室人工操作，吊具摇摆导致对位时间长，司机高空作业劳动强度大。需求对岸桥实施电子防摇、吊具自动定位及远程操控改造。要求防摇控制后吊具残余摆幅不大于±50毫米，单机作业效率不低于改造前，远控台一人可监管多台设备、控制时延小于100毫秒。验收以改造后单机效率与安全事故率为准。",
  "category": "PORT_LOGISTICS",
  "industryChain": [
   "智慧港口",
   "高端装备"
  ],
  "tags": [
   "岸桥",
   "防摇",
   "吊具定位",
   "远程操控"
  ],
  "district": "东港区",
  "budgetMin": 400,
  "budgetMax": 800,
  "deadline": "2027-09-30",
  "firstUnitTypes": [
   "FIRST_SET"
  ]
 },
 {
  "id": "S23",
  "title": "散货码头皮带机输送系统智能巡检",
  "summary": "在粉尘大、噪声高的皮带廊道中实现托辊和胶带故障的自动化巡检。",
  "description": "矿石与煤炭码头皮带机输送线总长约40公里，托辊卡阻、胶带跑偏撕裂等故障依靠人工沿线巡检，廊道粉尘大、噪声高。需求部署轨道式巡检机器人和固定式监测设备，实现托辊声音与温度异常识别、胶带表面损伤检测。要求单台机器人覆盖不少于1公里廊道，托辊故障识别准确率不低于90%，适应-20℃至50℃和高粉尘环境。验收以故障提前发现率和非计划停机时间减少为准。",
  "category": "PORT_LOGISTICS",
  "industryChain": [
   "智慧港口",
   "智能装备"
  ],
  "tags": [
   "皮带机",
   "托辊",
   "巡检",
   "输送系统"
  ],
  "district": "岚山区",
  "budgetMin": 120,
  "budgetMax": 250,
  "deadline": "2027-07-31",
  "firstUnitTypes": []
 },
 {
  "id": "S24",
  "title": "集装箱港区智能闸口与预约通行",
  "summary": "建设无人化闸口，实现集卡进出港自动识别、核验和放行。",
  "description": "港区闸口高峰时段集卡排队长达1公里，人工核对箱号、车牌和单证平均每车需2分钟。需求建设智能闸口系统，实现车牌、集装箱箱号、箱体残损的自动识别，并与码头操作系统和预约平台联动实现无人化放行。要求箱号识别准确率不低于99%，单车通行时间不超过30秒。验收以高峰期通行效率提升幅度为准。",
  "category": "PORT_LOGISTICS",
  "industryChain": [
   "智慧港口",
   "智慧物流"
  ],
  "tags": [
   "智能闸口",
   "集卡",
   "箱号识别",
   "预约通行"
  ],
  "district": "东港区",
  "budgetMin": 150,
  "budgetMax": 300,
  "deadline": "2027-06-30",
  "firstUnitTypes": []
 },
 {
  "id": "S25",
  "title": "海洋牧场水质在线监测与灾害预警",
  "summary": "在海洋牧场布设在线监测设施，对低氧、赤潮等灾害提前预警。",
  "description": "国有海洋牧场示范区海域面积约2万亩，近年夏季高温期出现低氧和赤潮，造成海参、贝类死亡损失。需求布设浮标与海床基监测站，实时监测溶解氧、水温、盐度、叶绿素等指标，结合气象海况数据实现灾害预警。要求设备在海上连续免维护运行不少于3个月，具备防生物附着措施，数据通过移动网络或北斗回传。验收以灾害预警提前量不少于24小时为准。",
  "category": "MARINE",
  "industryChain": [
   "海洋渔业",
   "海洋监测"
  ],
  "tags": [
   "海洋牧场",
   "水质监测",
   "赤潮预警",
   "低氧"
  ],
  "district": "岚山区",
  "budgetMin": 100,
  "budgetMax": 200,
  "deadline": "2027-05-31",
  "firstUnitTypes": []
 },
 {
  "id": "S26",
  "title": "深远海养殖网箱自动投喂与网衣巡检",
  "summary": "为离岸大型养殖网箱配置远程自动投喂和水下网衣巡检能力。",
  "description": "计划在离岸20公里海域布设大型钢结构养殖网箱4座，养殖许氏平鲉等品种，人工乘船投喂受海况限制、效率低。需求建设自动投喂系统和网衣水下巡检方案，按鱼群摄食状态精准投喂，及时发现网衣破损。要求投喂系统可远程控制、单箱日投喂能力不少于2吨，水下巡检可识别10厘米以上破损。验收以饲料系数下降和逃鱼事件减少为准。",
  "category": "MARINE",
  "industryChain": [
   "海洋渔业",
   "海工装备"
  ],
  "tags": [
   "深远海养殖",
   "自动投喂",
   "网衣检测",
   "网箱"
  ],
  "district": "东港区",
  "budgetMin": 200,
  "budgetMax": 400,
  "deadline": "2027-08-31",
  "firstUnitTypes": [
   "FIRST_SET"
  ]
 },
 {
  "id": "S27",
  "title": "市级医院胸部CT影像智能辅助诊断",
  "summary": "引入影像智能辅助放射科医生完成肺结节检出与报告。",
  "description": "市人民医院年胸部CT检查量超过12万例，放射科医生读片压力大，微小肺结节容易漏诊。需求部署影像辅助诊断系统，实现肺结节检出、良恶性风险评估和结构化报告生成，并与PACS、RIS系统集成。要求产品取得国家药监局三类医疗器械注册证，结节检出敏感度不低于95%。验收以放射科实际使用3个月后的诊断效率提升为准。",
  "category": "HEALTH",
  "industryChain": [
   "医疗卫生",
   "人工智能"
  ],
  "tags": [
   "胸部CT",
   "肺结节",
   "辅助诊断",
   "放射科"
  ],
  "district": "东港区",
  "budgetMin": 80,
  "budgetMax": 150,
  "deadline": "2027-04-30",
  "firstUnitTypes": []
 },
 {
  "id": "S28",
  "title": "县域医共体慢病远程管理",
  "summary": "建设覆盖县乡村的慢病远程管理平台，提升高血压、糖尿病规范管理率。",
  "description": "莒县医共体覆盖乡镇卫生院20家、村卫生室500余家，高血压、糖尿病患者约12万人，随访依靠村医电话和上门，数据分散、质量不高。需求建设慢病远程管理平台，接入智能血压计、血糖仪等设备，实现自动随访、异常预警和上级医院远程指导。要求设备数据自动上传，随访完成率提升至90%，支持与基本公共卫生系统对接。验收以规范管理率提升幅度为准。",
  "category": "HEALTH",
  "industryChain": [
   "医疗卫生",
   "数字健康"
  ],
  "tags": [
   "慢病管理",
   "远程随访",
   "医共体",
   "高血压"
  ],
  "district": "莒县",
  "budgetMin": 60,
  "budgetMax": 120,
  "deadline": "2027-07-31",
  "firstUnitTypes": []
 },
 {
  "id": "S29",
  "title": "化工园区危化品泄漏智能监测预警",
  "summary": "采用非接触式监测手段，实现园区储罐区和管廊泄漏的可视化发现与源头定位。",
  "description": "岚山化工园区有危化品生产和储存企业20余家，储罐区与管廊的VOCs及可燃有毒气体泄漏依靠固定点式探测器，覆盖有盲区、难以定位泄漏源。需求建设园区级泄漏监测预警系统，采用红外光学气体成像、激光遥测等非接触手段，实现泄漏可视化和源头定位，并与园区应急平台联动。要求对甲烷等典型气体探测距离不少于100米，报警响应时间小于10秒。验收以模拟泄漏测试和误报率为准。",
  "category": "PUBLIC_SAFETY",
  "industryChain": [
   "石化化工",
   "安全生产"
  ],
  "tags": [
   "危化品",
   "泄漏监测",
   "气体成像",
   "化工园区"
  ],
  "district": "岚山区",
  "budgetMin": 200,
  "budgetMax": 400,
  "deadline": "2027-09-30",
  "firstUnitTypes": []
 },
 {
  "id": "S30",
  "title": "城市内涝积水监测与排水调度",
  "summary": "建设易涝点和排水管网监测体系，实现内涝提前预警和泵站联动调度。",
  "description": "城区下穿立交、低洼路段约60处在汛期短时强降雨时易积水，排水管网运行状态不清，应急调度主要靠经验。需求布设积水深度、管网液位和流量监测设备，结合降雨预报建立内涝预警模型，并对泵站实施联动调度。要求监测设备采用低功耗无线传输，积水深度测量误差不超过1厘米，预警发布提前量不少于30分钟。验收以汛期实际运行效果为准。",
  "category": "PUBLIC_SAFETY",
  "industryChain": [
   "城市治理",
   "应急管理"
  ],
  "tags": [
   "内涝",
   "积水监测",
   "排水调度",
   "汛期"
  ],
  "district": "日照经济技术开发区",
  "budgetMin": 100,
  "budgetMax": 200,
  "deadline": "2027-05-31",
  "firstUnitTypes": []
 }
];

export const DEV_SOLUTIONS: DevSolution[] = [
 {
  "id": "P001",
  "title": "激光甲烷遥测云台",
  "summary": "基于TDLAS技术的非接触式远距离可燃气体泄漏监测设备。",
  "description": "云台采用可调谐二极管激光吸收光谱技术，对甲烷的探测距离可达150米，灵敏度5ppm·m。可按预设点位巡航扫描并联动可见光摄像机定位泄漏点。适用于储罐区、液化天然气站和天然气场站。",
  "category": "PUBLIC_SAFETY",
  "industryChain": [
   "石化化工",
   "安全监测"
  ],
  "tags": [
   "激光遥测",
   "TDLAS",
   "甲烷",
   "非接触检测"
  ],
  "trl": 9,
  "priceMin": 30,
  "priceMax": 80,
  "enterpriseTier": "TECH_SME",
  "district": "岚山区",
  "firstUnit": null
 },
 {
  "id": "P002",
  "title": "养殖网衣检测水下机器人",
  "summary": "贴附网衣自主巡检、识别破损和附着物的ROV。",
  "description": "机器人工作水深100米，采用视觉和声呐融合定位，可沿网衣自主巡航拍摄，自动识别5厘米以上破洞和严重生物附着。配备网衣清洗模块，可一机多用。已在多座大型养殖网箱和养殖工船使用。",
  "category": "MARINE",
  "industryChain": [
   "海洋渔业",
   "水下机器人"
  ],
  "tags": [
   "ROV",
   "网衣检测",
   "水下机器人",
   "破洞识别"
  ],
  "trl": 7,
  "priceMin": 60,
  "priceMax": 150,
  "enterpriseTier": "TECH_SME",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P003",
  "title": "网格化社会治理事件管理系统",
  "summary": "支撑网格员上报、部门流转和考核的基层治理信息系统。",
  "description": "系统提供网格划分、人员管理、移动端事件上报和多级流转处置功能，支持事件统计分析与绩效考核。可与12345热线等系统对接，实现事件统一受理。已在多个街道和县区使用。",
  "category": "DIGITAL",
  "industryChain": [
   "城市治理",
   "电子政务"
  ],
  "tags": [
   "网格化管理",
   "事件流转",
   "基层治理"
  ],
  "trl": 9,
  "priceMin": 30,
  "priceMax": 80,
  "enterpriseTier": "TECH_SME",
  "district": "东港区",
  "firstUnit": null
 },
 {
  "id": "P004",
  "title": "噪声记录仪与管网泄漏定位系统",
  "summary": "通过管道噪声监测和相关分析实现暗漏自动发现与定位。",
  "description": "噪声记录仪磁吸安装于阀门和消火栓，夜间自动采集管道噪声并经NB-IoT上传，电池寿命可达6年。平台采用相关分析算法计算相邻测点之间的泄漏位置，定位误差约±5米，泄漏监测告警推送至巡检人员。已在多个城市供水企业累计布设超过2万台。",
  "category": "DIGITAL",
  "industryChain": [
   "水务",
   "物联网"
  ],
  "tags": [
   "泄漏监测",
   "噪声记录仪",
   "NB-IoT",
   "泄漏定位"
  ],
  "trl": 9,
  "priceMin": 80,
  "priceMax": 200,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P005",
  "title": "医用恒温冷链箱及温度追溯终端",
  "summary": "适用于血液、疫苗和检验样本运输的智能保温箱。",
  "description": "采用相变蓄冷材料和真空绝热板，可在2–8℃区间保持12小时以上。内置温度、位置和开箱记录终端，数据实时上传并可生成运输温度曲线。已在多家血站和疾控中心使用。",
  "category": "HEALTH",
  "industryChain": [
   "医疗卫生",
   "冷链物流"
  ],
  "tags": [
   "冷链箱",
   "温度追溯",
   "血液运输",
   "疫苗"
  ],
  "trl": 9,
  "priceMin": 1,
  "priceMax": 5,
  "enterpriseTier": "TECH_SME",
  "district": "日照经济技术开发区",
  "firstUnit": null
 },
 {
  "id": "P006",
  "title": "胸部X射线影像AI筛查软件",
  "summary": "用于胸片肺结核、尘肺和肺炎征象筛查的智能软件。",
  "description": "软件对数字化X射线胸片进行自动分析，提示结核、尘肺、肺部感染等异常征象并自动判读分级。适合体检中心和基层医疗机构的大规模筛查。已取得二类医疗器械注册证。",
  "category": "HEALTH",
  "industryChain": [
   "医疗器械",
   "人工智能"
  ],
  "tags": [
   "X射线",
   "胸片",
   "AI筛查",
   "尘肺",
   "自动判读"
  ],
  "trl": 8,
  "priceMin": 20,
  "priceMax": 50,
  "enterpriseTier": "TECH_SME",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P007",
  "title": "施工进度与成本5D协同软件",
  "summary": "将三维信息模型与进度、成本数据关联的施工管理工具。",
  "description": "软件可将三维信息模型与进度计划、工程量清单挂接，进行施工模拟和资金计划测算，自动统计已完工程量。支持设计变更对造价影响的快速分析。适用于房建和市政项目的施工总承包方与建设单位。",
  "category": "DIGITAL",
  "industryChain": [
   "建筑业"
  ],
  "tags": [
   "5D",
   "进度管理",
   "成本管控",
   "施工模拟"
  ],
  "trl": 9,
  "priceMin": 30,
  "priceMax": 80,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P008",
  "title": "超声波远传智能水表",
  "summary": "采用超声波计量和物联网通信的户用及大口径智能水表。",
  "description": "水表无机械运动部件，始动流量低、长期计量稳定，支持NB-IoT和LoRa远传。可记录逆流、空管和异常用水事件，电池寿命10年。已在多地水务公司规模化安装。",
  "category": "DIGITAL",
  "industryChain": [
   "水务",
   "物联网"
  ],
  "tags": [
   "智能水表",
   "超声波计量",
   "远传抄表"
  ],
  "trl": 9,
  "priceMin": 50,
  "priceMax": 300,
  "enterpriseTier": "TECH_SME",
  "district": "日照经济技术开发区",
  "firstUnit": null
 },
 {
  "id": "P009",
  "title": "集卡预约与集疏运协同平台",
  "summary": "平衡码头进出港车流的集卡作业预约和车队协同系统。",
  "description": "平台按码头作业能力发布时段配额，车队在线预约提箱与送箱时段，并与闸口和堆场计划联动。提供排队信息发布和电子设备交接单。已在多个港口缓解了高峰拥堵。",
  "category": "PORT_LOGISTICS",
  "industryChain": [
   "智慧港口",
   "智慧物流"
  ],
  "tags": [
   "集卡预约",
   "集疏运",
   "时段配额",
   "电子交接单"
  ],
  "trl": 8,
  "priceMin": 50,
  "priceMax": 120,
  "enterpriseTier": "TECH_SME",
  "district": "东港区",
  "firstUnit": null
 },
 {
  "id": "P010",
  "title": "轧钢产线质量大数据分析与追溯系统",
  "summary": "汇聚工艺参数与质检结果的钢铁产品质量管控系统。",
  "description": "系统采集加热炉、轧机、层流冷却等工序的过程数据，与钢卷质检结果关联，实现质量问题追溯和工艺参数寻优。可对性能不合和表面质量异议进行根因分析。已在多家钢铁企业的热轧和冷轧厂应用。",
  "category": "SMART_MANUFACTURING",
  "industryChain": [
   "钢铁",
   "工业互联网"
  ],
  "tags": [
   "质量追溯",
   "工艺大数据",
   "MES",
   "根因分析"
  ],
  "trl": 8,
  "priceMin": 80,
  "priceMax": 200,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P011",
  "title": "大型钢结构锈蚀与裂纹智能识别算法",
  "summary": "面向起重机、桥梁、塔架等钢结构图像的缺陷智能识别服务。",
  "description": "基于深度学习对航拍或手持拍摄的钢结构图像进行分析，可识别涂层剥落、锈蚀、焊缝裂纹、螺栓缺失与松动等12类表面缺陷。模型针对高空远距离拍摄的小目标做了专门优化，在港口门机和跨海桥梁数据集上的识别准确率约92%。提供私有化部署和接口两种方式，输出带定位标注的检测报告。",
  "category": "DIGITAL",
  "industryChain": [
   "人工智能",
   "智慧港口"
  ],
  "tags": [
   "钢结构",
   "缺陷识别",
   "锈蚀",
   "裂纹",
   "AI"
  ],
  "trl": 6,
  "priceMin": 20,
  "priceMax": 50,
  "enterpriseTier": "TECH_SME",
  "district": "日照高新技术产业开发区",
  "firstUnit": null
 },
 {
  "id": "P012",
  "title": "智能票据OCR识别与验真平台",
  "summary": "支持多版式票据识别、查验和结构化输出的财务OCR产品。",
  "description": "平台可识别增值税发票、数电票、火车票、过路费发票及各类自定义单据，关键字段识别准确率超过99%。支持印章遮挡、倾斜拍照和手写内容识别，并可调用税务接口批量验真查重。提供标准接口对接主流财务与报销系统。",
  "category": "DIGITAL",
  "industryChain": [
   "财税服务",
   "人工智能"
  ],
  "tags": [
   "OCR",
   "发票识别",
   "发票验真",
   "报销"
  ],
  "trl": 9,
  "priceMin": 20,
  "priceMax": 60,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P013",
  "title": "低空飞行服务与监管一体化平台",
  "summary": "支撑城市低空飞行计划申报、监视与协同运行的UTM软件平台。",
  "description": "平台提供飞行计划在线申报与审批、空域三维网格化管理、电子围栏和冲突告警功能。可融合ADS-B、网联无人机上报、监视雷达和光电设备数据，实现合作与非合作目标统一态势。已在多个低空经济试点城市落地，获得首版次软件认定。",
  "category": "LOW_ALTITUDE",
  "industryChain": [
   "低空经济",
   "新一代信息技术"
  ],
  "tags": [
   "UTM",
   "飞行服务",
   "空域管理",
   "电子围栏",
   "融合监视"
  ],
  "trl": 7,
  "priceMin": 400,
  "priceMax": 800,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": {
   "type": "FIRST_VERSION",
   "status": "RECOGNISED"
  }
 },
 {
  "id": "P014",
  "title": "输送廊道挂轨式巡检机器人",
  "summary": "在输送机廊道内沿轨道运行、自动识别托辊与胶带故障的机器人。",
  "description": "机器人搭载拾音阵列、红外热像仪和高清相机，可沿挂轨在长距离廊道内往复运行，通过声纹和温度分析识别托辊卡阻、轴承异响。整机防尘防水，工作温度-25℃至60℃，单台可覆盖1.5公里。已在煤矿、电厂和港口散货码头应用。",
  "category": "PORT_LOGISTICS",
  "industryChain": [
   "智慧港口",
   "智能装备"
  ],
  "tags": [
   "挂轨机器人",
   "输送机",
   "托辊",
   "声纹识别"
  ],
  "trl": 8,
  "priceMin": 40,
  "priceMax": 90,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P015",
  "title": "船载系留无人机海上监视系统",
  "summary": "可在执法船或岸基平台上长时滞空的系留式海上观测系统。",
  "description": "系统通过系留线缆持续供电，飞行器可随船移动并在100米高度悬停，连续滞空超过24小时。搭载光电吊舱和AIS接收模块，可对10海里内船只进行昼夜识别与跟踪，视频经船载宽带回传指挥中心。整机防水并对关键部件做防盐雾处理。",
  "category": "LOW_ALTITUDE",
  "industryChain": [
   "低空经济",
   "海洋执法"
  ],
  "tags": [
   "系留无人机",
   "海上监视",
   "AIS",
   "光电吊舱",
   "防盐雾"
  ],
  "trl": 7,
  "priceMin": 90,
  "priceMax": 180,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P016",
  "title": "二氧化碳排放连续监测系统",
  "summary": "在排放口直接测量二氧化碳浓度与烟气流量的碳排放在线监测设备。",
  "description": "系统采用非分散红外或激光原理测量烟气二氧化碳浓度，配合超声波流量计计算实时排放量，数据满足碳排放监测技术规范要求。可与企业DCS和生态环境部门平台联网。已在电力、钢铁企业开展碳监测评估试点。",
  "category": "GREEN_LOW_CARBON",
  "industryChain": [
   "节能环保",
   "钢铁"
  ],
  "tags": [
   "CEMS",
   "碳排放监测",
   "CO2",
   "烟气流量"
  ],
  "trl": 8,
  "priceMin": 80,
  "priceMax": 200,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P017",
  "title": "带钢表面质量在线检测系统",
  "summary": "采用线阵相机和深度学习的热轧、冷轧带钢表面质量检测装备。",
  "description": "系统在轧线上下表面各布置多台高速线阵相机和线光源，可在20米/秒以上带速下检测0.3毫米级瑕疵。深度学习模型可对结疤、辊印、划伤、边裂等30余类瑕疵分类，并将瑕疵图谱与钢卷号绑定。设备带水冷防护罩，已在国内多条热轧线稳定运行并获首台套认定。",
  "category": "SMART_MANUFACTURING",
  "industryChain": [
   "钢铁",
   "机器视觉"
  ],
  "tags": [
   "表面质量",
   "线阵相机",
   "带钢",
   "深度学习"
  ],
  "trl": 9,
  "priceMin": 380,
  "priceMax": 650,
  "enterpriseTier": "TECH_LEADER",
  "district": "市外",
  "firstUnit": {
   "type": "FIRST_SET",
   "status": "RECOGNISED"
  }
 },
 {
  "id": "P018",
  "title": "智慧文旅票务与分时预约系统",
  "summary": "支持线上售票、分时预约和闸机核验的景区票务方案。",
  "description": "系统支持小程序和在线旅游平台多渠道售票、分时段预约，入园通过人脸或二维码核验。提供实时入园人数统计和销售报表。已服务数十家景区和博物馆。",
  "category": "DIGITAL",
  "industryChain": [
   "文化旅游"
  ],
  "tags": [
   "票务系统",
   "分时预约",
   "闸机",
   "文旅"
  ],
  "trl": 9,
  "priceMin": 20,
  "priceMax": 60,
  "enterpriseTier": "TECH_SME",
  "district": "山海天旅游度假区",
  "firstUnit": null
 },
 {
  "id": "P019",
  "title": "企业电子档案与文档管理系统",
  "summary": "覆盖文件收集、归档、检索与利用的档案信息化系统。",
  "description": "系统支持公文、合同、会计凭证等电子文件自动归档和四性检测，提供全文检索和分类浏览。可与办公、财务系统对接，实现电子会计档案单套制管理。已在多家国企和事业单位应用。",
  "category": "DIGITAL",
  "industryChain": [
   "电子政务",
   "企业信息化"
  ],
  "tags": [
   "电子档案",
   "全文检索",
   "文档管理",
   "会计档案"
  ],
  "trl": 9,
  "priceMin": 30,
  "priceMax": 80,
  "enterpriseTier": "TECH_SME",
  "district": "东港区",
  "firstUnit": null
 },
 {
  "id": "P020",
  "title": "企业碳资产管理平台",
  "summary": "面向控排企业的碳排放核算、配额与交易管理软件。",
  "description": "平台按行业核算指南自动计算企业和工序碳排放，生成月度报告和年度排放报告，并对配额盈缺进行预测。支持CCER等减排量管理和交易策略分析。已服务多家钢铁、水泥和电力企业。",
  "category": "GREEN_LOW_CARBON",
  "industryChain": [
   "节能环保",
   "双碳服务"
  ],
  "tags": [
   "碳资产",
   "碳核算",
   "配额管理",
   "碳交易"
  ],
  "trl": 9,
  "priceMin": 30,
  "priceMax": 80,
  "enterpriseTier": "TECH_SME",
  "district": "日照高新技术产业开发区",
  "firstUnit": null
 },
 {
  "id": "P021",
  "title": "无线可燃有毒气体探测器",
  "summary": "采用LoRa无线组网、免布线安装的工业气体探测器。",
  "description": "探测器可检测可燃气体、硫化氢、一氧化碳等多种气体，防爆等级Ex d IIC T6，电池供电可连续工作2年。通过LoRa组网将数据上传至报警控制平台，适合检修区域和布线困难装置区的补盲。已在多个化工园区和油库应用。",
  "category": "PUBLIC_SAFETY",
  "industryChain": [
   "石化化工",
   "物联网"
  ],
  "tags": [
   "气体探测",
   "LoRa",
   "无线组网",
   "防爆"
  ],
  "trl": 9,
  "priceMin": 10,
  "priceMax": 60,
  "enterpriseTier": "TECH_SME",
  "district": "岚山区",
  "firstUnit": null
 },
 {
  "id": "P022",
  "title": "排水管网液位流量监测与泵站联调系统",
  "summary": "面向城市排水防涝的管网在线监测与泵站智能调度系统。",
  "description": "在排水管网关键节点布设液位计和多普勒流量计，实时掌握管网运行负荷。平台结合降雨预报和管网模型，生成泵站开启和闸门调度建议，并可远程控制泵站。已在多个海绵城市建设项目中应用。",
  "category": "PUBLIC_SAFETY",
  "industryChain": [
   "水务",
   "城市治理"
  ],
  "tags": [
   "排水管网",
   "液位监测",
   "泵站调度",
   "SCADA"
  ],
  "trl": 8,
  "priceMin": 100,
  "priceMax": 250,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P023",
  "title": "港口智能闸口系统",
  "summary": "实现集卡进出港自动识别、验残和放行的无人化闸口方案。",
  "description": "闸口部署多角度相机和激光雷达，自动识别车牌、集装箱箱号、箱型和铅封，箱号识别率超过99.5%，并通过图像比对自动识别箱体残损。系统与码头TOS和预约平台联动，单车通过时间约20秒。已在多个沿海集装箱码头上线。",
  "category": "PORT_LOGISTICS",
  "industryChain": [
   "智慧港口"
  ],
  "tags": [
   "智能闸口",
   "箱号识别",
   "OCR",
   "验残",
   "TOS"
  ],
  "trl": 9,
  "priceMin": 150,
  "priceMax": 300,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P024",
  "title": "胸部CT肺结节AI辅助诊断软件",
  "summary": "取得三类医疗器械注册证的肺结节智能检出与分析产品。",
  "description": "软件自动检出胸部CT中的实性、磨玻璃和混合性结节，给出体积、密度和恶性风险评估，敏感度超过96%。支持随访对比和结构化报告自动生成，可与医院PACS/RIS无缝集成。已在全国数百家医院部署。",
  "category": "HEALTH",
  "industryChain": [
   "医疗器械",
   "人工智能"
  ],
  "tags": [
   "肺结节",
   "CT",
   "AI辅助诊断",
   "三类证",
   "PACS"
  ],
  "trl": 9,
  "priceMin": 60,
  "priceMax": 120,
  "enterpriseTier": "TECH_LEADER",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P025",
  "title": "红外光学气体成像泄漏监测系统",
  "summary": "让VOCs和甲烷等气体泄漏\"可视化\"的固定式与手持式OGI设备。",
  "description": "采用制冷型中波红外探测器，可对甲烷、乙烯、苯等多种气体泄漏形成可见烟羽图像，100米外可探测典型泄漏。固定式云台可24小时扫描储罐区和管廊，智能算法自动识别泄漏并定位源头，报警时间小于5秒。已在多个石化基地和化工园区应用。",
  "category": "PUBLIC_SAFETY",
  "industryChain": [
   "石化化工",
   "安全监测"
  ],
  "tags": [
   "OGI",
   "红外成像",
   "VOCs",
   "气体可视化"
  ],
  "trl": 8,
  "priceMin": 150,
  "priceMax": 350,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": {
   "type": "FIRST_SET",
   "status": "APPLYING"
  }
 },
 {
  "id": "P026",
  "title": "旅游客流大数据监测与预测平台",
  "summary": "融合运营商信令、视频和票务数据的旅游客流大数据系统。",
  "description": "平台通过手机信令和无线探针统计区域游客数量与来源地，结合闸机票务和视频计数修正结果，生成实时热力图。基于时间序列模型对未来2–4小时游客量进行预测，超过承载量自动预警并联动广播与诱导屏。已在多个5A级景区和海滨度假区运行。",
  "category": "DIGITAL",
  "industryChain": [
   "文化旅游",
   "大数据"
  ],
  "tags": [
   "游客统计",
   "热力图",
   "信令大数据",
   "承载量预警"
  ],
  "trl": 8,
  "priceMin": 80,
  "priceMax": 180,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P027",
  "title": "深远海网箱智能投喂系统",
  "summary": "基于气力输送和摄食识别的大型网箱远程投喂装备。",
  "description": "系统由饲料仓、气力输送管路和旋转撒料器组成，单套最大投喂能力每小时3吨，可同时服务多个网箱。利用水下相机和声学监测判断鱼群摄食强度，自动调节投喂速度，减少饲料浪费。支持通过卫星或蜂窝网络远程控制，已在黄海和南海深远海养殖平台应用。",
  "category": "MARINE",
  "industryChain": [
   "海洋渔业",
   "海工装备"
  ],
  "tags": [
   "自动投喂",
   "深远海养殖",
   "摄食识别",
   "网箱"
  ],
  "trl": 8,
  "priceMin": 150,
  "priceMax": 300,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": {
   "type": "FIRST_SET",
   "status": "APPLYING"
  }
 },
 {
  "id": "P028",
  "title": "工业数字射线缺陷自动评级软件",
  "summary": "对铸件、焊缝数字射线图像进行缺陷自动识别与评级的智能软件。",
  "description": "软件对接主流DR平板探测器，对气孔、缩孔、疏松、夹杂等内部缺陷进行自动检出和尺寸测量，并按ASTM E505、GB/T 9438等标准评级。单幅图像处理时间小于2秒，可输出合格判定和检测报告。已在铝合金轮毂和汽车底盘铸件企业应用。",
  "category": "SMART_MANUFACTURING",
  "industryChain": [
   "汽车零部件",
   "无损检测"
  ],
  "tags": [
   "DR",
   "射线检测",
   "铸件缺陷",
   "自动评级",
   "无损检测"
  ],
  "trl": 8,
  "priceMin": 60,
  "priceMax": 150,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P029",
  "title": "城市积水深度监测站",
  "summary": "安装于下穿立交和低洼路段的积水实时监测与警示设备。",
  "description": "设备采用雷达和压力双传感器测量积水深度，精度±1厘米，超阈值时自动联动路侧显示屏和声光警示。太阳能与电池双供电，支持窄带物联网和蜂窝网络传输。已在多个城市的易涝点部署。",
  "category": "PUBLIC_SAFETY",
  "industryChain": [
   "城市治理",
   "应急管理"
  ],
  "tags": [
   "积水监测",
   "易涝点",
   "雷达水位",
   "声光警示"
  ],
  "trl": 9,
  "priceMin": 60,
  "priceMax": 150,
  "enterpriseTier": "TECH_SME",
  "district": "日照经济技术开发区",
  "firstUnit": null
 },
 {
  "id": "P030",
  "title": "私有化大模型知识库问答一体机",
  "summary": "软硬一体、开箱即用的企业知识库问答解决方案。",
  "description": "一体机预装国产大模型和向量数据库，可批量解析办公文档和扫描件，基于RAG技术生成回答并标注引用出处。支持按部门和密级进行权限控制，全部数据本地存储，适配信创操作系统和国产加速卡。已在多家省属国企用于规章制度和安全规程查询。",
  "category": "DIGITAL",
  "industryChain": [
   "人工智能",
   "信创"
  ],
  "tags": [
   "LLM",
   "知识库",
   "RAG",
   "一体机",
   "信创"
  ],
  "trl": 8,
  "priceMin": 60,
  "priceMax": 150,
  "enterpriseTier": "HIGH_TECH",
  "district": "日照高新技术产业开发区",
  "firstUnit": {
   "type": "FIRST_VERSION",
   "status": "APPLYING"
  }
 },
 {
  "id": "P031",
  "title": "AI智能语音外呼与随访机器人",
  "summary": "基于语音识别和对话模型的自动电话问答随访系统。",
  "description": "机器人按预设话术批量拨打电话，与患者进行多轮智能问答，自动记录血压、血糖和用药情况，异常情况转人工处理。支持普通话和山东方言识别，单日外呼能力可达数万通。已在基层医疗机构用于慢病随访和体检提醒。",
  "category": "HEALTH",
  "industryChain": [
   "医疗卫生",
   "人工智能"
  ],
  "tags": [
   "智能外呼",
   "语音识别",
   "随访",
   "智能问答"
  ],
  "trl": 8,
  "priceMin": 15,
  "priceMax": 40,
  "enterpriseTier": "STARTUP",
  "district": "莒县",
  "firstUnit": null
 },
 {
  "id": "P032",
  "title": "路侧高位视频泊位管理系统",
  "summary": "通过高位摄像机实现路侧停车自动计费的智慧停车方案。",
  "description": "在路灯杆上安装高位视频设备，单台可覆盖10–20个泊位，自动抓拍车辆驶入驶出全过程并识别车牌。系统采用补光与去雾算法，夜间和雨雾天气车牌识别准确率保持在99%以上，证据链自动生成。支持无感支付、欠费追缴和对接城市停车平台。",
  "category": "DIGITAL",
  "industryChain": [
   "智慧交通",
   "城市治理"
  ],
  "tags": [
   "高位视频",
   "路侧停车",
   "车牌识别",
   "无感支付"
  ],
  "trl": 9,
  "priceMin": 150,
  "priceMax": 300,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P033",
  "title": "垂直起降固定翼长航时巡查无人机",
  "summary": "集成可见光与红外热成像双光吊舱的复合翼无人机系统。",
  "description": "飞行器采用垂直起降复合翼布局，无需跑道即可在山地、船甲板等狭小场地起降，续航可达150分钟，控制半径50公里。双光吊舱集成640×512红外热成像和30倍光学变焦，可自动识别高温异常点并输出经纬度坐标。已用于林区巡护、海岸线巡查和大范围应急侦察任务。",
  "category": "LOW_ALTITUDE",
  "industryChain": [
   "低空经济",
   "应急管理"
  ],
  "tags": [
   "VTOL",
   "复合翼",
   "红外热成像",
   "长航时",
   "双光吊舱"
  ],
  "trl": 8,
  "priceMin": 80,
  "priceMax": 160,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P034",
  "title": "起重机结构健康监测系统",
  "summary": "对大型港口起重机钢结构应力、振动和疲劳进行在线监测的系统。",
  "description": "在主梁、门腿、臂架关键部位布置应变和加速度传感器，实时监测结构应力与振动，并基于疲劳模型评估剩余寿命。超限时自动告警并记录载荷谱。已在多座集装箱和散货码头应用。",
  "category": "PORT_LOGISTICS",
  "industryChain": [
   "智慧港口",
   "特种设备"
  ],
  "tags": [
   "结构健康监测",
   "应力监测",
   "疲劳评估",
   "起重机"
  ],
  "trl": 8,
  "priceMin": 40,
  "priceMax": 100,
  "enterpriseTier": "TECH_SME",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P035",
  "title": "飞防作业调度与施药溯源平台",
  "summary": "面向农业社会化服务组织的飞防订单、机手调度和施药记录管理系统。",
  "description": "平台支持地块测绘导入、作业任务派发、机手和机具调度，自动采集植保机飞行轨迹、喷洒流量和药剂批次。每个地块形成可追溯的施药电子档案，可对接农产品质量追溯和出口备案要求。已服务数百家植保合作社。",
  "category": "DIGITAL",
  "industryChain": [
   "现代农业",
   "数字农业"
  ],
  "tags": [
   "飞防调度",
   "施药记录",
   "质量追溯",
   "农业社会化服务"
  ],
  "trl": 8,
  "priceMin": 10,
  "priceMax": 30,
  "enterpriseTier": "STARTUP",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P036",
  "title": "丘陵茶园植保无人机及飞防服务",
  "summary": "适配山地梯田的植保无人机和统防统治作业服务。",
  "description": "采用40升药箱多旋翼植保无人机，配备毫米波雷达仿地飞行和离心变量喷头，可沿自主航线在坡度30度以内的梯田茶园作业。单机日作业能力约400亩，每亩用药量较人工减少约25%，作业轨迹与喷洒量自动上传。团队已在日照、临沂等地茶园和果园完成飞防服务超过20万亩次。",
  "category": "LOW_ALTITUDE",
  "industryChain": [
   "低空经济",
   "现代农业"
  ],
  "tags": [
   "植保无人机",
   "飞防",
   "仿地飞行",
   "茶园",
   "变量喷洒"
  ],
  "trl": 9,
  "priceMin": 15,
  "priceMax": 40,
  "enterpriseTier": "TECH_SME",
  "district": "东港区",
  "firstUnit": null
 },
 {
  "id": "P037",
  "title": "智慧工地综合监管系统",
  "summary": "覆盖塔吊、升降机、扬尘和劳务实名的施工现场物联网方案。",
  "description": "系统在施工现场部署塔吊防碰撞、升降机监控、扬尘噪声监测和人员实名制闸机，数据汇聚至项目看板。支持安全隐患随手拍和整改闭环。已在数百个房建和市政工地应用。",
  "category": "DIGITAL",
  "industryChain": [
   "建筑业",
   "物联网"
  ],
  "tags": [
   "智慧工地",
   "塔吊监控",
   "劳务实名",
   "扬尘监测"
  ],
  "trl": 9,
  "priceMin": 20,
  "priceMax": 60,
  "enterpriseTier": "TECH_SME",
  "district": "日照高新技术产业开发区",
  "firstUnit": null
 },
 {
  "id": "P038",
  "title": "人群密度视频分析与踩踏风险预警系统",
  "summary": "基于视频人工智能的重点区域人群计数与拥挤态势分析系统。",
  "description": "系统利用现有摄像机对广场、通道、海滩等区域进行人群计数和密度估计，计数误差小于10%。可识别逆行、聚集、奔跑等异常行为，并按密度阈值分级预警。已用于大型活动安保和城市节假日人流管控。",
  "category": "PUBLIC_SAFETY",
  "industryChain": [
   "公共安全",
   "人工智能"
  ],
  "tags": [
   "人群密度",
   "视频计数",
   "踩踏预警",
   "大型活动"
  ],
  "trl": 8,
  "priceMin": 40,
  "priceMax": 100,
  "enterpriseTier": "TECH_SME",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P039",
  "title": "工业视觉缺陷检测通用平台",
  "summary": "支持小样本训练和产线快速部署的工业人工智能质检软件。",
  "description": "平台提供图像标注、模型训练、边缘部署一体化工具，少量缺陷样本即可训练可用模型。支持面阵、线阵、3D相机和X射线图像输入，已用于金属件、纺织品、电池极片等多类产品检测。企业工程师可自行迭代模型。",
  "category": "SMART_MANUFACTURING",
  "industryChain": [
   "智能制造",
   "人工智能"
  ],
  "tags": [
   "工业视觉",
   "AI质检",
   "小样本",
   "边缘部署"
  ],
  "trl": 7,
  "priceMin": 40,
  "priceMax": 100,
  "enterpriseTier": "STARTUP",
  "district": "日照经济技术开发区",
  "firstUnit": null
 },
 {
  "id": "P040",
  "title": "高点视频林火烟火智能识别系统",
  "summary": "利用制高点瞭望云台和智能算法实现林火早期自动发现。",
  "description": "在山顶铁塔或通信塔上部署可见光与热成像双光云台，单点监控半径可达8公里。后端智能算法对烟雾和明火进行全天候识别，并通过多点交汇实现火点定位，识别后自动推送告警。已在山东、福建多个林区建成覆盖数十万亩的智能瞭望网络。",
  "category": "PUBLIC_SAFETY",
  "industryChain": [
   "林业",
   "应急管理"
  ],
  "tags": [
   "烟火识别",
   "瞭望",
   "热成像云台",
   "林火预警"
  ],
  "trl": 9,
  "priceMin": 100,
  "priceMax": 220,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P041",
  "title": "地磁与视频桩泊位检测终端",
  "summary": "结合地磁感应和低位视频桩的路侧泊位检测设备。",
  "description": "地磁传感器埋设于泊位内检测车辆有无，低位视频桩抓拍车牌，两者数据融合提升检测准确率。设备由电池供电，安装无需大规模布线。适合树木遮挡较多、不具备高位安装条件的街道。",
  "category": "DIGITAL",
  "industryChain": [
   "智慧交通",
   "物联网"
  ],
  "tags": [
   "地磁",
   "视频桩",
   "泊位检测",
   "路侧停车"
  ],
  "trl": 9,
  "priceMin": 100,
  "priceMax": 250,
  "enterpriseTier": "TECH_SME",
  "district": "东港区",
  "firstUnit": null
 },
 {
  "id": "P042",
  "title": "海洋牧场数字化管理平台",
  "summary": "汇聚监测、养殖和作业数据的海洋牧场管理与预警系统。",
  "description": "平台整合浮标、海床基、水下视频和气象海况数据，建立低氧、赤潮和高温灾害预警模型。提供养殖生产台账、投喂记录和休闲海钓业务管理功能。已在山东多个国家级海洋牧场示范区应用。",
  "category": "MARINE",
  "industryChain": [
   "海洋渔业",
   "数字化"
  ],
  "tags": [
   "海洋牧场",
   "赤潮预警",
   "低氧预警",
   "数字化平台"
  ],
  "trl": 8,
  "priceMin": 50,
  "priceMax": 120,
  "enterpriseTier": "TECH_SME",
  "district": "岚山区",
  "firstUnit": null
 },
 {
  "id": "P043",
  "title": "船舶岸电系统",
  "summary": "为靠港船舶提供变频变压供电、减少辅机燃油排放的岸基电源设备。",
  "description": "系统由高压变频电源、岸电接电箱和电缆管理装置组成，支持50/60赫兹供电，容量0.5–4兆伏安。可显著减少靠港船舶的燃油消耗和污染物排放。已在国内多个集装箱和散货码头投用。",
  "category": "GREEN_LOW_CARBON",
  "industryChain": [
   "新能源",
   "智慧港口"
  ],
  "tags": [
   "岸电",
   "靠港船舶",
   "变频电源",
   "节能减排"
  ],
  "trl": 9,
  "priceMin": 200,
  "priceMax": 800,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P044",
  "title": "县域慢病一体化管理平台",
  "summary": "连接智能监测设备、村医和上级医院的慢病全流程管理系统。",
  "description": "平台为高血压、糖尿病患者建立电子档案，接入物联网血压计、血糖仪数据并自动判断异常。村医和家庭医生团队可通过移动端完成随访，上级医院医生在线给出用药调整建议。支持对接基本公共卫生服务和医保系统，已在多个县域医共体应用。",
  "category": "HEALTH",
  "industryChain": [
   "医疗卫生",
   "数字健康"
  ],
  "tags": [
   "慢病管理",
   "医共体",
   "物联网血压计",
   "家庭医生"
  ],
  "trl": 9,
  "priceMin": 50,
  "priceMax": 120,
  "enterpriseTier": "HIGH_TECH",
  "district": "莒县",
  "firstUnit": null
 },
 {
  "id": "P045",
  "title": "出口产品碳足迹核算与CBAM申报服务",
  "summary": "帮助出口企业应对欧盟碳边境调节机制的咨询服务。",
  "description": "依据ISO 14067等标准开展产品碳足迹核算，编制欧盟CBAM报告所需的隐含排放数据。提供供应链数据收集模板和第三方核查协调服务。已服务钢铁、铝制品和化工出口企业数十家。",
  "category": "GREEN_LOW_CARBON",
  "industryChain": [
   "双碳服务",
   "国际贸易"
  ],
  "tags": [
   "碳足迹",
   "CBAM",
   "出口",
   "碳核查"
  ],
  "trl": 9,
  "priceMin": 10,
  "priceMax": 40,
  "enterpriseTier": "STARTUP",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P046",
  "title": "医学影像云PACS与AI应用平台",
  "summary": "支持影像存储、调阅和多家智能算法接入的区域影像平台。",
  "description": "平台提供影像云存储、移动调阅和远程诊断功能，并设有人工智能应用商店，可统一接入肺结节、骨折、脑卒中等第三方算法。人工智能结果回写至报告系统，支持结构化报告模板。已在多家三甲医院和区域医联体部署。",
  "category": "HEALTH",
  "industryChain": [
   "医疗卫生",
   "医疗信息化"
  ],
  "tags": [
   "PACS",
   "影像云",
   "AI平台",
   "结构化报告"
  ],
  "trl": 9,
  "priceMin": 100,
  "priceMax": 250,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P047",
  "title": "氢能重卡加氢站工程设计与安全评价服务",
  "summary": "为氢能重卡、公交等车辆提供加注保障的加氢站全过程设计咨询。",
  "description": "具备化工石化医药行业设计资质，可开展35兆帕/70兆帕加氢站及油氢合建站的可研、总图、工艺和安全设施设计，保障氢能重卡车队的加氢需求。提供HAZOP分析和安全预评价服务，设计符合GB 50516规范。已完成港口、物流园区加氢站设计项目30余座。",
  "category": "GREEN_LOW_CARBON",
  "industryChain": [
   "氢能",
   "工程咨询"
  ],
  "tags": [
   "加氢站",
   "氢能重卡",
   "工程设计",
   "安全评价",
   "HAZOP"
  ],
  "trl": 9,
  "priceMin": 50,
  "priceMax": 150,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P048",
  "title": "架空线路巡线图像缺陷AI识别平台",
  "summary": "对巡线图像中的绝缘子、金具、销钉等缺陷进行自动识别的软件平台。",
  "description": "平台内置绝缘子自爆、销钉缺失、鸟巢、防振锤滑移、异物悬挂等40余类缺陷模型，单张图片识别耗时小于1秒。支持多品牌无人驾驶航空器数据接入和杆塔航线自动生成，识别结果经人工复核后回流训练。已在多个省级电网公司推广应用。",
  "category": "DIGITAL",
  "industryChain": [
   "电力",
   "人工智能"
  ],
  "tags": [
   "架空线路",
   "缺陷识别",
   "绝缘子",
   "巡线",
   "AI"
  ],
  "trl": 8,
  "priceMin": 50,
  "priceMax": 120,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P049",
  "title": "城市停车诱导与统一支付平台",
  "summary": "整合路内外停车资源的城市级停车信息服务平台。",
  "description": "平台汇聚公共停车场和路内泊位的实时空余信息，通过诱导屏和手机小程序引导车主停车。提供统一支付、电子发票和欠费追缴功能，支持与交警、城管系统共享数据。已在多个地级市运营。",
  "category": "DIGITAL",
  "industryChain": [
   "智慧交通",
   "城市治理"
  ],
  "tags": [
   "停车诱导",
   "统一支付",
   "停车平台"
  ],
  "trl": 9,
  "priceMin": 80,
  "priceMax": 200,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P050",
  "title": "输送带撕裂与跑偏视觉检测装置",
  "summary": "基于线激光和相机的胶带表面损伤在线检测设备。",
  "description": "装置安装于输送带回程段，利用线激光三维成像实时检测纵向撕裂、划伤和接头异常，并监测胶带跑偏。发现撕裂后可在1秒内联锁停机。已在港口和钢厂原料输送线应用。",
  "category": "PORT_LOGISTICS",
  "industryChain": [
   "智慧港口",
   "机器视觉"
  ],
  "tags": [
   "撕裂检测",
   "跑偏",
   "输送带",
   "线激光"
  ],
  "trl": 8,
  "priceMin": 20,
  "priceMax": 50,
  "enterpriseTier": "TECH_SME",
  "district": "岚山区",
  "firstUnit": null
 },
 {
  "id": "P051",
  "title": "精细化海洋气象与海况预报服务",
  "summary": "为海上作业提供风、浪、流和水温的精细化数值预报服务。",
  "description": "基于高分辨率数值模式，提供近海1公里网格的风浪流和水温预报，预报时效7天，并按作业需求推送大风、大浪和高温预警。支持接口和小程序接入。已服务渔业、港航和海上风电用户。",
  "category": "MARINE",
  "industryChain": [
   "海洋气象",
   "数据服务"
  ],
  "tags": [
   "海况预报",
   "数值预报",
   "大风预警",
   "海浪"
  ],
  "trl": 9,
  "priceMin": 5,
  "priceMax": 30,
  "enterpriseTier": "STARTUP",
  "district": "日照高新技术产业开发区",
  "firstUnit": null
 },
 {
  "id": "P052",
  "title": "海洋多参数在线监测浮标",
  "summary": "用于近海养殖区的水质、气象一体化监测浮标。",
  "description": "浮标搭载溶解氧、温度、盐度、酸碱度、叶绿素、浊度等传感器，采用太阳能供电并通过移动网络和北斗双通道传输数据。传感器配备自动清洗刷和防污涂层，可连续免维护运行3个月以上。已在黄渤海多个海洋牧场和养殖区布放。",
  "category": "MARINE",
  "industryChain": [
   "海洋渔业",
   "海洋监测"
  ],
  "tags": [
   "监测浮标",
   "溶解氧",
   "叶绿素",
   "北斗通信"
  ],
  "trl": 9,
  "priceMin": 30,
  "priceMax": 80,
  "enterpriseTier": "HIGH_TECH",
  "district": "东港区",
  "firstUnit": null
 },
 {
  "id": "P053",
  "title": "智能文档处理（IDP）引擎",
  "summary": "对合同、报告、表单等非结构化文档进行解析和要素抽取的人工智能引擎。",
  "description": "引擎结合版面分析、OCR和大语言模型，可从PDF、扫描件和图片中抽取表格与关键字段，并支持跨文档比对。预置合同、单据、报告等200余种抽取模板，用户可通过少量样本自定义。支持私有化部署和批量处理接口。",
  "category": "DIGITAL",
  "industryChain": [
   "人工智能"
  ],
  "tags": [
   "IDP",
   "文档解析",
   "信息抽取",
   "OCR",
   "LLM"
  ],
  "trl": 8,
  "priceMin": 30,
  "priceMax": 80,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P054",
  "title": "海床基观测站与水下视频系统",
  "summary": "布设于海底、长期观测底层水质和生物活动的观测平台。",
  "description": "观测站通过海缆或浮标中继供电通信，集成底层溶解氧、温盐深传感器和水下高清摄像机，可观察海参、鱼类的活动与摄食状况。框架采用防拖网设计，支持潜水员或船载设备回收维护。已在多个海洋牧场运行。",
  "category": "MARINE",
  "industryChain": [
   "海洋渔业",
   "海洋监测"
  ],
  "tags": [
   "海床基",
   "水下视频",
   "底层溶解氧",
   "观测站"
  ],
  "trl": 8,
  "priceMin": 60,
  "priceMax": 150,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P055",
  "title": "医疗物资低空配送网络解决方案",
  "summary": "面向医院间检验样本、血液和药品转运的无人机配送系统。",
  "description": "方案包括专用配送无人机、楼顶自动起降柜和调度管理平台，最大载重6公斤、航程20公里，可实现院内扫码装箱、自动起飞与落柜取件。配送箱支持恒温控制与全程温度记录，符合医疗样本运输规范。已在多个城市开通医疗配送航线数十条。",
  "category": "LOW_ALTITUDE",
  "industryChain": [
   "低空经济",
   "医疗卫生"
  ],
  "tags": [
   "医疗配送",
   "低空物流",
   "血液运输",
   "起降柜"
  ],
  "trl": 8,
  "priceMin": 100,
  "priceMax": 200,
  "enterpriseTier": "TECH_LEADER",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P056",
  "title": "两座电动垂直起降载人飞行器",
  "summary": "面向低空观光与短途出行的电动载人航空器。",
  "description": "飞行器采用分布式电推进和多余度飞控，最大航程35公里、巡航速度约130公里/小时，噪声水平明显低于直升机。型号适航审定工作正在推进，已在多个景区开展试飞和观光示范。可配套提供飞行员培训、运行手册和维修保障。",
  "category": "LOW_ALTITUDE",
  "industryChain": [
   "低空经济",
   "航空装备"
  ],
  "tags": [
   "eVTOL",
   "载人飞行器",
   "电动垂直起降",
   "城市空中交通"
  ],
  "trl": 7,
  "priceMin": 1500,
  "priceMax": 2400,
  "enterpriseTier": "TECH_LEADER",
  "district": "市外",
  "firstUnit": {
   "type": "FIRST_SET",
   "status": "APPLYING"
  }
 },
 {
  "id": "P057",
  "title": "港口起重机5G远程操作改造方案",
  "summary": "将司机从高空司机室转移到中控室的远程操作改造方案。",
  "description": "在起重机上部署多路高清摄像机和5G或光纤通信，远程操作台复现司机室操作界面，控制时延低于50毫秒。一名操作员可在作业间隙切换监管多台设备。已在集装箱和散货码头的桥吊、门机上改造应用。",
  "category": "PORT_LOGISTICS",
  "industryChain": [
   "智慧港口",
   "5G应用"
  ],
  "tags": [
   "远程操作",
   "5G",
   "起重机",
   "中控室"
  ],
  "trl": 8,
  "priceMin": 150,
  "priceMax": 400,
  "enterpriseTier": "HIGH_TECH",
  "district": "东港区",
  "firstUnit": null
 },
 {
  "id": "P058",
  "title": "配电室挂轨智能巡检机器人",
  "summary": "在配电室、开关站内沿轨道运行的室内巡检机器人。",
  "description": "机器人沿吊装轨道运行，搭载高清相机、红外测温和局放检测模块，可自动读取开关柜仪表、识别指示灯状态。支持定时巡检和远程遥控，单台覆盖约100米轨道。主要用于电力系统室内配电室和电缆隧道，不具备防爆认证。",
  "category": "SMART_MANUFACTURING",
  "industryChain": [
   "电力",
   "智能装备"
  ],
  "tags": [
   "挂轨机器人",
   "配电室",
   "红外测温",
   "智能巡检"
  ],
  "trl": 8,
  "priceMin": 20,
  "priceMax": 45,
  "enterpriseTier": "TECH_SME",
  "district": "日照经济技术开发区",
  "firstUnit": null
 },
 {
  "id": "P059",
  "title": "49吨氢燃料电池重型牵引车",
  "summary": "适用于港口、钢厂短途重载运输的燃料电池重卡。",
  "description": "整车搭载120千瓦燃料电池系统和高压储氢瓶组，满载续驶里程约400公里，加氢时间约15分钟。车辆开放远程监控数据接口，支持接入第三方运营平台。已在港口集疏运和钢铁物流场景批量投放。",
  "category": "GREEN_LOW_CARBON",
  "industryChain": [
   "氢能",
   "汽车"
  ],
  "tags": [
   "氢燃料电池",
   "重卡",
   "港口运输"
  ],
  "trl": 9,
  "priceMin": 90,
  "priceMax": 130,
  "enterpriseTier": "TECH_LEADER",
  "district": "市外",
  "firstUnit": {
   "type": "FIRST_SET",
   "status": "RECOGNISED"
  }
 },
 {
  "id": "P060",
  "title": "城市垂直起降场规划设计与建设",
  "summary": "为eVTOL、直升机和大型无人机提供地面及楼顶起降场地的解决方案。",
  "description": "提供起降场选址论证、净空评估、结构荷载复核、助航灯光和充电设施的设计与施工总承包。已完成地面、屋顶和水上浮动平台等多种形式的起降场项目。方案符合民航直升机场和通用机场相关技术标准。",
  "category": "LOW_ALTITUDE",
  "industryChain": [
   "低空经济",
   "基础设施"
  ],
  "tags": [
   "vertiport",
   "起降场",
   "屋顶停机坪",
   "助航灯光"
  ],
  "trl": 9,
  "priceMin": 80,
  "priceMax": 400,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P061",
  "title": "城市治理视频AI算法中台",
  "summary": "复用存量公共视频、按需加载多类城市事件算法的人工智能平台。",
  "description": "平台可统一接入不同厂商的摄像机资源，通过算力集群对视频进行轮巡分析，内置占道经营、垃圾满溢、违停、车辆未覆盖等60余种算法。事件识别后自动推送至城市运行管理平台完成派单与复核，支持算法仓库在线更新。已在多个区县城管部门部署。",
  "category": "DIGITAL",
  "industryChain": [
   "城市治理",
   "人工智能"
  ],
  "tags": [
   "视频AI",
   "算法中台",
   "城市事件识别",
   "智能派单"
  ],
  "trl": 8,
  "priceMin": 150,
  "priceMax": 300,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P062",
  "title": "新能源重卡车队智能运营管理平台",
  "summary": "面向氢燃料和纯电重卡车队的车联网运营与能源管理系统。",
  "description": "平台接入车辆总线数据，实时监测电堆功率、氢瓶压力、电池状态和驾驶行为，自动统计百公里氢耗与电耗。支持运输任务智能派单、加氢和充电排队预约以及安全告警分级推送。已服务港口、钢厂短倒运输车队超过2000辆。",
  "category": "GREEN_LOW_CARBON",
  "industryChain": [
   "氢能",
   "智慧物流"
  ],
  "tags": [
   "车联网",
   "燃料电池车辆",
   "能耗分析",
   "车队运营"
  ],
  "trl": 8,
  "priceMin": 80,
  "priceMax": 200,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P063",
  "title": "5G网联无人机通信与高精定位服务",
  "summary": "为无人机超视距飞行提供低空5G网络、远程控制和厘米级定位的运营商服务。",
  "description": "基于低空优化的5G基站和网联模组，实现300米以下空域的视频实时回传与远程操控，端到端时延小于50毫秒。配套提供CORS高精定位和飞行身份认证服务，无人机位置可实时上报至监管平台。已在多个城市完成低空网络覆盖和网联飞行验证。",
  "category": "DIGITAL",
  "industryChain": [
   "新一代信息技术",
   "低空经济"
  ],
  "tags": [
   "5G",
   "网联无人机",
   "超视距",
   "高精定位"
  ],
  "trl": 8,
  "priceMin": 50,
  "priceMax": 200,
  "enterpriseTier": "TECH_LEADER",
  "district": "东港区",
  "firstUnit": null
 },
 {
  "id": "P064",
  "title": "在线工业CT计算机断层检测设备",
  "summary": "用于压铸件内部缺陷三维检测的在线式工业CT。",
  "description": "设备可对铝合金铸件进行快速CT扫描，三维重建后自动识别气孔、缩松位置和体积，检测精度优于0.2毫米。配备自动上下料机械手，单件检测节拍约60秒。适用于汽车结构件和新能源电机壳体等关键零部件。",
  "category": "SMART_MANUFACTURING",
  "industryChain": [
   "汽车零部件",
   "高端装备"
  ],
  "tags": [
   "工业CT",
   "三维检测",
   "压铸件",
   "内部缺陷"
  ],
  "trl": 7,
  "priceMin": 600,
  "priceMax": 900,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": {
   "type": "FIRST_SET",
   "status": "APPLYING"
  }
 },
 {
  "id": "P065",
  "title": "国产BIM轻量化引擎与项目全过程管理平台",
  "summary": "基于自主图形引擎的BIM模型浏览与工程项目协同管理平台。",
  "description": "自研WebGL轻量化引擎可流畅加载千万级构件模型，兼容IFC、RVT及主流国产BIM软件格式。平台将模型与进度计划、合同造价、质量安全问题关联，实现设计—施工—交付全过程数字化管理。已获首版次软件认定，在多个城投和交通建设项目中应用。",
  "category": "DIGITAL",
  "industryChain": [
   "建筑业",
   "新一代信息技术"
  ],
  "tags": [
   "BIM",
   "轻量化引擎",
   "IFC",
   "项目管理",
   "数字化交付"
  ],
  "trl": 8,
  "priceMin": 100,
  "priceMax": 220,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": {
   "type": "FIRST_VERSION",
   "status": "RECOGNISED"
  }
 },
 {
  "id": "P066",
  "title": "机载LiDAR三维实景建模服务",
  "summary": "利用无人机激光雷达和倾斜摄影快速构建厘米级三维模型。",
  "description": "采用多旋翼搭载激光雷达与五镜头倾斜相机，单架次可完成约2平方公里的点云和实景数据采集，点云精度优于5厘米。可为输电通道树障分析、厂区设备建模、工程测绘等提供点云分类和三维成果。已为多家电网公司、港口和城建企业提供测绘建模服务。",
  "category": "LOW_ALTITUDE",
  "industryChain": [
   "低空经济",
   "测绘地理信息"
  ],
  "tags": [
   "LiDAR",
   "点云",
   "倾斜摄影",
   "三维建模",
   "树障分析"
  ],
  "trl": 9,
  "priceMin": 10,
  "priceMax": 40,
  "enterpriseTier": "TECH_SME",
  "district": "日照高新技术产业开发区",
  "firstUnit": null
 },
 {
  "id": "P067",
  "title": "储能系统与微电网能量管理系统",
  "summary": "磷酸铁锂及钠离子储能舱与源网荷储协调控制系统。",
  "description": "提供集装箱式储能系统，单舱容量2.5–5兆瓦时，EMS可实现光伏就地消纳、削峰填谷、需量控制和离网运行切换。钠离子电池储能产品已获首批次认定。已在港口、工业园区建成多个光储微电网项目。",
  "category": "GREEN_LOW_CARBON",
  "industryChain": [
   "新能源",
   "储能"
  ],
  "tags": [
   "储能",
   "EMS",
   "微电网",
   "削峰填谷",
   "钠离子电池"
  ],
  "trl": 8,
  "priceMin": 300,
  "priceMax": 1200,
  "enterpriseTier": "TECH_LEADER",
  "district": "市外",
  "firstUnit": {
   "type": "FIRST_BATCH",
   "status": "RECOGNISED"
  }
 },
 {
  "id": "P068",
  "title": "防爆四足巡检机器人",
  "summary": "取得隔爆型防爆认证、可上下楼梯的四足巡检机器人。",
  "description": "机器人防爆等级Ex d IIB T4，搭载激光SLAM导航、红外测温、可燃气体检测和声音采集模块，可自主完成多层装置区的仪表读数与跑冒滴漏检查。单块电池续航约3小时，配合自动换电站可连续作业。已在石化、油气和粮油加工车间开展试点应用。",
  "category": "SMART_MANUFACTURING",
  "industryChain": [
   "智能装备",
   "石化化工"
  ],
  "tags": [
   "防爆机器人",
   "四足机器人",
   "SLAM",
   "智能巡检",
   "气体检测"
  ],
  "trl": 7,
  "priceMin": 80,
  "priceMax": 150,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": {
   "type": "FIRST_SET",
   "status": "APPLYING"
  }
 },
 {
  "id": "P069",
  "title": "财务RPA流程自动化机器人",
  "summary": "模拟人工操作、自动执行对账和凭证录入等重复性任务的软件机器人。",
  "description": "通过可视化流程设计器配置银行对账、往来核对、凭证生成和报表下载等流程，机器人可7×24小时无人值守运行。支持与票据识别、邮件和主流财务软件集成，单流程开发周期约1–2周。已在多家集团财务共享中心上线上百个流程。",
  "category": "DIGITAL",
  "industryChain": [
   "财税服务",
   "新一代信息技术"
  ],
  "tags": [
   "RPA",
   "流程自动化",
   "财务机器人",
   "对账"
  ],
  "trl": 9,
  "priceMin": 15,
  "priceMax": 50,
  "enterpriseTier": "TECH_SME",
  "district": "日照高新技术产业开发区",
  "firstUnit": null
 },
 {
  "id": "P070",
  "title": "港口综合能源站规划与系统集成",
  "summary": "集光伏、储能、充换电与加氢于一体的港口综合能源解决方案。",
  "description": "提供港区能源负荷调研、综合能源站总体规划、设备选型与系统集成，统一建设光储充氢能量管理平台。方案可实现绿电就地消纳与港区用能成本优化，并支持碳排放核算。已在国内多个沿海港口实施综合能源示范项目。",
  "category": "GREEN_LOW_CARBON",
  "industryChain": [
   "新能源",
   "智慧港口"
  ],
  "tags": [
   "综合能源",
   "光储充氢",
   "港口能源",
   "系统集成"
  ],
  "trl": 8,
  "priceMin": 1500,
  "priceMax": 5000,
  "enterpriseTier": "TECH_LEADER",
  "district": "市外",
  "firstUnit": {
   "type": "FIRST_SET",
   "status": "APPLYING"
  }
 },
 {
  "id": "P071",
  "title": "低空文旅飞行运营托管服务",
  "summary": "为景区提供观光航线申请、飞行组织和安全管理的一站式运营服务。",
  "description": "拥有通用航空经营许可和多名商照飞行员，可负责航线规划与空域申请、旅客票务、飞行保障和应急处置。运营团队在海滨、山地景区累计保障观光飞行超过2万架次。可采用托管运营或收益分成模式合作。",
  "category": "LOW_ALTITUDE",
  "industryChain": [
   "低空经济",
   "文化旅游"
  ],
  "tags": [
   "低空旅游",
   "运营托管",
   "通用航空",
   "空域申请"
  ],
  "trl": 9,
  "priceMin": 200,
  "priceMax": 500,
  "enterpriseTier": "TECH_SME",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P072",
  "title": "大宗物料运输调度管理系统",
  "summary": "面向矿石、钢材等大宗货物短倒运输的智能调度平台。",
  "description": "系统根据装卸点作业计划和车辆位置自动派单，支持电子运单、过磅数据对接和回单管理。通过算法优化车辆循环路线，减少空驶和排队等待。已在多家港口物流企业和钢厂厂内运输中应用。",
  "category": "PORT_LOGISTICS",
  "industryChain": [
   "智慧物流"
  ],
  "tags": [
   "TMS",
   "自动派单",
   "短倒运输",
   "车辆调度"
  ],
  "trl": 9,
  "priceMin": 40,
  "priceMax": 100,
  "enterpriseTier": "TECH_SME",
  "district": "岚山区",
  "firstUnit": null
 },
 {
  "id": "P073",
  "title": "短临降雨预报与内涝风险服务",
  "summary": "基于雷达外推和人工智能的0–2小时精细化降雨预报服务。",
  "description": "服务融合天气雷达、地面站和卫星数据，提供1公里、10分钟分辨率的短临降水预报。可结合城市地形输出内涝风险等级图，并通过接口推送。已服务多个城市的防汛部门。",
  "category": "PUBLIC_SAFETY",
  "industryChain": [
   "气象服务",
   "应急管理"
  ],
  "tags": [
   "短临预报",
   "雷达外推",
   "降雨预报",
   "内涝风险"
  ],
  "trl": 8,
  "priceMin": 10,
  "priceMax": 40,
  "enterpriseTier": "STARTUP",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P074",
  "title": "企业级大模型智能体开发平台",
  "summary": "支持低代码编排Agent和检索增强应用的大模型中间件平台。",
  "description": "平台兼容多种开源与国产大模型，提供知识库管理、RAG检索、工作流编排和插件调用能力，可快速构建问答、写作、审核等智能体。支持国产GPU/NPU算力和私有化部署，具备权限隔离与审计日志。已在能源和制造类国企落地数十个应用。",
  "category": "DIGITAL",
  "industryChain": [
   "人工智能",
   "新一代信息技术"
  ],
  "tags": [
   "LLM",
   "Agent",
   "RAG",
   "低代码",
   "私有化部署"
  ],
  "trl": 7,
  "priceMin": 60,
  "priceMax": 150,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P075",
  "title": "茶园物联网虫情测报与墒情监测站",
  "summary": "基于IoT传感器和图像识别的茶园病虫害与环境监测设备。",
  "description": "设备集成太阳能供电的虫情测报灯、孢子捕捉仪和土壤温湿度传感器，虫体图像自动拍照并由智能识别计数。数据通过蜂窝网络上传至云平台，可按虫口密度给出防治适期建议。已在多个茶叶和果品产区布设超过300套。",
  "category": "DIGITAL",
  "industryChain": [
   "现代农业",
   "物联网"
  ],
  "tags": [
   "IoT",
   "虫情测报",
   "墒情监测",
   "病虫害预警"
  ],
  "trl": 8,
  "priceMin": 5,
  "priceMax": 20,
  "enterpriseTier": "TECH_SME",
  "district": "岚山区",
  "firstUnit": null
 },
 {
  "id": "P076",
  "title": "车载氢气泄漏监测与安全控制模块",
  "summary": "用于燃料电池汽车储氢系统的氢浓度监测与自动切断装置。",
  "description": "模块在储氢瓶组、管路和乘员舱布置氢气传感器，检测到泄漏时自动关闭瓶阀并报警。可通过车载总线向车载终端和远程平台上报告警。响应时间小于1秒。",
  "category": "GREEN_LOW_CARBON",
  "industryChain": [
   "氢能",
   "汽车电子"
  ],
  "tags": [
   "氢气泄漏",
   "氢安全",
   "传感器",
   "自动切断"
  ],
  "trl": 8,
  "priceMin": 1,
  "priceMax": 3,
  "enterpriseTier": "TECH_SME",
  "district": "日照经济技术开发区",
  "firstUnit": null
 },
 {
  "id": "P077",
  "title": "港口水工结构水下检测服务",
  "summary": "利用声呐和水下机器人检测码头桩基、护岸的专业服务。",
  "description": "采用多波束声呐、侧扫声呐和观察级ROV对码头桩基、沉箱和护岸进行水下检测，识别冲刷、混凝土破损和钢桩腐蚀。出具符合水运工程检测规范的检测报告。已为沿海多个港口提供定期检测服务。",
  "category": "MARINE",
  "industryChain": [
   "智慧港口",
   "水下检测"
  ],
  "tags": [
   "水下检测",
   "多波束声呐",
   "ROV",
   "码头结构"
  ],
  "trl": 9,
  "priceMin": 20,
  "priceMax": 80,
  "enterpriseTier": "TECH_SME",
  "district": "东港区",
  "firstUnit": null
 },
 {
  "id": "P078",
  "title": "无人驾驶航空器自动机场巡检系统",
  "summary": "基于无人值守机场的多旋翼UAV全自主巡检成套系统。",
  "description": "系统由自动机场、多旋翼无人驾驶航空器和云端调度软件组成，机场支持自动换电和温控，可7×24小时待命。飞行器配备RTK定位和全向避障，抗风能力达12米/秒，可按三维航点对高大设备和构筑物进行近距离精细化拍摄。已在电厂、化工园区和变电站部署超过200套，支持接入第三方缺陷识别算法。",
  "category": "LOW_ALTITUDE",
  "industryChain": [
   "低空经济",
   "高端装备"
  ],
  "tags": [
   "UAV",
   "自动机场",
   "无人值守",
   "RTK",
   "精细化巡检"
  ],
  "trl": 8,
  "priceMin": 60,
  "priceMax": 120,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P079",
  "title": "集装箱起重机智能防摇摆与自动着箱系统",
  "summary": "基于激光扫描和模型预测控制的起重机anti-sway方案。",
  "description": "系统通过吊具姿态传感器和激光扫描仪实时测量吊具位置与摆角，采用MPC算法控制小车加减速，残余摆幅可控制在±30毫米以内。配合集卡引导和箱位扫描，可实现吊具自动对箱着箱。已在多个集装箱码头的桥吊和轨道吊改造中应用，并获首台套认定。",
  "category": "PORT_LOGISTICS",
  "industryChain": [
   "智慧港口",
   "高端装备"
  ],
  "tags": [
   "anti-sway",
   "防摇摆",
   "自动着箱",
   "激光扫描",
   "桥吊"
  ],
  "trl": 9,
  "priceMin": 200,
  "priceMax": 450,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": {
   "type": "FIRST_SET",
   "status": "RECOGNISED"
  }
 },
 {
  "id": "P080",
  "title": "城市末端物流配送无人机",
  "summary": "面向快递和即时零售的中短途多旋翼配送航空器。",
  "description": "飞行器最大载重5公斤、航程15公里，配备降落伞和冗余电源，支持网联监控和自动返航。配合社区与写字楼的智能投递柜，可完成从站点到终端的自动化配送。已获得特定类无人机试运行批准并在多个城市开展常态化运营。",
  "category": "LOW_ALTITUDE",
  "industryChain": [
   "低空经济",
   "物流"
  ],
  "tags": [
   "无人机配送",
   "末端物流",
   "即时配送",
   "网联"
  ],
  "trl": 8,
  "priceMin": 30,
  "priceMax": 80,
  "enterpriseTier": "TECH_LEADER",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P081",
  "title": "低空雷达与光电协同反无人机系统",
  "summary": "用于重点区域\"黑飞\"无人机探测、跟踪与处置的反制系统。",
  "description": "系统由三坐标低空监视雷达、无线电频谱侦测和光电跟踪设备组成，对小型无人机探测距离约3公里。配置导航诱骗和定向干扰处置模块，主要部署于机场、监狱和重大活动保障场所。可输出目标航迹数据供其他平台调用。",
  "category": "PUBLIC_SAFETY",
  "industryChain": [
   "公共安全",
   "低空经济"
  ],
  "tags": [
   "反无人机",
   "低空雷达",
   "光电跟踪",
   "黑飞处置"
  ],
  "trl": 8,
  "priceMin": 150,
  "priceMax": 350,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P082",
  "title": "应急指挥融合通信与态势一张图平台",
  "summary": "汇聚多源告警和音视频资源的一体化应急指挥系统。",
  "description": "平台融合视频会议、集群对讲、无人机图传、卫星电话等通信手段，在GIS一张图上统一展示告警、队伍、物资和现场画面。支持预案数字化、任务分派与处置全过程记录，满足应急管理部门和园区的指挥调度需求。已在多个地市应急局和化工园区上线运行。",
  "category": "PUBLIC_SAFETY",
  "industryChain": [
   "应急管理",
   "新一代信息技术"
  ],
  "tags": [
   "应急指挥",
   "融合通信",
   "GIS一张图",
   "预案管理"
  ],
  "trl": 9,
  "priceMin": 150,
  "priceMax": 300,
  "enterpriseTier": "TECH_LEADER",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P083",
  "title": "港航电子报关与单证协同SaaS平台",
  "summary": "为货代和进出口企业提供报关、舱单和放行状态一站式办理的云平台。",
  "description": "平台对接国际贸易单一窗口和码头系统，支持报关单智能预录入、舱单申报、查验预约与放行状态实时推送，缩短集装箱在码头的滞留时间、提升港口通关效率。集成提单和箱单OCR导入，减少单证重复录入。已服务沿海主要集装箱港口数千家外贸企业。",
  "category": "PORT_LOGISTICS",
  "industryChain": [
   "智慧港口",
   "跨境贸易"
  ],
  "tags": [
   "报关",
   "单证",
   "SaaS",
   "集装箱码头",
   "通关"
  ],
  "trl": 9,
  "priceMin": 5,
  "priceMax": 20,
  "enterpriseTier": "TECH_SME",
  "district": "东港区",
  "firstUnit": null
 },
 {
  "id": "P084",
  "title": "管网水力模型与独立计量区平台",
  "summary": "基于在线监测和水力模型的独立计量区管理与漏失管控软件。",
  "description": "平台支持独立计量区（DMA）规划、夜间最小流量分析和漏失水量评估，并通过在线水力模型模拟管网压力与流量分布。可自动识别漏失异常区域并生成检漏工单，支持与SCADA、GIS和营收系统集成。已在10余个城市水司应用。",
  "category": "DIGITAL",
  "industryChain": [
   "水务",
   "数字孪生"
  ],
  "tags": [
   "DMA",
   "水力模型",
   "夜间最小流量",
   "漏失管控",
   "数字孪生"
  ],
  "trl": 8,
  "priceMin": 100,
  "priceMax": 250,
  "enterpriseTier": "HIGH_TECH",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P085",
  "title": "近海船舶AIS与雷达融合识别平台",
  "summary": "融合岸基雷达、AIS和视频的海上目标综合监管系统。",
  "description": "平台接入岸基导航雷达、AIS基站和沿岸高清光电，自动关联目标航迹，识别关闭AIS的船只和进入禁渔区、养殖区的异常船只。支持电子围栏、越界告警和历史轨迹回放。已在多个沿海县市的海洋渔业执法部门应用。",
  "category": "MARINE",
  "industryChain": [
   "海洋渔业",
   "海洋执法"
  ],
  "tags": [
   "AIS",
   "雷达融合",
   "船舶识别",
   "电子围栏"
  ],
  "trl": 8,
  "priceMin": 80,
  "priceMax": 150,
  "enterpriseTier": "HIGH_TECH",
  "district": "东港区",
  "firstUnit": null
 },
 {
  "id": "P086",
  "title": "工商业屋顶分布式光伏EPC",
  "summary": "提供屋顶光伏从设计、设备到施工并网的总承包服务。",
  "description": "采用高效晶硅组件和组串式逆变器，可根据屋面荷载选择轻量化支架方案。提供发电量预测、并网手续办理和运维服务，支持合同能源管理模式。累计完成工商业屋顶光伏项目超过500兆瓦。",
  "category": "GREEN_LOW_CARBON",
  "industryChain": [
   "新能源",
   "光伏"
  ],
  "tags": [
   "分布式光伏",
   "屋顶光伏",
   "EPC",
   "合同能源管理"
  ],
  "trl": 9,
  "priceMin": 300,
  "priceMax": 5000,
  "enterpriseTier": "TECH_LEADER",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P087",
  "title": "远程心电诊断中心系统",
  "summary": "基层采集、上级诊断的远程心电网络。",
  "description": "乡镇卫生院和村卫生室使用12导联数字心电图机采集数据，上传至县级心电诊断中心，由心内科医生出具报告。人工智能可预判急性心梗等危急值并优先推送。已在多个县建成县乡村三级远程心电网络。",
  "category": "HEALTH",
  "industryChain": [
   "医疗卫生",
   "远程医疗"
  ],
  "tags": [
   "远程心电",
   "县乡村一体化",
   "危急值"
  ],
  "trl": 9,
  "priceMin": 40,
  "priceMax": 100,
  "enterpriseTier": "TECH_SME",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P088",
  "title": "分布式光纤托辊故障声学监测系统",
  "summary": "利用光纤沿线感知振动声音、定位托辊异常的监测方案。",
  "description": "沿输送机架敷设传感光纤，基于分布式声波传感（DAS）技术连续监测每组托辊的振动信号，定位精度约2米。前端无需供电设备，适合长距离、粉尘大的输送线。可对托辊卡阻、破损进行早期预警。",
  "category": "PORT_LOGISTICS",
  "industryChain": [
   "智慧港口",
   "光纤传感"
  ],
  "tags": [
   "DAS",
   "分布式光纤",
   "托辊故障",
   "输送机"
  ],
  "trl": 7,
  "priceMin": 60,
  "priceMax": 150,
  "enterpriseTier": "TECH_SME",
  "district": "市外",
  "firstUnit": null
 },
 {
  "id": "P089",
  "title": "防爆轮式智能巡检机器人",
  "summary": "面向石化场站平坦区域的防爆轮式巡检机器人。",
  "description": "机器人防爆等级Ex d IIB T4，采用激光SLAM和磁钉复合导航，定位精度±2厘米，续航8小时。搭载可见光、红外、激光甲烷检测和拾音器，可识别仪表读数、泄漏和设备异响。适合单层地面巡检路线，不具备上下楼梯能力。",
  "category": "SMART_MANUFACTURING",
  "industryChain": [
   "智能装备",
   "石化化工"
  ],
  "tags": [
   "防爆机器人",
   "轮式巡检",
   "激光导航",
   "仪表识别"
  ],
  "trl": 8,
  "priceMin": 60,
  "priceMax": 120,
  "enterpriseTier": "HIGH_TECH",
  "district": "东港区",
  "firstUnit": null
 },
 {
  "id": "P090",
  "title": "多模态视觉大模型开放目标识别引擎",
  "summary": "支持用文字描述即可定义识别任务的通用视觉理解引擎。",
  "description": "引擎基于视觉语言大模型（VLM），用户以自然语言描述即可新增识别任务，无需大量标注样本。对街面乱堆物、路面破损、违规广告等长尾城市问题具有较好泛化能力，可部署在边缘一体机或云端。适合作为已有视频平台的智能分析插件。",
  "category": "DIGITAL",
  "industryChain": [
   "人工智能",
   "城市治理"
  ],
  "tags": [
   "视觉大模型",
   "VLM",
   "零样本识别",
   "长尾事件"
  ],
  "trl": 6,
  "priceMin": 80,
  "priceMax": 160,
  "enterpriseTier": "STARTUP",
  "district": "日照高新技术产业开发区",
  "firstUnit": null
 }
];

export const DEV_QRELS: DevQrel[] = [{"scenario": "S01", "solution": "P078", "grade": 3}, {"scenario": "S01", "solution": "P011", "grade": 2}, {"scenario": "S01", "solution": "P066", "grade": 1}, {"scenario": "S01", "solution": "P034", "grade": 1}, {"scenario": "S02", "solution": "P033", "grade": 3}, {"scenario": "S02", "solution": "P040", "grade": 2}, {"scenario": "S02", "solution": "P082", "grade": 1}, {"scenario": "S03", "solution": "P036", "grade": 3}, {"scenario": "S03", "solution": "P035", "grade": 2}, {"scenario": "S03", "solution": "P075", "grade": 1}, {"scenario": "S04", "solution": "P015", "grade": 3}, {"scenario": "S04", "solution": "P033", "grade": 2}, {"scenario": "S04", "solution": "P085", "grade": 2}, {"scenario": "S04", "solution": "P051", "grade": 1}, {"scenario": "S05", "solution": "P056", "grade": 3}, {"scenario": "S05", "solution": "P060", "grade": 2}, {"scenario": "S05", "solution": "P071", "grade": 2}, {"scenario": "S05", "solution": "P013", "grade": 1}, {"scenario": "S06", "solution": "P055", "grade": 3}, {"scenario": "S06", "solution": "P080", "grade": 2}, {"scenario": "S06", "solution": "P005", "grade": 1}, {"scenario": "S06", "solution": "P060", "grade": 1}, {"scenario": "S06", "solution": "P063", "grade": 1}, {"scenario": "S07", "solution": "P048", "grade": 3}, {"scenario": "S07", "solution": "P078", "grade": 2}, {"scenario": "S07", "solution": "P066", "grade": 2}, {"scenario": "S07", "solution": "P063", "grade": 1}, {"scenario": "S08", "solution": "P013", "grade": 3}, {"scenario": "S08", "solution": "P063", "grade": 2}, {"scenario": "S08", "solution": "P081", "grade": 1}, {"scenario": "S09", "solution": "P061", "grade": 3}, {"scenario": "S09", "solution": "P090", "grade": 2}, {"scenario": "S09", "solution": "P003", "grade": 1}, {"scenario": "S10", "solution": "P012", "grade": 3}, {"scenario": "S10", "solution": "P069", "grade": 2}, {"scenario": "S10", "solution": "P053", "grade": 2}, {"scenario": "S10", "solution": "P074", "grade": 1}, {"scenario": "S10", "solution": "P019", "grade": 1}, {"scenario": "S11", "solution": "P004", "grade": 3}, {"scenario": "S11", "solution": "P084", "grade": 3}, {"scenario": "S11", "solution": "P008", "grade": 1}, {"scenario": "S12", "solution": "P030", "grade": 3}, {"scenario": "S12", "solution": "P074", "grade": 2}, {"scenario": "S12", "solution": "P053", "grade": 1}, {"scenario": "S12", "solution": "P019", "grade": 1}, {"scenario": "S13", "solution": "P032", "grade": 3}, {"scenario": "S13", "solution": "P041", "grade": 2}, {"scenario": "S13", "solution": "P049", "grade": 1}, {"scenario": "S14", "solution": "P065", "grade": 3}, {"scenario": "S14", "solution": "P007", "grade": 2}, {"scenario": "S14", "solution": "P037", "grade": 1}, {"scenario": "S14", "solution": "P066", "grade": 1}, {"scenario": "S15", "solution": "P026", "grade": 3}, {"scenario": "S15", "solution": "P038", "grade": 2}, {"scenario": "S15", "solution": "P018", "grade": 1}, {"scenario": "S15", "solution": "P061", "grade": 1}, {"scenario": "S16", "solution": "P017", "grade": 3}, {"scenario": "S16", "solution": "P039", "grade": 2}, {"scenario": "S16", "solution": "P010", "grade": 1}, {"scenario": "S17", "solution": "P028", "grade": 3}, {"scenario": "S17", "solution": "P064", "grade": 2}, {"scenario": "S17", "solution": "P039", "grade": 1}, {"scenario": "S18", "solution": "P068", "grade": 3}, {"scenario": "S18", "solution": "P089", "grade": 2}, {"scenario": "S18", "solution": "P021", "grade": 1}, {"scenario": "S19", "solution": "P016", "grade": 3}, {"scenario": "S19", "solution": "P020", "grade": 2}, {"scenario": "S19", "solution": "P045", "grade": 1}, {"scenario": "S20", "solution": "P062", "grade": 3}, {"scenario": "S20", "solution": "P072", "grade": 2}, {"scenario": "S20", "solution": "P059", "grade": 1}, {"scenario": "S20", "solution": "P076", "grade": 1}, {"scenario": "S21", "solution": "P070", "grade": 3}, {"scenario": "S21", "solution": "P086", "grade": 2}, {"scenario": "S21", "solution": "P067", "grade": 2}, {"scenario": "S21", "solution": "P047", "grade": 2}, {"scenario": "S21", "solution": "P043", "grade": 1}, {"scenario": "S22", "solution": "P079", "grade": 3}, {"scenario": "S22", "solution": "P057", "grade": 2}, {"scenario": "S22", "solution": "P034", "grade": 1}, {"scenario": "S23", "solution": "P014", "grade": 3}, {"scenario": "S23", "solution": "P088", "grade": 2}, {"scenario": "S23", "solution": "P050", "grade": 2}, {"scenario": "S23", "solution": "P058", "grade": 1}, {"scenario": "S24", "solution": "P023", "grade": 3}, {"scenario": "S24", "solution": "P009", "grade": 2}, {"scenario": "S24", "solution": "P083", "grade": 1}, {"scenario": "S25", "solution": "P052", "grade": 3}, {"scenario": "S25", "solution": "P042", "grade": 2}, {"scenario": "S25", "solution": "P054", "grade": 2}, {"scenario": "S25", "solution": "P051", "grade": 1}, {"scenario": "S26", "solution": "P027", "grade": 3}, {"scenario": "S26", "solution": "P002", "grade": 2}, {"scenario": "S26", "solution": "P042", "grade": 1}, {"scenario": "S26", "solution": "P051", "grade": 1}, {"scenario": "S26", "solution": "P077", "grade": 1}, {"scenario": "S27", "solution": "P024", "grade": 3}, {"scenario": "S27", "solution": "P046", "grade": 2}, {"scenario": "S27", "solution": "P006", "grade": 1}, {"scenario": "S28", "solution": "P044", "grade": 3}, {"scenario": "S28", "solution": "P031", "grade": 2}, {"scenario": "S28", "solution": "P087", "grade": 1}, {"scenario": "S29", "solution": "P025", "grade": 3}, {"scenario": "S29", "solution": "P001", "grade": 2}, {"scenario": "S29", "solution": "P021", "grade": 1}, {"scenario": "S29", "solution": "P068", "grade": 1}, {"scenario": "S29", "solution": "P082", "grade": 1}, {"scenario": "S30", "solution": "P029", "grade": 3}, {"scenario": "S30", "solution": "P022", "grade": 2}, {"scenario": "S30", "solution": "P073", "grade": 1}, {"scenario": "S30", "solution": "P082", "grade": 1}];
