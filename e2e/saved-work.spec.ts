/**
 * "Nothing the analyst saved is ever lost" (README, "Saved work: tabs, links, undo"): share links,
 * several tabs on one browser, undo, text typed before a reload, no storage at all. Each test
 * checks what the analyst sees after a reload (the scenario list and the values), not the storage
 * layout.
 */
import type { BrowserContext, Page } from '@playwright/test';
import {
  RD_GROWTH,
  expect,
  holdClockSoon,
  numberInput,
  openDashboard,
  showData,
  slider,
  tableRecords,
  test,
} from './fixtures';

const GDP_GROWTH = 'Nominal GDP growth';
const scenarioSelect = (page: Page) => page.getByLabel('Scenario', { exact: true });
const savedOptions = (page: Page) => scenarioSelect(page).locator('optgroup[label="Saved"] option');
const shown = (page: Page) => scenarioSelect(page).locator('option:checked');
const allSaved = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'All changes saved in this browser.' });
const notes = (page: Page) => page.getByLabel('Notes', { exact: true });

async function saveAs(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Save as new' }).click();
  await page.getByLabel('Name for the new scenario').fill(name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(shown(page)).toHaveText(name);
  await expect(allSaved(page)).toBeVisible();
}

async function openScenario(page: Page, name: string): Promise<void> {
  await scenarioSelect(page).selectOption({ label: name });
  await expect(shown(page)).toHaveText(name);
}

/** A fresh page in the same browser (same storage), with the dashboard open. */
async function newTab(context: BrowserContext, path = '/'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path);
  await expect(slider(page, RD_GROWTH)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading saved scenarios' })).toHaveCount(
    0,
  );
  return page;
}

test('a share link opens as an unsaved scenario and never changes a saved one (case 1)', async ({
  page,
  context,
}) => {
  await openDashboard(page);
  await numberInput(page, RD_GROWTH).fill('12');
  await saveAs(page, 'My scenario');
  await page.close();

  const linked = await newTab(context, '/?v=1&gdpGrowth=2');
  await expect(shown(linked)).toHaveText('From link (not saved)');
  await expect(numberInput(linked, GDP_GROWTH)).toHaveValue('2');
  await expect(numberInput(linked, RD_GROWTH)).toHaveValue('8');
  await expect(
    linked.getByRole('status').filter({ hasText: 'Not saved: Save as new to keep this scenario.' }),
  ).toBeVisible();

  await openScenario(linked, 'My scenario');
  await expect(numberInput(linked, RD_GROWTH)).toHaveValue('12');
  await expect(numberInput(linked, GDP_GROWTH)).toHaveValue('4.5');
  await linked.close();

  const later = await newTab(context);
  await openScenario(later, 'My scenario');
  await expect(numberInput(later, RD_GROWTH)).toHaveValue('12');
  await expect(numberInput(later, GDP_GROWTH)).toHaveValue('4.5');
});

test('a reload of a tab keeps its own scenario, not "From link"', async ({ page }) => {
  await openDashboard(page);
  await saveAs(page, 'Kept on reload');
  await numberInput(page, RD_GROWTH).fill('9');
  await expect(allSaved(page)).toBeVisible();
  await expect(page).toHaveURL(/rdGrowth=9/);
  await page.reload();
  await expect(shown(page)).toHaveText('Kept on reload');
  await expect(numberInput(page, RD_GROWTH)).toHaveValue('9');
});

test('undo in one tab never deletes or reverts what another tab saved (case 2)', async ({
  page,
  context,
}) => {
  await openDashboard(page);
  const b = await newTab(context);
  await numberInput(page, RD_GROWTH).fill('10');
  await numberInput(page, RD_GROWTH).blur();

  await saveAs(b, 'Made in B');
  await notes(b).fill('Notes typed in B');
  await expect(allSaved(b)).toBeVisible();
  await expect(savedOptions(page)).toHaveText(['Made in B']);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(numberInput(page, RD_GROWTH)).toHaveValue('8');
  // The next save of tab A stores A's change only.
  await numberInput(page, GDP_GROWTH).fill('3');
  await expect(page.getByRole('status').filter({ hasText: 'kept in this browser' })).toBeVisible();

  const c = await newTab(context);
  await expect(savedOptions(c)).toHaveText(['Made in B']);
  await openScenario(c, 'Made in B');
  await expect(notes(c)).toHaveValue('Notes typed in B');
});

test('undo takes back this tab’s edit but not the value another tab stored since', async ({
  page,
  context,
}) => {
  await openDashboard(page);
  await saveAs(page, 'Shared');
  const b = await newTab(context);
  await expect(shown(b)).toHaveText('Shared');

  await numberInput(page, RD_GROWTH).fill('11');
  await expect(allSaved(page)).toBeVisible();
  await expect(numberInput(b, RD_GROWTH)).toHaveValue('11');
  await numberInput(b, GDP_GROWTH).fill('6');
  await expect(allSaved(b)).toBeVisible();
  await expect(numberInput(page, GDP_GROWTH)).toHaveValue('6');

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(numberInput(page, RD_GROWTH)).toHaveValue('8');
  await expect(numberInput(page, GDP_GROWTH)).toHaveValue('6');
  await expect(allSaved(page)).toBeVisible();
  await expect(numberInput(b, RD_GROWTH)).toHaveValue('8');
  await expect(numberInput(b, GDP_GROWTH)).toHaveValue('6');
});

test('two idle tabs write nothing and send nothing (case 3)', async ({ context }) => {
  // Count every IndexedDB write and every message between tabs, from the first script on.
  await context.addInitScript(() => {
    const w = window as unknown as { __writes: number; __messages: number };
    w.__writes = 0;
    w.__messages = 0;
    for (const method of ['put', 'add', 'delete', 'clear'] as const) {
      const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
      (IDBObjectStore.prototype as unknown as Record<string, unknown>)[method] = function (
        this: IDBObjectStore,
        ...args: unknown[]
      ) {
        w.__writes++;
        return original.apply(this, args);
      };
    }
    const post = BroadcastChannel.prototype.postMessage;
    BroadcastChannel.prototype.postMessage = function (this: BroadcastChannel, message: unknown) {
      w.__messages++;
      return post.call(this, message);
    };
  });
  // Every timer of both tabs runs on a held clock from the start, so "idle" begins when both have
  // had a second of their own time after the last action, and nothing is left pending.
  const tab = async () => {
    const page = await context.newPage();
    await page.clock.install();
    await page.goto('/');
    await expect(slider(page, RD_GROWTH)).toBeVisible();
    return page;
  };
  const a = await tab();
  const b = await tab();
  const settle = () => Promise.all([a.clock.runFor(1000), b.clock.runFor(1000)]);
  for (const name of ['First', 'Second']) {
    await a.getByRole('button', { name: 'Save as new' }).click();
    await a.getByLabel('Name for the new scenario').fill(name);
    await a.getByRole('button', { name: 'Save', exact: true }).click();
    await settle();
    await expect(allSaved(a)).toBeVisible();
  }
  await openScenario(b, 'First');
  await settle();
  await expect(allSaved(a)).toBeVisible();
  await expect(allSaved(b)).toBeVisible();

  const counts = () =>
    Promise.all(
      [a, b].map((p) =>
        p.evaluate(() => {
          const w = window as unknown as { __writes: number; __messages: number };
          return [w.__writes, w.__messages];
        }),
      ),
    );
  const before = await counts();
  expect(before.flat().every((n) => n >= 0)).toBe(true);
  await Promise.all([a.clock.runFor(10_000), b.clock.runFor(10_000)]);
  const after = await counts();
  // Writes and messages during the 10 idle seconds, per tab.
  expect(after.map(([writes], i) => writes - before[i][0])).toEqual([0, 0]);
  expect(after.map(([, messages], i) => messages - before[i][1])).toEqual([0, 0]);
});

test('twenty quick moves in one tab all land, with another tab open on the same scenario (case 3)', async ({
  page,
  context,
}) => {
  await openDashboard(page);
  await saveAs(page, 'Stepped');
  const b = await newTab(context);
  await expect(shown(b)).toHaveText('Stepped');
  await slider(page, RD_GROWTH).focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
  await expect(numberInput(page, RD_GROWTH)).toHaveValue('10');
  await expect(allSaved(page)).toBeVisible();
  await expect(numberInput(b, RD_GROWTH)).toHaveValue('10');
  await page.reload();
  await expect(numberInput(page, RD_GROWTH)).toHaveValue('10');
});

test('a rename in one tab and a lever change in the other both stay (case 3)', async ({
  page,
  context,
}) => {
  await openDashboard(page);
  await saveAs(page, 'Before rename');
  const b = await newTab(context);
  await expect(shown(b)).toHaveText('Before rename');
  await b.getByRole('button', { name: 'Rename' }).click();
  await b.getByLabel('New name').fill('After rename');
  await b.getByRole('button', { name: 'Rename', exact: true }).click();
  await numberInput(page, RD_GROWTH).fill('13');
  await expect(shown(page)).toHaveText('After rename');
  await expect(numberInput(b, RD_GROWTH)).toHaveValue('13');
  await expect(allSaved(page)).toBeVisible();

  const c = await newTab(context);
  await expect(savedOptions(c)).toHaveText(['After rename']);
  await openScenario(c, 'After rename');
  await expect(numberInput(c, RD_GROWTH)).toHaveValue('13');
});

test('a scenario deleted in another tab stays on screen, unsaved, with the note being typed (case 3)', async ({
  page,
  context,
}) => {
  await openDashboard(page);
  await saveAs(page, 'Doomed');
  const b = await newTab(context);
  await expect(shown(b)).toHaveText('Doomed');
  await notes(page).fill('A thought half typed');
  await b.getByRole('button', { name: 'Delete' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: '“Doomed” was deleted in another tab' }),
  ).toBeVisible();
  await expect(shown(page)).toHaveText('Doomed (not saved)');
  await saveAs(page, 'Rescued');
  const c = await newTab(context);
  await openScenario(c, 'Rescued');
  await expect(notes(c)).toHaveValue('A thought half typed');
});

/**
 * Moves the held clocks on while a spec waits for what two tabs work out between them: the second
 * write and the other tab's news cross over IndexedDB and BroadcastChannel in real time, and what
 * they start (a save, a retry) waits on the held clock.
 */
async function runClocks(tabs: readonly Page[]): Promise<void> {
  await Promise.all(tabs.map((tab) => tab.clock.runFor(500)));
}

test('the same lever changed in two tabs at once: the analyst chooses, nothing is overwritten', async ({
  page,
  context,
}) => {
  await openDashboard(page);
  await saveAs(page, 'Contested');
  const b = await newTab(context);
  await expect(shown(b)).toHaveText('Contested');
  // Both tabs change R&D growth before either stores it (their clocks are held). Which write
  // lands first depends on which tab the browser hides first (a hidden page writes at once).
  // install() fakes the timers but lets time flow: on a loaded machine the first tab's save then
  // landed before the second tab's edit, which was then rightly made on it. Held, neither saves yet.
  await Promise.all([page.clock.install(), b.clock.install()]);
  await holdClockSoon(page);
  await numberInput(page, RD_GROWTH).fill('12');
  await numberInput(b, RD_GROWTH).fill('5');
  await Promise.all([page.clock.runFor(1000), b.clock.runFor(1000)]);
  const tabs = [
    { tab: page, value: '12' },
    { tab: b, value: '5' },
  ];
  const dialogs = tabs.map(({ tab }) => tab.getByRole('alertdialog'));
  await expect
    .poll(async () => {
      await runClocks([page, b]);
      return (await dialogs[0].count()) + (await dialogs[1].count());
    })
    .toBe(1);
  const lost = (await dialogs[0].count()) ? 0 : 1;
  const [loser, winner] = [tabs[lost], tabs[1 - lost]];
  // The conflict stands; from here time flows again (a new tab needs it to start).
  await context.clock.resume();
  const dialog = dialogs[lost];
  await expect(dialog).toContainText('“Contested” was changed in another tab');
  await expect(dialog.getByRole('listitem')).toHaveText([
    `R&D spending growth (nominal): yours ${loser.value}, theirs ${winner.value} %/yr`,
  ]);
  await dialog.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await loser.tab.clock.runFor(1000);
  await expect(shown(loser.tab)).toHaveText('Contested (my copy)');
  await expect(allSaved(loser.tab)).toBeVisible();

  const c = await newTab(context);
  await expect(savedOptions(c)).toHaveText(['Contested', 'Contested (my copy)']);
  await openScenario(c, 'Contested');
  await expect(numberInput(c, RD_GROWTH)).toHaveValue(winner.value);
  await openScenario(c, 'Contested (my copy)');
  await expect(numberInput(c, RD_GROWTH)).toHaveValue(loser.value);
});

test('notes typed and followed at once by a reload are kept (case 4)', async ({ page }) => {
  await openDashboard(page);
  await saveAs(page, 'Noted');
  await notes(page).pressSequentially('Typed, never left');
  await page.reload();
  await expect(shown(page)).toHaveText('Noted');
  await expect(notes(page)).toHaveValue('Typed, never left');
});

test('without storage, saving says plainly that the scenario will not survive a reload (case 9)', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
  });
  await openDashboard(page);
  const problem = page
    .getByRole('status')
    .filter({ hasText: 'Saved scenarios cannot be opened in this browser' });
  await expect(problem).toBeVisible();
  await expect(problem).not.toContainText(/undefined|TypeError|Cannot read/);
  await page.getByRole('button', { name: 'Save as new' }).click();
  await page.getByLabel('Name for the new scenario').fill('Ephemeral');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: '“Ephemeral” is kept only while this page is open' }),
  ).toBeVisible();
});

test('a share link carries constants, settings and the name: a colleague sees the same numbers (case 8)', async ({
  page,
  browser,
}) => {
  await openDashboard(page);
  await page.getByText('Advanced: simulation and model constants').click();
  await page.getByLabel('Talent lag', { exact: true }).fill('2');
  await page.getByLabel('Seed', { exact: true }).fill('7');
  await saveAs(page, 'Plan 中文');
  await expect(page).toHaveURL(/talentLag=2/);
  const coreAi = async (p: Page) => {
    const table = await showData(p, 'Core AI industry against the 2017 plan');
    const rows = await tableRecords(table);
    return rows.find((r) => r['year'] === '2030' && r['kind'] === 'projected')?.['value'];
  };
  const mine = await coreAi(page);
  expect(mine).toBeTruthy();

  // A colleague: another browser profile, nothing saved there.
  const colleague = await browser.newContext();
  const theirs = await colleague.newPage();
  await theirs.goto(page.url());
  await expect(shown(theirs)).toHaveText('Plan 中文 (not saved)');
  await expect(theirs.getByLabel('Talent lag', { exact: true })).toHaveValue('2');
  await expect(theirs.getByLabel('Seed', { exact: true })).toHaveValue('7');
  expect(await coreAi(theirs)).toBe(mine);
  await colleague.close();
});

test('a reload right after typing a value keeps the tab’s own scenario with the value', async ({
  page,
}) => {
  await openDashboard(page);
  await saveAs(page, 'Typed then reloaded');
  await numberInput(page, RD_GROWTH).fill('3');
  await page.reload();
  await expect(shown(page)).toHaveText('Typed then reloaded');
  await expect(numberInput(page, RD_GROWTH)).toHaveValue('3');
});

test('a conflict left open survives a reload and a new tab: nothing is decided for the analyst', async ({
  page,
  context,
}) => {
  await openDashboard(page);
  await saveAs(page, 'Undecided');
  const b = await newTab(context);
  await expect(shown(b)).toHaveText('Undecided');
  // install() fakes the timers but lets time flow: on a loaded machine the first tab's save then
  // landed before the second tab's edit, which was then rightly made on it. Held, neither saves yet.
  await Promise.all([page.clock.install(), b.clock.install()]);
  await holdClockSoon(page);
  await numberInput(page, RD_GROWTH).fill('12');
  await numberInput(b, RD_GROWTH).fill('5');
  await Promise.all([page.clock.runFor(1000), b.clock.runFor(1000)]);
  const tabs = [page, b];
  await expect
    .poll(async () => {
      await runClocks(tabs);
      return (await page.getByRole('alertdialog').count()) + (await b.getByRole('alertdialog').count());
    })
    .toBe(1);
  const lost = (await page.getByRole('alertdialog').count()) ? 0 : 1;
  const [loser, winner] = [tabs[lost], tabs[1 - lost]];
  await context.clock.resume();
  const kept = lost === 0 ? '5' : '12';

  const c = await newTab(context);
  await openScenario(c, 'Undecided');
  await expect(numberInput(c, RD_GROWTH)).toHaveValue(kept);
  await loser.reload();
  await expect(loser.getByRole('alertdialog')).toContainText(
    '“Undecided” was changed in another tab',
  );
  await expect(numberInput(winner, RD_GROWTH)).toHaveValue(kept);
  await expect(numberInput(c, RD_GROWTH)).toHaveValue(kept);
});

test('redo of "Save as new" after another tab changed it shows the other tab’s values', async ({
  page,
  context,
}) => {
  await openDashboard(page);
  await numberInput(page, RD_GROWTH).fill('9');
  await saveAs(page, 'Redone');
  const b = await newTab(context);
  await expect(shown(b)).toHaveText('Redone');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(shown(page)).toHaveText('Baseline');
  await numberInput(b, GDP_GROWTH).fill('2');
  await expect(allSaved(b)).toBeVisible();
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(shown(page)).toHaveText('Redone');
  await expect(numberInput(page, GDP_GROWTH)).toHaveValue('2');
  await expect(numberInput(page, RD_GROWTH)).toHaveValue('9');
  await expect(allSaved(page)).toBeVisible();
  await expect(numberInput(b, GDP_GROWTH)).toHaveValue('2');
});

test('a duplicated browser tab takes its own session: both come back on their own scenario', async ({
  page,
}) => {
  await openDashboard(page);
  await saveAs(page, 'T1');
  await saveAs(page, 'T2');
  // window.open copies sessionStorage (and with it the tab's id), as "Duplicate tab" does.
  const [copy] = await Promise.all([
    page.context().waitForEvent('page'),
    page.evaluate(() => window.open(location.href)),
  ]);
  await expect(slider(copy, RD_GROWTH)).toBeVisible();
  await expect(shown(copy)).toHaveText('T2');
  await openScenario(copy, 'T1');
  await numberInput(copy, RD_GROWTH).fill('2');
  await expect(allSaved(copy)).toBeVisible();
  await numberInput(page, GDP_GROWTH).fill('9');
  await expect(allSaved(page)).toBeVisible();
  await page.reload();
  await copy.reload();
  await expect(shown(page)).toHaveText('T2');
  await expect(numberInput(page, GDP_GROWTH)).toHaveValue('9');
  await expect(shown(copy)).toHaveText('T1');
  await expect(numberInput(copy, RD_GROWTH)).toHaveValue('2');
});
