// Thin client for the JSON API. Errors come back in one shape: {ok: false, error, status}.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/** Build a query string; arrays become repeated keys, empty values are left out. */
export function query(params) {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value == null || value === "") continue;
    if (Array.isArray(value)) value.forEach((v) => qs.append(key, v));
    else qs.append(key, value);
  }
  const s = qs.toString();
  return s ? `?${s}` : "";
}

export async function getJSON(path, params) {
  const response = await fetch(`api/${path}${query(params)}`, { headers: { Accept: "application/json" } });
  return parse(response);
}

export async function postIngest(body, token) {
  const headers = { Authorization: `Bearer ${token}` };
  if (!(body instanceof FormData)) headers["Content-Type"] = "application/json";
  const response = await fetch("api/documents", {
    method: "POST",
    headers,
    body: body instanceof FormData ? body : JSON.stringify(body),
  });
  return parse(response);
}

async function parse(response) {
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    const message = (data && (data.error || data.detail)) || `${response.status} ${response.statusText}`;
    throw new ApiError(typeof message === "string" ? message : JSON.stringify(message), response.status);
  }
  return data;
}
