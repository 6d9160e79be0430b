// Prints, as JSON, every API, request parameter and response field the native section names, by evaluating the
// section module itself (its filters' parameter handlers and group actions included), so the build can check them
// against the plugin's command annotations (UiApiNamesTest). usage: node describe-section.mjs <section.js>
import { readFileSync } from 'node:fs'

const source = readFileSync(process.argv[2], 'utf8')
const section = (await import('data:text/javascript;base64,' + Buffer.from(source).toString('base64'))).default

const fieldName = (column) => typeof column === 'string' ? column
  : ('field' in column ? column.field : Object.keys(column)[0])

/** The parameters a view's filters make the list call send, found by running its handler for every filter. */
function filterParams (view) {
  if (!view.customParamHandler) return []
  const names = new Set()
  for (const filter of [...(view.filters || []), undefined]) {
    for (const key of Object.keys(view.customParamHandler({}, filter === undefined ? {} : { filter }))) names.add(key)
  }
  return [...names]
}

function action (a) {
  const sample = a.groupMap ? a.groupMap(['00000000-0000-4000-8000-000000000000'], { tag: 'SRIOV_VF/sample' }) : []
  return {
    api: a.api,
    params: [...new Set([...(a.args || []), ...Object.keys(a.mapping || {}), ...sample.flatMap(Object.keys)])]
  }
}

const views = (section.children || [section]).map(view => ({
  name: view.name,
  list: view.permission[0],
  params: [...new Set([...Object.keys(view.params || {}), ...(view.searchFilters || []), ...filterParams(view)])],
  fields: [...new Set([...(view.columns || []), ...(view.details || [])].map(fieldName))],
  actions: (view.actions || []).map(action)
}))
console.log(JSON.stringify({ permission: section.permission, views }, null, 1))
