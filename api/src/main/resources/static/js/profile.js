// An organization's profile (GET /orgs/{id}): what a broker checks before the first contact.
import { el, clear, $, formatScore } from './dom.js';
import { orgTypeLabel, evidenceKindLabel } from './labels.js';

const MAX_ROWS = 8;

function section(title, items, render) {
  const shown = (items || []).slice(0, MAX_ROWS);
  return el('div', { class: 'profile-part' },
    el('h3', {}, title, el('span', { class: 'muted' }, ` (${(items || []).length})`)),
    shown.length ? el('ul', {}, shown.map(render)) : el('p', { class: 'muted' }, '暂无'));
}

const REVERSE_KINDS = { Patent: 'patent', Achievement: 'achievement' };

/** onReverse(kind, id): reverse-match from the organization or one of its patents and achievements. */
export function renderProfile(org, onReverse) {
  const panel = $('#profile-panel');
  panel.hidden = false;
  panel.dataset.orgId = org.id;
  $('#profile-name').textContent = org.name || org.id;
  const aliases = (org.aliases || []).filter((a) => a && a !== org.name);
  $('#profile-meta').textContent = [org.id, orgTypeLabel(org.type), org.region,
    aliases.length ? `别名：${aliases.join('、')}` : null].filter(Boolean).join(' · ');
  clear($('#profile-body')).append(
    section('技术领域（IPC）', org.ipcProfile, (c) => el('li', { class: 'ipc' },
      el('code', {}, c.code), ' ', c.title || '', el('span', { class: 'muted' }, ` 权重 ${formatScore(c.weight)}`))),
    section('所属行业', org.industryProfile, (i) => el('li', {}, i.name || i.id,
      el('span', { class: 'muted' }, ` 权重 ${formatScore(i.weight)}`))),
    section('合作机构', org.collaborators, (c) => el('li', { class: 'collaborator', dataset: { orgId: c.orgId } },
      c.name || c.orgId, el('span', { class: 'muted' }, ` 合作 ${c.count ?? '?'} 次（${c.firstYear ?? '?'}–${c.lastYear ?? '?'}）`))),
    section('技术证据', org.evidence, (e) => el('li', { class: 'profile-evidence', dataset: { evidenceId: e.id } },
      el('span', { class: 'kind' }, evidenceKindLabel(e.kind)), ' ', e.title || e.id,
      e.year ? el('span', { class: 'muted' }, ` (${e.year})`) : null,
      REVERSE_KINDS[e.kind] && onReverse ? el('button', { class: 'link rev-from-evidence', type: 'button',
        title: '查找该成果可服务的需求', onclick: () => onReverse(REVERSE_KINDS[e.kind], e.id) }, '反向匹配') : null)));
  $('#profile-reverse-btn').onclick = () => onReverse && onReverse('organization', org.id);
  panel.scrollIntoView({ block: 'nearest' });
}
