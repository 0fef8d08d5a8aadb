// A partner's explanation: the paths as an interactive cytoscape.js graph plus one Chinese sentence each.
import { el, clear, $ } from './dom.js';
import { nodeLabel, relationLabel, pathKindLabel } from './labels.js';

const COLORS = {
  Organization: '#2f6fb0', Need: '#c0392b', Patent: '#8e44ad', Achievement: '#16a085', Expert: '#d68910',
  IpcClass: '#7f8c8d', Industry: '#27ae60', Region: '#95a5a6', Project: '#34495e', Query: '#c0392b',
};

// one cytoscape instance per container: the explanation graph and the path explorer
const instances = new Map();

/** Merges the paths into one element list; each element remembers which paths it belongs to. */
function toElements(paths) {
  const nodes = new Map();
  const edges = new Map();
  paths.forEach((path, index) => {
    for (const node of path.nodes || []) {
      const entry = nodes.get(node.id) || { data: { id: node.id, name: node.name || node.id, label: node.label, kind: nodeLabel(node.label), paths: [] } };
      entry.data.paths.push(index);
      nodes.set(node.id, entry);
    }
    for (const edge of path.edges || []) {
      const id = `${edge.from}|${edge.type}|${edge.to}`;
      const entry = edges.get(id) || { data: { id, source: edge.from, target: edge.to, type: edge.type, name: relationLabel(edge.type), paths: [] } };
      entry.data.paths.push(index);
      edges.set(id, entry);
    }
  });
  // an edge whose end is missing from the nodes would make cytoscape throw: drop it
  return [...nodes.values(), ...[...edges.values()].filter((e) => nodes.has(e.data.source) && nodes.has(e.data.target))];
}

function style() {
  return [
    { selector: 'node', style: {
      label: 'data(name)', 'font-size': 11, 'text-wrap': 'ellipsis', 'text-max-width': 120,
      'text-valign': 'bottom', 'text-margin-y': 4, width: 22, height: 22,
      'background-color': (n) => COLORS[n.data('label')] || '#555' } },
    { selector: 'edge', style: {
      label: 'data(name)', 'font-size': 9, color: '#555', width: 2, 'line-color': '#aab',
      'text-background-color': '#fbfcfd', 'text-background-opacity': 1, 'text-background-padding': 1,
      'target-arrow-shape': 'triangle', 'target-arrow-color': '#aab', 'curve-style': 'bezier' } },
    { selector: '.faded', style: { opacity: 0.2 } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f1c40f' } },
  ];
}

function highlightPath(index) {
  const graph = instances.get('graph');
  if (!graph) return;
  graph.elements().forEach((e) => e.toggleClass('faded', index !== null && !e.data('paths').includes(index)));
}

function drawGraph(container, info, elements) {
  if (instances.has(container.id)) instances.get(container.id).destroy();
  instances.delete(container.id);
  clear(container);
  delete container.dataset.nodes;
  delete container.dataset.edges;
  if (typeof window.cytoscape !== 'function') {
    container.append(el('p', { class: 'muted' }, '图形组件未加载，仅显示文字解释。'));
    return;
  }
  const graph = window.cytoscape({
    container, elements, style: style(), wheelSensitivity: 0.3,
    // the need at the top, partners below: paths read from the demand down to the organization
    layout: { name: 'breadthfirst', directed: false, padding: 24, spacingFactor: 1.2, roots: 'node[label = "Need"], node[label = "Query"]' },
  });
  // the counts are visible to tests and to anyone inspecting the page
  instances.set(container.id, graph);
  container.dataset.nodes = String(graph.nodes().length);
  container.dataset.edges = String(graph.edges().length);
  graph.on('tap', 'node', (event) => {
    const d = event.target.data();
    info.textContent = `${d.kind}：${d.name}（${d.id}）`;
  });
  graph.on('tap', (event) => { if (event.target === graph && container.id === 'graph') highlightPath(null); });
}

/** Draws GET /paths results ({paths:[{nodes,edges}]}) in the path explorer; returns one line of text per path. */
export function renderPathGraph(container, info, paths) {
  drawGraph(container, info, toElements(paths));
  return paths.map((path) => (path.nodes || []).map((n) => `${nodeLabel(n.label)}：${n.name || n.id}`).join(' — '));
}

/** Shows {orgName, paths:[{sentence,nodes,edges}]} in the explanation panel. */
export function renderExplanation(explanation) {
  const panel = $('#explain-panel');
  panel.hidden = false;
  $('#explain-org').textContent = explanation.orgName || explanation.orgId;
  const info = $('#graph-info');
  info.textContent = '点击节点查看详情；点击下方句子高亮对应路径。';
  const paths = explanation.paths || [];
  const list = clear($('#explain-sentences'));
  if (!paths.length) list.append(el('li', { class: 'muted' }, '图谱中未找到连接该需求与机构的路径。'));
  paths.forEach((path, index) => list.append(el('li', {
    class: 'sentence', tabindex: 0, dataset: { path: index },
    onclick: () => highlightPath(index),
    onkeydown: (e) => { if (e.key === 'Enter') highlightPath(index); },
  }, path.kind ? el('span', { class: 'tag' }, pathKindLabel(path.kind)) : null,
  el('span', { class: 'sentence-text' }, path.sentence || ''))));
  drawGraph($('#graph'), info, toElements(paths));
  panel.scrollIntoView({ block: 'nearest' });
}
