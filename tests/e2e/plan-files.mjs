// Plan files for the Data and storage tests: a small plan, its file, and the file picker.

export const STATE_KEY = 'okr-studio.state';

/** A small plan in the file format; `over` replaces top-level fields. */
export function plan(over = {}) {
  return {
    id: 'plan-growth',
    team: 'Growth marketing',
    period: { start: '2027-01-01', end: '2027-03-31' },
    context: 'Pipeline is thin in the mid-market.',
    updated_at: 1000,
    objectives: [
      {
        id: 'obj-1',
        title: 'Become the go-to source of expert content in our niche',
        updated_at: 1000,
        key_results: [
          {
            id: 'kr-1',
            title: 'Grow MQLs from 120 to 300 a month',
            updated_at: 1000,
            check_ins: [{ id: 'ci-1', date: '2027-01-11', value: 130, confidence: 'green', note: 'First week' }],
          },
        ],
      },
    ],
    ...over,
  };
}

export const planFile = (plans, over = {}) =>
  JSON.stringify({ format: 'okr-studio.plans', version: 2, exported_at: '2027-03-31T12:00:00Z', app_version: '0.1.0', plans, ...over });

/** Picks `text` as a file in the import card's file picker. */
export async function pickFile(page, text, name = 'plan.okr.json') {
  await page.getByLabel('Choose a plan file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

