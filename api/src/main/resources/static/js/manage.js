// Posting, editing, closing and bulk-importing needs (brokers, and enterprises for their own organization).
import { el, clear, $ } from './dom.js';

/** Opens the editor empty (a new need) or filled from {@code need} (an edit). */
export function openEditor(need) {
  const form = $('#need-editor');
  form.hidden = false;
  form.dataset.needId = need ? need.id : '';
  $('#ne-heading').textContent = need ? `编辑需求 ${need.id}` : '发布需求';
  $('#ne-title').value = need ? need.title || '' : '';
  $('#ne-body').value = need ? need.body || '' : '';
  $('#ne-region').value = need ? need.regionId || '' : '';
  $('#ne-deadline').value = need ? need.deadline || '' : '';
  $('#ne-confidential').checked = Boolean(need && need.confidential);
  form.scrollIntoView({ block: 'nearest' });
  $('#ne-title').focus();
}

export function closeEditor() {
  $('#need-editor').hidden = true;
}

/** The editor's fields as a NeedInput; an edit keeps the need's other fields. */
export function editorInput(need) {
  const text = (id) => $(id).value.trim() || undefined;
  return {
    ...(need ? { industryId: need.industryId, budget: need.budget, cooperationMethods: need.cooperationMethods } : {}),
    title: $('#ne-title').value.trim(),
    body: $('#ne-body').value.trim(),
    regionId: text('#ne-region'),
    deadline: text('#ne-deadline'),
    confidential: $('#ne-confidential').checked,
  };
}

/** Shows what an import did: counts, and each rejected line with its reason. */
export function renderImportResult(result) {
  $('#import-result').textContent =
    `已导入：新增 ${result.created} 条，更新 ${result.updated} 条，拒绝 ${(result.rejected || []).length} 条`;
  clear($('#import-rejected')).append(...(result.rejected || [])
    .map((r) => el('li', { dataset: { line: r.line } }, `第 ${r.line} 行：${r.reason}`)));
}
