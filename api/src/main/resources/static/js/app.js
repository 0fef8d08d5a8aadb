// The broker workbench: pick a need, see ranked partners, explain, give feedback, build a consortium, export.
import { ApiError, currentKey, setKey, get, post, put, upload } from './api.js';
import { el, clear, $, $$ } from './dom.js';
import { feedbackLabel } from './labels.js';
import { renderMatches } from './matches.js';
import { renderExplanation, renderPathGraph } from './explain.js';
import { openEditor, closeEditor, editorInput, renderImportResult } from './manage.js';
import { reversePath, renderReverse } from './reverse.js';
import { renderProfile } from './profile.js';
import { renderConsortia, consortiumRequest } from './consortium.js';
import { shortlistCsv, updateExportLink } from './csv.js';
import { renderNeedList, markSelected, renderNeedDetail, renderFreeTextDetail, pageInfo } from './needs.js';

const NEED_PAGE_SIZE = 10;
const MATCH_PAGE_SIZE = 10;

const state = {
  needId: null, need: null, needLabel: '', freeText: '', needPage: 0, matchPage: 0,
  shortlist: new Map(), feedback: new Map(), caller: null,
};

const ROLE_LABELS = { broker: '经纪人', enterprise: '企业', platform: '平台' };

/** The key's role decides what the page offers (the server enforces it either way). */
async function loadCaller() {
  state.caller = await get('/me');
  document.body.dataset.role = state.caller.role;
  const badge = $('#role-badge');
  badge.hidden = false;
  badge.textContent = `${ROLE_LABELS[state.caller.role] || state.caller.role}${state.caller.orgId ? ` · ${state.caller.orgId}` : ''}`;
  $('#key-switch').value = [...$('#key-switch').options].some((o) => o.value === currentKey()) ? currentKey() : '';
}

function canManage(need) {
  const c = state.caller;
  return Boolean(c && need && (c.role === 'broker' || (c.role === 'enterprise' && c.orgId === need.demanderOrgId)));
}

let busy = 0;
function setBusy(delta) {
  busy += delta;
  document.body.dataset.busy = String(busy);
}

async function run(task) {
  setBusy(1);
  try {
    return await task();
  } catch (error) {
    showError(error);
    return undefined;
  } finally {
    setBusy(-1);
  }
}

function showError(error) {
  const box = $('#error');
  const api = error instanceof ApiError ? error : null;
  $('#error-title').textContent = api ? api.heading : '页面错误';
  $('#error-detail').textContent = api ? (api.problem.detail || api.problem.title || '') : error.message;
  clear($('#error-fields')).append(...(api ? api.fieldErrors : []).map((f) => el('li', {}, `${f.field}：${f.message}`)));
  box.dataset.status = api ? String(api.status) : '';
  box.hidden = false;
  if (api && api.status === 401) $('#login-status').textContent = '登录失败';
}

function hideError() {
  $('#error').hidden = true;
}

function filters() {
  const form = $('#filters');
  const checked = (name) => $$(`input[name="${name}"]:checked`, form).map((i) => i.value);
  const number = (id) => ($(id).value === '' ? undefined : Number($(id).value));
  return {
    regions: checked('regions'), orgTypes: checked('orgTypes'),
    regionPreference: $('#region-preference').value || undefined,
    minEvidence: number('#min-evidence'), activeSince: number('#active-since'),
  };
}

async function login(key) {
  setKey(key);
  $('#api-key').value = key;
  state.caller = null;
  delete document.body.dataset.role;
  $('#need-q').value = ''; // another key, another session: no search carried over
  resetForNewQuery(null, '');
  $('#need-detail').hidden = true;
  $('#need-actions').hidden = true;
  closeEditor();
  clear($('#candidates'));
  clear($('#reverse-results'));
  $('#reverse-info').textContent = '';
  setBusy(1);
  try {
    await run(loadCaller);
    if (state.caller) await loadNeeds(0);
  } finally {
    setBusy(-1);
  }
}

async function loadNeeds(page) {
  await run(async () => {
    const result = await get('/needs', { q: $('#need-q').value.trim(), status: $('#need-status').value, page, size: NEED_PAGE_SIZE });
    hideError();
    $('#login-status').textContent = '已登录';
    state.needPage = result.page;
    renderNeedList($('#need-list'), result, pickNeed);
    markSelected($('#need-list'), state.needId);
    const nav = pageInfo($('#need-page-info'), result);
    $('#need-prev').disabled = !nav.hasPrev;
    $('#need-next').disabled = !nav.hasNext;
  });
}

function resetForNewQuery(needId, label) {
  state.needId = needId;
  state.needLabel = label;
  state.shortlist.clear();
  state.feedback.clear();
  $('#explain-panel').hidden = true;
  $('#profile-panel').hidden = true;
  clear($('#teams'));
  clear($('#facets'));
  $('#consortium-btn').disabled = !needId;
  renderShortlist();
}

async function pickNeed(needId) {
  setBusy(1); // covers both steps, so "not busy" means the matches are on the page
  try {
    await pickNeedSteps(needId);
  } finally {
    setBusy(-1);
  }
}

async function pickNeedSteps(needId) {
  await run(async () => {
    const need = await get(`/needs/${encodeURIComponent(needId)}`);
    resetForNewQuery(need.id, `${need.id} ${need.title || ''}`.trim());
    state.freeText = '';
    state.need = need;
    markSelected($('#need-list'), need.id);
    renderNeedDetail(need);
    $('#need-actions').hidden = !canManage(need);
    $('#close-need-btn').disabled = need.status === 'closed';
    $('#path-from').value = need.id;
    const history = canManage(need) ? await get(`/needs/${encodeURIComponent(need.id)}/feedback`).catch(() => null) : null;
    const entries = Array.isArray(history) ? history : history && Array.isArray(history.items) ? history.items : [];
    for (const fb of [...entries].sort((a, b) => String(a.at).localeCompare(String(b.at)))) state.feedback.set(fb.orgId, fb);
  });
  if (state.needId === needId) await loadMatches(0);
}

async function loadMatches(page) {
  await run(async () => {
    const f = filters();
    const result = state.needId
      ? await get(`/needs/${encodeURIComponent(state.needId)}/matches`, { ...f, page, size: MATCH_PAGE_SIZE })
      : await post('/match', { text: state.freeText, ...f, limit: MATCH_PAGE_SIZE });
    hideError();
    state.matchPage = result.page || 0;
    state.lastItems = result.items || [];
    renderCandidates(result);
  });
}

function renderCandidates(result) {
  renderMatches($('#candidates'), result, {
    needId: state.needId, shortlist: state.shortlist, feedback: state.feedback,
    onExplain: explain, onProfile: showProfile, onToggleShortlist: toggleShortlist, onFeedback: giveFeedback,
  });
  const reason = $('#match-reason');
  reason.hidden = !result.reason;
  reason.textContent = result.reason || '';
  $('#match-info').textContent = `共 ${result.total ?? (result.items || []).length} 个候选`;
  const nav = pageInfo($('#match-page-info'), { page: result.page || 0, size: result.size || MATCH_PAGE_SIZE, total: result.total || 0 });
  $('#match-prev').disabled = !state.needId || !nav.hasPrev;
  $('#match-next').disabled = !state.needId || !nav.hasNext;
  state.lastResult = result;
}

async function explain(candidate) {
  await run(async () => {
    if (!state.needId) {
      renderExplanation(await textExplanation(candidate));
      $('#path-to').value = candidate.orgId;
      return;
    }
    const ids = `${encodeURIComponent(state.needId)}/matches/${encodeURIComponent(candidate.orgId)}`;
    renderExplanation(await get(`/needs/${ids}/explanation`));
    $('#path-from').value = state.needId;
    $('#path-to').value = candidate.orgId;
  });
}

// Free text has no need in the graph: one call explains the whole ranked list (each path starts with the
// labelled text-match hop); it is kept until the text or the filters change.
async function textExplanation(candidate) {
  const request = { text: state.freeText, ...filters(), limit: MATCH_PAGE_SIZE };
  const key = JSON.stringify(request);
  if (!state.textExplanations || state.textExplanations.key !== key) {
    const result = await post('/match/explanations', request);
    state.textExplanations = { key, byOrg: new Map((result.explanations || []).map((x) => [x.orgId, x])) };
  }
  return state.textExplanations.byOrg.get(candidate.orgId)
    || { orgId: candidate.orgId, orgName: candidate.name, paths: [] };
}

async function findPaths() {
  await run(async () => {
    const result = await get('/paths', { from: $('#path-from').value.trim(), to: $('#path-to').value.trim(), maxLength: $('#path-max').value });
    hideError();
    const paths = result.paths || [];
    $('#path-info').textContent = paths.length ? `找到 ${paths.length} 条路径（最短优先）` : '在该跳数内未找到路径。';
    const lines = renderPathGraph($('#path-graph'), $('#path-info'), paths);
    clear($('#path-list')).append(...lines.map((line) => el('li', { class: 'path-line' }, line)));
    $('#paths-panel').scrollIntoView({ block: 'nearest' });
  });
}

async function reverseMatch(kind, id) {
  $('#rev-kind').value = kind;
  $('#rev-id').value = id;
  await run(async () => {
    const page = await get(reversePath(kind, id), { size: 10 });
    hideError();
    renderReverse(kind, id, page, pickNeed);
  });
}

async function saveNeed() {
  const editing = $('#need-editor').dataset.needId;
  await run(async () => {
    const input = editorInput(editing ? state.need : null);
    const saved = editing ? await put(`/needs/${encodeURIComponent(editing)}`, input) : await post('/needs', input);
    hideError();
    closeEditor();
    $('#need-q').value = '';
    await loadNeeds(0);
    await pickNeed(saved.id);
  });
}

async function closeNeed() {
  if (!state.needId) return;
  await run(async () => {
    const closed = await post(`/needs/${encodeURIComponent(state.needId)}/close`);
    hideError();
    state.need = closed;
    renderNeedDetail(closed);
    $('#close-need-btn').disabled = true;
    await loadNeeds(state.needPage);
  });
}

async function importFile() {
  const file = $('#import-file').files[0];
  if (!file) return showError(new Error('请选择要导入的文件'));
  return run(async () => {
    renderImportResult(await upload('/needs/import/file', file));
    hideError();
    await loadNeeds(0);
  });
}

async function showProfile(candidate) {
  await run(async () => renderProfile(await get(`/orgs/${encodeURIComponent(candidate.orgId)}`), reverseMatch));
}

async function giveFeedback(candidate, status, reason, resultNode) {
  await run(async () => {
    const ids = `${encodeURIComponent(state.needId)}/matches/${encodeURIComponent(candidate.orgId)}`;
    const saved = await post(`/needs/${ids}/feedback`, reason ? { status, reason } : { status });
    state.feedback.set(candidate.orgId, saved);
    resultNode.textContent = `已记录：${feedbackLabel(saved.status)}${saved.broker ? ` · ${saved.broker}` : ''}${saved.at ? ` · ${saved.at}` : ''}`;
    resultNode.classList.add('saved');
    renderShortlist();
  });
}

function toggleShortlist(candidate) {
  if (state.shortlist.has(candidate.orgId)) state.shortlist.delete(candidate.orgId);
  else state.shortlist.set(candidate.orgId, candidate);
  renderShortlist();
  if (state.lastResult) renderCandidates(state.lastResult);
}

function renderShortlist() {
  const members = [...state.shortlist.values()];
  $('#shortlist-count').textContent = String(members.length);
  clear($('#shortlist')).append(...members.map((c) => el('li', { dataset: { orgId: c.orgId } },
    el('span', {}, c.name || c.orgId),
    el('button', { type: 'button', class: 'link', title: '移出清单', onclick: () => toggleShortlist(c) }, '×'))));
  const file = `候选清单-${state.needId || '自由文本'}.csv`;
  updateExportLink($('#export-csv'), shortlistCsv(state.needLabel, members, state.feedback), file, members.length > 0);
}

async function buildConsortium() {
  await run(async () => {
    const result = await post(`/needs/${encodeURIComponent(state.needId)}/consortia`, consortiumRequest());
    renderConsortia($('#facets'), $('#teams'), result);
  });
}

function wire() {
  $('#login-form').addEventListener('submit', (e) => {
    e.preventDefault();
    login($('#api-key').value);
  });
  $('#key-switch').addEventListener('change', () => { if ($('#key-switch').value) login($('#key-switch').value); });
  $('#new-need-btn').addEventListener('click', () => openEditor(null));
  $('#edit-need-btn').addEventListener('click', () => openEditor(state.need));
  $('#close-need-btn').addEventListener('click', closeNeed);
  $('#ne-cancel').addEventListener('click', closeEditor);
  $('#need-editor').addEventListener('submit', (e) => { e.preventDefault(); saveNeed(); });
  $('#import-form').addEventListener('submit', (e) => { e.preventDefault(); importFile(); });
  $('#reverse-form').addEventListener('submit', (e) => { e.preventDefault(); reverseMatch($('#rev-kind').value, $('#rev-id').value.trim()); });
  $('#paths-form').addEventListener('submit', (e) => { e.preventDefault(); findPaths(); });
  $('#error-close').addEventListener('click', hideError);
  $('#need-search').addEventListener('submit', (e) => { e.preventDefault(); loadNeeds(0); });
  $('#need-prev').addEventListener('click', () => loadNeeds(state.needPage - 1));
  $('#need-next').addEventListener('click', () => loadNeeds(state.needPage + 1));
  $('#free-text-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('#free-text').value.trim();
    if (!text) return showError(new Error('请输入需求描述'));
    resetForNewQuery(null, text.slice(0, 40));
    $('#need-actions').hidden = true;
    state.freeText = text;
    markSelected($('#need-list'), null);
    renderFreeTextDetail(text);
    return loadMatches(0);
  });
  $('#filters').addEventListener('submit', (e) => {
    e.preventDefault();
    if (state.needId || state.freeText) loadMatches(0);
  });
  $('#match-prev').addEventListener('click', () => loadMatches(state.matchPage - 1));
  $('#match-next').addEventListener('click', () => loadMatches(state.matchPage + 1));
  $('#consortium-form').addEventListener('submit', (e) => { e.preventDefault(); if (state.needId) buildConsortium(); });
  $('#export-csv').addEventListener('click', (e) => { if (!state.shortlist.size) e.preventDefault(); });
}

wire();
setBusy(0);
if (currentKey()) login(currentKey());
document.body.dataset.ready = 'true';
