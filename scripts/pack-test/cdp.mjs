// A minimal Chrome DevTools Protocol client over --remote-debugging-pipe (no WebSocket, no dependency):
// Chromium reads NUL-terminated JSON commands from fd 3 and writes replies and events to fd 4.
// One browser, one tab, reused for every page; used by scripts/pack-test.mjs.
import {spawn} from 'node:child_process';

export class Browser {
  /** `flags`: Chromium's command line (without --remote-debugging-pipe). */
  static async launch(executable, flags, {onExit} = {}) {
    const child = spawn(executable, [...flags, '--remote-debugging-pipe', 'about:blank'], {detached: true, stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe']});
    const browser = new Browser(child);
    child.on('exit', (code, signal) => {
      browser.exited = `Chromium exited (${code ?? signal})`;
      for (const {reject} of browser.pending.values()) reject(new Error(browser.exited));
      browser.pending.clear();
      onExit?.(browser.exited);
    });
    child.stderr.on('data', (chunk) => {
      browser.stderr = (browser.stderr + chunk).slice(-20_000);
    });
    await browser.send('Target.setDiscoverTargets', {discover: true});
    return browser;
  }

  constructor(child) {
    this.child = child;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Set();
    this.stderr = '';
    this.exited = null;
    let buffer = '';
    child.stdio[4].setEncoding('utf8');
    child.stdio[4].on('data', (chunk) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\0')) >= 0) {
        const message = JSON.parse(buffer.slice(0, end));
        buffer = buffer.slice(end + 1);
        if (message.id !== undefined) {
          const waiter = this.pending.get(message.id);
          this.pending.delete(message.id);
          if (message.error) waiter?.reject(new Error(`${waiter.method}: ${message.error.message}`));
          else waiter?.resolve(message.result);
        } else for (const listener of this.listeners) listener(message);
      }
    });
  }

  send(method, params = {}, sessionId) {
    if (this.exited) return Promise.reject(new Error(this.exited));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, {resolve, reject, method});
      this.child.stdio[3].write(`${JSON.stringify({id, method, params, ...(sessionId ? {sessionId} : {})})}\0`);
    });
  }

  /** A new tab, attached (flat session): {send(method, params), on(listener), close()}. */
  async newPage() {
    const {targetId} = await this.send('Target.createTarget', {url: 'about:blank'});
    const {sessionId} = await this.send('Target.attachToTarget', {targetId, flatten: true});
    const page = {
      send: (method, params) => this.send(method, params, sessionId),
      on: (listener) => {
        const wrapped = (message) => message.sessionId === sessionId && listener(message);
        this.listeners.add(wrapped);
        return () => this.listeners.delete(wrapped);
      },
      close: () => this.send('Target.closeTarget', {targetId}).catch(() => {}),
    };
    return page;
  }

  /** Asks Chromium to quit; resolves when it has exited (killed after 3 s), so that its profile folder can be removed. */
  close() {
    if (this.exited) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.send('Browser.close').catch(() => {});
      setTimeout(() => {
        try {
          process.kill(-this.child.pid, 'SIGKILL');
        } catch {}
      }, 3000).unref();
    });
  }
}

/** Resolves with the first event of `method` on `page` (rejects after `timeout` ms). */
export function waitForEvent(page, method, timeout) {
  return new Promise((resolve, reject) => {
    const off = page.on((message) => {
      if (message.method !== method) return;
      clearTimeout(timer);
      off();
      resolve(message.params);
    });
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no ${method} within ${timeout / 1000} s`));
    }, timeout);
  });
}

/** Evaluates `expression` in the page (awaiting a promise); returns its JSON value or throws the page's exception. */
export async function evaluate(page, expression) {
  const {result, exceptionDetails} = await page.send('Runtime.evaluate', {expression, awaitPromise: true, returnByValue: true});
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}
