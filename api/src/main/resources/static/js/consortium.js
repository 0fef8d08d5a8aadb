// Renders POST /needs/{id}/consortia: the need's facets and the proposed teams.
import { el, clear, formatScore } from './dom.js';
import { orgTypeLabel, roleLabel } from './labels.js';

export function consortiumRequest() {
  return {
    maxSize: Number(document.getElementById('cons-max-size').value),
    requireFirmLead: document.getElementById('cons-firm-lead').checked,
    requireAcademic: document.getElementById('cons-academic').checked,
    yrdOnly: document.getElementById('cons-yrd').checked,
  };
}

export function renderConsortia(facetList, teamList, result) {
  const facets = result.facets || [];
  const facetNames = new Map(facets.map((f) => [f.id, f.label]));
  clear(facetList).append(...facets.map((f) =>
    el('li', { class: 'facet', dataset: { facet: f.id } }, el('strong', {}, f.label), '：', (f.terms || []).join('、'))));
  clear(teamList);
  const teams = result.teams || [];
  if (!teams.length) {
    const why = result.reason || result.emptyReason;
    teamList.append(el('li', { class: 'muted' }, '在当前约束下未找到可行的联合体，可放宽条件后重试。', why ? `（${why}）` : ''));
    return;
  }
  teams.forEach((team) => teamList.append(el('li', { class: 'team' },
    el('div', { class: 'team-head' },
      `得分 ${formatScore(team.score)} · 覆盖度 ${formatScore(team.coverage)} · 协作紧密度 ${formatScore(team.cohesion)}`),
    el('ul', { class: 'members' }, (team.members || []).map((m) => el('li', { dataset: { orgId: m.orgId } },
      el('span', { class: 'name' }, m.name || m.orgId), ' ',
      el('span', { class: 'tag' }, orgTypeLabel(m.type)), ' ',
      m.role ? el('span', { class: 'tag role' }, roleLabel(m.role)) : null, ' ',
      (m.facets || []).map((id) => facetNames.get(id) || id).join('、')))),
    team.explanation ? el('p', { class: 'team-why' }, team.explanation) : null)));
}
