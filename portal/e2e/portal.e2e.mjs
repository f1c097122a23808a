// End-to-end: Debian's Chromium (headless, empty profile) drives the portal served by the local run (--in-memory,
// free port). Journeys of issue 19, in order; each step asserts what the person sees. Run by Maven (portal/pom.xml,
// integration-test phase) or `npm run e2e` after `mvn -pl portal -am package`.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { api, portalDir, repoRoot, startLocalRun } from './localRun.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CI = /^(1|true|yes)$/i.test(process.env.CI ?? '');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && CI) {
  // Under CI a missing browser is a failure, never a skip (.ci/run installs it).
  throw new Error(`Chromium not found at ${CHROMIUM} and CI=${process.env.CI}: install it (apt-get install -y chromium fonts-noto-cjk)`);
}
const skip = haveChromium ? false : `Chromium not found at ${CHROMIUM} (apt-get install -y chromium); skipped outside CI`;

// Screenshots: docs/portal/ when PORTAL_SCREENSHOTS=docs, else portal/target/screenshots.
const shots = process.env.PORTAL_SCREENSHOTS === 'docs' ? path.join(repoRoot, 'docs', 'portal') : path.join(portalDir, 'target', 'screenshots');

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('portal in a real browser (issue 19)', { skip, concurrency: false }, () => {
  let run, browser, client, H, R1, R2, caseId, publicityId;
  const DESKTOP = { width: 1280, height: 900 };
  const PHONE = { width: 375, height: 812 };

  before(async () => {
    const { chromium } = await import('playwright-core');
    mkdirSync(shots, { recursive: true });
    run = await startLocalRun();
    client = api(run.base);
    // launch() starts Chromium on a fresh, empty temporary profile of its own and deletes it on close.
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    // The scene: a Nanchuan hospital with two administrative penalties, recorded by an officer (README walk-through).
    const officer = await client.token('500119', ['bureau_officer']);
    H = (await client.call('POST', '/subjects', officer, { kind: 'DESIGNATED_HOSPITAL', name: '南川区人民医院', identifier: '91350100M000100Y43' })).subjectId;
    const basis = (n, date) => ({ kind: 'ADMINISTRATIVE_PENALTY', number: `南医保罚〔2026〕${n}号`, date, issuer: '重庆市南川区医疗保障局' });
    R1 = (await client.call('POST', `/subjects/${H}/records`, officer, { category: 'ADMINISTRATIVE', polarity: 'NEGATIVE', severity: 'SERIOUS',
      summary: '违规使用医保基金', effectiveFrom: '2026-03-01', basis: basis(1, '2026-03-01') })).recordId;
    R2 = (await client.call('POST', `/subjects/${H}/records`, officer, { category: 'ADMINISTRATIVE', polarity: 'NEGATIVE', severity: 'GENERAL',
      summary: '串换药品', effectiveFrom: '2026-01-05', basis: basis(2, '2026-01-05') })).recordId;
  });

  after(async () => {
    await browser?.close();
    await run?.stop();
  });

  async function page(viewport = DESKTOP) {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true });
    const p = await context.newPage();
    p.setDefaultTimeout(30_000);
    await p.goto(run.base + '/');
    return p;
  }

  async function signIn(p, tenant, role, subjectId) {
    await p.getByLabel('医保局（租户）').selectOption(tenant);
    await p.getByLabel('角色').selectOption(role);
    if (subjectId) await p.getByLabel('信用主体编号').fill(subjectId);
    await p.getByRole('button', { name: '登录', exact: true }).click();
  }

  async function noSideScroll(p) {
    const [sw, w] = await p.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(sw <= w, `page is ${sw} px wide in a ${w} px window`);
  }

  test('R-6.1: a subject sees grade, score and why, files an objection with a checked attachment, and sees the record marked', async () => {
    const p = await page();
    await p.getByLabel('医保局（租户）').waitFor();
    await p.screenshot({ path: path.join(shots, 'sign-in-desktop.png') });
    await signIn(p, '500119', 'credit_subject', H);
    // What the API says (README: GET /me), shown on the page: grade, score, each record's indicator and points.
    const me = await client.token('500119', ['credit_subject'], H);
    const profile = (await client.call('GET', '/me', me)).subject.grade;
    assert.equal(profile.explanation.length, 2, 'both penalties count');
    const grade = p.getByTestId('grade');
    await grade.locator('.grade-letter').filter({ hasText: profile.grade }).waitFor();
    assert.match(await grade.innerText(), new RegExp(`得分 ${profile.score}`));
    const why = await p.getByTestId('why').innerText();
    for (const e of profile.explanation) {
      assert.ok(why.includes(e.indicatorName), `indicator ${e.indicatorName} shown`);
      assert.ok(why.includes(String(e.points)), `points ${e.points} shown`);
    }
    await p.screenshot({ path: path.join(shots, 'subject-desktop.png'), fullPage: true });

    const record = p.locator(`[data-record="${R1}"]`);
    await record.getByRole('button', { name: '提出异议' }).click();
    // Checked before sending: a text file and a file over 4 MB are refused next to the field, nothing uploaded.
    const input = p.getByLabel('证明材料');
    await input.setInputFiles({ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    assert.match(await p.locator('#obj-files-err').innerText(), /只接受 PDF、JPEG 或 PNG 文件：说明\.txt/);
    await input.setInputFiles({ name: '大文件.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(4 * 1024 * 1024 + 1, 0x25) });
    assert.match(await p.locator('#obj-files-err').innerText(), /文件超过 4 MB：大文件\.pdf/);
    await input.setInputFiles({ name: '情况说明.pdf', mimeType: 'application/pdf', buffer: PDF });
    assert.equal(await p.locator('#obj-files-err').count(), 0);
    await p.getByLabel('事实和理由').fill('处罚所列事实与本院不符');
    await p.screenshot({ path: path.join(shots, 'objection-form-desktop.png'), fullPage: true });
    await p.getByRole('button', { name: '提交异议' }).click();
    const flash = await p.getByRole('status').filter({ hasText: '异议已提交' }).innerText();
    caseId = /OBJ\w+/.exec(flash)[0];
    await assert.doesNotReject(record.getByTestId('under-objection').waitFor());
    assert.match(await record.getByTestId('under-objection').innerText(), new RegExp(`异议处理中 ${caseId}`));
    assert.match(await p.getByTestId('objections').innerText(), new RegExp(`${caseId}\\s+已提交`));
    // The evidence reached the case (re-read over the API).
    const c = await client.call('GET', `/subjects/${H}/objections/${caseId}`, me);
    assert.equal(c.attachments.length, 1);
    assert.equal(c.status, 'FILED');

    // The same page on a 375-px phone: nothing wider than the screen.
    await p.setViewportSize(PHONE);
    await noSideScroll(p);
    await p.screenshot({ path: path.join(shots, 'subject-375.png'), fullPage: true });
    await p.context().close();
  });

  test('R-6.3: a reviewer sees the queue by due date with working days left, accepts and decides; the subject reads and downloads the decision letter, asks for review, and the level above decides it', async () => {
    const p = await page();
    await signIn(p, '500119', 'bureau_reviewer');
    const item = p.locator(`[data-case="${caseId}"]`);
    await item.waitFor();
    // The decision is due 15 working days after filing on Nanchuan's calendar (docs/objections.md); ask the API.
    const rev = await client.token('500119', ['bureau_reviewer']);
    const today = (await client.call('GET', '/local/clock')).today;
    const list = await client.call('GET', '/objections', rev);
    const due = list.find((x) => x.caseId === caseId).due;
    let k = 1;
    while ((await client.call('GET', `/calendar/deadlines?from=${today}&days=${k}`, rev)).due < due) k++;
    await assert.doesNotReject(item.getByTestId('days-left').filter({ hasText: `剩余工作日 ${k}` }).waitFor());
    await p.screenshot({ path: path.join(shots, 'reviewer-queue-desktop.png'), fullPage: true });
    await p.setViewportSize(PHONE);
    await noSideScroll(p);
    await p.screenshot({ path: path.join(shots, 'reviewer-queue-375.png'), fullPage: true });
    await p.setViewportSize(DESKTOP);

    await item.getByRole('button', { name: '受理' }).click();
    await p.getByRole('status').filter({ hasText: `已受理 ${caseId}` }).waitFor();
    await item.getByRole('button', { name: '作出决定' }).click();
    // An API problem is shown next to the field it names: no reasons.
    await item.getByRole('button', { name: '提交决定' }).click();
    const err = await p.locator('#dec-reasons-err').innerText();
    assert.match(err, /[\u4e00-\u9fff]/, `a Chinese message next to reasons, got: ${err}`);
    assert.equal((await client.call('GET', `/subjects/${H}/objections/${caseId}`, rev)).status, 'ACCEPTED', 'nothing decided by the refused call');
    await item.getByLabel('理由').fill('处罚决定已撤销');
    await item.getByRole('button', { name: '提交决定' }).click();
    await p.getByRole('status').filter({ hasText: `已作出决定 ${caseId}` }).waitFor();
    await p.context().close();

    const s = await page();
    await signIn(s, '500119', 'credit_subject', H);
    const docs = s.getByTestId('documents');
    const letter = docs.locator('li').filter({ hasText: '异议处理决定书' });
    await letter.waitFor();
    await letter.getByRole('button', { name: '查看' }).click();
    const dialog = s.getByRole('dialog');
    assert.match(await dialog.innerText(), /处理决定：予以更正/);
    await s.screenshot({ path: path.join(shots, 'decision-letter-desktop.png') });
    await dialog.getByRole('button', { name: '关闭' }).click();
    const [download] = await Promise.all([s.waitForEvent('download'), letter.getByRole('button', { name: '下载' }).click()]);
    assert.match(download.suggestedFilename(), /^异议处理决定书-DOC-/);
    // The corrected record no longer carries the objection mark.
    assert.doesNotMatch(await s.locator(`[data-record="${R1}"]`).innerText(), /异议处理中/);
    // Not satisfied: ask the level above (Chongqing) to review, within the deadline the letter names.
    await s.getByTestId('objections').getByRole('button', { name: '申请复核' }).click();
    await s.getByLabel(/复核理由/).fill('不服处理决定');
    await s.locator('form').filter({ has: s.locator('#rv-statement') }).getByRole('button', { name: '申请复核' }).click();
    await s.getByRole('status').filter({ hasText: `已申请复核，案号 ${caseId}` }).waitFor();
    await s.context().close();

    // Chongqing's reviewer finds the escalated case in its review queue and maintains the decision.
    const cq = await page();
    await signIn(cq, '500000', 'bureau_reviewer');
    const review = cq.getByTestId('reviews').locator(`[data-review="${caseId}"]`);
    await review.getByRole('button', { name: '作出决定' }).click();
    await review.getByLabel('理由').fill('原处理决定认定事实清楚');
    await review.getByRole('button', { name: '提交决定' }).click();
    await cq.getByRole('status').filter({ hasText: `已作出决定 ${caseId}` }).waitFor();
    const cqToken = await client.token('500000', ['bureau_reviewer']);
    assert.equal((await client.call('GET', `/reviews/${caseId}`, cqToken)).status, 'REVIEWED');
    await cq.context().close();
  });

  test('R-9.2/R-9.3: a repair application goes to publicity and the public objects without signing in', async () => {
    const s = await page();
    await signIn(s, '500119', 'credit_subject', H);
    const record = s.locator(`[data-record="${R2}"]`);
    await record.getByRole('button', { name: '申请信用修复' }).click();
    await s.getByLabel('整改情况').fill('已退回违规使用的医保基金并完成整改');
    await s.getByLabel(/本单位（人）承诺/).check();
    await s.locator('#rep-files').setInputFiles({ name: '整改报告.pdf', mimeType: 'application/pdf', buffer: PDF });
    await s.getByRole('button', { name: '提交修复申请' }).click();
    const flash = await s.getByRole('status').filter({ hasText: '修复申请已提交' }).innerText();
    const repairId = /RP\w+/.exec(flash)[0];
    await s.context().close();

    const r = await page();
    await signIn(r, '500119', 'bureau_reviewer');
    await r.getByRole('link', { name: '修复审核' }).click();
    const item = r.locator(`[data-repair="${repairId}"]`);
    await item.getByRole('button', { name: '作出决定' }).click();
    await item.getByLabel('理由').fill('整改到位，符合修复条件');
    await item.getByRole('button', { name: '提交' }).click();
    const link = r.getByTestId('publicising').getByRole('link', { name: '公示页面' });
    await link.waitFor();
    publicityId = /P500119\w+/.exec(await link.getAttribute('href'))[0];
    await r.context().close();

    // A stranger: a fresh browser context, no sign-in at all.
    const pub = await page(PHONE);
    await pub.goto(`${run.base}/#/public/repair-publicity/${publicityId}`);
    assert.match(await pub.getByTestId('publicity').innerText(), /南川区人民医院[\s\S]*串换药品/);
    await pub.getByLabel('异议内容').fill('太短');
    await pub.getByRole('button', { name: '提交' }).click();
    assert.match(await pub.locator('#pub-text-err').innerText(), /[\u4e00-\u9fff]/);
    await pub.getByLabel('异议内容').fill('该医院整改后仍有同类违规，请核实。');
    await pub.getByRole('button', { name: '提交' }).click();
    await pub.getByRole('status').filter({ hasText: '异议已收到' }).waitFor();
    await noSideScroll(pub);
    await pub.screenshot({ path: path.join(shots, 'publicity-375.png'), fullPage: true });
    const rev = await client.token('500119', ['bureau_reviewer']);
    const repair = await client.call('GET', `/subjects/${H}/repairs/${repairId}`, rev);
    assert.equal(repair.status, 'PUBLICISING');
    assert.equal(repair.objections.length, 1);
    await pub.context().close();
  });

  test('R-5.6/R-7.1: a clerk runs the year\'s cycle with progress, publishes, and sees the grade distribution; the subject objects to its proposed result', async () => {
    const p = await page();
    await signIn(p, '500119', 'bureau_officer');
    await p.getByRole('link', { name: '年度评价' }).click();
    await p.getByLabel('评价年度').fill('2025');
    await p.getByRole('button', { name: '开始评价' }).click();
    await p.getByTestId('progress').getByText('评价完成').waitFor();
    assert.match(await p.getByTestId('progress').innerText(), /1 \/ 1（100%）/);
    await p.getByRole('button', { name: '公布到期结果' }).click();
    // Inside the 10-working-day objection window nothing is due yet: published 0, waiting 1.
    assert.match(await p.getByTestId('publication').innerText(), /已公布 0 · 待公布 1/);
    const chart = p.getByTestId('distribution');
    assert.match(await chart.innerText(), /合计 1/);
    assert.equal(await chart.locator('rect.bar').count(), 1);
    await p.screenshot({ path: path.join(shots, 'cycle-desktop.png'), fullPage: true });
    await p.setViewportSize(PHONE);
    await noSideScroll(p);
    await p.screenshot({ path: path.join(shots, 'cycle-375.png'), fullPage: true });
    await p.context().close();

    // the hospital sees its proposed 2025 result and objects to it (target RESULT) within the window.
    const s = await page();
    await signIn(s, '500119', 'credit_subject', H);
    const me = await client.token('500119', ['credit_subject'], H);
    const current = (await client.call('GET', `/subjects/${H}/results`, me)).versions.find((v) => v.year === 2025 && v.status === 'PROPOSED');
    const row = s.getByTestId('results').locator(`[data-result="${current.resultId}"]`);
    assert.match(await row.innerText(), new RegExp(`2025\\s+${current.grade}[\\s\\S]*拟确定[\\s\\S]*${current.objectionDeadline}`));
    await row.getByRole('button', { name: '对评价结果提出异议' }).click();
    assert.equal(await s.getByLabel('异议理由').inputValue(), 'DISAGREES_WITH_RESULT');
    await s.getByLabel('事实和理由').fill('本院 2025 年度无违规记录，评分有误');
    await s.getByRole('button', { name: '提交异议' }).click();
    await s.getByRole('status').filter({ hasText: '异议已提交' }).waitFor();
    await row.getByText('异议处理中').waitFor();
    const after = (await client.call('GET', `/subjects/${H}/results`, me)).versions.find((v) => v.resultId === current.resultId && v.version === current.version);
    assert.ok(after.objectionCase, `the result is under objection: ${JSON.stringify(after)}`);
    await s.context().close();
  });

  test('the English switch changes every label, and the sign-in page fits 375 px', async () => {
    const p = await page(PHONE);
    await p.getByRole('button', { name: 'English' }).click();
    await p.getByLabel('Bureau (tenant)').waitFor();
    assert.equal(await p.evaluate(() => document.documentElement.lang), 'en');
    await noSideScroll(p);
    await p.screenshot({ path: path.join(shots, 'sign-in-en-375.png') });
    await p.context().close();
  });
});
