/**
 * Story templates per kind of union event. Each kind prints its trigger words
 * (知识竞赛, 技能大赛, 招聘会 …) in the headline and lead the way the seed
 * stories do, so the ingest's event-type facet has something real to find.
 * Body paragraphs come from seed stories of the same kind (matched by
 * `triggers`), so the text stays on topic.
 *
 * Slots: {d} district (昌平区), {ds} short (昌平), {t}/{t2} towns of the
 * district, {u} organising union, {e} enterprise, {y} year, {m} month,
 * {n1} 2–9, {n2} 10–60, {n3} 100–900, {n4} 1000–5000, {cn} 二…十,
 * {theme}, {trade}, {name} an official. Headline templates carry no
 * ，。；：！？、 (a printed headline has none; the ingest relies on that).
 */
export interface EventTemplate {
  id: string;
  /** Seed stories containing one of these are this kind's body material. */
  triggers: string[];
  headlines: string[];
  /** Optional second headline line (subtitle) or first (kicker). */
  subtitles: string[];
  leads: string[];
  closings: string[];
}

export const THEMES = [
  '建功十四五 奋进新征程',
  '劳动创造幸福',
  '奋进新征程 建功新时代',
  '中国梦·劳动美',
  '技能强国 创新有我',
  '学习二十大 奋进新征程',
  '安全生产月',
  '工会进万家',
];
export const TRADES = [
  '电工',
  '焊工',
  '育婴员',
  '养老护理员',
  '网约配送员',
  '汽车维修工',
  '中式烹调师',
  '数控车工',
  '快递员',
  '茶艺师',
  '无人机驾驶员',
  '电梯安装维修工',
  '家政服务员',
  '消防设施操作员',
  '数据分析',
  '网络安全',
];

export const EVENTS: EventTemplate[] = [
  {
    id: 'quiz',
    triggers: ['知识竞赛'],
    headlines: [
      '{y}年{d}职工知识竞赛决赛开赛',
      '{u}举办“{theme}”职工知识竞赛',
      '{t}总工会开展安全生产知识竞赛',
      '以赛促学 {t}职工法律知识竞赛决出名次',
    ],
    subtitles: ['{n2}支代表队同台竞技', '全区{n3}余名职工参与初赛'],
    leads: [
      '近日，由{u}主办、{t}党委政府协办的“{theme}”{y}年{d}职工知识竞赛决赛在{t}举行。',
      '近日，{u}举办{y}年职工法律知识竞赛，来自{n2}家单位的{n3}名职工参加。',
    ],
    closings: [
      '“本次活动以职工知识竞赛为契机，以赛促学，以学促行，进一步激发广大职工干事创业热情。”{u}相关负责人介绍。',
    ],
  },
  {
    id: 'skills',
    triggers: ['技能大赛', '技能竞赛', '劳动竞赛'],
    headlines: [
      '{d}举办第{cn}届“工匠杯”职工职业技能大赛',
      '{e}工会举办{trade}技能大赛',
      '{ds}{trade}职业技能竞赛决赛举办',
      '以赛促训 {t}总工会举办{trade}技能大赛',
    ],
    subtitles: ['{n2}支队伍{n3}名选手同台比武', '评出一等奖{n1}名'],
    leads: [
      '近日，由{u}、{d}人力资源和社会保障局主办的{d}第{cn}届“工匠杯”职工职业技能大赛{trade}决赛举办。',
      '近日，{u}举办{y}年{trade}技能大赛，全区各单位共有{n2}支队伍、{n3}名选手参赛。',
    ],
    closings: [
      '据悉，此次技能大赛依据评分细则对参赛选手打分，最终评选出优秀组织奖及个人一二三等奖。',
    ],
  },
  {
    id: 'jobs',
    triggers: ['招聘会'],
    headlines: [
      '{t}总工会举办春季招聘会',
      '{u}专场招聘会提供岗位{n3}个',
      '送岗位到家门口 {ds}工会专场招聘会吸引{n3}余人',
    ],
    subtitles: ['{n2}家用人单位进场招聘'],
    leads: [
      '近日，{u}、{t}社保所共同举办的{y}年春季首场“城市服务类岗位招聘会”，吸引{n3}余人前来求职。',
      '近日，{u}联合区人力资源和社会保障局在{t}举办“春风行动”专场招聘会，{n2}家企业提供岗位{n3}个。',
    ],
    closings: ['接下来，{d}总工会将进一步做好新时期工会就业服务工作，做优做强“春送岗位”工作品牌。'],
  },
  {
    id: 'warmth',
    triggers: ['送温暖', '慰问'],
    headlines: [
      '{u}{n4}余份礼包送职工',
      '{u}开展冬季送温暖活动',
      '送温暖进{t} {e}工会走访慰问一线职工',
      '{t}总工会为户外劳动者送温暖',
    ],
    subtitles: ['把关爱送到{t}职工心坎上'],
    leads: [
      '记者近日从{u}获悉，本年度送温暖活动中，该工会采用线上线下相结合的方式，共准备了{n4}余份温暖礼包，送到辖区广大职工手中。',
      '近日，{u}组织开展送温暖走访慰问活动，将关怀问候和美好祝福送到{t}一线职工身边。',
    ],
    closings: [
      '{u}相关负责人表示，冬季送温暖既要有新意，又要有心意，确保送温暖工作真正送到职工的心坎上。',
    ],
  },
  {
    id: 'survey',
    triggers: ['调研'],
    headlines: [
      '市推进产业工人队伍建设改革工作评价组赴{ds}调研',
      '市总工会赴{t}调研“区级工会加强年”专项工作',
      '{d}总工会调研{group}服务工作',
    ],
    subtitles: ['实地走访{n1}家企业'],
    leads: [
      '近日，北京市推进产业工人队伍建设改革工作评价组赴{d}调研，通过实地查看、听取汇报、座谈交流等形式，对{d}推进产业工人队伍建设改革工作情况开展全面评价。',
      '近日，市总工会调研组到{t}调研“区级工会加强年”专项工作，{u}有关负责人陪同调研。',
    ],
    closings: ['市总工会有关部门、{d}产改协调小组成员单位、企业代表等参加调研。'],
  },
  {
    id: 'democracy',
    triggers: ['民主日'],
    headlines: [
      '{t}{n2}家企业开展“民主日”活动',
      '{e}召开{y}年“民主日”恳谈会',
      '{t}总工会推动“民主日”活动常态化',
    ],
    subtitles: ['职工代表提出意见建议{n2}余条'],
    leads: [
      '记者近日从{t}总工会了解到，为落实{d}总工会通知精神，自今年{m}月起，该地区所属{n2}家企业纷纷开展{y}年第一次“民主日”活动。',
      '近日，{e}工会召开“民主日”恳谈会，企业负责人向职工代表通报了生产经营情况。',
    ],
    closings: ['今后，{t}总工会将继续把“民主日”活动作为一项制度常抓不懈，进一步发挥职代会的作用。'],
  },
  {
    id: 'contract',
    triggers: ['集体合同', '集体协商'],
    headlines: [
      '{e}工会调研{y}年集体合同履行情况',
      '{t}总工会开展集体合同集中要约行动',
      '{d}签订区域性行业集体合同 覆盖职工{n4}余人',
    ],
    subtitles: ['{n2}家企业以集体协商促劳动关系和谐'],
    leads: [
      '近日，{u}召开集体合同履行情况调研座谈会，以不断深化集体协商制度，保证各项条款按约定落实。',
      '近日，{u}组织辖区{n2}家企业开展集体合同集中要约行动，覆盖职工{n4}余人。',
    ],
    closings: [
      '{u}相关负责人表示，将以切实维护职工合法权益为出发点开展集体协商工作，努力构建和谐稳定的劳动关系。',
    ],
  },
  {
    id: 'volunteer',
    triggers: ['志愿服务', '志愿者'],
    headlines: [
      '{d}第{cn}届职工志愿服务成果展示活动举行',
      '{u}职工志愿服务队走进{t}社区',
      '{e}工会志愿服务队走进{t}开展“学雷锋”志愿服务',
    ],
    subtitles: ['{n3}余名职工志愿者齐聚一堂'],
    leads: [
      '近日，“爱心·凝聚·力量”{d}职工志愿服务成果展示活动在{t}举行，来自全区各单位职工志愿服务队的代表等共{n3}余名职工志愿者齐聚一堂。',
      '近日，{u}组织职工志愿服务队走进{t}社区，为居民提供义诊、家电维修等志愿服务。',
    ],
    closings: ['下一步，{u}将继续深化职工志愿服务品牌项目，推动职工志愿服务融入基层社会治理。'],
  },
  {
    id: 'expo',
    triggers: ['博览会'],
    headlines: [
      '{d}举办第{cn}届产业工人队伍建设改革博览会',
      '{ds}“产改”博览会展示{n2}项职工创新成果',
    ],
    subtitles: ['发布{n2}万字“产改”图书', '展示{ds}“五新联动”工作机制'],
    leads: [
      '近日，{d}产业工人队伍建设改革博览会举行，市总工会党组成员、副主席{name}出席并讲话。',
      '近日，{u}主办的第{cn}届职工创新成果博览会在{t}开幕，{n2}项职工创新成果集中亮相。',
    ],
    closings: ['据悉，本次博览会开幕式后，云上展厅同步开启，观众可通过手机在线观看展览。'],
  },
  {
    id: 'studio',
    triggers: ['创新工作室'],
    headlines: [
      '{u}成立{n1}个创新工作室联盟',
      '{e}{n1}个职工创新工作室获评市级示范',
      '{d}命名{n2}家区级职工创新工作室',
    ],
    subtitles: ['提出有效建议{n3}余条 解决操作难题{n2}个'],
    leads: [
      '记者近日了解到，{u}在深化职工创新工作室联盟建设方面，已成立{n1}个创新工作室联盟，截至目前提出有效建议{n3}余条。',
      '近日，{d}总工会命名{n2}家区级职工创新工作室，每家给予创新项目助推经费{n1}万元。',
    ],
    closings: ['下一步，{u}将持续发挥创新工作室在集智创新、技能传承、人才培养等方面的带动作用。'],
  },
];

/**
 * Seed stories of no template kind (会员代表大会, 经费培训, 入会沟通会 …) give
 * the body of "generic" stories. Their headlines are mostly new ones from
 * these templates: a seed headline with only its district swapped would
 * recur hundreds of times in a 100k corpus, far more than real headlines do
 * (and the ingest takes a first line printed on two pages for a banner).
 */
export const GENERIC_HEADLINES = [
  '{u}召开{y}年工会工作会',
  '{t}总工会开展{group}集中入会沟通会',
  '{e}工会召开第{cn}届会员代表大会',
  '{u}举办基层工会经费管理培训会',
  '{ds}{group}书画摄影作品巡展受好评',
  '{u}为{group}办实事{n2}件',
  '{t}总工会“双沟通”服务{group}',
  '{e}工会打造“暖心服务” 职工书屋添新书{n3}册',
];
/** The eight groups of new-form workers (八大群体) unions reach out to. */
export const GROUPS = [
  '货车司机',
  '快递员',
  '网约车司机',
  '外卖配送员',
  '家政服务员',
  '保安员',
  '护工',
  '房产经纪人',
];
export const GENERIC_LEADS = [
  '近日，{u}召开{y}年工会工作会，总结去年工作，部署今年任务。',
  '近日，{u}举办基层工会干部培训班，{t}等{n2}个基层工会的{n3}余名工会干部参加。',
  '近日，{u}工作人员走进{t}辖区企业，开展企业建会和职工入会宣传。',
];

/** Photo items are short and many; slots keep their headlines from repeating thousands of times. */
export const PHOTO_HEADLINES = [
  '{e}职工乐享趣味游艺',
  '{t}上门义诊',
  '劳模进{t}校园讲述身边感人故事',
  '走访慰问 {t}帮扶村',
  '{ds}职工健步走迎新春',
  '送清凉进{t}工地',
  '{t}职工趣味运动会举行',
  '书香润职心 {e}职工书屋开放',
  '{t}工会驿站暖心服务',
  '{e}职工篮球赛开赛',
];
export const PHOTO_TEXTS = [
  '近日，{e}工会开展职工趣味运动会，职工们通过拔河、跳绳、托球跑等项目，感受快乐、增进交流。',
  '近日，{u}组织劳模宣讲员走进{t}中小学，用亲身经历讲述了身边感人至深的故事。',
  '近日，{u}为坚守一线的环卫工人、快递小哥送去清凉饮品和防暑药品，传递“娘家人”的关心关怀。',
  '近日，{u}在{t}开展职工读书分享会，{n2}余名职工交流阅读心得。',
];

export const BANNERS = [
  '深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面',
  '学习贯彻中国工会十八大精神 推动首都工会工作高质量发展',
  '建功十四五 奋进新征程 首都职工在行动',
  '弘扬劳模精神劳动精神工匠精神',
];
/** Stray headings left at a page's foot with no story under them (seed 002's last line). */
export const STRAY_HEADINGS = [
  '贯彻落实工会十八大精神',
  '劳动创造幸福',
  '喜迎中国工会十八大',
  '工会干部在基层',
  '奋进新征程',
];
