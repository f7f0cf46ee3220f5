import { expect, openDashboard, test, themeButton } from './fixtures';

test('/sources renders its heading', async ({ page }) => {
  await page.goto('/sources');
  await expect(page.getByRole('heading', { level: 1, name: 'Sources', exact: true })).toBeVisible();
});

test('/model renders its heading', async ({ page }) => {
  await page.goto('/model');
  await expect(page.getByRole('heading', { level: 1, name: 'How the model works', exact: true })).toBeVisible();
});

test('the theme toggle switches the dark-theme class on <html>', async ({ page }) => {
  await openDashboard(page);
  const html = page.locator('html');
  const button = themeButton(page);
  await expect(button).toHaveCount(1);
  await expect(button).toHaveAttribute('aria-pressed', /^(true|false)$/);
  const wasDark = (await button.getAttribute('aria-pressed')) === 'true';
  if (wasDark) await expect(html).toHaveClass(/(^|\s)dark-theme(\s|$)/);
  else await expect(html).not.toHaveClass(/(^|\s)dark-theme(\s|$)/);

  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', String(!wasDark));
  if (wasDark) await expect(html).not.toHaveClass(/(^|\s)dark-theme(\s|$)/);
  else await expect(html).toHaveClass(/(^|\s)dark-theme(\s|$)/);

  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', String(wasDark));
  if (wasDark) await expect(html).toHaveClass(/(^|\s)dark-theme(\s|$)/);
  else await expect(html).not.toHaveClass(/(^|\s)dark-theme(\s|$)/);
});

test('before its scripts have run, the page shows its title and that it is loading', async ({ page }) => {
  // As on a slow connection, frozen before any script arrives.
  await page.route('**/*.js', (route) => route.abort('aborted'));
  await page.goto('/');
  await expect(page.getByText('China high-tech goals', { exact: true })).toBeVisible();
  await expect(page.getByText('Loading…', { exact: true })).toBeVisible();
  // Once the app runs, it takes the place of that page.
  await page.unroute('**/*.js');
  await openDashboard(page);
  await expect(page.getByText('Loading…', { exact: true })).toHaveCount(0);
});
