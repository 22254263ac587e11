"""Closed word classes of Chinese official news, as plain data.

Post titles, body types and place suffixes are closed classes: the state's own
nomenclature.  They are listed here once and shared by every recognizer and by jieba's
user dictionary.
"""

# Post titles.  Longest match wins, so compound titles ("常务副区长", "党支部书记") are
# read whole; a title that starts with a body type ("县委书记") also names its body.
TITLES = """
总书记 书记 副书记 第一书记 第一副书记 专职副书记 常务副书记 党组书记 党组副书记 党组成员 党委书记 党委副书记
党工委书记 党工委副书记 党支部书记 党总支书记 支部书记 纪委书记 纪委副书记 纪检组长 监委主任
省委书记 省委副书记 省委常委 市委书记 市委副书记 市委常委 县委书记 县委副书记 县委常委 区委书记 区委副书记
区委常委 镇党委书记 乡党委书记 州委书记 盟委书记 旗委书记 委员 常委 部务委员 室务委员 局务委员
省长 副省长 常务副省长 市长 副市长 常务副市长 县长 副县长 常务副县长 区长 副区长 常务副区长 州长 副州长
旗长 副旗长 镇长 副镇长 乡长 副乡长 主任 副主任 常务副主任 街道办事处主任 村主任 村委会主任 村委会副主任
居委会主任 社区主任 部长 副部长 常务副部长 厅长 副厅长 局长 副局长 常务副局长 处长 副处长 科长 副科长 科员
办事员 主任科员 副主任科员 调研员 副调研员 巡视员 副巡视员 一级巡视员 二级巡视员 秘书长 副秘书长 主席 副主席
人大代表 全国人大代表 政协委员 全国政协委员 人大常委会主任 人大常委会副主任 政协主席 政协副主席
组长 副组长 院长 副院长 所长 副所长 校长 副校长 站长 副站长 队长 副队长 馆长 社长 副社长 总编辑 副总编辑
董事长 副董事长 总经理 副总经理 经理 理事长 会长 副会长 检察长 副检察长 审判长 庭长 监狱长 政委 司令员
大学生村官 驻村第一书记 驻村工作队员 工作队长 网格员 选调生 村支书 支书 会计 文书 妇女主任 监委会主任
记者 特约记者 通讯员 编辑 责任编辑 责编 主编 总监 研究员 副研究员 教授 副教授
""".split()

# Bodies: written after a place ("抚顺市审计局") or standing alone ("新华社").
# Departments of a Party committee: "县委常委、组织部部长" heads the county committee's 组织部.
PARTY_DEPARTMENTS = ("组织部", "宣传部", "统战部", "政法委", "编办", "巡察办", "党校", "机关工委", "直属机关工委")

BODY_TYPES = """
党委 党组 党工委 党支部 党总支 机关党委 机关工委 纪委 监委 纪委监委 组织部 宣传部 统战部 政法委 编办 巡察组 巡察办
巡视组 办公室 政府办公室 人民政府 政府 人大 人大常委会 政协 总工会 团委 妇联 科协 党校 法院 检察院 公安局 委员会
两委 村委会 居委会 村民委员会 党委办公室 街道办事处 办事处 管委会 管理委员会
信访局 审计局 财政局 税务局 统计局 商务局 教育局 民政局 司法局 科技局 水利局 林业局 体育局 农业农村局 自然资源局
生态环境局 住房和城乡建设局 住建局 交通运输局 卫生健康委员会 卫健委 应急管理局 市场监督管理局 市场监管局 医疗保障局
退役军人事务局 人力资源和社会保障局 人社局 文化旅游和广播电视局 文化和旅游局 文旅局 工业和信息化局 工信局
发展和改革委员会 发改委 国资委 行政审批管理局 行政审批服务管理局 行政审批局 城市管理局 城管局 乡村振兴局 能源局
农业科学院 社会科学院 科学院 研究院 研究所 实验室 开放实验室 林场 农场 合作社 供销社 医院 卫生院 学校 中学 小学
""".split()

# Bodies known by their own name: central organs and the press.
NAMED_BODIES = """
党中央 中共中央 国务院 全国人大 全国政协 中央组织部 中组部 中央纪委 国家监委
新华社 新华网 人民日报 人民网 光明日报 经济日报 中国青年报 中央电视台 央视 中新社 中国新闻网 求是
""".split()
BODY_SUFFIXES = ("有限公司", "股份有限公司", "集团", "公司", "合作社", "大学", "学院", "日报", "晚报", "报社",
                 "电视台", "广播电台", "新闻网")

# Levels that follow a place in a Party or government body word ("县委", "市政府").
PARTY_GOV = ("委", "政府", "人大", "政协", "纪委")

TOWNSHIP_SUFFIXES = ("街道", "镇", "乡", "苏木")
VILLAGE_SUFFIXES = ("社区", "村", "嘎查")
ZONE_SUFFIXES = ("经济技术开发区", "高新技术产业开发区", "经济开发区", "高新区", "开发区", "新区",
                 "产业园区", "工业园区", "化工园区", "产业园", "工业园", "示范区", "自贸区")

# Regions named in passing: not divisions, but places users ask about.
REGIONS = """
东北 西北 西南 华北 华东 华南 华中 辽西 辽南 辽东 辽北 京津冀 长三角 珠三角 粤港澳大湾区 陕北 陕南 关中 苏北 苏南
皖北 豫东 晋北 晋南 蒙东 冀东 胶东 川西 黔东南 长江经济带 中华人民共和国 中国
""".split()

# Words that look like places or names but are not ("全市", "城市").
NOT_PLACE_STEMS = set("""
全 本 该 各 每 此 其 某 这 那 第 农 乡 城 山 渔 小 大 古 名 强 重 集 特 新农 美丽
贫困 薄弱 重点 示范 先进 试点 中心 行政 自然 空壳 软弱 涣散 后进 文明 卫生 旅游 特色 边远 偏远 城中 城郊 村 镇
""".split())
