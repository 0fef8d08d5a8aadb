// Client-side CSV export of the shortlist: UTF-8 with a BOM, so Excel opens Chinese correctly.
import { FEATURES, orgTypeLabel, feedbackLabel } from './labels.js';

const BOM = '\uFEFF';

/** Quotes every cell; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
function cell(value) {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

const round = (v) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(4) : '');

export function shortlistCsv(needLabel, candidates, feedback) {
  const header = ['需求', '排名', '机构名称', '机构ID', '类型', '地区', '综合得分',
    ...FEATURES.map(([, label]) => label), '主要证据', '专家', '反馈状态', '反馈原因'];
  const rows = candidates.map((c) => {
    const fb = feedback.get(c.orgId);
    return [needLabel, c.rank, c.name, c.orgId, orgTypeLabel(c.type), c.region || '', round(c.score),
      ...FEATURES.map(([code]) => round((c.contributions || {})[code])),
      (c.evidence || []).map((e) => e.title || e.id).join('；'),
      (c.experts || []).map((e) => e.name).join('、'),
      fb ? feedbackLabel(fb.status) : '', fb ? fb.reason || '' : ''];
  });
  return BOM + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

let currentUrl = null;

/** Points the export link at a fresh Blob of the CSV; revokes the previous one. */
export function updateExportLink(link, csvText, fileName, enabled) {
  if (currentUrl) URL.revokeObjectURL(currentUrl);
  currentUrl = enabled ? URL.createObjectURL(new Blob([csvText], { type: 'text/csv;charset=utf-8' })) : null;
  link.href = currentUrl || '#';
  link.download = fileName;
  link.classList.toggle('disabled', !enabled);
  link.setAttribute('aria-disabled', String(!enabled));
}
