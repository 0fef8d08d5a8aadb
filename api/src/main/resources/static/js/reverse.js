// Reverse matching: the open needs an achievement, a patent or an organization could serve.
import { el, clear, $, formatScore } from './dom.js';

const PATHS = { achievement: 'achievements', patent: 'patents', organization: 'orgs' };
const KINDS = { achievement: '科技成果', patent: '专利', organization: '机构' };

export function reversePath(kind, id) {
  return `/${PATHS[kind]}/${encodeURIComponent(id)}/needs`;
}

/** page: {items:[{needId,title,score,demanderName,explanation}], total, reason}; onPick opens a need. */
export function renderReverse(kind, id, page, onPick) {
  const panel = $('#reverse-panel');
  panel.scrollIntoView({ block: 'nearest' });
  const items = page.items || [];
  $('#reverse-info').textContent = `${KINDS[kind]} ${id}：共 ${page.total ?? items.length} 个可服务的需求`
    + (page.reason ? `（${page.reason}）` : '');
  const list = clear($('#reverse-results'));
  if (!items.length) list.append(el('li', { class: 'empty muted' }, '没有找到该来源可服务的开放需求。'));
  for (const need of items) {
    list.append(el('li', { class: 'reverse-item', dataset: { needId: need.needId } },
      el('button', { class: 'rev-title link-like', type: 'button', title: '打开该需求', onclick: () => onPick(need.needId) },
        need.title || need.needId),
      el('span', { class: 'score', title: '匹配得分' }, ` ${formatScore(need.score)}`),
      need.demanderName ? el('span', { class: 'muted' }, ` · ${need.demanderName}`) : null,
      need.explanation ? el('p', { class: 'rev-explanation' }, need.explanation) : null));
  }
}
