// Renders a MatchPage: one card per candidate with its score breakdown, evidence and actions.
import { el, clear, highlighted, formatScore } from './dom.js';
import { FEATURES, FEEDBACK_STATUSES, featureLabel, orgTypeLabel, evidenceKindLabel, feedbackLabel } from './labels.js';

const KNOWN = FEATURES.map(([code]) => code);

function orderedFeatures(contributions) {
  const codes = Object.keys(contributions || {});
  return [...KNOWN.filter((c) => codes.includes(c)), ...codes.filter((c) => !KNOWN.includes(c)).sort()];
}

/** The largest absolute contribution on the page, so bars compare across candidates. */
function scaleOf(items) {
  let max = 0;
  for (const item of items) {
    for (const value of Object.values(item.contributions || {})) max = Math.max(max, Math.abs(value || 0));
  }
  return max || 1;
}

function breakdown(candidate, scale) {
  const rows = orderedFeatures(candidate.contributions).map((code) => {
    const value = candidate.contributions[code] || 0;
    const raw = candidate.features ? candidate.features[code] : undefined;
    const width = `${Math.min(100, (Math.abs(value) / scale) * 100).toFixed(1)}%`;
    return el('li', { class: 'bar-row', dataset: { feature: code }, title: `特征值 ${formatScore(raw)}，贡献 ${formatScore(value)}` },
      el('span', { class: 'bar-label' }, featureLabel(code)),
      el('span', { class: 'bar-track' }, el('span', { class: value < 0 ? 'bar negative' : 'bar', style: { width } })),
      el('span', { class: 'bar-value' }, formatScore(value)));
  });
  return el('ul', { class: 'breakdown', 'aria-label': '得分构成' }, rows);
}

const EVIDENCE_SHOWN = 3;

function evidenceItem(item) {
  return el('li', { dataset: { evidenceId: item.id } },
    el('span', { class: 'kind' }, evidenceKindLabel(item.kind)),
    el('span', { class: 'ev-title' }, item.title || item.id),
    item.year ? el('span', { class: 'muted' }, ` (${item.year})`) : null,
    item.snippet ? el('p', { class: 'snippet' }, highlighted(item.snippet)) : null);
}

/** The first few pieces of evidence, the rest folded away so ten candidates still fit on a screen or two. */
function evidenceList(evidence) {
  if (!evidence || !evidence.length) return el('p', { class: 'muted' }, '暂无证据');
  const rest = evidence.slice(EVIDENCE_SHOWN);
  return el('div', { class: 'evidence-box' },
    el('ul', { class: 'evidence' }, evidence.slice(0, EVIDENCE_SHOWN).map(evidenceItem)),
    rest.length ? el('details', { class: 'more-evidence' },
      el('summary', {}, `另有 ${rest.length} 条证据`),
      el('ul', { class: 'evidence' }, rest.map(evidenceItem))) : null);
}

function feedbackForm(candidate, ctx) {
  const status = el('select', { class: 'fb-status', 'aria-label': '反馈状态' },
    FEEDBACK_STATUSES.map(([code, label]) => el('option', { value: code }, label)));
  const reason = el('input', { class: 'fb-reason', type: 'text', maxlength: 500, placeholder: '原因（可选）' });
  const result = el('span', { class: 'fb-result' },
    ctx.feedback.has(candidate.orgId) ? `最近反馈：${feedbackLabel(ctx.feedback.get(candidate.orgId).status)}` : '');
  const submit = el('button', { class: 'fb-submit', type: 'submit', disabled: !ctx.needId }, '提交反馈');
  return el('form', {
    class: 'feedback broker-only',
    onsubmit: (event) => {
      event.preventDefault();
      ctx.onFeedback(candidate, status.value, reason.value.trim(), result);
    },
  }, status, reason, submit, result);
}

function card(candidate, ctx, scale) {
  const inShortlist = ctx.shortlist.has(candidate.orgId);
  return el('li', { class: 'candidate', dataset: { orgId: candidate.orgId } },
    el('div', { class: 'cand-head' },
      el('span', { class: 'rank' }, `#${candidate.rank}`),
      el('button', { class: 'name link-like', type: 'button', title: '查看机构画像', onclick: () => ctx.onProfile(candidate) },
        candidate.name || candidate.orgId),
      el('span', { class: 'tag' }, orgTypeLabel(candidate.type)),
      el('span', { class: 'tag region' }, candidate.region || '—'),
      el('span', { class: 'score', title: '综合得分' }, formatScore(candidate.score))),
    breakdown(candidate, scale),
    evidenceList(candidate.evidence),
    candidate.experts && candidate.experts.length
      ? el('p', { class: 'experts' }, '专家：', candidate.experts.map((e) => e.name).join('、'))
      : null,
    el('div', { class: 'actions' },
      el('button', { class: 'explain-btn', type: 'button', onclick: () => ctx.onExplain(candidate) }, '查看解释'),
      el('button', { class: 'shortlist-btn', type: 'button', onclick: () => ctx.onToggleShortlist(candidate) }, inShortlist ? '移出清单' : '加入清单')),
    feedbackForm(candidate, ctx));
}

/** ctx: {needId, shortlist: Map, feedback: Map, onExplain, onProfile, onToggleShortlist, onFeedback} */
export function renderMatches(list, page, ctx) {
  clear(list);
  const items = page.items || [];
  if (!items.length) {
    list.append(el('li', { class: 'empty muted' }, '没有符合条件的合作方，可放宽筛选条件后重试。'));
    return;
  }
  const scale = scaleOf(items);
  for (const candidate of items) list.append(card(candidate, ctx, scale));
}
