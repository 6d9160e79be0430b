// CloudStack Device HA dashboard. Calls CloudStack's API at /client/api on the same origin with the session of the
// user logged in to CloudStack's UI (its cookies, and its sessionkey when the cookie is readable), or logs in itself
// when opened on its own. Plain JavaScript, no dependencies. Every API and parameter named here is checked against
// the plugin's command annotations by the build (UiApiNamesTest): call APIs only as api(<literal name>, { param: value })
// or listAll(<literal name>, { param: value }).
'use strict'

const ENDPOINT = '/client/api'
const PAGE_SIZE = 500
const OUTCOME_TYPES = ['DEVICEHA.HA.RESTARTED', 'DEVICEHA.HA.RESTART.FAILED']
const RECENT_OUTCOMES = 20

const $ = (selector) => document.querySelector(selector)

class ApiError extends Error {
  constructor (status, text) {
    super(text)
    this.status = status
  }
}

function cookie (name) {
  const found = document.cookie.split('; ').find(c => c.startsWith(name + '='))
  return found ? decodeURIComponent(found.slice(name.length + 1)) : null
}

/** The session key of a login made on this page; CloudStack's UI keeps its own in a cookie. */
let sessionKey = null

async function api (command, params) {
  const query = new URLSearchParams({ command, response: 'json' })
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null) query.set(key, value)
  }
  const key = sessionKey || cookie('sessionkey')
  if (key) query.set('sessionkey', key)
  const response = await fetch(ENDPOINT + '?' + query, { credentials: 'same-origin' }).catch(e => {
    throw new ApiError(0, `Cannot reach CloudStack's API at ${ENDPOINT} (${e.message})`)
  })
  const body = await response.json().catch(() => ({}))
  const answer = Object.values(body)[0] || {}
  if (!response.ok) throw new ApiError(response.status, answer.errortext || `${command}: HTTP ${response.status}`)
  return answer
}

/** The objects of a list answer: the one key besides count; an empty list comes back as {}. */
function items (answer) {
  const key = Object.keys(answer).find(k => k !== 'count')
  return key ? answer[key] : []
}

async function listAll (command, params) {
  const all = []
  for (let page = 1; ; page++) {
    const answer = await api(command, Object.assign({}, params, { page: page, pagesize: PAGE_SIZE }))
    const batch = items(answer)
    all.push(...batch)
    if (batch.length < PAGE_SIZE || all.length >= (answer.count || 0)) return all
  }
}

function el (tag, attrs, ...children) {
  const node = document.createElement(tag)
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === 'class') node.className = value
    else if (key === 'data') Object.assign(node.dataset, value)
    else node.setAttribute(key, value)
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child))
  }
  return node
}

/** kvm-2 before kvm-10. */
const byName = (a, b) => String(a).localeCompare(String(b), undefined, { numeric: true })

function fillTable (table, rows, emptyText) {
  const body = table.tBodies[0]
  const columns = table.tHead.rows[0].cells.length
  body.replaceChildren(...(rows.length ? rows : [el('tr', { class: 'empty' }, el('td', { colspan: columns }, emptyText))]))
}

// ---- units per host and tag -------------------------------------------------------------------------------

/**
 * Units a device row stands for: one for a PCI function, its instances for an mdev type; free as the plugin counts
 * them (present, not CloudStack's, not allocated to a VM: for an mdev type its instances less those allocated).
 */
function units (device) {
  const mdev = device.backing === 'MDEV_TYPE' && device.totalinstances
  const total = mdev ? device.totalinstances : 1
  const usable = device.state === 'Present' && !device.managedbycloudstack
  const free = !usable ? 0 : (mdev ? Math.max(0, total - (device.allocatedunits || 0)) : (device.free ? 1 : 0))
  return { total, free, missing: device.state === 'Missing' ? total : 0 }
}

function heatCells (devices) {
  const cells = new Map()
  for (const device of devices) {
    if (!device.tag || device.managedbycloudstack) continue
    const key = device.hostid + ' ' + device.tag
    const cell = cells.get(key) || { total: 0, free: 0, missing: 0, holders: new Set() }
    const u = units(device)
    cell.total += u.total
    cell.free += u.free
    cell.missing += u.missing
    if (device.virtualmachinename) {
      const others = (device.allocatedunits || 1) - 1
      cell.holders.add(device.virtualmachinename + (others > 0 ? ` and ${others} more` : ''))
    }
    if (device.usedby) cell.holders.add(device.usedby + ' (on the host)')
    cells.set(key, cell)
  }
  return cells
}

/** Green when every unit is free, through amber, to red when none is. */
function heatColor (free, total) {
  const hue = total ? Math.round(120 * free / total) : 0
  return `hsl(${hue}, 70%, 80%)`
}

function renderHeatmap (hosts, devices) {
  const cells = heatCells(devices)
  const tags = [...new Set(devices.filter(d => d.tag && !d.managedbycloudstack).map(d => d.tag))].sort()
  const container = $('#heatmap')
  if (!tags.length) {
    container.replaceChildren(el('p', { class: 'muted' }, 'No tagged devices in this cluster.'))
    return
  }
  const head = el('tr', {}, el('th', { class: 'host' }, 'Host'), tags.map(t => el('th', { class: 'tag', scope: 'col' }, t)))
  const rows = hosts.map(host => {
    const usable = host.state === 'Up' && host.resourcestate === 'Enabled'
    const status = usable ? null : el('span', { class: 'badge down' }, host.state === 'Up' ? host.resourcestate : host.state)
    return el('tr', { class: usable ? '' : 'host-down', data: { hostid: host.id } },
      el('th', { class: 'host', scope: 'row' }, host.name, ' ', status),
      tags.map(tag => {
        const cell = cells.get(host.id + ' ' + tag)
        if (!cell) return el('td', { class: 'cell none', data: { tag } }, '')
        const title = [`${host.name}, ${tag}: ${cell.free} of ${cell.total} units free`,
          cell.missing ? `${cell.missing} missing (the host no longer reports them)` : null,
          cell.holders.size ? 'held by ' + [...cell.holders].sort().join(', ') : null].filter(Boolean).join('\n')
        return el('td', {
          class: 'cell' + (cell.missing ? ' has-missing' : ''),
          style: `background:${heatColor(cell.free, cell.total)}`,
          title,
          data: { tag, free: cell.free, total: cell.total, missing: cell.missing }
        }, `${cell.free}/${cell.total}`, cell.missing ? el('span', { class: 'missing' }, `\u26a0${cell.missing}`) : null)
      }))
  })
  container.replaceChildren(el('table', { class: 'heat' }, el('thead', {}, head), el('tbody', {}, rows)))
}

// ---- readiness, what-if, headroom, outcomes ---------------------------------------------------------------

function renderReadiness (readiness) {
  const unprotected = readiness.filter(r => !r.protected)
  const showAll = $('#show-protected').checked
  const shown = (showAll ? readiness : unprotected).slice()
    .sort((a, b) => (a.protected - b.protected) || byName(a.virtualmachinename, b.virtualmachinename))
  $('#readiness-summary').replaceChildren(
    el('span', { class: 'big ' + (unprotected.length ? 'bad' : 'good'), id: 'unprotected-count' }, unprotected.length),
    ` of ${readiness.length} device VMs not protected`)
  fillTable($('#readiness'), shown.map(r => el('tr', { class: r.protected ? 'ok' : 'bad', data: { vm: r.virtualmachinename } },
    el('td', { class: 'name' }, r.virtualmachinename),
    el('td', { class: 'num' }, r.candidatehosts),
    el('td', {}, r.protected ? 'protected' : r.reason))),
  readiness.length ? 'Every device VM can be restarted on another host with its devices.' : 'No VM holds devices in this cluster.')
}

/** Policy holds, broken, or (deviceha.failover.hosts = 0) not asked for: policyholds is then absent. */
function policyCell (c) {
  if (c.policyholds === undefined) return el('td', { class: 'muted', title: c.policy || '' }, 'off')
  return el('td', { class: c.policyholds ? 'good' : 'bad', title: c.policy || '' }, c.policyholds ? 'holds' : 'broken')
}

function renderHeadroom (capacity) {
  fillTable($('#headroom'), capacity.slice().sort((a, b) => a.headroom - b.headroom || byName(a.tag, b.tag)).map(c =>
    el('tr', { class: c.headroom < 0 || c.policyholds === false ? 'bad' : '', data: { tag: c.tag } },
      el('td', {}, c.tag),
      el('td', { class: 'num' }, `${c.free} / ${c.total}`),
      el('td', { class: 'num' }, c.needed, (c.worsthostnames || []).length
        ? el('span', { class: 'muted' }, ` (${c.worsthostnames.join(' + ')})`) : null),
      el('td', { class: 'num ' + (c.headroom < 0 ? 'bad' : 'good') }, c.headroom),
      policyCell(c))), 'No device tags in this cluster.')
}

/** One row per host (or worst pair) whose failure strands VMs; the hosts whose failure strands none on one line. */
function renderWhatIf (whatIf) {
  const failing = (w) => w.failedhostnames.join(' + ') + (w.worstpair ? ' (worst pair)' : '')
  const stranding = whatIf.filter(w => w.strandedcount > 0)
    .sort((a, b) => (b.strandedcount - a.strandedcount) || byName(failing(a), failing(b)))
  const harmless = whatIf.filter(w => !w.strandedcount).map(failing).sort(byName)
  const rows = stranding.map(w => el('tr', { class: 'bad', data: { hosts: w.failedhostids.join(',') } },
    el('td', { class: 'name' }, failing(w)),
    el('td', {}, (w.strandedvm || []).map(s => el('div', { title: s.reason },
      el('strong', {}, s.virtualmachinename), ' lacks ', s.missingtags.join(', '))),
    w.restartable ? el('div', { class: 'muted' }, `${w.restartable} other device VM(s) would restart`) : null)))
  if (harmless.length) {
    rows.push(el('tr', { class: 'ok' }, el('td', { class: 'name' }, stranding.length ? `the other ${harmless.length}` : `all ${harmless.length}`),
      el('td', {}, 'strand no VM: ', el('span', { class: 'muted' }, harmless.join(', ')))))
  }
  fillTable($('#whatif'), rows, 'No hosts.')
}

function renderOutcomes (events) {
  fillTable($('#outcomes'), events.map(e => el('tr', { class: e.type === OUTCOME_TYPES[0] ? 'ok' : 'bad' },
    el('td', { class: 'when' }, new Date(e.created).toLocaleString()),
    el('td', {}, e.type === OUTCOME_TYPES[0] ? 'restarted' : 'failed'),
    el('td', {}, e.description))), 'No HA restarts of device VMs yet.')
}

async function recentOutcomes () {
  const lists = await Promise.all(OUTCOME_TYPES.map(type =>
    api('listEvents', { type: type, listall: true, pagesize: RECENT_OUTCOMES, page: 1 })))
  return lists.flatMap(items).sort((a, b) => String(b.created).localeCompare(String(a.created))).slice(0, RECENT_OUTCOMES)
}

// ---- page ---------------------------------------------------------------------------------------------------

let clusters = []

async function loadClusters () {
  clusters = await listAll('listClusters', {})
  const select = $('#cluster')
  const chosen = new URLSearchParams(location.search).get('clusterid') || select.value
  select.replaceChildren(...clusters.map(c => el('option', { value: c.id }, `${c.name} (${c.zonename})`)))
  if (clusters.some(c => c.id === chosen)) select.value = chosen
}

/** Shows a panel's error in the panel, so that one API the server lacks does not blank the page. */
function panelError (section, error) {
  const table = $(section + ' table')
  const text = `Cannot load this: ${error.message}`
  if (table && table.tBodies.length) fillTable(table, [], text)
  else $('#heatmap').replaceChildren(el('p', { class: 'error' }, text))
}

async function loadCluster (clusterId) {
  const [hosts, devices, readiness, capacity, whatIf, outcomes] = await Promise.allSettled([
    listAll('listHosts', { clusterid: clusterId, type: 'Routing' }),
    listAll('listDevices', { clusterid: clusterId }),
    listAll('listDeviceHaReadiness', { clusterid: clusterId }),
    listAll('listDeviceFailoverCapacity', { clusterid: clusterId }),
    listAll('listDeviceHaWhatIf', { clusterid: clusterId }),
    recentOutcomes()])
  const unauthorized = [hosts, devices, readiness].find(r => r.status === 'rejected' && r.reason.status === 401)
  if (unauthorized) throw unauthorized.reason
  const show = (result, section, render) => result.status === 'fulfilled' ? render(result.value) : panelError(section, result.reason)
  if (hosts.status === 'fulfilled' && devices.status === 'fulfilled') {
    renderHeatmap(hosts.value.sort((a, b) => byName(a.name, b.name)), devices.value)
  } else {
    panelError('#heatmap-section', (hosts.status === 'rejected' ? hosts : devices).reason)
  }
  show(readiness, '#readiness-section', renderReadiness)
  show(capacity, '#headroom-section', renderHeadroom)
  show(whatIf, '#whatif-section', renderWhatIf)
  show(outcomes, '#outcomes-section', renderOutcomes)
  const count = (result) => result.status === 'fulfilled' ? result.value.length : '?'
  const unprotected = readiness.status === 'fulfilled' ? readiness.value.filter(r => !r.protected).length : '?'
  $('#summary').textContent = `${count(hosts)} hosts, ${count(devices)} devices, ${count(readiness)} device VMs, ` +
    `${unprotected} not protected`
  return readiness.status === 'fulfilled' ? readiness.value : []
}

let lastReadiness = []

async function refresh () {
  $('#error').hidden = true
  document.body.dataset.state = 'loading'
  try {
    if (!clusters.length) await loadClusters()
    if (!clusters.length) throw new Error('No clusters: add a KVM cluster first.')
    lastReadiness = await loadCluster($('#cluster').value)
    $('#login').hidden = true
    $('#main').hidden = false
    $('#controls').hidden = false
    $('#updated').textContent = 'updated ' + new Date().toLocaleTimeString()
    document.body.dataset.loads = Number(document.body.dataset.loads || 0) + 1
    document.body.dataset.state = 'ready'
  } catch (e) {
    if (e.status === 401) {
      $('#login').hidden = false
      $('#main').hidden = true
      document.body.dataset.state = 'login'
      return
    }
    $('#error').textContent = e.message
    $('#error').hidden = false
    document.body.dataset.state = 'error'
  }
}

async function logIn (event) {
  event.preventDefault()
  const form = new FormData(event.target)
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    credentials: 'same-origin',
    body: new URLSearchParams({ command: 'login', response: 'json', username: form.get('username'),
      password: form.get('password'), domain: form.get('domain') || '/' })
  })
  const answer = Object.values(await response.json().catch(() => ({})))[0] || {}
  if (!response.ok) {
    $('#login-error').textContent = answer.errortext || 'Login failed'
    return
  }
  sessionKey = answer.sessionkey
  await refresh()
}

$('#login').addEventListener('submit', logIn)
$('#refresh').addEventListener('click', refresh)
$('#cluster').addEventListener('change', refresh)
$('#show-protected').addEventListener('change', () => renderReadiness(lastReadiness))
refresh()
