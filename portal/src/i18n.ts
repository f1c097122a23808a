import { reactive } from 'vue';

/** Chinese first (zh-CN), English on the switch. Every visible text goes through t(); tests check both tables have the same keys. */
export type Locale = 'zh' | 'en';

export const zh = {
  app: '医信 · 医疗保障信用管理',
  skip: '跳到主要内容',
  lang: 'English',
  langLabel: '切换语言',
  signOut: '退出',
  signedInAs: '当前身份',
  nav: { me: '我的信用', queue: '异议办理', repairs: '修复审核', cycle: '年度评价', signIn: '登录' },
  roles: {
    credit_subject: '信用主体', bureau_admin: '医保局管理员', bureau_officer: '医保局经办人员',
    bureau_reviewer: '医保局审核人员', auditor: '审计人员', platform_operator: '平台运营',
  },
  signIn: {
    title: '登录', dev: '本地开发登录（仅本地运行提供）', tenant: '医保局（租户）', role: '角色', subject: '信用主体编号',
    subjectHint: '以信用主体身份登录时必填，例如 S2df48…', submit: '登录', oidc: '使用所在医保局统一身份认证登录',
    oidcNone: '尚未配置统一身份认证。', required: '请填写此项。',
  },
  me: {
    title: '我的信用', grade: '信用等级', score: '得分', configVersion: '评价配置版本', asOf: '截至',
    why: '评分依据', indicator: '指标', points: '分值', record: '信用信息', noExplanation: '无加减分项目，按基础分计。',
    history: '等级变化', records: '信用档案', summary: '事项', effectiveFrom: '生效日期', polarity: '性质',
    negative: '失信', positive: '守信', neutral: '一般', underObjection: '异议处理中', superseded: '已更正',
    object: '提出异议', repair: '申请信用修复', notices: '我的通知', deadline: '截止', noNotices: '暂无通知。',
    objections: '我的异议', documents: '文书', noDocuments: '暂无文书。', view: '查看', download: '下载', close: '关闭',
    status: '状态', filingDue: '申请期限', decisionDue: '处理期限', case: '案号', repairs: '我的信用修复',
    askReview: '申请复核', reviewStatement: '复核理由', reviewRequested: '已申请复核，案号',
    results: '我的年度评价结果', year: '年度', objectResult: '对评价结果提出异议',
    resultStatus: { PROPOSED: '拟确定', UNDER_OBJECTION: '异议处理中', PUBLISHED: '已公布', SUPERSEDED: '已被新版本取代' },
  },
  objection: {
    title: '提出异议', target: '异议对象', ground: '异议理由', statement: '事实和理由', attachment: '证明材料',
    attachmentHint: 'PDF、JPEG 或 PNG，不超过 4 MB，可选多个。', submit: '提交异议', cancel: '取消',
    uploading: '正在上传', filed: '异议已提交，案号', badType: '只接受 PDF、JPEG 或 PNG 文件：', tooBig: '文件超过 4 MB：',
    grounds: {
      INCONSISTENT_WITH_FACTS: '信用信息与事实不符，存在错误或遗漏', DISAGREES_WITH_RESULT: '对信用评价结果有异议',
      SECRET_OR_PRIVACY: '信息涉及国家秘密、商业秘密、个人隐私，或依法不应采集', NEGATIVE_INFO_PAST_PERIOD: '失信信息超过期限仍在使用',
      DISHONESTY_CORRECTED: '失信行为已纠正，信息应予变更', OTHER_STATUTORY: '法律、法规规定的其他情形',
    },
  },
  repair: {
    title: '申请信用修复', rectification: '整改情况', commitment: '本单位（人）承诺所提交材料真实，并已纠正失信行为',
    submit: '提交修复申请', submitted: '修复申请已提交，编号', eligibleFrom: '可申请日期',
  },
  queue: {
    title: '异议办理（按期限排序）', case: '案号', subject: '信用主体', status: '状态', due: '处理期限',
    left: '剩余工作日', overdue: '已逾期', accept: '受理', decide: '作出决定', outcome: '处理结果', reasons: '理由',
    withdraw: '撤销原信息', submit: '提交决定', empty: '暂无待办。', days: '个工作日', accepted: '已受理',
    decided: '已作出决定', reviews: '上级复核（下级医保局移送）', outcomes: { CORRECTED: '予以更正', MAINTAINED: '维持原信息' },
  },
  repairs: {
    title: '修复审核', repair: '修复编号', record: '失信信息', status: '状态', intend: '拟修复，进入公示',
    refuse: '不予修复', reasons: '理由', submit: '提交', publicity: '公示', empty: '暂无待审核的修复申请。',
    publicityEndsOn: '公示截止', link: '公示页面',
  },
  publicity: {
    title: '信用修复公示', subject: '信用主体', record: '修复事项', period: '公示期', objectTitle: '对本公示提出异议',
    text: '异议内容', contact: '联系方式（选填）', submit: '提交', received: '异议已收到，编号', noLogin: '无需登录。',
  },
  cycle: {
    title: '年度信用评价', year: '评价年度', kind: '主体类别', run: '开始评价', resume: '继续评价', progress: '进度',
    publish: '公布到期结果', published: '已公布', waiting: '待公布', distribution: '等级分布', total: '合计',
    complete: '评价完成', kinds: { DESIGNATED_HOSPITAL: '定点医疗机构', DESIGNATED_PHARMACY: '定点零售药店' },
  },
  problem: { generic: '操作未成功', network: '无法连接服务器，请稍后再试。' },
  loading: '加载中…',
};

export type Messages = typeof zh;

export const en: Messages = {
  app: 'Yixin · Medical-insurance credit',
  skip: 'Skip to main content',
  lang: '中文',
  langLabel: 'Switch language',
  signOut: 'Sign out',
  signedInAs: 'Signed in as',
  nav: { me: 'My credit', queue: 'Objections', repairs: 'Repairs', cycle: 'Annual evaluation', signIn: 'Sign in' },
  roles: {
    credit_subject: 'Credit subject', bureau_admin: 'Bureau admin', bureau_officer: 'Bureau officer',
    bureau_reviewer: 'Bureau reviewer', auditor: 'Auditor', platform_operator: 'Platform operator',
  },
  signIn: {
    title: 'Sign in', dev: 'Development sign-in (local run only)', tenant: 'Bureau (tenant)', role: 'Role',
    subject: 'Credit subject ID', subjectHint: 'Required when signing in as a credit subject, e.g. S2df48…',
    submit: 'Sign in', oidc: "Sign in with your bureau's identity provider", oidcNone: 'No identity provider configured.',
    required: 'Please fill this in.',
  },
  me: {
    title: 'My credit', grade: 'Grade', score: 'Score', configVersion: 'Configuration version', asOf: 'As of',
    why: 'Why', indicator: 'Indicator', points: 'Points', record: 'Record', noExplanation: 'No points added or taken: base score.',
    history: 'Grade history', records: 'Credit archive', summary: 'Matter', effectiveFrom: 'Effective from',
    polarity: 'Kind', negative: 'Dishonest', positive: 'Trustworthy', neutral: 'Neutral', underObjection: 'Under objection',
    superseded: 'Corrected', object: 'Object', repair: 'Apply for repair', notices: 'My notices', deadline: 'Due',
    noNotices: 'No notices.', objections: 'My objections', documents: 'Documents', noDocuments: 'No documents.',
    view: 'View', download: 'Download', close: 'Close', status: 'Status', filingDue: 'Filing due',
    decisionDue: 'Decision due', case: 'Case', repairs: 'My repairs',
    askReview: 'Ask for review', reviewStatement: 'Why a review', reviewRequested: 'Review requested, case',
    results: 'My annual evaluation results', year: 'Year', objectResult: 'Object to the result',
    resultStatus: { PROPOSED: 'Proposed', UNDER_OBJECTION: 'Under objection', PUBLISHED: 'Published', SUPERSEDED: 'Superseded' },
  },
  objection: {
    title: 'File an objection', target: 'Objection to', ground: 'Ground', statement: 'Facts and reasons',
    attachment: 'Evidence', attachmentHint: 'PDF, JPEG or PNG, at most 4 MB each; several allowed.', submit: 'File objection',
    cancel: 'Cancel', uploading: 'Uploading', filed: 'Objection filed, case', badType: 'Only PDF, JPEG or PNG files: ',
    tooBig: 'File larger than 4 MB: ',
    grounds: {
      INCONSISTENT_WITH_FACTS: 'The information is wrong or incomplete', DISAGREES_WITH_RESULT: 'I disagree with the evaluation result',
      SECRET_OR_PRIVACY: 'State or trade secret, privacy, or not lawfully collectable', NEGATIVE_INFO_PAST_PERIOD: 'Negative information used past its period',
      DISHONESTY_CORRECTED: 'The dishonest conduct has been corrected', OTHER_STATUTORY: 'Other cases provided by law',
    },
  },
  repair: {
    title: 'Apply for credit repair', rectification: 'Rectification', commitment: 'I commit that the materials are true and the conduct is corrected',
    submit: 'Submit application', submitted: 'Repair application submitted', eligibleFrom: 'Eligible from',
  },
  queue: {
    title: 'Objections (by due date)', case: 'Case', subject: 'Subject', status: 'Status', due: 'Due', left: 'Working days left',
    overdue: 'Overdue', accept: 'Accept', decide: 'Decide', outcome: 'Outcome', reasons: 'Reasons', withdraw: 'Withdraw the record',
    submit: 'Submit decision', empty: 'Nothing to do.', days: 'working days', accepted: 'Accepted', decided: 'Decided',
    reviews: 'Reviews escalated by the lower bureaus', outcomes: { CORRECTED: 'Correct it', MAINTAINED: 'Maintain it' },
  },
  repairs: {
    title: 'Repair review', repair: 'Repair', record: 'Record', status: 'Status', intend: 'Intend to repair (publicity)',
    refuse: 'Refuse', reasons: 'Reasons', submit: 'Submit', publicity: 'Publicity', empty: 'No repair applications to review.',
    publicityEndsOn: 'Publicity ends', link: 'Public page',
  },
  publicity: {
    title: 'Credit repair publicity', subject: 'Subject', record: 'Matter repaired', period: 'Publicity period',
    objectTitle: 'Object to this publicity', text: 'Your objection', contact: 'Contact (optional)', submit: 'Submit',
    received: 'Objection received', noLogin: 'No sign-in needed.',
  },
  cycle: {
    title: 'Annual credit evaluation', year: 'Year', kind: 'Subject kind', run: 'Start evaluation', resume: 'Continue',
    progress: 'Progress', publish: 'Publish due results', published: 'Published', waiting: 'Waiting', distribution: 'Grade distribution',
    total: 'Total', complete: 'Evaluation complete', kinds: { DESIGNATED_HOSPITAL: 'Designated hospitals', DESIGNATED_PHARMACY: 'Designated pharmacies' },
  },
  problem: { generic: 'That did not work', network: 'Cannot reach the server; please try again.' },
  loading: 'Loading…',
};

export const i18n = reactive({ locale: 'zh' as Locale });

/** t('me.grade') — the text of the current locale; the key itself when missing (a test keeps that from happening). */
export function t(key: string): string {
  const table = i18n.locale === 'zh' ? zh : en;
  const v = key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), table);
  return typeof v === 'string' ? v : key;
}

export function setLocale(l: Locale): void {
  i18n.locale = l;
  document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
}
