// Chinese labels for the codes the API returns. Unknown codes are shown as they are.

export const FEATURES = [
  ['text', '文本相关度'],
  ['ipc', 'IPC 分类重合'],
  ['industry', '行业匹配'],
  ['evidence', '技术证据'],
  ['recency', '近期活跃度'],
  ['proximity', '地理邻近'],
  ['academiaExperience', '产学研合作经验'],
  ['region', '地域偏好'],
  ['orgType', '机构类型'],
  ['chain', '产业链上下游'],
  ['trackRecord', '成功案例'],
];
const FEATURE_LABELS = Object.fromEntries(FEATURES);

const ORG_TYPES = {
  university: '高校',
  institute: '科研院所',
  firm: '企业',
  lab: '实验室',
  hospital: '医院',
  agency: '服务机构',
};

const EVIDENCE_KINDS = { Patent: '专利', Achievement: '成果', Project: '项目', Need: '需求' };

const NODE_LABELS = {
  Organization: '机构', Expert: '专家', Patent: '专利', Achievement: '成果', Need: '需求',
  Project: '项目', IpcClass: 'IPC 分类', Industry: '行业', Region: '地区', Query: '输入的需求文本',
};

const RELATIONS = {
  APPLIED_FOR: '申请', INVENTED: '发明', AFFILIATED_WITH: '任职于', OWNS: '拥有', POSTED: '发布',
  CLASSIFIED_AS: '属于分类', ACTIVE_IN: '活跃于', IN_INDUSTRY: '属于行业', UPSTREAM_OF: '上游',
  LOCATED_IN: '位于', PART_OF: '隶属', COLLABORATED_WITH: '合作', SOLVED_BY: '解决方', FEEDBACK: '反馈',
  TEXT_MATCH: '文本检索命中',
};

export const FEEDBACK_STATUSES = [
  ['contacted', '已联系'],
  ['accepted', '已接受'],
  ['rejected', '已拒绝'],
];
const FEEDBACK_LABELS = Object.fromEntries(FEEDBACK_STATUSES);

const PATH_KINDS = {
  ipc: 'IPC 同类', 'ipc-hierarchy': 'IPC 上位类', expert: '专家', 'chain-partner': '产业链伙伴',
  collaboration: '合作', 'collaboration-2': '间接合作', 'solved-similar': '解决过类似需求', upstream: '上下游',
  industry: '行业', region: '地区', 'text-evidence': '文本命中的证据', 'text-expert': '文本命中的专家成果',
  'text-collaboration': '文本命中证据的合作方', 'text-ipc': '文本命中的 IPC 同类',
};

const ROLES = { lead: '牵头', member: '成员' };

const NEED_STATUSES = { open: '开放中', closed: '已关闭' };

const pick = (table, code) => (code == null || code === '' ? '—' : table[code] ?? String(code));

export const featureLabel = (code) => pick(FEATURE_LABELS, code);
export const orgTypeLabel = (code) => pick(ORG_TYPES, code);
export const evidenceKindLabel = (code) => pick(EVIDENCE_KINDS, code);
export const nodeLabel = (code) => pick(NODE_LABELS, code);
export const relationLabel = (code) => pick(RELATIONS, code);
export const feedbackLabel = (code) => pick(FEEDBACK_LABELS, code);
export const pathKindLabel = (code) => pick(PATH_KINDS, code);
export const roleLabel = (code) => pick(ROLES, code);
export const needStatusLabel = (code) => pick(NEED_STATUSES, code);
