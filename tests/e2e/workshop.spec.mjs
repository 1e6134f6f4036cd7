// A facilitator runs a whole planning session with the keyboard only.
import { test, expect } from './fixtures.mjs';

/** Presses Tab until the focused control is the one named `name` (label, aria-label or text). */
async function tabTo(page, name, max = 250) {
  for (let i = 0; i < max; i++) {
    const current = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return '';
      const label = el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent;
      return (label ?? '').trim();
    });
    if (current === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach "${name}" with the Tab key`);
}

async function typeInto(page, name, text) {
  await tabTo(page, name);
  await page.keyboard.type(text);
}

async function next(page, expectedStep) {
  await tabTo(page, 'Next');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('step-count')).toHaveText(`Step ${expectedStep} of 7`);
}

const objectives = [
  'Become the go-to source of expert content in our niche',
  'Build a lead engine that does not depend on paid traffic',
];
const keyResults = [
  [objectives[0], 'Grow organic visits from 5,000 to 15,000 a month'],
  [objectives[0], 'Raise newsletter subscribers from 2,000 to 3,500'],
  [objectives[0], 'Lift the guide-to-demo conversion from 0.8% to 1.5%'],
  [objectives[1], 'Grow organic demo requests from 40 to 90 a month'],
  [objectives[1], 'Cut the share of leads from paid ads from 70% to 45%'],
];

test('a keyboard-only session turns an empty app into a plan, a presentation and a one-page handout', async ({ page }) => {
  await page.goto('./#/workshop');
  await expect(page.getByRole('heading', { name: 'Plan your quarter' })).toBeVisible();
  await typeInto(page, 'Team', 'Growth marketing');
  await tabTo(page, 'Create plan');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('step-count')).toHaveText('Step 1 of 7');

  await typeInto(page, 'Strategic context', 'The company wants to double revenue from mid-size customers.');
  await next(page, 2);
  await typeInto(page, 'Where we are not going', 'No TikTok this quarter');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('not-going')).toContainText('No TikTok this quarter');
  await next(page, 3);
  await tabTo(page, 'Add a focus area');
  await tabTo(page, 'Add');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Add a focus area');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'Add');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('focus-area')).toHaveCount(2);
  await next(page, 4);

  for (const title of objectives) {
    await typeInto(page, 'New objective: it would be amazing if…', title);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('ws-objective')).toHaveCount(2);
  await next(page, 5);

  for (const [objective, kr] of keyResults) {
    await typeInto(page, `New key result for "${objective}"`, kr);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('ws-key-result')).toHaveCount(5);
  await expect(page.getByTestId('ws-key-result').getByTestId('verdict')).toHaveText(Array(5).fill('Measurable'));
  await next(page, 6);

  for (const [, kr] of keyResults) {
    await typeInto(page, `Owner of "${kr}"`, 'Maya');
  }
  await next(page, 7);
  await expect(page.getByTestId('workshop-summary')).toContainText('2 objectives, 5 key results.');

  // The session produced an ordinary, saved plan.
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('okr-studio.state')));
  const plan = stored.plans[0];
  expect(plan.objectives.map((o) => o.title)).toEqual(objectives);
  expect(plan.objectives.flatMap((o) => o.key_results.map((k) => [k.title, k.owner]))).toEqual(
    keyResults.map(([, kr]) => [kr, 'Maya']),
  );

  // The presentation view, driven by the arrow keys.
  await tabTo(page, 'Open the presentation');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('present').getByRole('heading')).toHaveText(objectives[0]);
  await expect(page.getByTestId('present').locator('li')).toHaveCount(3);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('present').getByRole('heading')).toHaveText(objectives[1]);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('present').getByRole('heading')).toHaveText(objectives[0]);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('workshop')).toBeVisible();

  // The handout prints on one A4 page.
  await page.goto('./#/handout');
  await expect(page.getByTestId('handout')).toContainText(keyResults[4][1]);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
});
