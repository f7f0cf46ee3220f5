/**
 * IndexedDB failing under the app, injected with init scripts that wrap the browser's own API:
 * storage full (Chrome's and Firefox's forms), an open that stays blocked, a transaction aborted
 * mid-write, damaged records and a record from a newer schema written before the app starts, and
 * the page closed mid-save 50 times. Each time the app starts, says what happened, keeps what was
 * saved before, and leaves a store that reads back whole.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { PRESETS } from '../src/app/scenarios/scenario';
import { OPEN_TIMEOUT_MS } from '../src/app/state/storage/storage-errors';
import { RD_GROWTH, expect, holdClockSoon, numberInput, openDashboard, test } from './fixtures';

const DB = 'china-tech-dashboard';
/** The storage effects' debounce and longest retry delay (SAVE_DELAY_MS, RETRY_DELAYS_MS in storage-context.ts). */
const SAVE_DELAY_MS = 300;
const LONGEST_RETRY_MS = 30_000;

const savedOptions = (page: Page) =>
  page.getByLabel('Scenario', { exact: true }).locator('optgroup[label="Saved"] option');
const storageStatus = (page: Page) => page.locator('app-scenario-manager p.status[role=status]');
const allSaved = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'All changes saved in this browser.' });

async function saveAs(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Save as new' }).click();
  await page.getByLabel('Name for the new scenario').fill(name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

/**
 * Fault switches the init script reads on every call, so a test turns a fault on and off with
 * `setFault` after the app has loaded. Faults:
 * - quota-chrome: put() throws DOMException QuotaExceededError (code 22), as Chrome does;
 * - quota-firefox: the transaction aborts with its error set to Firefox's legacy quota error
 *   (NS_ERROR_DOM_QUOTA_REACHED, code 1014) while the request fails with AbortError;
 * - abort: the transaction is aborted right after the first put (error null: an explicit abort).
 */
async function injectFaults(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __fault: string | null; __faultsHit: number };
    w.__fault = null;
    w.__faultsHit = 0;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      const fault = w.__fault;
      if (fault === 'quota-chrome') {
        w.__faultsHit++;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      const request = put.apply(this, args);
      if (fault === 'quota-firefox' || fault === 'abort') {
        w.__faultsHit++;
        const tx = this.transaction;
        if (fault === 'quota-firefox') {
          const error = {
            name: 'NS_ERROR_DOM_QUOTA_REACHED',
            code: 1014,
            message: 'Persistent storage maximum size reached',
          };
          Object.defineProperty(tx, 'error', { get: () => error, configurable: true });
        }
        try {
          tx.abort();
        } catch {
          // already aborted by an earlier put of this transaction
        }
      }
      return request;
    };
  });
}

const setFault = (page: Page, fault: string | null) =>
  page.evaluate((f) => ((window as unknown as { __fault: string | null }).__fault = f), fault);

interface WriteLog {
  /** Read-write transactions begun: a write has started. */
  readonly transactions: number;
  /** Read-write transactions committed. */
  readonly committed: number;
  /** Names of the scenario records put, in order: the write has reached the store. */
  readonly puts: string[];
  /** While true, a transaction that puts a scenario is kept open (it cannot commit). */
  hold: boolean;
}

/**
 * Logs, from the first script on, every read-write transaction and every scenario put; and can
 * hold a write's transaction open after its puts (by reading on in it), so a page can be closed
 * while its write is certainly under way.
 */
async function trackWrites(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    const log = { transactions: 0, committed: 0, puts: [] as string[], hold: false };
    (window as unknown as { __writes: typeof log }).__writes = log;
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      const tx = transaction.apply(this, args);
      if (args[1] === 'readwrite') {
        log.transactions++;
        tx.addEventListener('complete', () => log.committed++);
      }
      return tx;
    };
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      const name = (args[0] as { scenario?: { name?: unknown } } | null)?.scenario?.name;
      const request = put.apply(this, args);
      if (this.name === 'scenarios') {
        log.puts.push(String(name));
        const keepOpen = () => {
          if (log.hold) this.count().onsuccess = keepOpen;
        };
        keepOpen();
      }
      return request;
    };
  });
}

const writeLog = (page: Page): Promise<WriteLog> =>
  page.evaluate(() => (window as unknown as { __writes: WriteLog }).__writes);

const holdWrites = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __writes: WriteLog }).__writes.hold = true));

/** Records straight into the app's database, before the app runs (from a same-origin file). */
async function seed(
  page: Page,
  records: unknown[],
  meta: Record<string, unknown> = {},
): Promise<void> {
  await page.goto('/favicon.ico');
  await page.evaluate(
    async ({ name, records, meta }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name, 1);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('scenarios', { keyPath: 'scenario.id' });
          request.result.createObjectStore('meta');
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['scenarios', 'meta'], 'readwrite');
      for (const r of records) tx.objectStore('scenarios').put(r);
      for (const [key, value] of Object.entries(meta)) tx.objectStore('meta').put(value, key);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name: DB, records, meta },
  );
}

/** Everything in the scenarios store, read with the raw API (proves the store opens and reads). */
async function storedRecords(
  page: Page,
): Promise<
  { schema: unknown; scenario: { id: string; name: unknown; levers?: Record<string, unknown> } }[]
> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('scenarios').objectStore('scenarios').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all as never;
  }, DB);
}

const good = (id: string, name: string, rdGrowth = 9) => ({
  schema: 1,
  scenario: { ...PRESETS[0], id, name, preset: false, levers: { ...PRESETS[0].levers, rdGrowth } },
});

test.describe('storage faults', () => {
  for (const [fault, form] of [
    ['quota-chrome', 'Chrome: QuotaExceededError thrown by put'],
    ['quota-firefox', 'Firefox: transaction aborted with NS_ERROR_DOM_QUOTA_REACHED'],
  ] as const) {
    test(`storage full (${form}): says so, keeps what was saved`, async ({ page }) => {
      await injectFaults(page);
      await openDashboard(page);
      await saveAs(page, 'Kept');
      await expect(allSaved(page)).toBeVisible();
      await setFault(page, fault);
      await numberInput(page, RD_GROWTH).fill('12');
      await expect(storageStatus(page)).toHaveText(
        /storage is full, so changes are not being saved.*what was saved before is kept/,
      );
      await expect(storageStatus(page)).toHaveClass(/problem/);
      expect(
        await page.evaluate(() => (window as unknown as { __faultsHit: number }).__faultsHit),
      ).toBeGreaterThan(0);
      // Nothing of the failed write landed: the store still holds the saved values.
      const records = await storedRecords(page);
      expect(records.map((r) => [r.scenario.name, r.scenario.levers?.['rdGrowth']])).toEqual([
        ['Kept', 8],
      ]);
      // Opened afresh with storage working again (the fault switch starts off on a new page): the
      // change the full storage refused was kept by the closing page and is stored now.
      await page.goto('/');
      await expect(savedOptions(page)).toHaveText(['Kept']);
      await expect(numberInput(page, RD_GROWTH)).toHaveValue('12');
      await expect(allSaved(page)).toBeVisible();
    });
  }

  test('a transaction aborted mid-write: reported, retried, and saved once storage recovers', async ({
    page,
  }) => {
    await injectFaults(page);
    // The retries wait on the page's clock: once storage recovers, the next one is run at once.
    // (Installed before the app starts: a timer started on the real clock cannot be cleared on it.)
    await page.clock.install();
    await openDashboard(page);
    await saveAs(page, 'Retried');
    await expect(allSaved(page)).toBeVisible();
    await setFault(page, 'abort');
    await numberInput(page, RD_GROWTH).fill('13');
    await expect(storageStatus(page)).toHaveText(
      /^\s*Changes could not be saved \(.+\)\. Retrying; nothing on screen is lost/,
    );
    expect((await storedRecords(page)).map((r) => r.scenario.levers?.['rdGrowth'])).toEqual([8]);
    await setFault(page, null);
    await page.clock.runFor(LONGEST_RETRY_MS);
    await expect(allSaved(page)).toBeVisible();
    expect((await storedRecords(page)).map((r) => r.scenario.levers?.['rdGrowth'])).toEqual([13]);
    await page.goto('/');
    await expect(numberInput(page, RD_GROWTH)).toHaveValue('13');
  });

  test('an open that stays blocked: the app starts, says storage is not answering, and saved work stays stored', async ({
    page,
  }) => {
    await seed(page, [good('s1', 'Stored earlier')]);
    await page.addInitScript((name) => {
      // A connection to a scratch database that never closes; the app's open is redirected to a
      // newer version of it, which stays blocked for as long as that connection lives.
      const open = IDBFactory.prototype.open;
      const held = open.call(indexedDB, '__held', 1);
      held.onsuccess = () => ((window as unknown as { __held: IDBDatabase }).__held = held.result);
      IDBFactory.prototype.open = function (this: IDBFactory, db: string, version?: number) {
        if (db !== name) return open.call(this, db, version);
        const blocked = open.call(this, '__held', 2);
        blocked.addEventListener(
          'blocked',
          () => ((window as unknown as { __blocked: boolean }).__blocked = true),
        );
        return blocked;
      };
    }, DB);
    await page.clock.install();
    await openDashboard(page);
    // The open's time limit passes on the page's clock, not the test's.
    await page.clock.runFor(OPEN_TIMEOUT_MS);
    await expect(storageStatus(page)).toHaveText(
      /cannot be opened in this browser \(the browser’s storage did not answer.*Saved work stays in storage for next time\./,
    );
    expect(
      await page.evaluate(() => (window as unknown as { __blocked?: boolean }).__blocked),
    ).toBe(true);
    // The app works without storage: levers move, the charts follow.
    await numberInput(page, RD_GROWTH).fill('11');
    await expect(numberInput(page, RD_GROWTH)).toHaveValue('11');
    // Without the fault, the stored scenario is all there.
    const fresh = await page.context().newPage();
    await openDashboard(fresh);
    await expect(savedOptions(fresh)).toHaveText(['Stored earlier']);
    await fresh.close();
  });

  test('damaged records written before the app starts: skipped, reported, left in place', async ({
    page,
  }) => {
    const damaged = [
      { schema: 1, scenario: { id: 'bad-types', name: 42, levers: 'high' } },
      {
        schema: 1,
        scenario: {
          ...good('bad-lever', 'Bad lever').scenario,
          levers: { ...PRESETS[0].levers, rdGrowth: 'NaN' },
        },
      },
      { schema: 'one', scenario: { id: 'bad-schema', name: 'x' } },
    ];
    await seed(page, [good('ok', 'Sound one'), ...damaged], {
      draft: { levers: null },
      activeId: 12,
    });
    await openDashboard(page);
    await expect(savedOptions(page)).toHaveText(['Sound one']);
    await expect(
      page.getByRole('alert').filter({ hasText: 'saved records could not be read' }),
    ).toHaveText(
      '4 saved records could not be read (damaged, or written by another version) and were left as stored; everything else loaded.',
    );
    // Saving goes on as usual, and never deletes or rewrites what it could not read.
    await saveAs(page, 'New after damage');
    await expect(allSaved(page)).toBeVisible();
    const ids = (await storedRecords(page)).map((r) => r.scenario.id).sort();
    expect(ids).toEqual(expect.arrayContaining(['bad-lever', 'bad-schema', 'bad-types', 'ok']));
    expect(ids).toHaveLength(5);
  });

  test('a record from a newer schema: read-only, says so, writes nothing', async ({ page }) => {
    await seed(page, [
      good('ok', 'Sound one'),
      { schema: 3, scenario: { id: 'future', name: 'From the future', shape: 'unknown' } },
    ]);
    await trackWrites(page);
    await page.clock.install();
    await openDashboard(page);
    await expect(savedOptions(page)).toHaveText(['Sound one']);
    await expect(storageStatus(page)).toHaveText(
      /newer version of the dashboard saved data this version cannot fully read; this tab will not save/,
    );
    const before = await storedRecords(page);
    const { transactions } = await writeLog(page);
    await numberInput(page, RD_GROWTH).fill('14');
    // Every timer the change could start (the save's debounce, a retry) has run: a write would have
    // begun its transaction by the time the next script runs.
    await page.clock.runFor(LONGEST_RETRY_MS);
    expect((await writeLog(page)).transactions).toBe(transactions);
    expect(await storedRecords(page)).toEqual(before);
  });
});

/** Where in a save's life the page is closed: each phase is reached by a condition, not a wait. */
const CLOSE_PHASES = [
  'before the debounce',
  'while the write is under way',
  'after the write',
] as const;


test('closing the page mid-save 50 times never leaves an unreadable store or loses a confirmed save', async ({
  context,
}) => {
  test.setTimeout(240_000);
  await trackWrites(context);
  // The pages' clock flows as usual (change detection runs on it) except around each close, where
  // it is held so the save's debounce fires only when the test says.
  await context.clock.install();
  const confirmed: string[] = [];
  let storedAtClose = 0;
  for (let i = 0; i < 50; i++) {
    const page = await context.newPage();
    await page.goto('/');
    await expect(storageStatus(page)).toBeVisible();
    await expect(storageStatus(page)).not.toHaveText('Loading saved scenarios…');
    // The store reads back whole: no damaged records, everything confirmed so far is listed.
    await expect(page.locator('.storage-warning')).toHaveCount(0);
    await expect(storageStatus(page)).not.toHaveClass(/problem/);
    const listed = await savedOptions(page).allTextContents();
    expect(listed, `iteration ${i}`).toEqual(expect.arrayContaining(confirmed));
    expect(
      (await storedRecords(page)).every(
        (r) => r.schema === 2 && typeof r.scenario.name === 'string',
      ),
    ).toBe(true);

    const name = `Closed ${i}`;
    const rdGrowth = 8 + (i % 7);
    const phase = CLOSE_PHASES[i % CLOSE_PHASES.length];
    await page.getByRole('button', { name: 'Save as new' }).click();
    await page.getByLabel('Name for the new scenario').fill(name);
    await holdClockSoon(page);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await numberInput(page, RD_GROWTH).fill(String(rdGrowth));
    // Whatever the store holds now counts as saved. Read before the write starts: a read waits for
    // a write in progress to commit, and would move the close past it.
    for (const r of await storedRecords(page)) {
      const held = String(r.scenario.name);
      if (!confirmed.includes(held)) confirmed.push(held);
    }
    const before = await writeLog(page);
    if (phase === 'before the debounce') {
      // Part of the debounce passes, spread over it; the save is still only in the page.
      await page.clock.runFor((i * 53) % SAVE_DELAY_MS);
      expect((await writeLog(page)).puts, `${name}: closed ${phase}`).not.toContain(name);
    } else {
      if (phase === 'while the write is under way') await holdWrites(page);
      await page.clock.runFor(SAVE_DELAY_MS);
      if (phase === 'while the write is under way') {
        // The write has put the scenario and its transaction stays open: the close aborts it.
        await expect.poll(async () => (await writeLog(page)).puts).toContain(name);
        expect((await writeLog(page)).committed).toBe(before.committed);
      } else {
        await expect
          .poll(async () =>
            (await storedRecords(page)).some(
              (r) => r.scenario.name === name && r.scenario.levers?.['rdGrowth'] === rdGrowth,
            ),
          )
          .toBe(true);
        confirmed.push(name);
        storedAtClose++;
      }
    }
    await page.close();
    await context.clock.resume();
  }
  const page = await context.newPage();
  await openDashboard(page);
  const listed = await savedOptions(page).allTextContents();
  expect(listed).toEqual(expect.arrayContaining(confirmed));
  // Closing pages keep what they had not written yet (rescue.ts): every save is listed, also
  // those the store did not hold yet when the page closed.
  expect(listed).toEqual(
    expect.arrayContaining(Array.from({ length: 50 }, (_, i) => `Closed ${i}`)),
  );
  console.log(
    `close-mid-save: ${storedAtClose} of 50 saves were stored when their page closed; the rest were closed before the debounce or mid-write; ${listed.length} listed after`,
  );
});
