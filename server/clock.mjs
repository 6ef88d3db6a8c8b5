// The server's clock, for the shared timer. A device asks the time with a
// stateless `{"time": t}` (t: its own clock, in ms) and gets back
// `{"time": t, "server": ms}`, from which it reckons how far its clock is
// off the server's; every device then counts the timer on the server's clock,
// whatever the time of day its own clock says.

/** @returns {import('@hocuspocus/server').Extension} */
export function serverClock() {
  return {
    extensionName: 'netwerkambitie-clock',
    async onStateless({ connection, payload }) {
      let asked;
      try {
        ({ time: asked } = JSON.parse(payload));
      } catch {
        return;
      }
      if (!Number.isFinite(asked)) return;
      connection.sendStateless(JSON.stringify({ time: asked, server: Date.now() }));
    },
  };
}
