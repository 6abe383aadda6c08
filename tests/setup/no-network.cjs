// Preloaded (node --require) into tools the tests run that must work offline, such as the
// Redocly CLI: any attempt to open a network connection or resolve a host name is refused and
// reported on stderr as NETWORK-ATTEMPT, so a test can assert that none happened.
const net = require('node:net');
const dns = require('node:dns');

function refuse(what) {
  process.stderr.write(`NETWORK-ATTEMPT ${what}\n`);
  throw new Error(`network access refused in tests: ${what}`);
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const [options] = args;
  // Local IPC (a path, as child processes and pipes use) is not the network.
  if (options && typeof options === 'object' && 'path' in options && options.path) return connect.apply(this, args);
  if (typeof options === 'string' && !/^\d+$/.test(options)) return connect.apply(this, args);
  refuse(`connect ${JSON.stringify(options && typeof options === 'object' ? { host: options.host, port: options.port } : options)}`);
};
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) {
  dns[name] = (host) => refuse(`dns.${name} ${host}`);
  if (dns.promises[name]) dns.promises[name] = async (host) => refuse(`dns.promises.${name} ${host}`);
}
globalThis.fetch = async (input) => refuse(`fetch ${typeof input === 'string' ? input : input?.url ?? input}`);
