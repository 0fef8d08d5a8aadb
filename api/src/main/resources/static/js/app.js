// The broker workbench: pick a need, see ranked partners, explain, give feedback, build a consortium, export.
import { ApiError, currentKey, setKey, get, post } from './api.js';
import { el, clear, $, $$ } from './dom.js';
import { feedbackLabel } from './labels.js';
import { renderMatches } from './matches.js';
import { renderExplanation } from './explain.js';
import { renderProfile } from './profile.js';
import { renderConsortia, consortiumRequest } from './consortium.js';
import { shortlistCsv, updateExportLink } from './csv.js';
import { renderNeedList, markSelected, renderNeedDetail, renderFreeTextDetail, pageInfo } from './needs.js';

const NEED_PAGE_SIZE = 10;
const MATCH_PAGE_SIZE = 10;

const state = {
  needId: null, needLabel: '', freeText: '', needPage: 0, matchPage: 0,
  shortlist: new Map(), feedback: new Map(),
};

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
    markSelected($('#need-list'), need.id);
    renderNeedDetail(need);
    const history = await get(`/needs/${encodeURIComponent(need.id)}/feedback`).catch(() => null);
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
    const ids = `${encodeURIComponent(state.needId)}/matches/${encodeURIComponent(candidate.orgId)}`;
    renderExplanation(await get(`/needs/${ids}/explanation`));
  });
}

async function showProfile(candidate) {
  await run(async () => renderProfile(await get(`/orgs/${encodeURIComponent(candidate.orgId)}`)));
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
    setKey($('#api-key').value);
    loadNeeds(0);
  });
  $('#error-close').addEventListener('click', hideError);
  $('#need-search').addEventListener('submit', (e) => { e.preventDefault(); loadNeeds(0); });
  $('#need-prev').addEventListener('click', () => loadNeeds(state.needPage - 1));
  $('#need-next').addEventListener('click', () => loadNeeds(state.needPage + 1));
  $('#free-text-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('#free-text').value.trim();
    if (!text) return showError(new Error('请输入需求描述'));
    resetForNewQuery(null, text.slice(0, 40));
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
if (currentKey()) {
  $('#api-key').value = currentKey();
  loadNeeds(0);
}
document.body.dataset.ready = 'true';
