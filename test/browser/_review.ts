import { DEMO, newPage, PLAN, signIn, startRig } from './harness';
const rig = await startRig();
try {
  const { context, page } = await newPage(rig);
  await signIn(page, DEMO.coordinator);
  await page.goto(`/planer/${PLAN}?dato=2018-09-01`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  for (const y of [700, 1400]) {
    await page.evaluate((yy) => window.scrollTo(0, yy), y);
    await page.screenshot({ path: `/tmp/review-dash-${y}.png` });
  }
  await page.goto(`/planer/${PLAN}/indsatser/1/aktiviteter/9/rediger`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByLabel('Titel').fill('x');
  await context.close();
} finally {
  await rig.close();
}
