#!/usr/bin/env node
// Adds the Device HA section to a CloudStack 4.20 to 4.22 source tree's UI, before `npm run build`.
// usage: node apply.js <cloudstack source tree, or its ui/ folder>
// Idempotent: running it again changes nothing. Refuses, changing nothing, when the tree does not look like a
// CloudStack UI it knows (the router anchors are missing, or an icon the section uses is not registered).
'use strict'
const fs = require('fs')
const path = require('path')

const here = __dirname
const SECTION = 'deviceha'
const ROUTER_IMPORT_ANCHOR = "import cloudian from '@/config/section/plugin/cloudian'"
const ROUTER_MAP_ANCHOR = 'generateRouterMap(cloudian),'
const ROUTER_IMPORT = `import ${SECTION} from '@/config/section/plugin/${SECTION}'`
const ROUTER_MAP = `generateRouterMap(${SECTION}),`

function fail (message) {
  console.error('apply.js: ' + message)
  process.exit(1)
}

function uiRoot (arg) {
  if (!arg) fail('usage: node apply.js <cloudstack source tree or its ui/ folder>')
  for (const candidate of [path.join(arg, 'ui'), arg]) {
    if (fs.existsSync(path.join(candidate, 'src/config/router.js'))) return path.resolve(candidate)
  }
  fail(`no src/config/router.js under ${arg} or ${arg}/ui: not a CloudStack UI source tree`)
}

/** ant-design-vue icon names as sections write them (safety-outlined) and as icons_use.js registers them. */
function pascal (icon) {
  return icon.split('-').map(w => w.charAt(0).toUpperCase() + w.slice(1)).join('')
}

function routerWithSection (router) {
  if (router.includes(ROUTER_IMPORT)) return router
  const missing = [ROUTER_IMPORT_ANCHOR, ROUTER_MAP_ANCHOR].filter(a => !router.includes(a))
  if (missing.length) fail('src/config/router.js lacks ' + missing.join(' and ') + ': a CloudStack UI this script does not know')
  const mapLine = router.split('\n').find(l => l.includes(ROUTER_MAP_ANCHOR))
  const indent = mapLine.slice(0, mapLine.indexOf(ROUTER_MAP_ANCHOR))
  return router
    .replace(ROUTER_IMPORT_ANCHOR, ROUTER_IMPORT_ANCHOR + '\n' + ROUTER_IMPORT)
    .replace(ROUTER_MAP_ANCHOR, ROUTER_MAP_ANCHOR + '\n' + indent + ROUTER_MAP)
}

/**
 * Adds the labels the tree lacks, as lines before the closing brace, so the upstream file keeps its layout and the
 * diff is only our lines. Labels the tree has already keep its wording (they are CloudStack's, used elsewhere too).
 */
function localesWithLabels (upstreamText, ours) {
  const upstream = JSON.parse(upstreamText)
  const added = Object.keys(ours).filter(k => !(k in upstream))
  const kept = Object.keys(ours).filter(k => k in upstream && upstream[k] !== ours[k])
  if (!added.length) return { text: upstreamText, added, kept }
  const close = upstreamText.lastIndexOf('}')
  const body = upstreamText.slice(0, close).replace(/\s*$/, '')
  const lines = added.map(k => JSON.stringify(k) + ': ' + JSON.stringify(ours[k]))
  const text = body + ',\n' + lines.join(',\n') + '\n' + upstreamText.slice(close)
  JSON.parse(text) // never leave a broken en.json behind
  return { text, added, kept }
}

function main () {
  const ui = uiRoot(process.argv[2])
  const sectionSource = fs.readFileSync(path.join(here, 'section', SECTION + '.js'), 'utf8')

  const iconsUse = fs.readFileSync(path.join(ui, 'src/core/lazy_lib/icons_use.js'), 'utf8')
  const icons = [...sectionSource.matchAll(/icon: '([a-z-]+)'/g)].map(m => m[1])
  const unregistered = [...new Set(icons)].filter(i => !iconsUse.includes(`app.component('${pascal(i)}'`))
  if (unregistered.length) fail('icons not registered in src/core/lazy_lib/icons_use.js: ' + unregistered.join(', '))

  const routerFile = path.join(ui, 'src/config/router.js')
  const router = fs.readFileSync(routerFile, 'utf8')
  const newRouter = routerWithSection(router)

  const localesFile = path.join(ui, 'public/locales/en.json')
  const ours = JSON.parse(fs.readFileSync(path.join(here, 'locales/en.json'), 'utf8'))
  const locales = localesWithLabels(fs.readFileSync(localesFile, 'utf8'), ours)

  // Every check passed: write.
  fs.mkdirSync(path.join(ui, 'src/config/section/plugin'), { recursive: true })
  fs.writeFileSync(path.join(ui, 'src/config/section/plugin', SECTION + '.js'), sectionSource)
  if (newRouter !== router) fs.writeFileSync(routerFile, newRouter)
  if (locales.added.length) fs.writeFileSync(localesFile, locales.text)

  console.log(`section: src/config/section/plugin/${SECTION}.js`)
  console.log('router: ' + (newRouter === router ? 'already registered' : 'registered after cloudian'))
  console.log(`labels: ${locales.added.length} added to public/locales/en.json` +
    (locales.kept.length ? `; kept CloudStack's wording of ${locales.kept.join(', ')}` : ''))
}

main()
