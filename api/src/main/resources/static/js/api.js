// HTTP client for /api/v1: adds the API key, turns RFC 9457 problem+json into ApiError.
const KEY_STORAGE = 'techmatch.apiKey';

const STATUS_TEXT = {
  0: '网络错误',
  400: '请求参数有误',
  401: '未认证：API 密钥缺失或无效',
  403: '无权访问',
  404: '未找到',
  409: '冲突',
  413: '请求内容过大',
  415: '不支持的内容类型',
  429: '请求过于频繁，请稍后再试',
  500: '服务器内部错误',
  503: '服务暂不可用',
};

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || STATUS_TEXT[status] || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** A heading a broker can read: our Chinese text for the status, the server's title as a fallback. */
  get heading() {
    const base = STATUS_TEXT[this.status] || this.problem.title || '请求失败';
    return this.status ? `${base}（${this.status}）` : base;
  }

  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

let apiKey = sessionStorage.getItem(KEY_STORAGE) || '';

export function currentKey() {
  return apiKey;
}

export function setKey(key) {
  apiKey = key.trim();
  if (apiKey) sessionStorage.setItem(KEY_STORAGE, apiKey);
  else sessionStorage.removeItem(KEY_STORAGE);
}

function buildUrl(path, params) {
  // relative to the page, so the UI also works behind a context path
  const url = new URL('api/v1' + path, document.baseURI);
  for (const [name, value] of Object.entries(params || {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) url.searchParams.set(name, value.join(','));
    } else {
      url.searchParams.set(name, String(value));
    }
  }
  return url;
}

export async function request(method, path, { params, body } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (apiKey) headers['X-API-Key'] = apiKey;
  const form = body instanceof FormData;
  // a FormData body sets its own multipart Content-Type with the boundary
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(buildUrl(path, params), {
      method,
      headers,
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, { title: '网络错误', detail: `无法连接服务器：${e.message}` });
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw new ApiError(response.status, data && typeof data === 'object' ? data : null);
  }
  return data;
}

export const get = (path, params) => request('GET', path, { params });
export const post = (path, body, params) => request('POST', path, { body, params });
export const put = (path, body) => request('PUT', path, { body });

/** Uploads one file as the multipart part {@code file}. */
export function upload(path, file) {
  const form = new FormData();
  form.append('file', file, file.name);
  return request('POST', path, { body: form });
}
