// The need picker (GET /needs) and the selected need's details (GET /needs/{id}).
import { el, clear, $ } from './dom.js';
import { needStatusLabel } from './labels.js';

export function renderNeedList(list, page, onPick) {
  clear(list);
  const items = page.items || [];
  if (!items.length) list.append(el('li', { class: 'empty muted' }, '没有找到符合条件的需求。'));
  for (const need of items) {
    list.append(el('li', {
      class: 'need-item', tabindex: 0, dataset: { needId: need.id },
      onclick: () => onPick(need.id),
      onkeydown: (e) => { if (e.key === 'Enter') onPick(need.id); },
    },
    el('span', { class: 'need-title' }, need.title || need.id),
    need.confidential ? el('span', { class: 'tag secret' }, '保密') : null,
    el('span', { class: 'need-sub muted' },
      [need.demanderName, need.region, need.industry, needStatusLabel(need.status)].filter(Boolean).join(' · '))));
  }
}

export function markSelected(list, needId) {
  for (const item of list.querySelectorAll('.need-item')) item.classList.toggle('selected', item.dataset.needId === needId);
}

export function renderNeedDetail(need) {
  $('#need-detail').hidden = false;
  $('#need-title').textContent = need.title || need.id;
  const meta = [need.id, need.demanderName, need.region, need.industry, needStatusLabel(need.status),
    need.budget ? `预算 ${need.budget}` : null, need.deadline ? `截止 ${need.deadline}` : null,
    (need.cooperationMethods || []).join('、') || null, need.confidential ? '保密需求' : null];
  $('#need-meta').textContent = meta.filter(Boolean).join(' · ');
  $('#need-body').textContent = need.body || '';
}

export function renderFreeTextDetail(text) {
  $('#need-detail').hidden = false;
  $('#need-title').textContent = '按描述匹配';
  $('#need-meta').textContent = '自由文本查询（未发布为需求，不能查看解释、反馈或组建联合体）';
  $('#need-body').textContent = text;
}

export function pageInfo(node, page) {
  const pages = Math.max(1, Math.ceil((page.total || 0) / (page.size || 1)));
  node.textContent = `第 ${page.page + 1} / ${pages} 页，共 ${page.total || 0} 条`;
  return { hasPrev: page.page > 0, hasNext: page.page + 1 < pages };
}
