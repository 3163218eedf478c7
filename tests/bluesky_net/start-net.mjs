// Starts the real local Bluesky network (PLC, PDS, AppView and what it needs)
// for the tests: `node start-net.mjs`, run from the folder where package.json
// was installed with `npm ci`. Ports come from the environment (PLC_PORT,
// PDS_PORT, BSKY_PORT, OZONE_PORT, CONTROL_PORT) so two runs never collide.
// Prints "READY {json}" when up; SIGTERM closes the network cleanly.
// A control port answers POST /process-all once the AppView has indexed
// everything written so far (reads after writes are then deterministic).
import http from 'node:http'
import { TestNetwork, mockMailer } from '@atproto/dev-env'

const t0 = Date.now()
const port = (name) => Number(process.env[name])
const net = await TestNetwork.create({
  // The schema name may hold letters and _ only (bsync fails on digits).
  dbPostgresSchema: 't_' + Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 10),
  plc: { port: port('PLC_PORT') },
  pds: { port: port('PDS_PORT'), hostname: 'localhost', enableDidDocWithSession: true },
  bsky: { port: port('BSKY_PORT') },
  ozone: { port: port('OZONE_PORT'), chatUrl: 'http://127.0.0.1:1', chatDid: 'did:example:chat' },
})
mockMailer(net.pds)
await net.processAll()

const control = http.createServer(async (req, res) => {
  if (req.method !== 'POST' || req.url !== '/process-all') return res.writeHead(404).end()
  try {
    await net.processAll()
    res.writeHead(200).end('ok')
  } catch (e) {
    res.writeHead(500).end(String(e))
  }
})
await new Promise((resolve) => control.listen(port('CONTROL_PORT'), '127.0.0.1', resolve))
const info = { pds: net.pds.url, appview: net.bsky.url, plc: net.plc.url,
  control: `http://127.0.0.1:${port('CONTROL_PORT')}`, startup_ms: Date.now() - t0 }
console.log('READY ' + JSON.stringify(info))

let closing = false
for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, async () => {
    if (closing) return
    closing = true
    control.close()
    try { await net.close() } catch (e) { console.error(e) }
    process.exit(0)
  })
}
