// Accessibility: axe-core (WCAG 2.1 A and AA) over every screen, in the light and the dark
// scheme, with an empty app and with the sample plan open; and every chart hovered, so a
// tooltip that breaks the page's Content-Security-Policy shows as a console error (the
// shared fixture fails any test that logs one).
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp, openSamplePlan, drawnCharts } from './fixtures.mjs';

const SCREENS = ['plan', 'workshop', 'check-ins', 'trends', 'map', 'library', 'data', 'present', 'handout', 'report'];

/** Opens a screen by its address, as a bookmark or a shared link would. */
async function visit(page, screen) {
  await page.evaluate((s) => (location.hash = `#/${s}`), screen);
  await expect(page.locator('main')).not.toBeEmpty();
  if (['trends', 'map'].includes(screen) && (await page.locator('main .chart').count()) > 0) {
    await expect(page.locator('main .chart canvas').first()).toBeVisible();
  }
}

/** Every WCAG 2.1 A/AA violation on the page, one line each: screen, rule, where. */
async function violations(page, screen) {
  const result = await new AxeBuilder({ page })
    // WCAG 2.5.3 (a button's name contains its visible words) is an experimental rule in
    // axe, off unless asked for.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${screen}: ${v.id}: ${n.target.join(' ')}: ${n.failureSummary.split('\n')[1]?.trim()}`),
  );
}

for (const scheme of ['light', 'dark']) {
  for (const content of ['an empty app', 'the sample plan']) {
    test(`every screen passes axe in the ${scheme} scheme with ${content}`, async ({ page }) => {
      // Ten screens and ten axe runs take 7-10 s alone: the limit is three times that.
      test.setTimeout(40_000);
      await page.emulateMedia({ colorScheme: scheme });
      await (content === 'the sample plan' ? openSamplePlan(page) : openApp(page));
      const found = [];
      for (const screen of SCREENS) {
        await visit(page, screen);
        found.push(...(await violations(page, screen)));
      }
      expect(found).toEqual([]);
    });
  }
}

test('hovering every chart of the sample plan logs nothing and keeps the page\'s CSP', async ({ page }) => {
  await openSamplePlan(page);
  for (const screen of ['trends', 'map']) {
    await visit(page, screen);
    // The sample's 17 charts on Trends; the map is one.
    for await (const box of drawnCharts(page, screen === 'map' ? 1 : 17)) {
      // Across the plot, where an axis tooltip or a bar's item tooltip shows.
      for (const x of [0.3, 0.5, 0.7, 0.9]) {
        await page.mouse.move(box.x + box.width * x, box.y + box.height * 0.4);
      }
    }
  }
  // The tooltip is drawn on the chart's canvas, not as an HTML box with inline styles.
  await expect(page.locator('main .chart div[style*="z-index: 9999999"]')).toHaveCount(0);
});
