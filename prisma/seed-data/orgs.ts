// The organisations that make the marketplace look alive: demand-side SOEs of Rizhao's main industries and
// the technology firms answering them. Every verified one has at least one member who can sign in with the
// demo password, so each workspace can be tried.
import type { TierCode } from "./types";

export type MarketUser = { email: string; name: string };

export type MarketOrg = {
  key: string;
  kind: "SOE" | "TECH_FIRM";
  name: string;
  /** First 17 characters of the USCC; the check character is computed by the seed. */
  body: string;
  district: string;
  tier?: TierCode;
  flags?: ("SPECIALIZED" | "LITTLE_GIANT")[];
  status: "PENDING" | "VERIFIED" | "REJECTED";
  note?: string;
  description: string;
  website?: string;
  contact: [name: string, phone: string, email: string];
  owners: MarketUser[];
  members?: MarketUser[];
};

const u = (local: string, name: string): MarketUser => ({ email: `${local}@demo.scenebridge.cn`, name });

/** People who join organisations the foundation seed created with only the administrator as owner. */
export const EXTRA_MEMBERS_OF_EXISTING_ORGS: Record<string, MarketUser[]> = {
  steel: [u("zhou.qiang", "周强")],
  water: [u("wu.fang", "吴芳")],
  digital: [u("huang.lei", "黄磊")],
  material: [u("lin.tao", "林涛")],
  incubator: [u("ma.chao", "马超")],
};

export const MARKET_ORGS: MarketOrg[] = [
  // ── State-owned enterprises (发榜方) ──
  {
    key: "energy", kind: "SOE", name: "日照市能源发展集团有限公司", body: "91371100MA3P1ENG2", district: "ECONOMIC_DEVELOPMENT_ZONE", status: "VERIFIED",
    description: "市属能源平台，负责城市燃气、热力和新能源项目投资运营，推进输配电设施智能运维与综合能源服务。",
    contact: ["钱峰", "0633-8221001", "qianfeng@energy.demo.scenebridge.cn"], owners: [u("qian.feng", "钱峰")], members: [u("he.jing", "何静")],
  },
  {
    key: "transport", kind: "SOE", name: "日照交通发展集团有限公司", body: "91371100MA3P2TRN3", district: "DONGGANG", status: "VERIFIED",
    description: "承担城市公共交通、路内停车、港城物流通道和低空基础设施的投资建设与运营。",
    contact: ["罗斌", "0633-8221002", "luobin@transport.demo.scenebridge.cn"], owners: [u("luo.bin", "罗斌")], members: [u("tang.yan", "唐艳")],
  },
  {
    key: "tourism", kind: "SOE", name: "日照山海天旅游发展集团有限公司", body: "91371100MA3P3TUR4", district: "SHANHAITIAN", status: "VERIFIED",
    description: "运营万平口、山海天海滨浴场与阳光海岸绿道，推进智慧景区与低空文旅新业态。",
    contact: ["韩雪", "0633-8221003", "hanxue@tourism.demo.scenebridge.cn"], owners: [u("han.xue", "韩雪")],
  },
  {
    key: "ocean", kind: "SOE", name: "日照海洋发展集团有限公司", body: "91371100MA3P4MAR5", district: "OCEAN_CITY", status: "VERIFIED",
    description: "建设运营前三岛、岚山近海国家级海洋牧场示范区与深远海养殖平台，发展海洋装备与海洋数据服务。",
    contact: ["冯涛", "0633-8221004", "fengtao@ocean.demo.scenebridge.cn"], owners: [u("feng.tao", "冯涛")], members: [u("cao.li", "曹丽")],
  },
  {
    key: "agri", kind: "SOE", name: "日照农业发展集团有限公司", body: "91371121MA3P5AGR6", district: "WULIAN", status: "VERIFIED",
    description: "经营巨峰镇万亩茶园、五莲山与九仙山国有林场及粮油加工园区，推进数字农业和森林防火能力建设。",
    contact: ["许明", "0633-5821005", "xuming@agri.demo.scenebridge.cn"], owners: [u("xu.ming", "许明")],
  },
  {
    key: "urban", kind: "SOE", name: "日照城市建设投资集团有限公司", body: "91371100MA3P6URB7", district: "DONGGANG", status: "VERIFIED",
    description: "负责城市更新、市政设施和化工园区基础设施的投资建设，受托运营城市运行管理服务平台。",
    contact: ["邓超", "0633-8221006", "dengchao@urban.demo.scenebridge.cn"], owners: [u("deng.chao", "邓超")], members: [u("xie.na", "谢娜")],
  },
  {
    key: "health", kind: "SOE", name: "日照健康医疗集团有限公司", body: "91371100MA3P7HLT8", district: "DONGGANG", status: "VERIFIED",
    description: "市属健康产业平台，统筹区域医学影像中心、县域医共体信息化和应急医疗物资保障。",
    contact: ["宋佳", "0633-8221007", "songjia@health.demo.scenebridge.cn"], owners: [u("song.jia", "宋佳")],
  },

  // ── Technology firms (揭榜方) ──
  {
    key: "portauto", kind: "TECH_FIRM", name: "日照港智自动化科技有限公司", body: "91371102MA3Q1PAT0", district: "DONGGANG",
    tier: "HIGH_TECH", flags: ["SPECIALIZED", "LITTLE_GIANT"], status: "VERIFIED",
    description: "港口装卸设备自动化改造服务商，岸桥防摇、远程操控和散货输送线智能巡检产品已在北方多个港口应用。",
    contact: ["潘俊", "13906335001", "panjun@portauto.demo.scenebridge.cn"], owners: [u("pan.jun", "潘俊")], members: [u("du.xin", "杜鑫")],
  },
  {
    key: "steelvision", kind: "TECH_FIRM", name: "山东鲁钢智检科技股份有限公司", body: "91370100MA3Q2GJK1", district: "OUTSIDE_CITY",
    tier: "TECH_LEADER", flags: ["LITTLE_GIANT"], status: "VERIFIED",
    description: "冶金与铸造行业机器视觉、射线与工业CT检测装备供应商，带钢表面检测系统获首台（套）认定。",
    contact: ["蒋浩", "0531-88012002", "jianghao@steelvision.demo.scenebridge.cn"], owners: [u("jiang.hao", "蒋浩")],
  },
  {
    key: "marine", kind: "TECH_FIRM", name: "日照海睿海洋科技有限公司", body: "91371100MA3Q3HRH2", district: "OCEAN_CITY",
    tier: "HIGH_TECH", flags: ["SPECIALIZED"], status: "VERIFIED",
    description: "海洋观测浮标、水下机器人与海洋牧场数字化平台研发企业，依托国际海洋城海洋装备中试基地。",
    contact: ["彭海", "13906335003", "penghai@marine.demo.scenebridge.cn"], owners: [u("peng.hai", "彭海")], members: [u("lv.yang", "吕洋")],
  },
  {
    key: "hydrogen", kind: "TECH_FIRM", name: "日照绿源氢能科技有限公司", body: "91371103MA3Q4QNK3", district: "LANSHAN",
    tier: "TECH_LEADER", status: "VERIFIED",
    description: "氢燃料电池重卡、车载供氢安全与氢能车队运营服务，49吨氢燃料电池牵引车获首台（套）认定。",
    contact: ["曾伟", "13906335004", "zengwei@hydrogen.demo.scenebridge.cn"], owners: [u("zeng.wei", "曾伟")],
  },
  {
    key: "powerstore", kind: "TECH_FIRM", name: "日照光储智慧能源科技有限公司", body: "91371100MA3Q5GCN4", district: "ECONOMIC_DEVELOPMENT_ZONE",
    tier: "TECH_LEADER", flags: ["LITTLE_GIANT"], status: "VERIFIED",
    description: "储能系统、微电网能量管理与港口岸电综合能源解决方案提供商。",
    contact: ["汪洁", "13906335005", "wangjie@powerstore.demo.scenebridge.cn"], owners: [u("wang.jie", "汪洁")],
  },
  {
    key: "carbon", kind: "TECH_FIRM", name: "日照碳衡环境科技有限公司", body: "91371102MA3Q6THJ5", district: "HIGH_TECH_ZONE",
    tier: "TECH_SME", status: "VERIFIED",
    description: "碳排放在线监测、企业碳资产管理与出口产品碳足迹核算服务。",
    contact: ["田甜", "13906335006", "tiantian@carbon.demo.scenebridge.cn"], owners: [u("tian.tian", "田甜")],
  },
  {
    key: "medtech", kind: "TECH_FIRM", name: "日照慧医健康科技有限公司", body: "91371102MA3Q7HYJ6", district: "HIGH_TECH_ZONE",
    tier: "HIGH_TECH", status: "VERIFIED",
    description: "医学影像人工智能、区域影像云与县域慢病管理软件企业，产品持有医疗器械注册证。",
    contact: ["董琳", "13906335007", "donglin@medtech.demo.scenebridge.cn"], owners: [u("dong.lin", "董琳")], members: [u("yuan.bo", "袁博")],
  },
  {
    key: "robot", kind: "TECH_FIRM", name: "日照云巡智能机器人有限公司", body: "91371100MA3Q8YXR7", district: "ECONOMIC_DEVELOPMENT_ZONE",
    tier: "HIGH_TECH", flags: ["SPECIALIZED"], status: "VERIFIED",
    description: "防爆轮式、四足和挂轨巡检机器人研发制造，服务化工、粮油、电力与港口场景。",
    contact: ["范磊", "13906335008", "fanlei@robot.demo.scenebridge.cn"], owners: [u("fan.lei", "范磊")],
  },
  {
    key: "citybrain", kind: "TECH_FIRM", name: "日照城智数字科技有限公司", body: "91371102MA3Q9CHT8", district: "DONGGANG",
    tier: "HIGH_TECH", status: "VERIFIED",
    description: "城市治理视频AI、智慧停车和公共空间安全预警平台提供商。",
    contact: ["石磊", "13906335009", "shilei@citybrain.demo.scenebridge.cn"], owners: [u("shi.lei", "石磊")],
  },
  {
    key: "safety", kind: "TECH_FIRM", name: "日照安澜安全技术有限公司", body: "91371103MA3R1ALA9", district: "LANSHAN",
    tier: "TECH_SME", flags: ["SPECIALIZED"], status: "VERIFIED",
    description: "危化品泄漏监测、城市内涝监测与林火识别设备和服务，扎根岚山化工园区。",
    contact: ["贾涛", "13906335010", "jiatao@safety.demo.scenebridge.cn"], owners: [u("jia.tao", "贾涛")],
  },
  {
    key: "watertech", kind: "TECH_FIRM", name: "日照水联智慧水务科技有限公司", body: "91371100MA3R2ELW0", district: "ECONOMIC_DEVELOPMENT_ZONE",
    tier: "TECH_SME", status: "VERIFIED",
    description: "智能水表、管网漏损监测与水力模型软件，服务鲁南地区多家水司。",
    contact: ["夏雨", "13906335011", "xiayu@watertech.demo.scenebridge.cn"], owners: [u("xia.yu", "夏雨")],
  },
  {
    key: "lowalt", kind: "TECH_FIRM", name: "山东天衢低空航空科技有限公司", body: "91370100MA3R3TQH1", district: "OUTSIDE_CITY",
    tier: "TECH_LEADER", status: "VERIFIED",
    description: "电动垂直起降航空器、低空飞行服务平台和城市起降场建设运营一体化服务商。",
    contact: ["秦天", "0531-88012012", "qintian@lowalt.demo.scenebridge.cn"], owners: [u("qin.tian", "秦天")],
  },
  {
    key: "culturetech", kind: "TECH_FIRM", name: "日照数智文旅科技有限公司", body: "91371100MA3R4WLK2", district: "SHANHAITIAN",
    tier: "TECH_SME", status: "VERIFIED",
    description: "智慧景区票务、分时预约与客流大数据产品，服务省内20余家A级景区。",
    contact: ["邹静", "13906335013", "zoujing@culturetech.demo.scenebridge.cn"], owners: [u("zou.jing", "邹静")],
  },
  {
    key: "llm", kind: "TECH_FIRM", name: "日照智算大模型科技有限公司", body: "91371102MA3R5DMX3", district: "HIGH_TECH_ZONE",
    tier: "STARTUP", status: "VERIFIED",
    description: "面向国企的私有化大模型、智能文档处理和流程自动化产品，入驻高新区人工智能产业园。",
    contact: ["程远", "13906335014", "chengyuan@llm.demo.scenebridge.cn"], owners: [u("cheng.yuan", "程远")], members: [u("lu.xiao", "陆晓")],
  },
  {
    key: "agritech", kind: "TECH_FIRM", name: "日照巨峰数字农业科技有限公司", body: "91371103MA3R6NYK4", district: "LANSHAN",
    tier: "STARTUP", status: "VERIFIED",
    description: "茶园物联网测报、飞防作业调度与农产品溯源服务，扎根巨峰镇绿茶产区。",
    contact: ["万芳", "13906335015", "wanfang@agritech.demo.scenebridge.cn"], owners: [u("wan.fang", "万芳")],
  },
  {
    key: "bim", kind: "TECH_FIRM", name: "日照筑云建筑信息科技有限公司", body: "91371102MA3R7BJM5", district: "HIGH_TECH_ZONE",
    tier: "TECH_SME", status: "VERIFIED",
    description: "国产BIM引擎、智慧工地和工程项目数字化管理软件，核心平台获首版次软件认定。",
    contact: ["孔亮", "13906335016", "kongliang@bim.demo.scenebridge.cn"], owners: [u("kong.liang", "孔亮")],
  },
  {
    key: "logistics", kind: "TECH_FIRM", name: "日照港航物流信息科技有限公司", body: "91371102MA3R8GHW6", district: "DONGGANG",
    tier: "TECH_SME", status: "VERIFIED",
    description: "港航单证协同、集卡预约与大宗物料运输调度SaaS服务商。",
    contact: ["白杨", "13906335017", "baiyang@logistics.demo.scenebridge.cn"], owners: [u("bai.yang", "白杨")],
  },
  {
    key: "comm", kind: "TECH_FIRM", name: "山东海联通信技术有限公司", body: "91371100MA3R9HLT7", district: "DONGGANG",
    tier: "TECH_LEADER", status: "VERIFIED",
    description: "5G专网、网联无人机通信与低空安防雷达产品，承建日照港5G专网。",
    contact: ["毛宇", "13906335018", "maoyu@comm.demo.scenebridge.cn"], owners: [u("mao.yu", "毛宇")],
  },
  {
    key: "remote", kind: "TECH_FIRM", name: "日照星测遥感信息技术有限公司", body: "91371102MA3T1XCY8", district: "HIGH_TECH_ZONE",
    tier: "STARTUP", status: "PENDING",
    description: "卫星遥感与无人机航测数据处理初创企业，申请入驻平台。",
    contact: ["殷晨", "13906335019", "yinchen@remote.demo.scenebridge.cn"], owners: [u("yin.chen", "殷晨")],
  },
  {
    key: "coating", kind: "TECH_FIRM", name: "日照微光涂层材料有限公司", body: "91371103MA3T2WGT9", district: "LANSHAN",
    tier: "STARTUP", status: "REJECTED", note: "所附高新技术企业证书已过有效期，请上传有效证书后重新提交。",
    description: "功能涂层材料初创企业。",
    contact: ["尹红", "13906335020", "yinhong@coating.demo.scenebridge.cn"], owners: [u("yin.hong", "尹红")],
  },
];
